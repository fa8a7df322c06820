#pragma once
// One row of a complaint's timeline (complaint_events), written inside the
// action that did the thing, so the timeline and the change commit together.
// Complaint steps (services/complaint_service), refund steps
// (services/refund_service), return visits (services/return_visit, and their
// dispatch and completion from services/order_service's recordOrderEvent,
// whoever moved the order: manual or automatic dispatch, a provider's report by
// phone) and suspensions pending investigation (services/complaint_suspension).
#include "domain/complaint_states.h"
#include "services/service_layer.h"

#include <optional>

namespace doorstep::services {

struct ComplaintEventRecord
{
    QString kind;                  // complaint_events.kind (the CHECK of schema v11 lists them)
    QString note;                  // empty: none
    std::optional<domain::ComplaintStatus> from, to;
    std::optional<qint64> assignee;
    std::optional<qint64> refundId; // refund_*: which refund
    std::optional<qint64> orderId;  // return_visit*: the return visit's order
};

void recordComplaintEvent(ActionContext &ctx, qint64 complaintId, const ComplaintEventRecord &event);

// Called for every order status change: when the order is a return visit, its
// dispatch (to assigned), completion and cancellation go on the complaint's
// timeline too. One primary-key read for any other order.
void recordReturnVisitProgress(ActionContext &ctx, qint64 orderId, const QString &fromStatus, const QString &toStatus);

} // namespace doorstep::services
