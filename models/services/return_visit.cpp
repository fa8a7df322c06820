#include "services/return_visit.h"

#include "domain/order_lifecycle.h"
#include "services/complaint_timeline.h"
#include "services/order_numbers.h"
#include "services/order_service.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

namespace doorstep::services {

ReturnVisitCreated ReturnVisitService::create(const ReturnVisitRequest &in)
{
    return m_services.perform(Permission::ComplaintHandle, QStringLiteral("complaint.return_visit"), [&](ActionContext &ctx) {
        auto c = ctx.db().prepare("SELECT c.status, c.order_id, o.provider_id, cu.erased_at FROM complaints c JOIN orders o ON o.id = c.order_id"
                                  " JOIN customers cu ON cu.id = o.customer_id WHERE c.id = ?");
        c.bindAll(in.complaintId);
        if (!c.next())
            throw ServiceError::notFound(tr("The complaint no longer exists."));
        if (domain::isClosed(storedState<domain::ComplaintStatus>(c.text(0), in.complaintId)))
            throw ServiceError::conflict(tr("The complaint is closed; reopen it first."));
        if (!c.isNull(3))
            throw ServiceError::invalid(tr("The customer's data was anonymised; no order can be made for them."));
        if (in.windowEnd <= in.windowStart)
            throw ServiceError::invalid(tr("The time window must end after it starts."));
        const qint64 original = c.int64(1);
        const qint64 originalProvider = c.isNull(2) ? 0 : c.int64(2);
        if (in.provider == domain::ReserviceProvider::Same && !originalProvider)
            throw ServiceError::invalid(tr("No provider was assigned to the original order: choose \"another provider\"."));
        // One return visit at a time: a second while the first is still to be done would send two people.
        const QVariant pending = ctx.db().scalar("SELECT order_no FROM orders WHERE reservice_complaint_id = ?"
                                                 " AND status NOT IN ('completed','rated','cancelled') LIMIT 1", in.complaintId);
        if (pending.isValid())
            throw ServiceError::conflict(tr("The return visit %1 is not done yet.").arg(pending.toString()));

        const qint64 id = ctx.newId();
        const QString orderNo = nextOrderNumber(ctx.db(), ctx.now(), ctx.store().nodeId());
        const bool same = in.provider == domain::ReserviceProvider::Same;
        // Free (price 0, nothing to pay: 'paid'), the original service, address
        // and place; urgent, since the customer is already waiting for a fix.
        ctx.db().run("INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng, window_start,"
                     " window_end, duration_min, price_fen, payment_status, status, note, created_at, updated_at, category_id, priority,"
                     " preferred_provider_id, reservice_of, reservice_complaint_id, reservice_provider)"
                     " SELECT ?, ?, office_id, customer_id, service_item_id, district_id, address, lat, lng, ?, ?, duration_min, 0, 'paid',"
                     " 'awaiting_dispatch', ?, ?, ?, category_id, 1, ?, id, ?, ? FROM orders WHERE id = ?",
                     id, orderNo, in.windowStart, in.windowEnd, in.note.trimmed().isEmpty() ? QString() : in.note.trimmed(), ctx.now(),
                     ctx.now(), same ? QVariant(originalProvider) : QVariant(), in.complaintId, domain::stateKey(in.provider), original);
        const QString staff = QStringLiteral("staff");
        using domain::OrderStatus;
        recordOrderEvent(ctx, id, staff, QString(), domain::orderStatusKey(OrderStatus::Created), QString());
        recordOrderEvent(ctx, id, staff, domain::orderStatusKey(OrderStatus::Created), domain::orderStatusKey(OrderStatus::AwaitingDispatch),
                         domain::orderEventKey(domain::OrderEvent::Submit));
        ctx.changed(QStringLiteral("orders"), id);
        recordComplaintEvent(ctx, in.complaintId, {QStringLiteral("return_visit"), in.note.trimmed(), {}, {}, {}, {}, id});
        ctx.describe(QStringLiteral("orders"), id,
                     {{QStringLiteral("order_no"), orderNo},
                      {QStringLiteral("complaint"), QString::number(in.complaintId)},
                      {QStringLiteral("reservice_of"), QString::number(original)},
                      {QStringLiteral("provider"), domain::stateKey(in.provider)}});
        return ReturnVisitCreated{id, orderNo};
    });
}

} // namespace doorstep::services
