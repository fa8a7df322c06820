#include "services/workspace.h"

#include "services/validation.h"

#include <QFile>
#include <QJsonArray>

namespace doorstep::services {

Workspace::Workspace(std::unique_ptr<store::Store> store, Session session)
    : m_store(std::move(store))
    , m_services(*m_store, std::move(session))
{
}

Session Workspace::loadSession(store::Store &store, const QString &username)
{
    try {
        auto st = store.db().prepare(
            "SELECT s.id, s.username, s.display_name, s.role, s.office_id, o.name, s.active, s.removed_at"
            " FROM staff s JOIN offices o ON o.id = s.office_id WHERE s.username = ?");
        st.bind(1, username);
        if (!st.next())
            throw ServiceError::notFound(tr("The account %1 has a key but no staff record.").arg(username));
        if (st.int64(6) == 0 || !st.isNull(7))
            throw ServiceError(ServiceError::Kind::PermissionDenied, tr("The account %1 is disabled.").arg(username));
        Session s;
        s.staffId = st.int64(0);
        s.username = st.text(1);
        s.displayName = st.text(2);
        s.role = roleFromKey(st.text(3)).value_or(Role::Manager);
        s.officeId = st.int64(4);
        s.officeName = st.text(5);
        return s;
    } catch (const store::SqlError &e) {
        throw store::StoreError::fromSql(e); // a read failing while logging in is the store's trouble, said plainly
    }
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, const NewStoreSpec &spec)
{
    validate::username(spec.adminUsername);
    validate::password(spec.adminPassword);
    validate::required(spec.officeName, tr("Office name"));
    validate::required(spec.adminDisplayName, tr("Display name"));
    auto store = store::Store::create(path, spec.adminUsername, spec.adminPassword, spec.kdf);
    Session admin;
    admin.username = spec.adminUsername;
    admin.displayName = spec.adminDisplayName;
    admin.role = Role::Administrator;
    admin.officeName = spec.officeName;
    try {
        admin.officeId = store->newId();
        admin.staffId = store->newId();
        ServiceLayer bootstrap(*store, admin);
        bootstrap.perform(Permission::StaffManage, QStringLiteral("store.create"), [&](ActionContext &ctx) {
            ctx.db().run("INSERT INTO offices(id, code, name, city, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                         admin.officeId, spec.officeCode, spec.officeName, spec.city, ctx.now(), ctx.now());
            ctx.db().run("INSERT INTO staff(id, office_id, username, display_name, role, created_at, updated_at)"
                         " VALUES (?, ?, ?, ?, 'administrator', ?, ?)",
                         admin.staffId, admin.officeId, spec.adminUsername, spec.adminDisplayName, ctx.now(), ctx.now());
            ctx.changed(QStringLiteral("offices"), admin.officeId);
            ctx.changed(QStringLiteral("staff"), admin.staffId);
            ctx.describe(QStringLiteral("offices"), admin.officeId,
                         {{QStringLiteral("office"), spec.officeName}, {QStringLiteral("administrator"), spec.adminUsername}});
        });
    } catch (...) {
        store.reset();
        store::removeStoreFiles(path);
        throw;
    }
    return std::unique_ptr<Workspace>(new Workspace(std::move(store), admin));
}

std::unique_ptr<Workspace> Workspace::login(const QString &path, const QString &username, const QString &password)
{
    auto store = store::Store::open(path, username, password);
    Session session = loadSession(*store, store->username());
    const QStringList repaired = store->slotsRepairedAtOpen();
    std::unique_ptr<Workspace> ws(new Workspace(std::move(store), session));
    if (!repaired.isEmpty()) {
        // Open put back key slots that a crash left changed without their
        // committed transaction; the audit log says so.
        ws->m_services.perform(Permission::Login, QStringLiteral("store.key_slots_repaired"), [&](ActionContext &ctx) {
            ctx.describe(QStringLiteral("staff"), session.staffId,
                         {{QStringLiteral("accounts"), QJsonArray::fromStringList(repaired)}});
        });
    }
    // The login itself is audited; it changes only last_login_at.
    ws->m_services.perform(Permission::Login, QStringLiteral("staff.login"), [&](ActionContext &ctx) {
        ctx.db().run("UPDATE staff SET last_login_at = ? WHERE id = ?", ctx.now(), session.staffId);
        ctx.describe(QStringLiteral("staff"), session.staffId);
    });
    return ws;
}

bool Workspace::checkPassword(const QString &password) const
{
    return m_store->checkPassword(session().username, password);
}

PasswordCheck Workspace::passwordCheck() const
{
    return PasswordCheck(*m_store, session().username);
}

std::unique_ptr<Workspace> Workspace::inspect(const QString &path, const QString &username, const QString &password)
{
    auto store = store::Store::openWithoutMigrating(path, username, password);
    Session session = loadSession(*store, store->username());
    return std::unique_ptr<Workspace>(new Workspace(std::move(store), session));
}

} // namespace doorstep::services
