// users list|add|passwd|remove
#include "commands.h"

#include "services/staff_service.h"
#include "services/workspace.h"

namespace doorstep::cli {

int runUsers(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Manage staff accounts.\n"
        "  list                      list accounts\n"
        "  add --name N --role R     add an account (stdin: your password, then the new account's password)\n"
        "  passwd --name N           set N's password (stdin: your password, then the new password)\n"
        "  remove --name N           remove N's account and key slot, then rotate the data key so copies made\n"
        "                            before no longer open the store with N's slot (stdin: your password;\n"
        "                            --defer-rekey leaves the rotation for later: `doorstep-cli rekey`)\n"
        "Roles: administrator, supervisor, dispatcher, service_agent, manager."));
    const LoginOptions login(QStringLiteral("Your user name (an administrator)."), QStringLiteral("Read passwords from standard input."));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("The account to act on."), QStringLiteral("NAME"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("Role of a new account."), QStringLiteral("ROLE"), QStringLiteral("dispatcher"));
    const QCommandLineOption display(QStringLiteral("display-name"), QStringLiteral("Display name of a new account."), QStringLiteral("NAME"));
    const QCommandLineOption deferRekey(QStringLiteral("defer-rekey"), QStringLiteral("remove: do not rotate the data key now (the console warns until it is done)."));
    p.addOptions(login.options());
    p.addOptions({name, role, display, deferRekey});
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, add, passwd or remove"));
    int code = Ok;
    if (!parse(p, args, login.required(), &code))
        return code;
    const QString action = p.positionalArguments().value(0);
    const bool needsName = action == u"add" || action == u"passwd" || action == u"remove";
    if (!(needsName || action == u"list")) {
        err() << "users: say list, add, passwd or remove\n";
        return Usage;
    }
    if (needsName && !p.isSet(name)) {
        err() << "users " << action << ": --name is required\n";
        return Usage;
    }
    const bool needsSecond = action == u"add" || action == u"passwd";
    const auto read = requirePasswords(needsSecond ? 2 : 1, QStringLiteral("users ") + action);
    if (!read)
        return Usage;
    const std::vector<store::SecretText> &passwords = *read;
    bool rotate = false;
    try {
        auto ws = services::Workspace::login(p.value(login.store), p.value(login.user), passwords.at(0).text());
        services::StaffService staff(ws->services());
        auto idOf = [&](const QString &username) {
            const QVariant id = ws->store().db().scalar("SELECT id FROM staff WHERE username = ?", username);
            if (!id.isValid())
                throw services::ServiceError::notFound(QStringLiteral("no account named %1").arg(username));
            return id.toLongLong();
        };
        if (action == u"list") {
            ws->services().require(services::Permission::StaffView);
            auto st = ws->store().db().prepare("SELECT username, display_name, role, active AND removed_at IS NULL FROM staff ORDER BY username");
            while (st.next())
                out() << st.text(0).leftJustified(20) << ' ' << st.text(2).leftJustified(14) << ' '
                      << (st.int64(3) ? "active " : "removed") << ' ' << st.text(1) << "\n";
        } else if (action == u"add") {
            const auto r = services::roleFromKey(p.value(role));
            if (!r) {
                err() << "unknown role " << p.value(role) << "\n";
                return Usage;
            }
            staff.add({p.value(name), p.isSet(display) ? p.value(display) : p.value(name), *r, QString(), passwords.at(1).text()});
            out() << "added " << p.value(name) << " (" << p.value(role) << ")\n";
        } else if (action == u"passwd") {
            if (p.value(name).compare(ws->session().username, Qt::CaseInsensitive) == 0)
                staff.changeOwnPassword(passwords.at(0).text(), passwords.at(1).text());
            else
                staff.resetPassword(idOf(p.value(name)), passwords.at(1).text());
            out() << "password of " << p.value(name) << " changed\n";
        } else {
            staff.remove(idOf(p.value(name)));
            out() << "removed " << p.value(name) << "\n";
            rotate = !p.isSet(deferRekey);
            if (!rotate)
                out() << "the data key is due for rotation: run doorstep-cli rekey when no console has the store open\n";
        }
        if (!rotate)
            return Ok;
    } catch (const std::exception &e) {
        return report(e);
    }
    // After this session has closed the store: the rotation needs it alone.
    const int rotated = rotateDataKey(p.value(login.store), p.value(login.user), passwords.at(0).text());
    if (rotated != Ok)
        err() << "the account is removed, but the data key was not rotated: run doorstep-cli rekey (or rotate from "
                 "the console) when no console has the store open\n";
    return rotated;
}

} // namespace doorstep::cli
