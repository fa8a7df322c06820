#include "services/service_layer.h"

#include <QJsonArray>

namespace doorstep::services {

ServiceLayer::ServiceLayer(store::Store &store, Session session)
    : m_store(store)
    , m_session(std::move(session))
{
}

QString ServiceLayer::busyMessage()
{
    return tr("The store is busy (another console is saving); try again.");
}

void ServiceLayer::require(Permission permission) const
{
    if (!m_session.can(permission))
        throw ServiceError(ServiceError::Kind::PermissionDenied,
                           tr("%1 may not: %2.").arg(roleDisplayName(m_session.role), permissionDisplayName(permission)));
}

void ServiceLayer::requireCurrentAccount(Permission permission)
{
    auto st = m_store.db().prepare("SELECT role, active, removed_at FROM staff WHERE id = ?");
    st.bind(1, m_session.staffId);
    if (!st.next()) {
        // Only the action that creates a store runs before any staff row exists.
        if (m_store.db().scalar("SELECT count(*) FROM staff").toLongLong() == 0)
            return;
        throw ServiceError(ServiceError::Kind::PermissionDenied, tr("Your account no longer exists in this store."));
    }
    if (st.int64(1) == 0 || !st.isNull(2))
        throw ServiceError(ServiceError::Kind::PermissionDenied,
                           tr("Your account was removed or disabled by an administrator; log out."));
    const Role current = roleFromKey(st.text(0)).value_or(Role::Manager);
    if (!roleAllows(current, permission))
        throw ServiceError(ServiceError::Kind::PermissionDenied,
                           tr("Your role is now %1, which may not: %2. Log in again to see what your role allows.")
                               .arg(roleDisplayName(current), permissionDisplayName(permission)));
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
    m_store.slotChangesCommitted();
}

void ServiceLayer::undo(store::Transaction &tx)
{
    tx.rollback();
    if (m_store.headerAheadOfDatabase()) {
        try {
            m_store.restoreHeaderFromDatabase(); // the slot change did not commit: neither does the header
        } catch (...) {
            // Store::open repairs it at the next start; the original error is the one to report.
        }
    }
}

ServiceError ServiceLayer::translate(const store::SqlError &e)
{
    // SQLITE_BUSY / SQLITE_LOCKED after the busy timeout: another console
    // holds the write lock. A plain message, never SQLite's text.
    if (e.isBusy())
        return ServiceError(ServiceError::Kind::Busy, busyMessage());
    if (e.isConstraint())
        return ServiceError(ServiceError::Kind::Conflict, tr("The change conflicts with existing data: %1").arg(e.message()));
    if (e.isDamage() || e.isIo())
        return ServiceError(ServiceError::Kind::Store, store::StoreError::fromSql(e).message());
    return ServiceError(ServiceError::Kind::Store, tr("The store could not save the change: %1").arg(e.message()));
}

} // namespace doorstep::services
