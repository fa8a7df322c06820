#include "app/commands.h"

#include "api/api_messages.h"
#include "api/api_service.h"
#include "api/code_sender.h"
#include "data_dir.h"
#include "http/sync_http_server.h"
#include "pki/pki.h"
#include "storage/embedded_storage.h"
#include "storage/pg_storage.h"
#include "sync/enrollment_code.h"
#include "sync/sync_service.h"

#include "store/store_error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTimeZone>
#include <QTimer>
#include <QTextStream>

#include <algorithm>
#include <csignal>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif
#include <map>
#include <optional>

namespace doorstep::server::app {
namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("doorstep-server", text);
}

constexpr int kExitFailed = 1;
constexpr int kExitUsage = 2;
constexpr int kExitWrongKey = 3;
constexpr qint64 kCodeValidity = 7 * 24 * 3600;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

class UsageError : public std::runtime_error
{
public:
    explicit UsageError(const QString &m) : std::runtime_error(m.toStdString()) {}
};

struct Args
{
    QStringList positional;
    std::map<QString, QStringList> options;
    bool keyStdin = false;

    QString one(const QString &name, bool required = true) const
    {
        const auto it = options.find(name);
        if (it == options.end()) {
            if (required)
                throw UsageError(tr("missing %1").arg(name));
            return {};
        }
        if (it->second.size() > 1)
            throw UsageError(tr("%1 given twice").arg(name));
        return it->second.first();
    }
    QStringList all(const QString &name) const
    {
        const auto it = options.find(name);
        return it == options.end() ? QStringList() : it->second;
    }
};

Args parse(const QStringList &arguments, const QStringList &allowed)
{
    Args a;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--key-stdin" && allowed.contains(arg)) {
            a.keyStdin = true;
        } else if (arg.startsWith(u"--")) {
            if (!allowed.contains(arg))
                throw UsageError(tr("unknown option %1").arg(arg));
            if (i + 1 >= arguments.size())
                throw UsageError(tr("%1 needs a value").arg(arg));
            a.options[arg].append(arguments.at(++i));
        } else {
            a.positional.append(arg);
        }
    }
    return a;
}

store::SecretBytes keyFrom(const Args &a)
{
    const QString file = a.one(QStringLiteral("--key-file"), false);
    if (!file.isEmpty() && a.keyStdin)
        throw UsageError(tr("give the key either with --key-file or with --key-stdin"));
    if (!file.isEmpty())
        return readKeyFile(file);
    if (a.keyStdin)
        return readKeyStdin();
    throw UsageError(tr("the store key is needed: --key-file FILE or --key-stdin"));
}

DataDir dataFrom(const Args &a)
{
    const QString root = a.one(QStringLiteral("--data"));
    if (!QFileInfo(root).isDir())
        throw UsageError(tr("%1 is not a server data directory (run doorstep-server init first)").arg(root));
    return {QDir(root).absolutePath()};
}

