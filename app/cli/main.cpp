// doorstep-cli: administers a store without a window (scripts, scheduled
// jobs, support). Passwords are read from standard input, never arguments.
#include "cli_common.h"
#include "commands.h"
#include "store/secret_memory.h"

#include <QGuiApplication>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace doorstep::cli;

int main(int argc, char **argv)
{
    // Before anything holds a password or the data key (store/secret_memory.h).
    doorstep::store::disableCoreDumps();
    // `demo` draws the onboarding queue's credential scans and `report` its PDF
    // pages (QPainter needs a QGuiApplication and fonts); without a display
    // they draw offscreen. Every other command stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> application;
    if (argc > 1 && (std::strcmp(argv[1], "demo") == 0 || std::strcmp(argv[1], "report") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("doorstep-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOORSTEP_VERSION));

    const QList<Command> commands{
        {QStringLiteral("init"), QStringLiteral("create a new store with its first administrator"), runInit},
        {QStringLiteral("demo"), QStringLiteral("create a store filled with a realistic demo franchise"), runDemo},
        {QStringLiteral("users"), QStringLiteral("list, add, passwd or remove staff accounts"), runUsers},
        {QStringLiteral("privacy"), QStringLiteral("export, anonymise or withdraw consent for one person; the retention sweep"), runPrivacy},
        {QStringLiteral("calendar"), QStringLiteral("load a year's holiday calendar file, or list the years covered"), runCalendar},
        {QStringLiteral("settings"), QStringLiteral("show the office settings, or set one (e.g. auto_dispatch.continuous)"), runSettings},
        {QStringLiteral("report"), QStringLiteral("export a report (orders, complaints, ...) to XLSX, CSV or PDF; --list"), runReport},
        {QStringLiteral("verify"), QStringLiteral("check page integrity, the audit chain and the statistics rollups"), runVerify},
        {QStringLiteral("rebuild-rollups"), QStringLiteral("recompute the statistics rollups from the orders"), runRebuildRollups},
        {QStringLiteral("backup"), QStringLiteral("write a consistent encrypted copy of a live store"), runBackup},
        {QStringLiteral("restore"), QStringLiteral("put a checked backup in place of a store"), runRestore},
        {QStringLiteral("rekey"), QStringLiteral("rotate the data key: re-encrypt the store under a new key"), runRekey},
        {QStringLiteral("enroll"), QStringLiteral("enroll the store with its office's sync server"), runEnroll},
        {QStringLiteral("sync"), QStringLiteral("one sync round: push the changes kept for sync, pull the server's"), runSync},
        {QStringLiteral("vrptw"), QStringLiteral("solve a Solomon-format VRPTW instance with the routing engine"), runVrptw},
    };
    const QStringList args = app.arguments();
    const QString name = args.value(1);
    for (const Command &c : commands) {
        if (c.name == name) {
            QStringList rest = args.mid(2);
            rest.prepend(args.at(0) + u' ' + name);
            const int code = c.run(rest);
            out().flush();
            err().flush();
            return code;
        }
    }
    const bool askedForHelp = name == u"--help" || name == u"-h" || name == u"help";
    QTextStream &s = askedForHelp ? out() : err();
    if (!askedForHelp && !name.isEmpty())
        s << "unknown command: " << name << "\n\n";
    s << "usage: doorstep-cli <command> [options]   (doorstep-cli <command> --help for details)\n\ncommands:\n";
    // The summaries line up after the longest command name (rebuild-rollups ran into its text at a fixed 9).
    qsizetype width = 0;
    for (const Command &c : commands)
        width = std::max(width, c.name.size());
    for (const Command &c : commands)
        s << "  " << c.name.leftJustified(width + 2) << c.summary << "\n";
    s << "\nPasswords are read from standard input (--password-stdin), one per line.\n";
    return askedForHelp ? Ok : Usage;
}
