// calendar load|list: the holiday calendar the SLA deadlines count with
// (services/sla_clock.h; README.md, "The holiday calendar file"). An
// administrator loads next year's file when the State Council publishes it.
#include "commands.h"

#include "services/sla_clock.h"
#include "services/workspace.h"

#include <QFile>

namespace doorstep::cli {

int runCalendar(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "The holiday calendar (statutory days off and make-up working days) business-hours deadlines count with.\n"
        "  load --file FILE   load a year's calendar file, replacing that year's (administrators)\n"
        "  list               the years the store's calendar covers\n"
        "stdin: your password."));
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("The store file."), QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("Your user name."), QStringLiteral("NAME"));
    const QCommandLineOption stdinOpt(QStringLiteral("password-stdin"), QStringLiteral("Read your password from standard input."));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("The calendar file (UTF-8)."), QStringLiteral("FILE"));
    p.addOptions({store, user, stdinOpt, file});
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("load or list"));
    int code = Ok;
    if (!parse(p, args, {store.names().first(), user.names().first(), stdinOpt.names().first()}, &code))
        return code;
    const QString action = p.positionalArguments().value(0);
    if (action != u"load" && action != u"list") {
        err() << "calendar: say load or list\n";
        return Usage;
    }
    QString text;
    if (action == u"load") {
        QFile in(p.value(file));
        if (!p.isSet(file) || !in.open(QIODevice::ReadOnly)) {
            err() << "calendar load: cannot read the file given with --file\n";
            return Usage;
        }
        text = QString::fromUtf8(in.readAll());
    }
    const std::vector<store::SecretText> passwords = readPasswords(1);
    if (passwords.empty()) {
        err() << "calendar: expected your password on standard input\n";
        return Usage;
    }
    try {
        auto ws = services::Workspace::login(p.value(store), p.value(user), passwords.at(0).text());
        if (action == u"load") {
            const int year = services::loadHolidayCalendar(ws->services(), text);
            out() << "loaded the holiday calendar for " << year << "\n";
        }
        QStringList years;
        for (int y : services::SlaClock(ws->store().db()).calendarYears())
            years.append(QString::number(y));
        out() << "the calendar covers: " << (years.isEmpty() ? QStringLiteral("no year") : years.join(QStringLiteral(", "))) << "\n";
        return Ok;
    } catch (const std::exception &e) {
        return report(e);
    }
}

} // namespace doorstep::cli
