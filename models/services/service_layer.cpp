#include "services/service_layer.h"

#include <QJsonArray>

namespace doorstep::services {

ServiceLayer::ServiceLayer(store::Store &store, Session session)
    : m_store(store)
    , m_session(std::move(session))
{
}

void ServiceLayer::require(Permission permission) const
{
    if (!m_session.can(permission))
        throw ServiceError(ServiceError::Kind::PermissionDenied,
                           tr("%1 may not: %2.").arg(roleDisplayName(m_session.role), permissionDisplayName(permission)));
}

void ServiceLayer::finish(ActionContext &ctx, const QString &action, store::Transaction &tx)
{
    QJsonObject detail = ctx.m_detail;
    if (!ctx.m_changes.isEmpty()) {
        QJsonArray changes;
        for (const Change &c : ctx.m_changes)
            changes.append(QJsonObject{{QStringLiteral("entity"), c.entity},
                                       {QStringLiteral("id"), QString::number(c.entityId)},
                                       {QStringLiteral("op"), c.op == Change::Op::Upsert ? QStringLiteral("upsert") : QStringLiteral("delete")}});
        detail.insert(QStringLiteral("changes"), changes);
    }
    const qint64 auditSeq = audit::append(m_store.db(), AuditEntry{ctx.m_now, m_session.staffId, m_session.username,
                                                                   action, ctx.m_entity, ctx.m_entityId, detail});
    for (const Change &c : ctx.m_changes)
        outbox::enqueue(m_store.db(), c, auditSeq, ctx.m_now);
    m_store.recordIds();
    tx.commit();
}

void ServiceLayer::undo(ActionContext &ctx)
{
    for (auto it = ctx.m_rollbacks.rbegin(); it != ctx.m_rollbacks.rend(); ++it) {
        try {
            (*it)();
        } catch (...) {
            // Best effort: the original error is the one worth reporting.
        }
    }
}

ServiceError ServiceLayer::translate(const store::SqlError &e)
{
    if (e.isConstraint())
        return ServiceError(ServiceError::Kind::Conflict, tr("The change conflicts with existing data: %1").arg(e.message()));
    if (e.isDamage())
        return ServiceError(ServiceError::Kind::Store, store::StoreError::describe(store::StoreError::Kind::Damaged));
    return ServiceError(ServiceError::Kind::Store, tr("The store could not save the change: %1").arg(e.message()));
}

} // namespace doorstep::services
