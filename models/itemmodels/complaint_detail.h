#pragma once
// One complaint as its detail pane shows it, read in one go: the complaint,
// its order, customer (phone masked for roles without CustomerRevealPersonal),
// provider, who has it, its deadlines, and the timeline of everything done
// (complaint_events: opened, assigned, state changes, notes, calls, reopened,
// refund steps, return visits ordered, dispatched and done, the provider's
// suspension pending investigation; who, when). Empty for a session without ComplaintView.
#include "services/complaint_attachments.h"
#include "services/session.h"

#include <QList>
#include <QString>

#include <optional>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

struct ComplaintEvent
{
    qint64 at = 0;
    QString staff;      // who did it
    QString kind;       // complaint_events.kind: opened, assigned, state, note, call, reopened, refund_*, return_visit*, provider_suspended, …
    QString fromStatus; // state changes: keys
    QString toStatus;
    QString assignee;   // assigned: to whom
    QString note;
    qint64 amountFen = 0; // refund_*: the refund's amount
    QString orderNo;      // return_visit*: the return visit's order
    QString sentence;   // what the timeline says, translated: "Waiting for the customer: 请客户发照片"
};

// A refund of the complaint's order, with who did each step.
struct ComplaintRefund
{
    qint64 id = 0;
    qint64 amountFen = 0;
    QString reason;
    QString statusKey;        // refunds.status
    qint64 requestedById = 0;
    QString requestedBy, approvedBy, rejectedBy, paidBy;
    qint64 requestedAt = 0, decidedAt = 0, paidAt = 0;
    QString rejectReason;
};

// A return visit made from the complaint, as dispatch sees it now.
struct ComplaintReturnVisit
{
    qint64 orderId = 0;
    QString orderNo;
    QString statusKey;        // orders.status
    QString providerChoiceKey; // same | another
    QString provider;         // who is assigned now (empty: nobody yet)
    qint64 windowStart = 0, windowEnd = 0;
};

struct ComplaintDetail
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNo;
    QString customer;
    QString phone;            // masked unless the role may see it
    QString provider;
    QString categoryKey, severityKey, statusKey, askKey;
    QString description;
    qint64 assigneeId = 0;    // 0: nobody
    QString assignee;
    qint64 openedAt = 0;
    qint64 firstResponseDueAt = 0;
    qint64 firstResponseAt = 0; // 0: not yet
    qint64 resolutionDueAt = 0;
    std::optional<qint64> nextDueAt, nextWarnAt;
    qint64 pausedAt = 0;
    qint64 resolvedAt = 0;
    QString resolution;
    std::optional<bool> upheld;
    int reopenCount = 0;
    bool calendarRanOut = false;
    std::optional<int> satisfaction; // closing: 1–5
    qint64 escalatedAt = 0;          // 0: not flagged to the manager
    QString providerStatusKey;       // providers.status of the provider complained about
    qint64 suspendedAt = 0;          // the provider suspended pending this investigation since (0: not)
    qint64 orderPaidFen = 0;         // what was paid for the order (0: unpaid or refunded)
    // Paid by the customer in the app (orders.paid_through): the platform
    // pays its approved refunds back through its payment provider; a paid
    // refund with no staff payer is one it paid.
    bool orderPaidInApp = false;
    qint64 refundableFen = 0;        // what is left to refund
    QList<ComplaintRefund> refunds;  // oldest first
    QList<ComplaintReturnVisit> returnVisits; // oldest first
    QList<ComplaintEvent> timeline; // oldest first
    QList<services::ComplaintAttachment> attachments; // photos, oldest first, without their bytes
};

std::optional<ComplaintDetail> loadComplaintDetail(store::Database &db, const services::Session &session, qint64 complaintId);
// The complaints of an order, newest first (ids), for the order's detail pane.
QList<qint64> complaintsOfOrder(store::Database &db, const services::Session &session, qint64 orderId);

} // namespace doorstep::itemmodels
