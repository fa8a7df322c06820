// report KIND: export a report (models/reports) to XLSX, CSV or PDF from a
// scheduled job (cron, Windows Task Scheduler) or a script; report --list
// names the reports. Both dates are inclusive office days of the orders'
// window start, as the order lists count.
#include "commands.h"

#include "reports/catalogue.h"
#include "reports/report_export.h"
#include "services/workspace.h"

#include <QDate>
#include <QFileInfo>

namespace doorstep::cli {

int runReport(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Export a report for a period.\n"
        "  report KIND --from YYYY-MM-DD --to YYYY-MM-DD --format xlsx|csv|pdf --out FILE\n"
        "  report --list      the reports (KIND) there are\n"
        "Personal data is masked unless --unmasked (administrators only). stdin: your password."));
    const LoginOptions login(QStringLiteral("Your user name."), QStringLiteral("Read your password from standard input."));
    const QCommandLineOption list(QStringLiteral("list"), QStringLiteral("List the reports and stop."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("First office day (inclusive)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Last office day (inclusive)."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("xlsx, csv or pdf."), QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("The file to write (replaced if it exists)."), QStringLiteral("FILE"));
    const QCommandLineOption district(QStringLiteral("district"), QStringLiteral("Only this district (administrative code)."), QStringLiteral("D"));
    const QCommandLineOption category(QStringLiteral("category"), QStringLiteral("Only this service category (code)."), QStringLiteral("C"));
    const QCommandLineOption unmasked(QStringLiteral("unmasked"), QStringLiteral("Customers' and providers' names and customers' phones in full (needs the permission)."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress on standard error."));
    p.addOptions(login.options());
    p.addOptions({list, from, to, format, outFile, district, category, unmasked, quiet});
    p.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("The report (see --list)."));
    int code = Ok;
    if (!parse(p, args, {}, &code))
        return code;
    if (p.isSet(list)) {
        for (const reports::ReportSource *s : reports::catalogue())
            out() << s->kind().leftJustified(12) << s->title() << "\n";
        return Ok;
    }
    QStringList required = login.required();
    required << QStringLiteral("from") << QStringLiteral("to") << QStringLiteral("format") << QStringLiteral("out");
    for (const QString &option : required) {
        if (!p.isSet(option)) {
            err() << "report: missing --" << option << "\n" << p.helpText();
            return Usage;
        }
    }
    reports::ExportRequest request;
    request.kind = p.positionalArguments().value(0);
    if (!reports::findSource(request.kind)) {
        err() << "report: say which report (doorstep-cli report --list), not '" << request.kind << "'\n";
        return Usage;
    }
    const auto fmt = reports::formatFromKey(p.value(format));
    if (!fmt) {
        err() << "report: --format is xlsx, csv or pdf\n";
        return Usage;
    }
    request.format = *fmt;
    request.params.filter.period = {QDate::fromString(p.value(from), Qt::ISODate), QDate::fromString(p.value(to), Qt::ISODate)};
    if (!request.params.filter.period.isValid()) {
        err() << "report: --from and --to are dates YYYY-MM-DD, --from not after --to\n";
        return Usage;
    }
    request.params.filter.districtCode = p.value(district);
    request.params.filter.categoryCode = p.value(category);
    request.params.unmasked = p.isSet(unmasked);
    request.path = QFileInfo(p.value(outFile)).absoluteFilePath();
    const auto passwords = requirePasswords(1, QStringLiteral("report"));
    if (!passwords)
        return Usage;
    try {
        auto ws = services::Workspace::login(p.value(login.store), p.value(login.user), passwords->at(0).text());
        const bool showProgress = !p.isSet(quiet);
        int lastPercent = -1;
        const reports::ExportResult r = reports::ReportExport(ws->services()).run(request, [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (showProgress && percent != lastPercent) {
                lastPercent = percent;
                err() << "\r" << done << " / " << total << " rows (" << percent << "%)";
                err().flush();
            }
            return true;
        });
        if (showProgress)
            err() << "\n";
        out() << "wrote " << r.rows << " row(s) of " << request.kind << " to " << request.path
              << (request.params.unmasked ? " (personal data NOT masked)" : "") << "\n";
        return Ok;
    } catch (const std::exception &e) {
        return report(e);
    }
}

} // namespace doorstep::cli
