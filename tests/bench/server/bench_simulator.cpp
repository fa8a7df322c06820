// doorstep-sim under load (issue #12): OFFICES offices of PROVIDERS
// providers each on one server, their customers ordering over HOURS of the
// day at FACTOR× through the real HTTPS listener on loopback (pinned CA),
// an office dispatcher assigning every new order each simulated ten
// minutes. Reports the simulator's summary: HTTP statuses, errors, latency
// p50/p99 per endpoint, and the load average beside them (the machine is
// shared). The server runs in this process on a thread of its own (its
// workers answer on theirs), as a server process would beside the
// simulator's, on the embedded store or PostgreSQL (a throwaway cluster,
// tests/server/pg_cluster; DOORSTEP_BENCH_PG_FSYNC=off turns fsync off).
// Providers listen on their jobs doorbell (provider/bell) and poll every
// BELL_POLL simulated seconds as a fallback; BELL_POLL 0: no doorbell, they
// poll every five minutes (as before the doorbell).
//   bench_simulator [OFFICES] [PROVIDERS] [HOURS] [FACTOR] [ORDERS_PER_PROVIDER_PER_DAY]
//                   [embedded|postgresql] [BELL_POLL (default 3600)]
#include "api/api_service.h"
#include "api/code_sender.h"
#include "http/sync_http_server.h"
#include "pki/pki.h"
#include "sim/https_transport.h"
#include "sim/simulator.h"
#include "storage/embedded_storage.h"
#include "storage/pg_storage.h"
#include "bench_storage.h"
#include "store/key_crypto.h"
#include "sync/enrollment_code.h"
#include "sync/sync_service.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace doorstep::server;
using namespace doorstep::server::sim;

namespace {
QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject snapRow(const QString &entity, qint64 id, const QJsonObject &row)
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}, {QStringLiteral("row"), row}};
}

QString officeCode(int o)
{
    return QStringLiteral("SH-%1").arg(o, 2, 10, QLatin1Char('0'));
}
QString adcode(int o)
{
    return QString::number(310101 + o);
}

