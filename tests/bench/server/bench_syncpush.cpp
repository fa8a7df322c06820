// Push and pull throughput of SyncService over one backend (the embedded
// store, or PostgreSQL in a throwaway cluster that syncs to disk as a
// production one does), 10 offices, batches of 500 mutations (one order row each, in the office's own
// district), then every office pulls everything it may see in pages of 5,000.
// Then the same pushes once more (new store uid) over HTTPS with mutual TLS,
// through an in-process server and a QNetworkAccessManager client on one
// connection (both on this thread, so the figure includes the client's
// work): mutations/s and per-request latency p50/p99.
// Usage: bench_syncpush [TOTAL_MUTATIONS] [embedded|postgresql]
#include "bench_storage.h"
#include "http/sync_http_server.h"
#include "pki/pki.h"
#include "storage/embedded_storage.h"
#include "storage/pg_storage.h"
#include "sync/enrollment_code.h"
#include "sync/sync_service.h"

#include "store/key_crypto.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslKey>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace doorstep::server;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 200000;
    constexpr int kOffices = 10;
    constexpr int kBatch = 500;
    const QString backend = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("embedded");
    QTemporaryDir dir;
    // Outlives the storage. Durable as production runs it, unless
    // DOORSTEP_BENCH_PG_FSYNC=off asks what the disk flushes cost.
    doorstep::tests::PgCluster cluster(qgetenv("DOORSTEP_BENCH_PG_FSYNC") != "off");
    QString why;
    std::unique_ptr<SyncStorage> storage = doorstep::tests::openBenchStorage(backend, dir, cluster, &why);
    if (!storage)
        return std::fprintf(stderr, "%s\nusage: bench_syncpush [N] [embedded|postgresql]\n", qPrintable(why)), 1;
    std::printf("backend: %s\n", qPrintable(backend));
    const pki::KeyAndCert ca = pki::makeCa(QStringLiteral("CA"));
    sync::SyncService service(*storage, ca, QString());
    for (int o = 0; o < kOffices; ++o) {
        storage->addOffice({QStringLiteral("O%1").arg(o), QStringLiteral("Office %1").arg(o),
                            {QString::number(310100 + o)}, 1},
                           sync::enrollmentCodeHash(QStringLiteral("CODE%1").arg(o)), QDateTime::currentSecsSinceEpoch() + 60);
        const QJsonObject district{{QStringLiteral("entity"), QStringLiteral("districts")}, {QStringLiteral("id"), 1000 + o},
                                   {QStringLiteral("row"), QJsonObject{{QStringLiteral("adcode"), QString::number(310100 + o)}}}};
        service.snapshot(QStringLiteral("O%1").arg(o),
                         QJsonDocument(QJsonObject{{QStringLiteral("store_uid"), QString(32, u'a')}, {QStringLiteral("epoch"), 1},
                                                   {QStringLiteral("rows"), QJsonArray{district}}})
                             .toJson(QJsonDocument::Compact));
    }

    // Bodies are built first: only the server's work is timed.
    QList<std::pair<QString, QByteArray>> pushes;
    qint64 nextId[kOffices] = {};
    for (int done = 0, round = 0; done < total; ++round) {
        const int o = round % kOffices;
        QJsonArray mutations;
        for (int i = 0; i < kBatch && done < total; ++i, ++done) {
            const qint64 id = ++nextId[o];
            const qint64 rowId = qint64(o) * 100000000 + id;
            mutations.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("changes"),
                 QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("orders")}, {QStringLiteral("id"), rowId},
                                        {QStringLiteral("op"), QStringLiteral("upsert")},
                                        {QStringLiteral("row"), QJsonObject{{QStringLiteral("id"), rowId},
                                                                            {QStringLiteral("district_id"), 1000 + o},
                                                                            {QStringLiteral("order_no"), QString::number(rowId)},
                                                                            {QStringLiteral("status"), QStringLiteral("created")},
                                                                            {QStringLiteral("address"), QStringLiteral("上海市徐汇区漕溪北路 88 号")}}}}}}});
        }
        pushes.append({QStringLiteral("O%1").arg(o),
                       QJsonDocument(QJsonObject{{QStringLiteral("store_uid"), QString(32, u'b')}, {QStringLiteral("epoch"), 1},
                                                 {QStringLiteral("mutations"), mutations}})
                           .toJson(QJsonDocument::Compact)});
    }

    QElapsedTimer timer;
    timer.start();
    for (const auto &[office, body] : std::as_const(pushes)) {
        if (service.push(office, body).status != 200)
            return std::fprintf(stderr, "push failed\n"), 1;
    }
    const double pushSeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    qint64 pulled = 0;
    for (int o = 0; o < kOffices; ++o) {
        QString cursor;
        for (bool more = true; more;) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("cursor"), cursor);
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
            const sync::Reply r = service.changes(QStringLiteral("O%1").arg(o), q);
            pulled += r.body.value(QStringLiteral("changes")).toArray().size();
            cursor = r.body.value(QStringLiteral("cursor")).toString();
            more = r.body.value(QStringLiteral("more")).toBool();
        }
    }
    const double pullSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("push: %d mutations in batches of %d, 10 offices: %.2f s, %.0f mutations/s\n", total, kBatch, pushSeconds,
                total / pushSeconds);
    std::printf("pull: %lld changes in pages of 5000: %.2f s, %.0f changes/s\n", pulled, pullSeconds, pulled / pullSeconds);

    // Over HTTPS: one office certificate per office, enrolled through the service.
    const pki::KeyAndCert serverId = pki::makeServerCertificate(ca, {QStringLiteral("127.0.0.1")});
    const http::TlsIdentity tls{QSslCertificate(serverId.certPem), QSslKey(serverId.keyPem, QSsl::Ec), QSslCertificate(ca.certPem)};
    http::SyncHttpServer server(http::SyncHttpServer::Kind::Sync, service, tls);
    const quint16 port = server.listenOn(QHostAddress::LocalHost, 0);
    QList<QSslConfiguration> clients;
    for (int o = 0; o < kOffices; ++o) {
        const QByteArray key = pki::makeKeyPem();
        const sync::Reply r = service.enroll(QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("CODE%1").arg(o)},
                                                                       {QStringLiteral("csr"), QString::fromLatin1(pki::makeCsr(key, QStringLiteral("x")))}})
                                                 .toJson(QJsonDocument::Compact));
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates({QSslCertificate(ca.certPem)});
        c.setLocalCertificate(QSslCertificate(r.body.value(QStringLiteral("certificate")).toString().toLatin1()));
        c.setPrivateKey(QSslKey(key, QSsl::Ec));
        clients.append(c);
    }
    // One client per office: QNetworkAccessManager reuses a connection to the
    // same host whatever certificate a later request names, so with one
    // manager every push went as office 0 and all but its first were duplicates.
    std::vector<std::unique_ptr<QNetworkAccessManager>> nams;
    for (int o = 0; o < kOffices; ++o)
        nams.push_back(std::make_unique<QNetworkAccessManager>());
    QList<double> latencies;
    timer.restart();
    for (auto [office, body] : std::as_const(pushes)) {
        body.replace(QByteArray(32, 'b'), QByteArray(32, 'c')); // another store: nothing is a duplicate
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/push").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setSslConfiguration(clients.at(office.mid(1).toInt()));
        QElapsedTimer one;
        one.start();
        QNetworkReply *reply = nams.at(office.mid(1).toInt())->post(request, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(60000) || reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return std::fprintf(stderr, "HTTPS push failed: %s\n", qPrintable(reply->errorString())), 1;
        latencies.append(one.nsecsElapsed() / 1e6);
        if (QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("results")).toArray().first()
                [QStringLiteral("status")].toString() != u"applied")
            return std::fprintf(stderr, "HTTPS push: a mutation was not applied\n"), 1;
        delete reply;
    }
    const double httpsSeconds = timer.nsecsElapsed() / 1e9;
    std::sort(latencies.begin(), latencies.end());
    std::printf("HTTPS push: %d mutations, %lld requests of %d: %.2f s, %.0f mutations/s, p50 %.1f ms, p99 %.1f ms, 0 errors\n",
                total, qint64(latencies.size()), kBatch, httpsSeconds, total / httpsSeconds,
                latencies.at(latencies.size() / 2), latencies.at(std::min<qsizetype>(latencies.size() - 1, latencies.size() * 99 / 100)));
    return 0;
}
