#include "services/complaint_escalation.h"

#include "store/sqlite.h"

namespace doorstep::services {
namespace {
// On the queue's expression index (complaints_queue): the breached are its head.
QList<qint64> breached(store::Database &db, qint64 now)
{
    auto st = db.prepare("SELECT id FROM complaints WHERE coalesce(next_due_at, 9223372036854775807) < ? AND escalated_at IS NULL"
                         " ORDER BY coalesce(next_due_at, 9223372036854775807), id LIMIT ?");
    st.bindAll(now, ComplaintEscalation::kBatch);
    QList<qint64> ids;
    while (st.next())
        ids.append(st.int64(0));
    return ids;
}
} // namespace

int ComplaintEscalation::sweep()
{
    m_services.require(Permission::ComplaintView);
    if (breached(m_services.db(), m_services.now()).isEmpty())
        return 0; // a quiet minute writes nothing, not even an audit entry
    return m_services.perform(Permission::ComplaintView, QStringLiteral("complaint.escalate_breaches"), [&](ActionContext &ctx) {
        const QList<qint64> ids = breached(ctx.db(), ctx.now());
        for (qint64 id : ids) {
            ctx.db().run("UPDATE complaints SET escalated_at = ? WHERE id = ?", ctx.now(), id);
            ctx.changed(QStringLiteral("complaints"), id);
        }
        ctx.describe(QStringLiteral("complaints"), 0, {{QStringLiteral("escalated"), int(ids.size())}});
        return int(ids.size());
    });
}

} // namespace doorstep::services
