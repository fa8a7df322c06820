#pragma once
// What follows a customer's rating of a provider, and the rating summary the
// provider's page shows.
//
// ratingRecorded() is the hook for whoever writes a ratings row: call it in
// the same action, right after the INSERT (OrderService::apply, case
// OrderEvent::Rate: `provider_ratings::ratingRecorded(ctx, ratingId);`). It
// refreshes the provider's rating_avg_x100 / rating_count, applies the
// ledger rules (five 5-stars in a row, a 1-star, ...) and raises a low-rating
// flag when the office's threshold is crossed, all in the caller's transaction.
#include "services/ledger_rules.h"

#include <optional>

namespace doorstep::services::provider_ratings {

struct Outcome
{
    QList<ledger::Entry> ledger;  // entries the rules appended
    std::optional<qint64> flagId; // a low-rating flag raised
};

Outcome ratingRecorded(ActionContext &ctx, qint64 ratingId);

struct MonthAverage
{
    QString month;     // "2026-11" (office time)
    int count = 0;
    int averageX100 = 0;
};

struct RatingComment
{
    qint64 at = 0;     // UTC seconds
    int stars = 0;
    QString comment;
    QString orderNo;
};

struct RatingSummary
{
    int count = 0;
    int averageX100 = 0;            // 0 when there are no ratings
    QList<MonthAverage> byMonth;    // oldest first, months without ratings left out
    QList<RatingComment> recent;    // newest first, only ratings with a comment
};

// `months`: how far back the trend goes from `now` (UTC seconds).
RatingSummary summary(store::Database &db, qint64 providerId, qint64 now, int months = 12, int comments = 10);

} // namespace doorstep::services::provider_ratings
