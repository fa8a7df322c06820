// privacy export|anonymise|withdraw-consent|retention-sweep: the rights of the
// people in the store (services/privacy_service.h), for support staff and
// scheduled jobs (the retention sweep from cron or a Windows task).
#include "commands.h"

#include "services/privacy_service.h"
#include "services/workspace.h"

#include <QDateTime>
#include <QTimeZone>

namespace doorstep::cli {

int runPrivacy(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Handle a person's request about their personal data (PIPL).\n"
        "  export --customer C|--provider P --out FILE   write FILE.json and FILE.html: everything held about them\n"
        "  anonymise --customer C|--provider P --yes      replace their personal data for good (orders and money stay)\n"
        "  withdraw-consent --customer C [--purpose P]    withdraw a consent (default: marketing)\n"
        "  retention-sweep [--dry-run]                     anonymise customers inactive longer than the office keeps data\n"
        "C and P are an id or a full mobile number. stdin: your password."));
    const LoginOptions login(QStringLiteral("Your user name."), QStringLiteral("Read your password from standard input."));
    const QCommandLineOption customer(QStringLiteral("customer"), QStringLiteral("The customer: id or mobile number."), QStringLiteral("C"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("The provider: id or mobile number."), QStringLiteral("P"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Where export writes (FILE.json, FILE.html)."), QStringLiteral("FILE"));
    const QCommandLineOption purpose(QStringLiteral("purpose"), QStringLiteral("marketing, location, sensitive_data or cross_border."),
                                     QStringLiteral("P"), QStringLiteral("marketing"));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Confirm anonymising (it cannot be undone)."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Only say how many customers are due."));
    p.addOptions(login.options());
    p.addOptions({customer, provider, outFile, purpose, yes, dryRun});
    p.addPositionalArgument(QStringLiteral("action"), QStringLiteral("export, anonymise, withdraw-consent or retention-sweep"));
    int code = Ok;
    if (!parse(p, args, login.required(), &code))
        return code;
    const QString action = p.positionalArguments().value(0);
    const bool onePerson = action == u"export" || action == u"anonymise" || action == u"withdraw-consent";
    if (!onePerson && action != u"retention-sweep") {
        err() << "privacy: say export, anonymise, withdraw-consent or retention-sweep\n";
        return Usage;
    }
    if (onePerson && p.isSet(customer) == p.isSet(provider)) {
        err() << "privacy " << action << ": give --customer or --provider\n";
        return Usage;
    }
    if (action == u"withdraw-consent" && !p.isSet(customer)) {
        err() << "privacy withdraw-consent: consents are customers' (--customer)\n";
        return Usage;
    }
    if (action == u"export" && !p.isSet(outFile)) {
        err() << "privacy export: --out is required\n";
        return Usage;
    }
    if (action == u"anonymise" && !p.isSet(yes)) {
        err() << "privacy anonymise: this replaces the person's data for good; add --yes to confirm\n";
        return Usage;
    }
    const auto passwords = requirePasswords(1, QStringLiteral("privacy"));
    if (!passwords)
        return Usage;
    try {
        auto ws = services::Workspace::login(p.value(login.store), p.value(login.user), passwords->at(0).text());
        services::PrivacyService privacy(ws->services());
        if (action == u"retention-sweep") {
            const int years = privacy.retentionYears();
            if (years == 0) {
                out() << "retention is off (privacy.customer_retention_years = 0): nothing to do\n";
                return Ok;
            }
            if (p.isSet(dryRun)) {
                out() << privacy.retentionDue() << " customer(s) inactive for more than " << years << " year(s) would be anonymised\n";
                return Ok;
            }
            const services::RetentionResult r = privacy.retentionSweep();
            out() << "anonymised " << r.customers << " customer(s) inactive since "
                  << QDateTime::fromSecsSinceEpoch(r.cutoff, QTimeZone::utc()).toString(Qt::ISODate) << " (" << years << " year(s)); "
                  << r.rowsRewritten << " row(s) rewritten, " << r.outboxPurged << " queued sync copies purged, in "
                  << r.actions << " audited action(s)\n";
            return Ok;
        }
        const bool isCustomer = p.isSet(customer);
        const qint64 id = isCustomer ? privacy.findCustomer(p.value(customer)) : privacy.findProvider(p.value(provider));
        const QString who = (isCustomer ? QStringLiteral("customer ") : QStringLiteral("provider ")) + QString::number(id);
        if (action == u"export") {
            const services::SubjectExport e = isCustomer ? privacy.exportCustomer(id, p.value(outFile)) : privacy.exportProvider(id, p.value(outFile));
            out() << "exported " << who << " to " << e.files.join(QStringLiteral(" and ")) << "\n";
        } else if (action == u"anonymise") {
            const services::ErasureResult r = isCustomer ? privacy.anonymiseCustomer(id) : privacy.anonymiseProvider(id);
            out() << "anonymised " << who << ": " << r.rowsRewritten << " row(s) rewritten, " << r.scansPurged << " scan(s) deleted, "
                  << r.outboxPurged << " queued sync copies purged\n";
        } else {
            const int n = privacy.withdrawConsent(id, p.value(purpose));
            out() << "withdrew " << n << " " << p.value(purpose) << " consent(s) of " << who << "\n";
        }
        return Ok;
    } catch (const std::exception &e) {
        return report(e);
    }
}

} // namespace doorstep::cli
