#include "services/order_timeout_service.h"

#include "services/office_settings.h"
#include "services/order_service.h"
#include "store/sqlite.h"

namespace doorstep::services {

int OrderTimeoutService::timeoutMinutes()
{
    return int(OfficeSettings(m_services).valueOrDefault(settings::AcceptTimeoutMinutes).value);
}

QList<qint64> OrderTimeoutService::overdueIn(store::Database &db, int minutes, qint64 now)
{
    QList<qint64> ids;
    if (minutes <= 0)
        return ids;
    // Assigned orders are few (today's and tomorrow's unanswered jobs), found
    // through orders_status_window; the assignment time is the dispatch
    // record in force.
    auto st = db.prepare("SELECT id FROM (SELECT o.id, COALESCE((SELECT max(d.at) FROM dispatch_records d"
                         " WHERE d.order_id = o.id AND d.undone_at IS NULL), o.updated_at) AS assigned_at"
                         " FROM orders o WHERE o.status = 'assigned') WHERE assigned_at <= ? ORDER BY assigned_at, id LIMIT ?");
    st.bind(1, now - qint64(minutes) * 60);
    st.bind(2, kBatch);
    while (st.next())
        ids.append(st.int64(0));
    return ids;
}

bool OrderTimeoutService::serverOwnsTimeouts(store::Database &db)
{
    return db.scalar("SELECT 1 FROM meta WHERE key = 'sync_accept_timeouts' AND value = 'server'"
                     " AND EXISTS (SELECT 1 FROM meta WHERE key = 'sync_url' AND value <> '')")
        .isValid();
}

bool OrderTimeoutService::isDue(store::Database &db, qint64 now)
{
    if (serverOwnsTimeouts(db))
        return false;
    const int minutes = int(OfficeSettings(db).valueOrDefault(settings::AcceptTimeoutMinutes).value);
    return !overdueIn(db, minutes, now).isEmpty();
}

QList<qint64> OrderTimeoutService::overdue()
{
    m_services.require(Permission::OrderView);
    return overdueIn(m_services.db(), timeoutMinutes(), m_services.now());
}

int OrderTimeoutService::sweep()
{
    m_services.require(Permission::OrderView);
    const int minutes = timeoutMinutes();
    if (serverOwnsTimeouts(m_services.db()))
        return 0; // the server sweeps (see the header)
    if (overdueIn(m_services.db(), minutes, m_services.now()).isEmpty())
        return 0; // a quiet minute writes nothing, not even an audit entry
    return m_services.perform(Permission::OrderView, QStringLiteral("order.accept_timeout_sweep"), [&](ActionContext &ctx) {
        const QList<qint64> ids = overdueIn(ctx.db(), minutes, ctx.now());
        OrderChange change{domain::OrderEvent::Timeout, domain::OrderActor::System};
        change.reason = tr("The provider did not accept within %n minute(s).", nullptr, minutes);
        for (qint64 id : ids)
            applyOrderChange(ctx, id, change);
        ctx.describe(QStringLiteral("orders"), 0,
                     {{QStringLiteral("timed_out"), int(ids.size())}, {QStringLiteral("minutes"), minutes}});
        return int(ids.size());
    });
}

} // namespace doorstep::services
