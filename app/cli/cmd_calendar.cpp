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
    const LoginOptions login(QStringLiteral("Your user name."), QStringLiteral("Read your password from standard input."));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("The calendar file (UTF-8)."), QStringLiteral("FILE"));
    p.addOptions(login.options());
    p.addOption(file);
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("load or list"));
    int code = Ok;
    if (!parse(p, args, login.required(), &code))
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
    const auto passwords = requirePasswords(1, QStringLiteral("calendar"));
    if (!passwords)
        return Usage;
    try {
        auto ws = services::Workspace::login(p.value(login.store), p.value(login.user), passwords->at(0).text());
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
