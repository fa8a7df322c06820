#include "services/order_service.h"

#include "services/complaint_timeline.h"
#include "services/dispatch_day.h"
#include "services/dispatch_rules_text.h"
#include "services/office_settings.h"
#include "services/order_numbers.h"
#include "services/provider_ratings.h"
#include "services/stored_state.h"

#include <algorithm>

namespace doorstep::services {

using domain::OrderEvent;
using domain::OrderStatus;

Permission OrderService::permissionFor(OrderEvent event)
{
    switch (event) {
    case OrderEvent::Submit:
    case OrderEvent::Rate:
        return Permission::OrderCreate;
    case OrderEvent::Cancel:
    case OrderEvent::Reschedule:
        return Permission::OrderCancel;
    default:
        return Permission::OrderDispatch;
    }
}

qint64 OrderService::create(const NewOrder &in)
{
    return m_services.perform(Permission::OrderCreate, QStringLiteral("order.create"), [&](ActionContext &ctx) {
        // A customer without a pin on the map (added by phone) is placed at
        // their district's centre, which is what travel times are computed from.
        auto customer = ctx.db().prepare("SELECT c.office_id, c.district_id, c.address, COALESCE(c.lat, d.lat), COALESCE(c.lng, d.lng)"
                                         " FROM customers c LEFT JOIN districts d ON d.id = c.district_id WHERE c.id = ? AND c.erased_at IS NULL");
        customer.bind(1, in.customerId);
        if (!customer.next())
            throw ServiceError::notFound(tr("No such customer."));
        if (customer.isNull(3) || customer.isNull(4))
            throw ServiceError::invalid(tr("The customer has no district or location; correct the customer's address first."));
        auto item = ctx.db().prepare("SELECT price_fen, duration_min, category_id FROM service_items WHERE id = ? AND active = 1");
        item.bind(1, in.serviceItemId);
        if (!item.next())
            throw ServiceError::notFound(tr("No such service."));
        if (in.windowEnd <= in.windowStart)
            throw ServiceError::invalid(tr("The time window must end after it starts."));
        const QString address = in.address.trimmed().isEmpty() ? customer.text(2) : in.address.trimmed();
        if (address.isEmpty())
            throw ServiceError::invalid(tr("The order needs an address."));
        const qint64 id = ctx.newId();
        const QString orderNo = nextOrderNumber(ctx.db(), ctx.now(), ctx.store().nodeId());
        const QString status = domain::orderStatusKey(in.submit ? OrderStatus::AwaitingDispatch : OrderStatus::Created);
        ctx.db().run("INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng, window_start,"
                     " window_end, duration_min, price_fen, payment_status, status, note, created_at, updated_at, category_id, priority)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unpaid', ?, ?, ?, ?, ?, ?)",
                     id, orderNo, customer.int64(0), in.customerId, in.serviceItemId, customer.value(1), address, customer.real(3),
                     customer.real(4), in.windowStart, in.windowEnd, item.int64(1), item.int64(0), status,
                     in.note.trimmed().isEmpty() ? QString() : in.note.trimmed(), ctx.now(), ctx.now(), item.int64(2),
                     qint64(std::clamp(in.priority, 0, 1)));
        const QString staff = QStringLiteral("staff");
        recordOrderEvent(ctx, id, staff, QString(), domain::orderStatusKey(OrderStatus::Created), QString());
        if (in.submit)
            recordOrderEvent(ctx, id, staff, domain::orderStatusKey(OrderStatus::Created), status, domain::orderEventKey(OrderEvent::Submit));
        ctx.changed(QStringLiteral("orders"), id);
        ctx.describe(QStringLiteral("orders"), id, {{QStringLiteral("order_no"), orderNo}});
        return id;
    });
}

OrderStatus OrderService::apply(qint64 orderId, const OrderChange &c)
{
    // System events (a provider's answer timing out) come from the console's
    // own sweep (OrderTimeoutService), never from a person's click.
    if (c.onBehalfOf == domain::OrderActor::System)
        throw ServiceError::invalid(tr("Only the console itself records system events."));
    return m_services.perform(permissionFor(c.event), QStringLiteral("order.") + domain::orderEventKey(c.event),
                              [&](ActionContext &ctx) { return applyOrderChange(ctx, orderId, c); });
}

void recordOrderEvent(ActionContext &ctx, qint64 orderId, const QString &actorKind, const QString &fromStatus,
                      const QString &toStatus, const QString &eventKey, const QString &note)
{
    const qint64 id = ctx.newId();
    ctx.db().run("INSERT INTO order_events(id, order_id, at, actor_kind, staff_id, from_status, to_status, note, event)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 id, orderId, ctx.now(), actorKind, ctx.actor().staffId, fromStatus.isEmpty() ? QString() : fromStatus, toStatus,
                 note.trimmed().isEmpty() ? QString() : note.trimmed(), eventKey.isEmpty() ? QString() : eventKey);
    ctx.changed(QStringLiteral("order_events"), id);
    recordReturnVisitProgress(ctx, orderId, fromStatus, toStatus);
}

void recordManualDispatch(ActionContext &ctx, qint64 orderId, qint64 providerId, qint64 plannedStart)
{
    const qint64 id = ctx.newId();
    ctx.db().run("INSERT INTO dispatch_records(id, order_id, provider_id, mode, staff_id, planned_start, at) VALUES (?, ?, ?, 'manual', ?, ?, ?)",
                 id, orderId, providerId, ctx.actor().staffId, plannedStart, ctx.now());
    ctx.changed(QStringLiteral("dispatch_records"), id);
}

void markDispatchUndone(ActionContext &ctx, qint64 orderId)
{
    const QVariant record = ctx.db().scalar("SELECT id FROM dispatch_records WHERE order_id = ? AND undone_at IS NULL"
                                            " ORDER BY at DESC, id DESC LIMIT 1", orderId);
    if (!record.isValid())
        return;
    ctx.db().run("UPDATE dispatch_records SET undone_at = ? WHERE id = ?", ctx.now(), record.toLongLong());
    ctx.changed(QStringLiteral("dispatch_records"), record.toLongLong());
}

OrderStatus applyOrderChange(ActionContext &ctx, qint64 orderId, const OrderChange &c)
{
    {
        auto order = ctx.db().prepare("SELECT o.status, o.window_start, si.category_id, o.customer_id, o.provider_id FROM orders o"
                                      " JOIN service_items si ON si.id = o.service_item_id WHERE o.id = ?");
        order.bind(1, orderId);
        if (!order.next())
            throw ServiceError::notFound(OrderService::tr("No such order."));
        const OrderStatus from = storedOrderStatus(order.text(0), orderId);
        const auto to = domain::nextStatus(from, c.event, c.onBehalfOf);
        if (!to)
            throw ServiceError::conflict(OrderService::tr("An order that is %1 cannot be %2.")
                                             .arg(domain::orderStatusDisplayName(from), domain::orderEventVerb(c.event)));
        if (domain::eventNeedsReason(c.event) && c.reason.trimmed().isEmpty())
            throw ServiceError::invalid(OrderService::tr("Please give a reason."));

        const qint64 now = ctx.now();
        const QString toKey = domain::orderStatusKey(*to);
        switch (c.event) {
        case OrderEvent::Assign: {
            // The dispatch rules' hard half, whoever assigns (schedule board,
            // auto-dispatch, CLI, provider API); auto-dispatch's also keeps the
            // job from a provider who declined it or let it time out. The soft
            // half is the caller's to confirm (DispatchService).
            const qint64 start = c.plannedStart ? c.plannedStart : order.int64(1);
            auto placing = loadOrderForDispatch(ctx.db(), orderId);
            if (c.autoDispatch)
                placing->place.declinedBy = providersWhoDeclined(ctx.db(), orderId);
            const auto day = loadProviderDay(ctx.db(), c.providerId, start);
            if (!day)
                throw ServiceError::notFound(OrderService::tr("No such provider."));
            const auto verdict = dispatch::checkPlacement(placing->place, *day, start, loadFeasibilityRules(OfficeSettings(ctx.db())));
            if (!verdict.feasible())
                throw ServiceError::conflict(DispatchRulesText::hardMessages(verdict, [&](qint64 id) { return orderNumber(ctx.db(), id); })
                                                 .join(u'\n'));
            ctx.db().run("UPDATE orders SET status = ?, provider_id = ?, planned_start = ?, updated_at = ? WHERE id = ?", toKey,
                         c.providerId, start, now, orderId);
            recordManualDispatch(ctx, orderId, c.providerId, start);
            break;
        }
        case OrderEvent::Unassign:
        case OrderEvent::Decline:
        case OrderEvent::Timeout:
            ctx.db().run("UPDATE orders SET status = ?, provider_id = NULL, planned_start = NULL, updated_at = ? WHERE id = ?", toKey, now, orderId);
            break;
        case OrderEvent::Reschedule:
            if (c.newWindowEnd <= c.newWindowStart)
                throw ServiceError::invalid(OrderService::tr("The time window must end after it starts."));
            ctx.db().run("UPDATE orders SET status = ?, provider_id = NULL, planned_start = NULL, window_start = ?, window_end = ?, updated_at = ?"
                         " WHERE id = ?", toKey, c.newWindowStart, c.newWindowEnd, now, orderId);
            break;
        case OrderEvent::Cancel:
            ctx.db().run("UPDATE orders SET status = ?, cancel_reason = ?, updated_at = ? WHERE id = ?", toKey, c.reason.trimmed(), now, orderId);
            break;
        case OrderEvent::Rate: {
            if (c.stars < 1 || c.stars > 5)
                throw ServiceError::invalid(OrderService::tr("A rating is 1 to 5 stars."));
            const qint64 ratingId = ctx.newId();
            ctx.db().run("INSERT INTO ratings(id, order_id, provider_id, customer_id, stars, comment, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         ratingId, orderId, order.int64(4), order.int64(3), c.stars, c.comment.isEmpty() ? QString() : c.comment, now);
            ctx.changed(QStringLiteral("ratings"), ratingId);
            // The provider's average, the ledger rules (rewards/penalties)
            // and the low-rating flag move with the rating, in this transaction.
            provider_ratings::ratingRecorded(ctx, ratingId);
            ctx.db().run("UPDATE orders SET status = ?, updated_at = ? WHERE id = ?", toKey, now, orderId);
            break;
        }
        default:
            ctx.db().run("UPDATE orders SET status = ?, updated_at = ? WHERE id = ?", toKey, now, orderId);
            break;
        }
        // A provider released by this event: the dispatch history says when the
        // assignment stopped being in force.
        const bool releases = order.int64(4) && (c.event == OrderEvent::Unassign || c.event == OrderEvent::Decline
                                                 || c.event == OrderEvent::Timeout || c.event == OrderEvent::Reschedule
                                                 || c.event == OrderEvent::Cancel);
        if (releases)
            markDispatchUndone(ctx, orderId);
        static constexpr const char16_t *actorKinds[] = {u"customer", u"provider", u"staff", u"system"};
        recordOrderEvent(ctx, orderId, QString::fromUtf16(actorKinds[int(c.onBehalfOf)]), domain::orderStatusKey(from), toKey,
                         domain::orderEventKey(c.event), c.reason);
        ctx.changed(QStringLiteral("orders"), orderId);
        ctx.describe(QStringLiteral("orders"), orderId,
                     {{QStringLiteral("from"), domain::orderStatusKey(from)}, {QStringLiteral("to"), toKey}});
        return *to;
    }
}

} // namespace doorstep::services