// The 1, 5 and 15 minute load averages, as /proc/loadavg gives them.
QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return "?";
    const QList<QByteArray> words = f.readAll().split(' ');
    return words.mid(0, 3).join(' ');
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int offices = args.value(1, QStringLiteral("10")).toInt();
    const int perOffice = args.value(2, QStringLiteral("50")).toInt();
    const double hours = args.value(3, QStringLiteral("2")).toDouble();
    const double factor = args.value(4, QStringLiteral("60")).toDouble();
    const int jobsEach = args.value(5, QStringLiteral("3")).toInt();
    const QString backend = args.value(6, QStringLiteral("embedded"));
    const int bellPoll = args.value(7, QStringLiteral("3600")).toInt();

    QTemporaryDir dir;
    doorstep::tests::PgCluster cluster(qgetenv("DOORSTEP_BENCH_PG_FSYNC") != "off");
    QString why;
    std::unique_ptr<SyncStorage> storage = doorstep::tests::openBenchStorage(backend, dir, cluster, &why);
    if (!storage)
        return std::fprintf(stderr, "%s\n", qPrintable(why)), 1;
    const pki::KeyAndCert ca = pki::makeCa(QStringLiteral("Bench CA"));
    const pki::KeyAndCert cert = pki::makeServerCertificate(ca, {QStringLiteral("127.0.0.1")});
    sync::SyncService service(*storage, ca, QStringLiteral("https://127.0.0.1:1"));
    api::RecordingCodeSender codes;
    api::ApiService api(service.storage(), codes); // as the server: its writes ring too

    // From 08:00 Shanghai time of the next weekday to come (the morning peak), after now.
    QDate day = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(8 * 3600)).date().addDays(1);
    while (day.dayOfWeek() >= 6)
        day = day.addDays(1);
    const qint64 from = QDateTime(day, QTime(8, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();
    std::atomic<qint64> clock{from};
    service.setClock([&clock] { return clock.load(); });
    api.setClock([&clock] { return clock.load(); });

    SimOptions o;
    QHash<QString, QString> uidOf;
    for (int f = 0; f < offices; ++f) {
        const QString code = officeCode(f);
        const QString uid = QStringLiteral("%1").arg(f + 1, 32, 10, QLatin1Char('0'));
        uidOf.insert(code, uid);
        storage->addOffice({code, code, {adcode(f)}, f + 1}, sync::enrollmentCodeHash(sync::newEnrollmentCode()), from + 3600);
        const qint64 base = qint64(f + 1) << 40;
        QJsonArray rows{snapRow(QStringLiteral("offices"), base + 1, {{QStringLiteral("code"), code}}),
                        snapRow(QStringLiteral("districts"), base + 2, {{QStringLiteral("adcode"), adcode(f)}})};
        if (f == 0) { // the platform's catalogue
            rows.append(snapRow(QStringLiteral("service_categories"), base + 3, {{QStringLiteral("code"), QStringLiteral("cleaning")}}));
            rows.append(snapRow(QStringLiteral("service_categories"), base + 4, {{QStringLiteral("code"), QStringLiteral("repair")}}));
            rows.append(snapRow(QStringLiteral("service_items"), base + 5,
                                {{QStringLiteral("code"), QStringLiteral("CLEAN-2H")}, {QStringLiteral("category_id"), base + 3},
                                 {QStringLiteral("price_fen"), 12000}, {QStringLiteral("duration_min"), 120}, {QStringLiteral("active"), 1}}));
            rows.append(snapRow(QStringLiteral("service_items"), base + 6,
                                {{QStringLiteral("code"), QStringLiteral("FIX")}, {QStringLiteral("category_id"), base + 4},
                                 {QStringLiteral("price_fen"), 8000}, {QStringLiteral("duration_min"), 60}, {QStringLiteral("active"), 1}}));
        }
        for (int p = 0; p < perOffice; ++p)
            rows.append(snapRow(QStringLiteral("providers"), base + 100 + p,
                                {{QStringLiteral("office_id"), base + 1}, {QStringLiteral("name"), QStringLiteral("师傅")},
                                 {QStringLiteral("phone"), QStringLiteral("137%1").arg(f * 10000 + p, 8, 10, QLatin1Char('0'))},
                                 {QStringLiteral("status"), QStringLiteral("active")}}));
        const sync::Reply r = service.snapshot(code, json({{QStringLiteral("store_uid"), uid}, {QStringLiteral("epoch"), 1},
                                                            {QStringLiteral("page"), 1}, {QStringLiteral("rows"), rows},
                                                            {QStringLiteral("final"), true}}));
        if (r.status != 200) {
            std::fprintf(stderr, "snapshot of %s refused\n", qPrintable(code));
            return 1;
        }
        for (int p = 0; p < perOffice; ++p)
            o.providers.append({base + 100 + p, api.issueProviderSecret(base + 100 + p)});
        o.script.districts.append(adcode(f));
    }

    // The server on a thread of its own, as a server process beside the simulator's.
    const http::TlsIdentity tls{QSslCertificate(cert.certPem), QSslKey(cert.keyPem, QSsl::Ec), QSslCertificate(ca.certPem)};
    QThread serverThread;
    serverThread.setObjectName(QStringLiteral("server")); // its name in perf and top
    serverThread.start();
    QObject anchor; // the server thread's: what its work is queued to
    anchor.moveToThread(&serverThread);
    std::unique_ptr<http::SyncHttpServer> server;
    quint16 port = 0;
    QMetaObject::invokeMethod(
        &anchor,
        [&] {
            server = std::make_unique<http::SyncHttpServer>(http::SyncHttpServer::Kind::Enrollment, service, tls);
            server->setApi(&api);
            server->setRequestsPerSecond(0); // one address: the simulator
            port = server->listenOn(QHostAddress::LocalHost, 0);
        },
        Qt::BlockingQueuedConnection);
    const auto stopServer = [&] {
        QMetaObject::invokeMethod(&anchor, [&] { server.reset(); }, Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
    };

    o.script.seed = 20261203;
    o.script.from = from;
    o.script.to = from + qint64(hours * 3600);
    o.script.customers = offices * perOffice * 2;
    o.script.ordersPerDay = offices * perOffice * jobsEach;
    o.timeFactor = factor;
    o.bellPollSeconds = bellPoll;
    // 5,000 apps opened over the first hour of the day, not ten minutes: each
    // sign-in and doorbell is a TLS handshake on both sides of this process.
    o.signInSpreadSeconds = 3600;
    HttpsTransport transport(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), pki::fingerprint(pki::pemToDer(ca.certPem)));
    // The server keeps the wall clock, as a real one does (sign-in codes
    // expire in five real minutes, not five simulated ones); the orders'
    // windows are simulated times, later than the wall clock.
    o.serverClock = [] { return QDateTime::currentSecsSinceEpoch(); };
    api.setClock(o.serverClock);
    service.setClock(o.serverClock);
    Simulator sim(o, transport, [&codes](const QString &phone) { return codes.lastCode(phone); });

    // Each office's dispatcher, as its console: pulls its changes since its
    // cursor and assigns each order now awaiting dispatch to its providers
    // in turn (one push per assignment, as a dispatcher's click).
    QHash<QString, int> turn;
    QHash<QString, qint64> mutation;
    QHash<QString, QByteArray> cursor;
    sim.setOfficeHook([&](qint64) {
        for (int f = 0; f < offices; ++f) {
            const QString office = officeCode(f);
            QMap<qint64, QJsonObject> waiting; // the newest state of each order pulled
            for (;;) {
                const ChangePage page = storage->changesSince(office, cursor.value(office), 1000);
                for (const ChangeEntry &c : page.changes) {
                    if (c.entity != u"orders")
                        continue;
                    if (!c.deleted && c.row.value(QStringLiteral("status")).toString() == u"awaiting_dispatch")
                        waiting.insert(c.id, c.row);
                    else
                        waiting.remove(c.id);
                }
                cursor.insert(office, page.cursor);
                if (!page.more)
                    break;
            }
            for (auto it = waiting.cbegin(); it != waiting.cend(); ++it) {
                QJsonObject r = it.value();
                r.insert(QStringLiteral("provider_id"), (qint64(f + 1) << 40) + 100 + (turn[office]++ % perOffice));
                r.insert(QStringLiteral("planned_start"), r.value(QStringLiteral("window_start")));
                r.insert(QStringLiteral("status"), QStringLiteral("assigned"));
                const QJsonObject change{{QStringLiteral("entity"), QStringLiteral("orders")}, {QStringLiteral("id"), it.key()},
                                         {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("row"), r}};
                const QJsonObject m{{QStringLiteral("id"), ++mutation[office]}, {QStringLiteral("at"), sim.now()},
                                    {QStringLiteral("actor"), QStringLiteral("dispatch1")}, {QStringLiteral("action"), QStringLiteral("assign")},
                                    {QStringLiteral("changes"), QJsonArray{change}}};
                service.push(office, json({{QStringLiteral("store_uid"), uidOf.value(office)}, {QStringLiteral("epoch"), 1},
                                           {QStringLiteral("mutations"), QJsonArray{m}}}));
            }
        }
    }, 600);

    std::printf("bench_simulator: %d offices x %d providers, %.1f h of a weekday from 08:00 at %.0fx (%.0f s), %d orders/day,"
                " %s, %s; load average %s\n",
                offices, perOffice, hours, factor, hours * 3600 / factor, o.script.ordersPerDay, qPrintable(backend),
                bellPoll > 0 ? qPrintable(QStringLiteral("doorbell, fallback poll %1 s").arg(bellPoll)) : "polling every 300 s",
                loadAverage().constData());
    std::fflush(stdout);
    QElapsedTimer wall;
    wall.start();
    sim.run();
    const SimStats &s = sim.stats();
    std::printf("%s", qPrintable(s.summary()));
    std::printf("wall %.1f s, %d requests (%.0f/s), errors %d, p99 %.1f ms; load average %s\n", double(wall.elapsed()) / 1000.0,
                s.requests(), s.requests() / (double(wall.elapsed()) / 1000.0), s.errors(), s.percentileAll(99),
                loadAverage().constData());
    std::printf("%s\n", QJsonDocument(s.toJson()).toJson(QJsonDocument::Compact).constData());
    const int errors = s.errors();
    stopServer();
    return errors == 0 ? 0 : 1;
}
