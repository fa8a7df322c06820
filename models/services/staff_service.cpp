#include "services/staff_service.h"

#include "domain/money.h"
#include "services/data_key_rotation.h"
#include "services/office_settings.h"
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

const store::SlotKey &StaffService::keyOf(const PreparedPassword &password)
{
    if (!password.m_key)
        throw ServiceError::invalid(tr("No new password was given."));
    return *password.m_key;
}

PreparedPassword StaffService::preparePassword(const QString &newPassword) const
{
    validate::password(newPassword);
    PreparedPassword prepared;
    prepared.m_key = store::SlotKey::derive(newPassword, m_kdf);
    return prepared;
}

PasswordCheck StaffService::ownPasswordCheck()
{
    return PasswordCheck(m_services.store(), m_services.session().username);
}

PreparedPassword StaffService::prepareOwnPassword(const PasswordCheck &check, const QString &oldPassword,
                                                  const QString &newPassword) const
{
    // Every role may change its own password; proving the old one is the check.
    m_services.require(Permission::OwnPasswordChange);
    if (!check(oldPassword))
        throw ServiceError(ServiceError::Kind::PermissionDenied, tr("The current password is wrong."));
    PreparedPassword prepared = preparePassword(newPassword);
    prepared.m_provenSlot = *check.slot();
    return prepared;
}

qint64 StaffService::add(const NewStaff &staff)
{
    return add(staff, preparePassword(staff.password));
}

qint64 StaffService::add(const NewStaff &staff, const PreparedPassword &password)
{
    return m_services.perform(Permission::StaffManage, QStringLiteral("staff.add"), [&](ActionContext &ctx) {
        validate::username(staff.username);
        validate::required(staff.displayName, tr("Display name"));
        if (!staff.phone.isEmpty())
            validate::mobile(staff.phone);
        const store::SlotKey &key = keyOf(password);
        if (ctx.db().scalar("SELECT count(*) FROM staff WHERE username = ?", staff.username).toInt() > 0)
            throw ServiceError::conflict(tr("The user name %1 is taken (user names are never reused).").arg(staff.username));
        const qint64 id = ctx.newId();
        // The office's default refund limit (services/refund_service reads the row's).
        const qint64 refundLimit = qint64(OfficeSettings(ctx.db()).value(settings::RefundDefaultLimitFen));
        ctx.db().run("INSERT INTO staff(id, office_id, username, display_name, role, phone, refund_limit_fen, created_at, updated_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     id, ctx.actor().officeId, staff.username, staff.displayName.trimmed(), roleKey(staff.role),
                     staff.phone.isEmpty() ? QString() : staff.phone, refundLimit, ctx.now(), ctx.now());
        ctx.changed(QStringLiteral("staff"), id);
        ctx.describe(QStringLiteral("staff"), id,
                     {{QStringLiteral("username"), staff.username}, {QStringLiteral("role"), roleKey(staff.role)}});
        // Last, so a failed validation or insert never leaves a slot behind.
        ctx.store().addSlot(staff.username, key);
        return id;
    });
}

void StaffService::resetPassword(qint64 staffId, const QString &newPassword)
{
    resetPassword(staffId, preparePassword(newPassword));
}

void StaffService::resetPassword(qint64 staffId, const PreparedPassword &password)
{
    m_services.perform(Permission::StaffManage, QStringLiteral("staff.reset_password"), [&](ActionContext &ctx) {
        const store::SlotKey &key = keyOf(password);
        const Row row = load(ctx, staffId);
        if (!row.active)
            throw ServiceError::conflict(tr("The account %1 is removed.").arg(row.username));
        ctx.db().run("UPDATE staff SET updated_at = ? WHERE id = ?", ctx.now(), staffId);
        ctx.describe(QStringLiteral("staff"), staffId, {{QStringLiteral("username"), row.username}});
        // The slot set is committed with this transaction; if it fails, the
        // service layer puts the header back (see Store's key slots).
        ctx.store().replaceSlot(row.username, key);
    });
}

void StaffService::changeOwnPassword(const QString &oldPassword, const QString &newPassword)
{
    changeOwnPassword(prepareOwnPassword(ownPasswordCheck(), oldPassword, newPassword));
}

void StaffService::changeOwnPassword(const PreparedPassword &password)
{
    const Session &me = m_services.session();
    m_services.perform(Permission::OwnPasswordChange, QStringLiteral("staff.change_own_password"), [&](ActionContext &ctx) {
        const store::SlotKey &key = keyOf(password);
        if (!password.m_provenSlot)
            throw ServiceError(ServiceError::Kind::PermissionDenied, tr("The current password is wrong."));
        // Under the write lock: the slot the old password opened must still be
        // the committed one, or an administrator reset it meanwhile.
        const store::StoreHeader now = ctx.store().committedHeader();
        const store::KeySlot *current = now.slotFor(me.username);
        const store::KeySlot &proven = *password.m_provenSlot;
        if (!current || current->salt != proven.salt || current->wrappedKey.ciphertext != proven.wrappedKey.ciphertext
            || current->wrappedKey.tag != proven.wrappedKey.tag)
            throw ServiceError::conflict(tr("Your password was changed meanwhile (by an administrator?). Log in again."));
        ctx.db().run("UPDATE staff SET updated_at = ? WHERE id = ?", ctx.now(), me.staffId);
        ctx.describe(QStringLiteral("staff"), me.staffId);
        ctx.store().replaceSlot(me.username, key);
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

void StaffService::setRefundLimit(qint64 staffId, qint64 limitFen)
{
    m_services.perform(Permission::StaffManage, QStringLiteral("staff.refund_limit"), [&](ActionContext &ctx) {
        const auto &range = settings::RefundDefaultLimitFen;
        if (limitFen < qint64(range.min) || limitFen > qint64(range.max))
            throw ServiceError::invalid(tr("A refund limit lies between %1 and %2.")
                                            .arg(domain::Money::fromFen(qint64(range.min)).toDisplayString(),
                                                 domain::Money::fromFen(qint64(range.max)).toDisplayString()));
        const Row row = load(ctx, staffId);
        const qint64 before = ctx.db().scalar("SELECT refund_limit_fen FROM staff WHERE id = ?", staffId).toLongLong();
        ctx.db().run("UPDATE staff SET refund_limit_fen = ?, updated_at = ? WHERE id = ?", limitFen, ctx.now(), staffId);
        ctx.changed(QStringLiteral("staff"), staffId);
        ctx.describe(QStringLiteral("staff"), staffId,
                     {{QStringLiteral("username"), row.username}, {QStringLiteral("from_fen"), before}, {QStringLiteral("to_fen"), limitFen}});
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
