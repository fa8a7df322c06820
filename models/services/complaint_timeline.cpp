#include "services/complaint_timeline.h"

#include "domain/order_lifecycle.h"
#include "store/sqlite.h"

namespace doorstep::services {

void recordComplaintEvent(ActionContext &ctx, qint64 complaintId, const ComplaintEventRecord &e)
{
    const qint64 id = ctx.newId();
    const auto orNull = [](std::optional<qint64> v) { return v ? QVariant(*v) : QVariant(); };
    ctx.db().run("INSERT INTO complaint_events(id, complaint_id, at, staff_id, kind, from_status, to_status, assignee_id, note, refund_id, order_id)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 id, complaintId, ctx.now(), ctx.actor().staffId, e.kind, e.from ? domain::stateKey(*e.from) : QString(),
                 e.to ? domain::stateKey(*e.to) : QString(), orNull(e.assignee), e.note.isEmpty() ? QString() : e.note, orNull(e.refundId),
                 orNull(e.orderId));
    ctx.changed(QStringLiteral("complaint_events"), id);
}

void recordReturnVisitProgress(ActionContext &ctx, qint64 orderId, const QString &fromStatus, const QString &toStatus)
{
    using domain::OrderStatus;
    const auto to = domain::orderStatusFromKey(toStatus);
    if (!to || fromStatus == toStatus)
        return;
    QString kind;
    if (*to == OrderStatus::Assigned)
        kind = QStringLiteral("return_visit_dispatched");
    else if (*to == OrderStatus::Completed)
        kind = QStringLiteral("return_visit_completed");
    else if (*to == OrderStatus::Cancelled)
        kind = QStringLiteral("return_visit_cancelled");
    else
        return;
    const QVariant complaint = ctx.db().scalar("SELECT reservice_complaint_id FROM orders WHERE id = ?", orderId);
    if (complaint.isNull() || !complaint.isValid())
        return;
    recordComplaintEvent(ctx, complaint.toLongLong(), {kind, {}, {}, {}, {}, {}, orderId});
}

} // namespace doorstep::services
