#pragma once
// The reward/penalty ledger and the rules that feed it. Rules are data
// (ledger_rules: trigger, params, points, amount_fen), evaluated here when
// something happens to a provider, inside the action that recorded it, so
// the ledger row, the points balance and the event commit together.
//
// Triggers and their params (JSON):
//   "rating"            {"stars": S}                    a rating of exactly S stars
//                       {"stars": S, "consecutive": N}  N ratings in a row of S stars (fires once per N,
//                                                       counting afresh after each reward)
//   "complaint_upheld"  {}                              a complaint against the provider upheld
//   "assessment_failed" {}                              an assessment result below its pass mark
// Each rule fires at most once per event (same rule, same reference).
#include "services/service_layer.h"

namespace doorstep::services::ledger {

struct Entry
{
    qint64 id = 0;
    qint64 providerId = 0;
    qint64 ruleId = 0;   // 0 for a manual entry
    int points = 0;
    qint64 amountFen = 0;
    QString reason;
};

// Call right after a rating row is written (see provider_ratings.h, which
// calls this for you). Returns the entries appended.
QList<Entry> ratingRecorded(ActionContext &ctx, qint64 ratingId);
// Call when a complaint is upheld (complaints.upheld = 1, provider_id set).
QList<Entry> complaintUpheld(ActionContext &ctx, qint64 complaintId);
// Call after a failing assessment_results row is written.
QList<Entry> assessmentFailed(ActionContext &ctx, qint64 assessmentResultId);

// Appends one ledger row and moves providers.points by `points`; records
// both changes for sync. source: "rating", "complaint", "assessment", "manual".
Entry append(ActionContext &ctx, qint64 providerId, int points, qint64 amountFen, const QString &reason, const QString &source,
             qint64 ruleId, qint64 refId);

} // namespace doorstep::services::ledger
