#include "services/dispatch_service.h"

#include "services/dispatch_day.h"
#include "services/dispatch_rules_text.h"
#include "services/office_settings.h"
#include "services/order_service.h"
#include "store/sqlite.h"

namespace doorstep::services {
namespace {

constexpr char16_t kAssigned[] = u"assigned";

OrderChange assignTo(qint64 providerId, qint64 start)
{
    OrderChange change{domain::OrderEvent::Assign};
    change.providerId = providerId;
    change.plannedStart = start;
    return change;
}

} // namespace

PlacementCheck DispatchService::checkIn(store::Database &db, qint64 orderId, qint64 providerId, qint64 start)
{
    const auto order = loadOrderForDispatch(db, orderId);
    if (!order)
        throw ServiceError::notFound(tr("No such order."));
    const auto day = loadProviderDay(db, providerId, start);
    if (!day)
        throw ServiceError::notFound(tr("No such provider."));
    PlacementCheck out;
    out.verdict = dispatch::checkPlacement(order->place, *day, start, loadFeasibilityRules(OfficeSettings(db)));
    out.hard = DispatchRulesText::hardMessages(out.verdict, [&](qint64 id) { return orderNumber(db, id); });
    out.warnings = DispatchRulesText::softMessages(out.verdict);
    return out;
}

PlacementCheck DispatchService::checkAndConfirm(store::Database &db, qint64 orderId, qint64 providerId, qint64 start,
                                                bool warningsConfirmed)
{
    PlacementCheck c = checkIn(db, orderId, providerId, start);
    if (!c.allowed())
        throw ServiceError::conflict(c.hard.join(u'\n'));
    if (!c.warnings.isEmpty() && !warningsConfirmed)
        throw ServiceError::conflict(tr("Needs confirmation: %1").arg(c.warnings.join(u' ')));
    return c;
}

PlacementCheck DispatchService::check(qint64 orderId, qint64 providerId, qint64 start)
{
    return checkIn(m_services.db(), orderId, providerId, start);
}

std::optional<qint64> DispatchService::earliestStart(qint64 orderId, qint64 providerId)
{
    auto &db = m_services.db();
    const auto order = loadOrderForDispatch(db, orderId);
    if (!order)
        return std::nullopt;
    const auto day = loadProviderDay(db, providerId, order->place.windowStart);
    if (!day)
        return std::nullopt;
    return dispatch::earliestFeasibleStart(order->place, *day, loadFeasibilityRules(OfficeSettings(db)));
}

void DispatchService::assign(qint64 orderId, qint64 providerId, qint64 start, bool warningsConfirmed)
{
    m_services.perform(Permission::OrderDispatch, QStringLiteral("dispatch.assign"), [&](ActionContext &ctx) {
        const PlacementCheck c = checkAndConfirm(ctx.db(), orderId, providerId, start, warningsConfirmed);
        applyOrderChange(ctx, orderId, assignTo(providerId, start));
        ctx.describe(QStringLiteral("orders"), orderId,
                     {{QStringLiteral("provider"), providerId}, {QStringLiteral("start"), start},
                      {QStringLiteral("warnings_confirmed"), !c.warnings.isEmpty()}});
    });
}

void DispatchService::move(qint64 orderId, qint64 providerId, qint64 start, bool warningsConfirmed)
{
    m_services.perform(Permission::OrderDispatch, QStringLiteral("dispatch.move"), [&](ActionContext &ctx) {
        const auto order = loadOrderForDispatch(ctx.db(), orderId);
        if (!order)
            throw ServiceError::notFound(tr("No such order."));
        if (order->status != kAssigned)
            throw ServiceError::conflict(tr("Only jobs the provider has not accepted yet can be moved; reschedule %1 instead.")
                                             .arg(order->orderNo));
        const PlacementCheck c = checkAndConfirm(ctx.db(), orderId, providerId, start, warningsConfirmed);

        const qint64 from = order->providerId;
        if (from == providerId) {
            // Same provider, new time: no status change, but the timeline and
            // the dispatch history both say what happened.
            ctx.db().run("UPDATE orders SET planned_start = ?, updated_at = ? WHERE id = ?", start, ctx.now(), orderId);
            markDispatchUndone(ctx, orderId); // the new record below replaces it
            recordOrderEvent(ctx, orderId, QStringLiteral("staff"), QString::fromUtf16(kAssigned),
                             QString::fromUtf16(kAssigned), QStringLiteral("move"), tr("Moved to another time"));
            recordManualDispatch(ctx, orderId, providerId, start);
            ctx.changed(QStringLiteral("orders"), orderId);
        } else {
            OrderChange off{domain::OrderEvent::Unassign};
            off.reason = tr("Moved to another provider on the schedule board");
            applyOrderChange(ctx, orderId, off);
            applyOrderChange(ctx, orderId, assignTo(providerId, start));
        }
        ctx.describe(QStringLiteral("orders"), orderId,
                     {{QStringLiteral("from_provider"), from}, {QStringLiteral("provider"), providerId},
                      {QStringLiteral("start"), start}, {QStringLiteral("warnings_confirmed"), !c.warnings.isEmpty()}});
    });
}

void DispatchService::unassign(qint64 orderId, const QString &reason)
{
    m_services.perform(Permission::OrderDispatch, QStringLiteral("dispatch.unassign"), [&](ActionContext &ctx) {
        const QVariant provider = ctx.db().scalar("SELECT provider_id FROM orders WHERE id = ?", orderId);
        OrderChange off{domain::OrderEvent::Unassign};
        off.reason = reason;
        // The dispatch history keeps the record and says it was taken back
        // (applyOrderChange marks it undone).
        applyOrderChange(ctx, orderId, off);
        ctx.describe(QStringLiteral("orders"), orderId, {{QStringLiteral("from_provider"), provider.toLongLong()}});
    });
}

} // namespace doorstep::services