// --postgres CONNINFO: the state lives in PostgreSQL (several server
// processes may share it); otherwise in the encrypted store under --data.
// --data holds the CA and TLS files either way.
std::unique_ptr<SyncStorage> openStorage(const Args &a)
{
    const DataDir data = dataFrom(a);
    const QString conninfo = a.one(QStringLiteral("--postgres"), false);
    if (!conninfo.isEmpty()) {
        try {
            return std::make_unique<PgStorage>(conninfo);
        } catch (const std::exception &e) {
            throw SetupError(tr("cannot use the PostgreSQL database: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    const store::SecretBytes key = keyFrom(a);
    return EmbeddedStorage::open(data.store(), key);
}

std::pair<QHostAddress, quint16> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? text.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    QHostAddress address;
    if (!ok || port > 65535 || !address.setAddress(host))
        throw UsageError(tr("%1 is not ADDRESS:PORT (e.g. 10.0.0.5:8443)").arg(text));
    return {address, quint16(port)};
}

int init(const QStringList &arguments)
{
    const Args a = parse(arguments, {QStringLiteral("--data"), QStringLiteral("--host"), QStringLiteral("--key-file"),
                                     QStringLiteral("--postgres")});
    const QString root = a.one(QStringLiteral("--data"));
    const QStringList hosts = a.all(QStringLiteral("--host"));
    if (hosts.isEmpty())
        throw UsageError(tr("init needs at least one --host NAME (the name or address consoles connect to)"));
    const DataDir data{QDir(root).absolutePath()};
    if (QFileInfo::exists(data.store()) || QFileInfo::exists(data.caCert()))
        throw UsageError(tr("%1 already holds a server; refusing to overwrite it").arg(root));
    const QString conninfo = a.one(QStringLiteral("--postgres"), false);
    const QString keyFile = a.one(QStringLiteral("--key-file"), false);
    if (!conninfo.isEmpty() && !keyFile.isEmpty())
        throw UsageError(tr("--key-file is for the embedded store; with --postgres there is no store key"));
    std::unique_ptr<PgStorage> postgres;
    if (!conninfo.isEmpty()) {
        try {
            postgres = std::make_unique<PgStorage>(conninfo); // creates the schema, or refuses a foreign one
        } catch (const std::exception &e) {
            throw SetupError(tr("cannot use the PostgreSQL database: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    makeOwnerOnlyDirectory(data.root);

    const store::SecretBytes key(store::crypto::randomBytes(32));
    const pki::KeyAndCert ca = pki::makeCa(QStringLiteral("Doorstep sync CA"));
    const pki::KeyAndCert server = pki::makeServerCertificate(ca, hosts);
    if (!keyFile.isEmpty() && !postgres)
        writeOwnerOnlyFile(keyFile, encodeKey(key));
    writeOwnerOnlyFile(data.caKey(), ca.keyPem);
    writeOwnerOnlyFile(data.caCert(), ca.certPem);
    writeOwnerOnlyFile(data.serverKey(), server.keyPem);
    writeOwnerOnlyFile(data.serverCert(), server.certPem);
    if (!postgres)
        EmbeddedStorage::create(data.store(), key);

    out() << tr("Server data in %1, certificate for %2.").arg(data.root, hosts.join(QStringLiteral(", "))) << '\n';
    if (postgres)
        out() << tr("State kept in PostgreSQL; give run, offices and status the same --postgres.") << '\n';
    else if (keyFile.isEmpty())
        out() << tr("Store key (keep it owner-only, give it to run with --key-stdin): %1")
                     .arg(QString::fromLatin1(encodeKey(key).trimmed()))
              << '\n';
    else
        out() << tr("Store key written to %1.").arg(keyFile) << '\n';
    out() << tr("CA fingerprint (SHA-256), for enrolling consoles:") << '\n';
    out() << pki::fingerprint(pki::pemToDer(ca.certPem)) << '\n';
    return 0;
}

int offices(const QStringList &arguments)
{
    const Args a = parse(arguments, {QStringLiteral("--data"), QStringLiteral("--code"), QStringLiteral("--districts"),
                                     QStringLiteral("--key-file"), QStringLiteral("--key-stdin"), QStringLiteral("--postgres")});
    const QString verb = a.positional.value(0);
    if (verb == u"add") {
        if (a.positional.size() != 2)
            throw UsageError(tr("usage: offices add NAME --code CODE --data DIR [--districts 310104,310105]"));
        const QString code = a.one(QStringLiteral("--code"));
        static const QRegularExpression kCode(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$"));
        if (!kCode.match(code).hasMatch())
            throw UsageError(tr("an office code is 1-32 letters, digits, - or _"));
        QStringList districts = a.one(QStringLiteral("--districts"), false).split(u',', Qt::SkipEmptyParts);
        for (QString &d : districts) {
            d = d.trimmed();
            if (d.size() != 6 || !std::all_of(d.cbegin(), d.cend(), [](QChar c) { return c.isDigit(); }))
                throw UsageError(tr("%1 is not a 6-digit district adcode").arg(d));
        }
        auto storage = openStorage(a);
        if (storage->office(code))
            throw UsageError(tr("an office with the code %1 exists already").arg(code));
        for (const OfficeInfo &other : storage->offices()) {
            for (const QString &d : std::as_const(districts)) {
                if (other.districts.contains(d))
                    throw UsageError(tr("district %1 is served by office %2 already").arg(d, other.code));
            }
        }
        const QString enrollment = sync::newEnrollmentCode();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        storage->addOffice({code, a.positional.at(1), districts, now}, sync::enrollmentCodeHash(enrollment),
                           now + kCodeValidity);
        const auto added = storage->office(code);
        out() << tr("Office %1 added; its consoles mint ids on node %2. Its one-time enrollment code (valid 7 days):")
                     .arg(code)
                     .arg(added ? added->node : 0)
              << '\n';
        out() << enrollment << '\n';
        return 0;
    }
    if (verb == u"revoke") {
        if (a.positional.size() != 2)
            throw UsageError(tr("usage: offices revoke CODE --data DIR"));
        auto storage = openStorage(a);
        const QString code = a.positional.at(1);
        if (!storage->office(code))
            throw UsageError(tr("no office with the code %1").arg(code));
        storage->revokeOffice(code, QDateTime::currentSecsSinceEpoch());
        out() << tr("Certificates of office %1 revoked; it can enroll again with a new code only.").arg(code) << '\n';
        return 0;
    }
    throw UsageError(tr("usage: offices add|revoke …"));
}

// Onboarding approved a provider in their office's console and the row has
// synced: the operator issues the provider app's credential, printed once as
// the last line (the platform keeps its SHA-256; issuing again revokes it).
int providers(const QStringList &arguments)
{
    const Args a = parse(arguments, {QStringLiteral("--data"), QStringLiteral("--key-file"), QStringLiteral("--key-stdin"),
                                     QStringLiteral("--postgres"), QStringLiteral("--office")});
    const QString office = a.one(QStringLiteral("--office"), false);
    const auto id = a.positional.size() == 2 && a.positional.at(0) == u"credential"
                        ? api::parseId(a.positional.at(1))
                        : std::nullopt;
    if (!id && (office.isEmpty() || a.positional != QStringList{QStringLiteral("credential")}))
        throw UsageError(tr("usage: providers credential (PROVIDER_ID | --office CODE) --data DIR"));
    auto storage = openStorage(a);
    api::LogCodeSender sender;
    api::ApiService service(*storage, sender);
    if (!id) {
        // Every active provider of the office, "ID SECRET" a line: what the
        // demo's simulator signs in with (packaging/demo_server.sh sim).
        auto tx = storage->begin();
        const QList<StoredRow> rows = tx->rowsOf(QStringLiteral("providers"), 1000000);
        tx->commit();
        for (const StoredRow &p : rows) {
            if (p.owner == office && !p.deleted && p.row.value(QLatin1StringView("status")).toString() == u"active")
                out() << p.id << ' ' << service.issueProviderSecret(p.id) << '\n';
        }
        return 0;
    }
    const QString secret = service.issueProviderSecret(*id);
    out() << tr("Credential of provider %1 for the provider app (shown once; earlier ones no longer work):").arg(*id)
          << '\n';
    out() << secret << '\n';
    return 0;
}

int status(const QStringList &arguments)
{
    const Args a = parse(arguments, {QStringLiteral("--data"), QStringLiteral("--key-file"), QStringLiteral("--key-stdin"),
                                     QStringLiteral("--postgres")});
    auto storage = openStorage(a);
    const QList<OfficeStatus> rows = storage->status();
    if (rows.isEmpty())
        out() << tr("No offices yet (doorstep-server offices add).") << '\n';
    for (const OfficeStatus &s : rows) {
        const QString last = s.lastSyncAt ? QDateTime::fromSecsSinceEpoch(s.lastSyncAt, QTimeZone::utc())
                                                .toString(Qt::ISODate)
                                          : tr("never");
        out() << tr("%1 (%2): last sync %3, applied %4, rejected %5, audit head %6 %7")
                     .arg(s.office.code, s.office.name, last)
                     .arg(s.applied)
                     .arg(s.rejected)
                     .arg(s.auditSeq)
                     .arg(s.auditHash.isEmpty() ? tr("(none)") : s.auditHash)
              << '\n';
    }
    return 0;
}

#ifdef Q_OS_UNIX
// SIGTERM (systemctl stop) and SIGINT end the event loop, so the store is
// closed normally (WAL checkpointed) rather than the process just dying.
// A signal handler may only write to a descriptor: the classic self-pipe.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &byte, 1);
}

void quitOnTermination()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#else
void quitOnTermination() {}
#endif

int run(const QStringList &arguments)
{
    const Args a = parse(arguments, {QStringLiteral("--data"), QStringLiteral("--listen"),
                                     QStringLiteral("--enroll-listen"), QStringLiteral("--key-file"),
                                     QStringLiteral("--key-stdin"), QStringLiteral("--postgres"),
                                     QStringLiteral("--enroll-rate"), QStringLiteral("--demo-codes")});
    const auto [syncAddress, syncPort] = parseListen(a.one(QStringLiteral("--listen")));
    bool rateOk = true;
    const QString rateText = a.one(QStringLiteral("--enroll-rate"), false);
    const int enrollRate = rateText.isEmpty() ? -1 : rateText.toInt(&rateOk);
    if (!rateOk || (!rateText.isEmpty() && enrollRate < 0))
        throw UsageError(tr("--enroll-rate takes a whole number of requests per second (0: no limit)"));
    const QString enrollText = a.one(QStringLiteral("--enroll-listen"), false);
    auto [enrollAddress, enrollPort] = enrollText.isEmpty()
                                           ? std::pair<QHostAddress, quint16>(syncAddress, quint16(syncPort ? syncPort + 1 : 0))
                                           : parseListen(enrollText);
    const DataDir data = dataFrom(a);
    auto storage = openStorage(a);
    const pki::KeyAndCert ca{readWholeFile(data.caKey()), readWholeFile(data.caCert())};
    const QByteArray serverCert = readWholeFile(data.serverCert());
    http::TlsIdentity tls{QSslCertificate(serverCert), QSslKey(readWholeFile(data.serverKey()), QSsl::Ec),
                          QSslCertificate(ca.certPem)};
    if (tls.certificate.isNull() || tls.key.isNull() || tls.ca.isNull())
        throw SetupError(tr("the certificates in %1 cannot be read").arg(data.root));

    sync::SyncService service(*storage, ca, QString());
    http::SyncHttpServer syncServer(http::SyncHttpServer::Kind::Sync, service, tls);
    http::SyncHttpServer enrollServer(http::SyncHttpServer::Kind::Enrollment, service, tls);
    if (enrollRate >= 0)
        enrollServer.setRequestsPerSecond(enrollRate);
    // The apps' API beside enrollment; sign-in codes go to the log until a
    // real SMS sender is plugged in (api/code_sender.h).
    // --demo-codes FILE: into a file the demo's simulator reads (demo only).
    const QString demoCodes = a.one(QStringLiteral("--demo-codes"), false);
    api::LogCodeSender logSender;
    api::FileCodeSender fileSender(demoCodes);
    // On the service's storage: its commits ring the consoles as pushes do.
    api::ApiService apiService(service.storage(), demoCodes.isEmpty() ? static_cast<api::CodeSender &>(logSender) : fileSender);
    enrollServer.setApi(&apiService);
    // Approved refunds of orders paid in the app, asked in the app or in the
    // console, are paid back through the payment provider once their
    // office's approval arrives (sync/refund_watch.h, api/refund_payback.cpp). After
    // the push has committed and been answered: a failure here is logged and
    // retried after the next push, never the push's.
    service.addCommitListener(
        [&apiService](const QStringList &, const QString &origin) {
            if (origin == u"platform")
                return; // the server's own writes (the apps' API, its sweeps) ring too: no office's push
            try {
                apiService.payBackApprovedRefunds(origin);
            } catch (const std::exception &e) {
                qWarning("doorstep-server: paying back %s's approved refunds failed: %s", qUtf8Printable(origin), e.what());
            }
        },
        AnnouncingStorage::Hears::ThisProcess); // the process that took the push pays
    // Several processes on one PostgreSQL database: each rings its own
    // consoles and provider doorbells for the others' commits too
    // (storage/pg_notice_listener.h).
    std::unique_ptr<PgNoticeListener> otherProcesses;
    if (auto *postgres = dynamic_cast<PgStorage *>(storage.get()))
        otherProcesses = postgres->listenToOtherProcesses(
            [&service](const QStringList &audiences, const QString &origin) { service.heardFromOtherProcess(audiences, origin); },
            [&service](const QList<qint64> &providers) { service.heardJobsFromOtherProcess(providers); });
    // A refund the payment provider refused is tried again after the
    // office's next push, and at least every minute besides: a quiet office
    // may not push for hours, and the customer waits for the money.
    QTimer refundRetries;
    refundRetries.setInterval(60 * 1000);
    QObject::connect(&refundRetries, &QTimer::timeout, &refundRetries, [&apiService, &service] {
        try {
            for (const OfficeInfo &office : service.storage().offices())
                apiService.payBackApprovedRefunds(office.code);
        } catch (const std::exception &e) {
            qWarning("doorstep-server: paying back approved refunds failed (tried again in a minute): %s", e.what());
        }
    });
    refundRetries.start();
    // Accept timeouts of the offices that handed them to the server
    // (sync/accept_watch.h): a job's wait is checked within 30 s of its end.
    QTimer acceptTimeouts;
    acceptTimeouts.setInterval(30 * 1000);
    QObject::connect(&acceptTimeouts, &QTimer::timeout, &acceptTimeouts, [&apiService] {
        try {
            if (const int n = apiService.sweepAcceptTimeouts())
                err() << QCoreApplication::translate("doorstep-server", "%n job(s) not accepted in time went back to their office's queue",
                                                     nullptr, n)
                      << Qt::endl;
        } catch (const std::exception &e) {
            err() << tr("the accept-timeout sweep failed (tried again in 30 s): %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        }
    });
    acceptTimeouts.start();
    const quint16 syncBound = syncServer.listenOn(syncAddress, syncPort);
    if (!syncBound)
        throw SetupError(tr("cannot listen on %1: %2").arg(a.one(QStringLiteral("--listen")), syncServer.errorString()));
    const quint16 enrollBound = enrollServer.listenOn(enrollAddress, enrollPort);
    if (!enrollBound)
        throw SetupError(tr("cannot listen for enrollment on port %1: %2").arg(enrollPort).arg(enrollServer.errorString()));
    const QString host = pki::commonName(serverCert);
    service.setSyncUrl(QStringLiteral("https://%1:%2").arg(host).arg(syncBound));
    out() << tr("sync listening on %1:%2 (mutual TLS)").arg(syncAddress.toString()).arg(syncBound) << '\n';
    out() << tr("enrollment listening on %1:%2 (and the apps' API, /api/v1/)").arg(enrollAddress.toString()).arg(enrollBound) << '\n';
    out().flush();
    quitOnTermination();
    const int code = QCoreApplication::exec();
    out() << tr("stopped") << '\n';
    return code;
}

void usage()
{
    err() << tr("usage: doorstep-server init --data DIR --host NAME… [--key-file F | --postgres CONNINFO]\n"
                "       doorstep-server offices add NAME --code CODE --data DIR [--districts A,B] (--key-file F | --key-stdin)\n"
                "       doorstep-server offices revoke CODE --data DIR (--key-file F | --key-stdin)\n"
                "       doorstep-server run --data DIR --listen ADDR:PORT [--enroll-listen ADDR:PORT] [--enroll-rate N] [--demo-codes FILE] (--key-file F | --key-stdin)\n"
                "       doorstep-server providers credential (PROVIDER_ID | --office CODE) --data DIR (--key-file F | --key-stdin)\n"
                "       doorstep-server status --data DIR (--key-file F | --key-stdin)\n"
                "       (run, offices, providers and status take --postgres CONNINFO instead of a key when init was given it)")
          << '\n';
}
} // namespace

int runCommand(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    try {
        if (command == u"init")
            return init(rest);
        if (command == u"offices")
            return offices(rest);
        if (command == u"status")
            return status(rest);
        if (command == u"providers")
            return providers(rest);
        if (command == u"run")
            return run(rest);
        usage();
        return kExitUsage;
    } catch (const UsageError &e) {
        err() << QString::fromUtf8(e.what()) << '\n';
        return kExitUsage;
    } catch (const SetupError &e) {
        err() << e.message() << '\n';
        return kExitUsage;
    } catch (const store::StoreError &e) {
        err() << (e.kind() == store::StoreError::Kind::WrongPassword ? tr("wrong key for this server's store")
                                                                     : e.message())
              << '\n';
        return e.kind() == store::StoreError::Kind::WrongPassword ? kExitWrongKey : kExitFailed;
    } catch (const std::exception &e) {
        err() << tr("failed: %1").arg(QString::fromUtf8(e.what())) << '\n';
        return kExitFailed;
    }
}

} // namespace doorstep::server::app
