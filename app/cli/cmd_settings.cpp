// settings [KEY [VALUE]]: the office settings (services/office_settings.h)
// from a script, as the console's settings dialogs show and change them.
// `packaging/demo_server.sh sim` uses it to switch the demo office's
// continuous auto-dispatch to "assign" before the simulator's orders come.
// A write is the same audited action as the console's (SettingsService:
// Permission::SettingsEdit, the declared range, the sync outbox).
#include "commands.h"

#include "services/settings_service.h"
#include "services/workspace.h"

namespace doorstep::cli {

namespace {

QString line(const services::OfficeSettings &read, const services::Setting &s)
{
    const services::SettingRead r = read.valueOrDefault(s);
    QString text = s.keyText() + QStringLiteral(" = ") + services::settingText(s, r.value);
    if (!r.problem.isEmpty())
        text += QStringLiteral("   (") + r.problem + u')';
    return text;
}

} // namespace

int runSettings(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The office settings.\n"
        "  (no key)     every setting with its value (the default where none is stored)\n"
        "  KEY          that setting\n"
        "  KEY VALUE    set it (administrators; one audited action, synced like the console's)\n"
        "stdin: your password."));
    const LoginOptions login(QStringLiteral("Your user name."), QStringLiteral("Read your password from standard input."));
    p.addOptions(login.options());
    p.addPositionalArgument(QStringLiteral("key"), QStringLiteral("A setting, e.g. auto_dispatch.continuous"), QStringLiteral("[KEY"));
    p.addPositionalArgument(QStringLiteral("value"), QStringLiteral("Its new value"), QStringLiteral("[VALUE]]"));
    int code = Ok;
    if (!parse(p, args, login.required(), &code))
        return code;
    const QStringList words = p.positionalArguments();
    if (words.size() > 2) {
        err() << "settings: give at most a key and a value\n";
        return Usage;
    }
    const services::Setting *setting = nullptr;
    if (!words.isEmpty() && !(setting = services::findSetting(words[0]))) {
        err() << "settings: no setting is called " << words[0] << "\n";
        return Usage;
    }
    const auto passwords = requirePasswords(1, QStringLiteral("settings"));
    if (!passwords)
        return Usage;
    try {
        auto ws = services::Workspace::login(p.value(login.store), p.value(login.user), passwords->at(0).text());
        services::SettingsService service(ws->services());
        if (words.size() == 2) {
            // Not a number, out of range, not whole where it must be: refused (Rejected).
            service.setValue(setting->keyText(), words[1]);
        }
        const services::OfficeSettings read = service.read();
        if (setting) {
            out() << line(read, *setting) << "\n";
        } else {
            for (const services::Setting *s : services::allSettings())
                out() << line(read, *s) << "\n";
        }
        return Ok;
    } catch (const std::exception &e) {
        return report(e);
    }
}

} // namespace doorstep::cli
