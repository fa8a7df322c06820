#pragma once
// Complaints (issue #13): intake, claim and assignment, notes and calls,
// state changes with the SLA clocks, reopening, each one action through the
// spine (permission, audit, sync outbox) and one row of the complaint's
// timeline (complaint_events).
//
// Deadlines are computed here, when a complaint opens or changes state, and
// stored (services/sla_clock): the first-response and resolution deadlines
// with their 75 % marks, and next_due_at / next_warn_at, the deadline the
// clock now runs to, which the workbench queue sorts by.
//   * The first response is given by the first state change out of "open" or
//     the first call recorded; from then on the queue follows the resolution.
//   * Waiting for the customer stops both clocks (next_due_at NULL); when the
//     complaint leaves that state the time that was left runs again from then,
//     on each deadline's own clock (24×7 or business hours).
//   * Closing records the customer's satisfaction with the resolution (1–5)
//     when they gave it; a safety or privacy incident is flagged to the office
//     manager (escalated_at) when it is recorded.
//   * Resolving needs the resolution text and whether the complaint was
//     upheld; an upheld complaint against a provider applies the
//     "complaint_upheld" ledger rules (services/ledger_rules) in the same action,
//     and raises a deactivation flag for the supervisors when the provider has
//     complaints.upheld_flag_count upheld within complaints.upheld_flag_days.
//   * A closed complaint may be reopened within settings.complaints.reopen_days
//     of closing: it is investigated again under a fresh resolution target.
#include "domain/complaint_states.h"
#include "services/ledger_rules.h"
#include "services/service_layer.h"

#include <optional>

namespace doorstep::services {

// A photo taken with the complaint (ComplaintAttachments' rules: PNG, JPEG or
// PDF by its first bytes, at most domain::kMaxScanBytes).
struct ComplaintPhoto
{
    QString fileName;
    QByteArray bytes;
};

struct ComplaintIntake
{
    qint64 orderId = 0;
    domain::ComplaintCategory category = domain::ComplaintCategory::Other;
    domain::ComplaintSeverity severity = domain::ComplaintSeverity::Medium;
    std::optional<domain::CustomerAsk> ask;
    QString description;
    bool claim = true; // the person taking the call keeps it
    // Stored with the complaint in its one action: a photo that is refused
    // (named in the error) refuses the whole intake, so nothing is half-kept.
    QList<ComplaintPhoto> photos;
};

struct ComplaintDeadlines
{
    qint64 firstResponseDue = 0;
    qint64 resolutionDue = 0;
    std::optional<qint64> nextDue; // none while paused or closed
    bool calendarRanOut = false;   // a deadline counted days the holiday calendar does not cover
};

struct ComplaintOpened
{
    qint64 id = 0;
    ComplaintDeadlines deadlines;
    QList<qint64> photoIds; // complaint_attachments rows, in the intake's order
};

struct ComplaintMove
{
    domain::ComplaintStatus to = domain::ComplaintStatus::Investigating;
    QString note;                 // required for waiting (what is asked of the customer), resolved and rejected (the resolution)
    std::optional<bool> upheld;   // required for resolved
    std::optional<int> satisfaction; // closing: the customer's satisfaction with the resolution, 1 (very unhappy) – 5 (very happy), if they said
};

struct ComplaintMoved
{
    domain::ComplaintStatus from = domain::ComplaintStatus::Open;
    domain::ComplaintStatus to = domain::ComplaintStatus::Open;
    ComplaintDeadlines deadlines;
    QList<ledger::Entry> ledger;  // penalties the upheld complaint applied
    std::optional<qint64> flagId; // a deactivation flag raised: upheld too often within the office's window
};

class ComplaintService
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintService)
public:
    explicit ComplaintService(ServiceLayer &services) : m_services(services) {}

    ComplaintOpened open(const ComplaintIntake &intake);
    void claim(qint64 complaintId);                    // the acting staff member takes it
    void assign(qint64 complaintId, qint64 staffId);   // ComplaintAssign: to an agent or supervisor
    // A note, or a call with the customer (which gives the first response).
    void addNote(qint64 complaintId, const QString &note, bool call = false);
    ComplaintMoved move(qint64 complaintId, const ComplaintMove &move);
    ComplaintDeadlines reopen(qint64 complaintId, const QString &reason);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
