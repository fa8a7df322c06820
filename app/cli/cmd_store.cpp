// init, demo, verify, backup, restore.
#include "commands.h"

#include "demo/demo_generator.h"
#include "services/store_maintenance.h"
#include "services/store_restore.h"
#include "services/workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace doorstep::cli {
namespace {
const QCommandLineOption storeOpt(QStringLiteral("store"), QStringLiteral("The store file."), QStringLiteral("FILE"));
const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("Your user name."), QStringLiteral("NAME"));
const QCommandLineOption adminOpt(QStringLiteral("admin"), QStringLiteral("User name of the first administrator."), QStringLiteral("NAME"));
const QCommandLineOption stdinOpt(QStringLiteral("password-stdin"), QStringLiteral("Read the password from standard input."));

store::SecretText onePassword(const QCommandLineParser &p, int *exitCode)
{
    if (!p.isSet(stdinOpt)) {
        err() << "a password is needed: pass --password-stdin and write it to standard input\n";
        *exitCode = Usage;
        return {};
    }
    std::vector<store::SecretText> pw = readPasswords(1);
    if (pw.empty() || pw.front().isEmpty()) {
        err() << "no password on standard input\n";
        *exitCode = Usage;
        return {};
    }
    return std::move(pw.front());
}
} // namespace

int runInit(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Create a new, empty store with its first office and administrator."));
    const QCommandLineOption office(QStringLiteral("office"), QStringLiteral("Office name."), QStringLiteral("NAME"), QStringLiteral("总店"));
    const QCommandLineOption display(QStringLiteral("display-name"), QStringLiteral("Administrator's display name."), QStringLiteral("NAME"));
    p.addOptions({storeOpt, adminOpt, stdinOpt, office, display});
    int code = Ok;
    if (!parse(p, args, {storeOpt.names().first(), adminOpt.names().first()}, &code))
        return code;
    const store::SecretText password = onePassword(p, &code);
    if (code != Ok)
        return code;
    try {
        services::NewStoreSpec spec;
        spec.officeName = p.value(office);
        spec.adminUsername = p.value(adminOpt);
        spec.adminDisplayName = p.isSet(display) ? p.value(display) : p.value(adminOpt);
        spec.adminPassword = password.text();
        services::Workspace::create(p.value(storeOpt), spec);
        out() << "created " << p.value(storeOpt) << " with administrator " << spec.adminUsername << "\n";
        return Ok;
    } catch (const std::exception &e) {
        return report(e);
    }
}

int runDemo(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Create a new store filled with a demo franchise. Without --password-stdin every demo account gets the "
        "documented demo password."));
    demo::DemoOptions defaults;
    const QCommandLineOption providers(QStringLiteral("providers"), QStringLiteral("Number of providers."), QStringLiteral("N"), QString::number(defaults.providers));
    const QCommandLineOption orders(QStringLiteral("orders"), QStringLiteral("Number of orders."), QStringLiteral("N"), QString::number(defaults.orders));
    const QCommandLineOption customers(QStringLiteral("customers"), QStringLiteral("Number of customers (default: orders / 8)."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed: the same seed gives the same data."), QStringLiteral("S"), QString::number(defaults.seed));
    const QCommandLineOption officeCode(QStringLiteral("office-code"), QStringLiteral("The office's code (default SH-XH01)."), QStringLiteral("CODE"));
    const QCommandLineOption officeName(QStringLiteral("office-name"), QStringLiteral("The office's name (default the Xuhui franchise)."), QStringLiteral("NAME"));
    const QCommandLineOption districts(QStringLiteral("districts"),
                                       QStringLiteral("The Shanghai districts (adcodes, comma-separated) the office serves; default the Xuhui franchise's."),
                                       QStringLiteral("A,B"));
    p.addOptions({storeOpt, adminOpt, stdinOpt, providers, orders, customers, seed, officeCode, officeName, districts});
    int code = Ok;
    if (!parse(p, args, {storeOpt.names().first()}, &code))
        return code;
    demo::DemoOptions options;
    if (p.isSet(adminOpt))
        options.adminUsername = p.value(adminOpt);
    if (p.isSet(stdinOpt)) {
        options.password = onePassword(p, &code).text();
        if (code != Ok)
            return code;
    }
    bool ok1 = false, ok2 = false, ok3 = true, ok4 = false;
    options.providers = p.value(providers).toInt(&ok1);
    options.orders = p.value(orders).toInt(&ok2);
    if (p.isSet(customers))
        options.customers = p.value(customers).toInt(&ok3);
    options.seed = p.value(seed).toULongLong(&ok4);
    options.officeCode = p.value(officeCode);
    options.officeName = p.value(officeName);
    if (p.isSet(districts))
        options.servedDistricts = p.value(districts).split(u',', Qt::SkipEmptyParts);
    if (!ok1 || !ok2 || !ok3 || !ok4 || options.providers < 1 || options.orders < 0) {
        err() << "--providers, --orders, --customers and --seed take whole numbers\n";
        return Usage;
    }
    try {
        QElapsedTimer t;
        t.start();
        int last = -1;
        const demo::DemoSummary summary = demo::createDemoStore(p.value(storeOpt), options, [&](int percent) {
            if (percent / 10 != last / 10)
                err() << "  " << percent << "%\n" << Qt::flush;
            last = percent;
            return true;
        });
        out() << "created " << p.value(storeOpt) << " in " << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s: "
              << summary.customers << " customers, " << summary.providers << " providers, " << summary.orders
              << " orders, " << summary.staff << " staff accounts (password: "
              << (p.isSet(stdinOpt) ? QStringLiteral("as given") : options.password) << ")\n";
        return Ok;
    } catch (const std::exception &e) {
        return report(e);
    }
}

int runVerify(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Check every page's authentication, the database structure, foreign keys, "
                                               "the audit log's hash chain and the statistics rollups, saying on standard error which part runs "
                                               "(on a large store each can take minutes). Changes nothing."));
    p.addOptions({storeOpt, userOpt, stdinOpt});
    int code = Ok;
    if (!parse(p, args, {storeOpt.names().first(), userOpt.names().first()}, &code))
        return code;
    const store::SecretText password = onePassword(p, &code);
    if (code != Ok)
        return code;
    try {
        auto ws = services::Workspace::inspect(p.value(storeOpt), p.value(userOpt), password.text());
        // Each part can take minutes on a large store: say which runs and how
        // long the one before took, so a silent terminal never looks hung.
        QElapsedTimer clock;
        const auto onStep = [&](services::StoreMaintenance::VerifyStep step) {
            using Step = services::StoreMaintenance::VerifyStep;
            if (clock.isValid())
                err() << "  (" << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s)\n";
            err() << (step == Step::Pages        ? "checking every page, the database structure and foreign keys..."
                      : step == Step::AuditChain ? "checking the audit log's hash chain..."
                                                 : "comparing the statistics rollups with the orders...")
                  << "\n";
            err().flush();
            clock.start();
        };
        const services::VerifyReport report = services::StoreMaintenance(ws->services()).verify(onStep);
        err() << "  (" << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s)\n";
        for (const QString &problem : report.pageProblems)
            out() << "page check: " << problem << "\n";
        if (report.audit.ok)
            out() << "audit chain: " << report.audit.entries << " entries, intact\n";
        else
            out() << "audit chain: broken at entry " << report.audit.firstBrokenSeq << ": " << report.audit.reason << "\n";
        for (const QString &problem : report.rollupProblems)
            out() << "statistics rollups: " << problem << "\n";
        if (report.rollupProblems.isEmpty())
            out() << "statistics rollups: agree with the orders\n";
        else
            out() << "statistics rollups: run `doorstep-cli rebuild-rollups` to recompute them\n";
        out() << (report.ok() ? "store OK\n" : "store FAILED verification\n");
        return report.ok() ? Ok : VerifyFailed;
    } catch (const std::exception &e) {
        return report(e);
    }
}

