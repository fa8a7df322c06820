#include "services/staff_service.h"

#include "services/data_key_rotation.h"
#include "services/validation.h"

namespace doorstep::services {

StaffService::Row StaffService::load(ActionContext &ctx, qint64 staffId)
{
    auto st = ctx.db().prepare("SELECT username, role, active AND removed_at IS NULL FROM staff WHERE id = ?");
    st.bind(1, staffId);
    if (!st.next())
        throw ServiceError::notFound(tr("No such staff account."));
    return {st.text(0), roleFromKey(st.text(1)).value_or(Role::Manager), st.int64(2) != 0};
}

void StaffService::requireAnotherAdministrator(ActionContext &ctx, qint64 staffId)
{
    const qint64 others = ctx.db().scalar("SELECT count(*) FROM staff WHERE role = 'administrator' AND active = 1"
                                          " AND removed_at IS NULL AND id <> ?", staffId).toLongLong();
    if (others == 0)
        throw ServiceError::conflict(tr("The store must keep at least one administrator."));
}

qint64 StaffService::add(const NewStaff &staff)
{
    return m_services.perform(Permission::StaffManage, QStringLiteral("staff.add"), [&](ActionContext &ctx) {
        validate::username(staff.username);
        validate::required(staff.displayName, tr("Display name"));
        validate::password(staff.password);
        if (!staff.phone.isEmpty())
            validate::mobile(staff.phone);
        if (ctx.db().scalar("SELECT count(*) FROM staff WHERE username = ?", staff.username).toInt() > 0)
            throw ServiceError::conflict(tr("The user name %1 is taken (user names are never reused).").arg(staff.username));
        const qint64 id = ctx.newId();
        ctx.db().run("INSERT INTO staff(id, office_id, username, display_name, role, phone, created_at, updated_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     id, ctx.actor().officeId, staff.username, staff.displayName.trimmed(), roleKey(staff.role),
                     staff.phone.isEmpty() ? QString() : staff.phone, ctx.now(), ctx.now());
        ctx.changed(QStringLiteral("staff"), id);
        ctx.describe(QStringLiteral("staff"), id,
                     {{QStringLiteral("username"), staff.username}, {QStringLiteral("role"), roleKey(staff.role)}});
        // Last, so a failed validation or insert never leaves a slot behind.
        ctx.store().addSlot(staff.username, staff.password, m_kdf);
        return id;
    });
}

void StaffService::resetPassword(qint64 staffId, const QString &newPassword)
{
    m_services.perform(Permission::StaffManage, QStringLiteral("staff.reset_password"), [&](ActionContext &ctx) {
        validate::password(newPassword);
        const Row row = load(ctx, staffId);
        if (!row.active)
            throw ServiceError::conflict(tr("The account %1 is removed.").arg(row.username));
        ctx.db().run("UPDATE staff SET updated_at = ? WHERE id = ?", ctx.now(), staffId);
        ctx.describe(QStringLiteral("staff"), staffId, {{QStringLiteral("username"), row.username}});
        // The slot set is committed with this transaction; if it fails, the
        // service layer puts the header back (see Store's key slots).
        ctx.store().replaceSlot(row.username, newPassword, m_kdf);
    });
}

void StaffService::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    // Every role may change its own password; proving the old one is the check.
    const Session &me = m_services.session();
    m_services.require(Permission::OwnPasswordChange);
    if (!m_services.store().checkPassword(me.username, oldPassword))
        throw ServiceError(ServiceError::Kind::PermissionDenied, tr("The current password is wrong."));
    m_services.perform(Permission::OwnPasswordChange, QStringLiteral("staff.change_own_password"), [&](ActionContext &ctx) {
        validate::password(newPassword);
        ctx.db().run("UPDATE staff SET updated_at = ? WHERE id = ?", ctx.now(), me.staffId);
        ctx.describe(QStringLiteral("staff"), me.staffId);
        ctx.store().replaceSlot(me.username, newPassword, m_kdf);
    });
}

void StaffService::changeRole(qint64 staffId, Role role)
{
    m_services.perform(Permission::StaffManage, QStringLiteral("staff.change_role"), [&](ActionContext &ctx) {
        const Row row = load(ctx, staffId);
        if (row.role == Role::Administrator && role != Role::Administrator)
            requireAnotherAdministrator(ctx, staffId);
        ctx.db().run("UPDATE staff SET role = ?, updated_at = ? WHERE id = ?", roleKey(role), ctx.now(), staffId);
        ctx.changed(QStringLiteral("staff"), staffId);
        ctx.describe(QStringLiteral("staff"), staffId,
                     {{QStringLiteral("username"), row.username}, {QStringLiteral("from"), roleKey(row.role)},
                      {QStringLiteral("to"), roleKey(role)}});
    });
}

void StaffService::remove(qint64 staffId)
{
    m_services.perform(Permission::StaffManage, QStringLiteral("staff.remove"), [&](ActionContext &ctx) {
        if (staffId == ctx.actor().staffId)
            throw ServiceError::conflict(tr("You cannot remove your own account."));
        const Row row = load(ctx, staffId);
        if (!row.active)
            throw ServiceError::conflict(tr("The account %1 is already removed.").arg(row.username));
        if (row.role == Role::Administrator)
            requireAnotherAdministrator(ctx, staffId);
        ctx.db().run("UPDATE staff SET active = 0, removed_at = ?, updated_at = ? WHERE id = ?", ctx.now(), ctx.now(), staffId);
        ctx.changed(QStringLiteral("staff"), staffId);
        ctx.describe(QStringLiteral("staff"), staffId, {{QStringLiteral("username"), row.username}});
        if (ctx.store().hasSlot(row.username))
            ctx.store().removeSlot(row.username);
        // The slot is gone from this file, not from copies made before:
        // rotating the data key makes those copies' slots useless here.
        markRotationDue(ctx, row.username);
    });
}

} // namespace doorstep::services