int runRebuildRollups(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Recompute the statistics rollups from the orders (after verify found them "
                                               "damaged). Audited; changes no business data."));
    p.addOptions({storeOpt, userOpt, stdinOpt});
    int code = Ok;
    if (!parse(p, args, {storeOpt.names().first(), userOpt.names().first()}, &code))
        return code;
    const store::SecretText password = onePassword(p, &code);
    if (code != Ok)
        return code;
    try {
        auto ws = services::Workspace::login(p.value(storeOpt), p.value(userOpt), password.text());
        const qint64 orders = services::StoreMaintenance(ws->services()).rebuildRollups();
        out() << "statistics rollups rebuilt from " << orders << " orders\n";
        return Ok;
    } catch (const std::exception &e) {
        return report(e);
    }
}

int runBackup(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Write a consistent encrypted copy of a store, even while consoles use it."));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The backup file to write (must not exist)."), QStringLiteral("FILE"));
    p.addOptions({storeOpt, userOpt, stdinOpt, to});
    int code = Ok;
    if (!parse(p, args, {storeOpt.names().first(), userOpt.names().first(), to.names().first()}, &code))
        return code;
    const store::SecretText password = onePassword(p, &code);
    if (code != Ok)
        return code;
    try {
        auto ws = services::Workspace::login(p.value(storeOpt), p.value(userOpt), password.text());
        services::StoreMaintenance(ws->services()).backup(p.value(to));
        out() << "backup written to " << p.value(to) << "\n";
        return Ok;
    } catch (const std::exception &e) {
        return report(e);
    }
}

int runRestore(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Check a backup (you must be an administrator in it, your password must open it and every page must verify), "
        "then put it in place of the store. Refused while any console or command has the store open. An existing "
        "store is kept whole (with its WAL) as FILE.before-restore; the restore is recorded in the restored store's "
        "audit log."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The backup file."), QStringLiteral("FILE"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Replace an existing store (it is kept as .before-restore)."));
    p.addOptions({storeOpt, userOpt, stdinOpt, from, force});
    int code = Ok;
    if (!parse(p, args, {storeOpt.names().first(), userOpt.names().first(), from.names().first()}, &code))
        return code;
    const store::SecretText password = onePassword(p, &code);
    if (code != Ok)
        return code;
    services::RestoreRequest request;
    request.backupPath = p.value(from);
    request.targetPath = p.value(storeOpt);
    request.username = p.value(userOpt);
    request.replaceExisting = p.isSet(force);
    if (QFileInfo::exists(request.targetPath) && !request.replaceExisting) {
        err() << request.targetPath << " exists; pass --force to replace it (it will be kept as "
              << request.targetPath << ".before-restore)\n";
        return Rejected;
    }
    try {
        const services::RestoreOutcome outcome = services::restoreStore(request, password.text());
        if (!outcome.backupReport.ok()) {
            err() << "the backup failed verification; nothing was restored\n";
            return VerifyFailed;
        }
        out() << "restored " << request.backupPath << " to " << request.targetPath << "\n";
        if (!outcome.keptAs.isEmpty())
            out() << "the replaced store is kept as " << outcome.keptAs << "\n";
        return Ok;
    } catch (const std::exception &e) {
        return report(e);
    }
}

} // namespace doorstep::cli
