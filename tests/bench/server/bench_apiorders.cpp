// The apps' API (server/api) over one backend, without the network: N
// customers sign in (code + session), each orders K times in one office's
// district, lists their orders; a provider works M jobs through every step.
// Prints operations/s and per-call latency p50/p99 (ApiService::handle, so
// the figures are the API's logic and storage, not TLS).
// Usage: bench_apiorders [CUSTOMERS] [ORDERS_EACH] [embedded|postgresql]
#include "bench_storage.h"
#include "api/api_service.h"
#include "api/code_sender.h"
#include "pki/pki.h"
#include "storage/embedded_storage.h"
#include "storage/pg_storage.h"
#include "sync/enrollment_code.h"
#include "sync/sync_service.h"

#include "store/key_crypto.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace doorstep::server;

namespace {
QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

struct Timings
{
    QList<qint64> ns;
    qint64 totalNs = 0;
    int errors = 0;

    void print(const char *what)
    {
        std::sort(ns.begin(), ns.end());
        const auto at = [&](double q) { return ns.isEmpty() ? 0.0 : ns.at(qsizetype(q * double(ns.size() - 1))) / 1e6; };
        std::printf("%-22s %7lld calls  %8.0f/s  p50 %.2f ms  p99 %.2f ms  errors %d\n", what, qlonglong(ns.size()),
                    totalNs ? double(ns.size()) * 1e9 / double(totalNs) : 0.0, at(0.5), at(0.99), errors);
    }
};

template<typename F>
void timed(Timings &t, F call, int expected)
{
    QElapsedTimer timer;
    timer.start();
    const int status = call();
    const qint64 ns = timer.nsecsElapsed();
    t.ns.append(ns);
    t.totalNs += ns;
    if (status != expected)
        ++t.errors;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int customers = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int ordersEach = argc > 2 ? std::atoi(argv[2]) : 5;
    const QString backend = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QStringLiteral("embedded");
    QTemporaryDir dir;
    doorstep::tests::PgCluster cluster(qgetenv("DOORSTEP_BENCH_PG_FSYNC") != "off");
    QString why;
    std::unique_ptr<SyncStorage> storage = doorstep::tests::openBenchStorage(backend, dir, cluster, &why);
    if (!storage)
        return std::fprintf(stderr, "%s\nusage: bench_apiorders [CUSTOMERS] [ORDERS_EACH] [embedded|postgresql]\n", qPrintable(why)), 1;
    std::printf("backend: %s, %d customers x %d orders\n", qPrintable(backend), customers, ordersEach);

    // One office with its district, the catalogue and a provider, as its first snapshot sends them.
    sync::SyncService sync(*storage, pki::makeCa(QStringLiteral("CA")), QString());
    storage->addOffice({QStringLiteral("SH-A"), QStringLiteral("Xuhui"), {QStringLiteral("310104")}, 1},
                       sync::enrollmentCodeHash(sync::newEnrollmentCode()), 0);
    const auto row = [](const char *entity, qint64 id, const QJsonObject &r) {
        return QJsonObject{{QStringLiteral("entity"), QLatin1StringView(entity)}, {QStringLiteral("id"), id}, {QStringLiteral("row"), r}};
    };
    const sync::Reply snap = sync.snapshot(
        QStringLiteral("SH-A"),
        json({{QStringLiteral("store_uid"), QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")}, {QStringLiteral("epoch"), 1},
              {QStringLiteral("final"), true},
              {QStringLiteral("rows"),
               QJsonArray{row("offices", 11, {{QStringLiteral("code"), QStringLiteral("SH-A")}}),
                          row("districts", 1001, {{QStringLiteral("adcode"), QStringLiteral("310104")}}),
                          row("service_items", 70, {{QStringLiteral("code"), QStringLiteral("CLEAN-2H")}, {QStringLiteral("price_fen"), 12000},
                                                    {QStringLiteral("duration_min"), 120}, {QStringLiteral("active"), 1}}),
                          row("providers", 500, {{QStringLiteral("office_id"), 11}, {QStringLiteral("status"), QStringLiteral("active")},
                                                 {QStringLiteral("phone"), QStringLiteral("13700001111")}})}}}));
    if (snap.status != 200)
        return std::fprintf(stderr, "snapshot failed\n"), 1;

    api::RecordingCodeSender codes;
    api::ApiLimits limits;
    limits.requestsPerTokenPerSecond = 1 << 30; // the figure is the work, not the limiter
    api::ApiService api(*storage, codes, limits);
    const qint64 now = QDateTime::currentSecsSinceEpoch();

    Timings otp, signIn, create, list, steps;
    QStringList tokens;
    for (int c = 0; c < customers; ++c) {
        const QString phone = QStringLiteral("138%1").arg(c, 8, 10, QLatin1Char('0'));
        timed(otp, [&] { return api.handle({"POST", QStringLiteral("customer/otp"), {}, json({{QStringLiteral("phone"), phone}}), {}}).status; }, 202);
        sync::Reply r;
        timed(signIn, [&] {
            r = api.handle({"POST", QStringLiteral("customer/session"), {},
                            json({{QStringLiteral("phone"), phone}, {QStringLiteral("code"), codes.lastCode(phone)}}), {}});
            return r.status;
        }, 200);
        tokens << r.body.value(QStringLiteral("token")).toString();
    }
    QStringList orders;
    for (int k = 0; k < ordersEach; ++k) {
        for (const QString &token : std::as_const(tokens)) {
            const QByteArray body = json({{QStringLiteral("service_item_id"), QStringLiteral("70")}, {QStringLiteral("district"), QStringLiteral("310104")},
                                          {QStringLiteral("address"), QStringLiteral("漕溪北路 88 号")}, {QStringLiteral("lat"), 31.19},
                                          {QStringLiteral("lng"), 121.43}, {QStringLiteral("window_start"), now + 86400 + k * 7200},
                                          {QStringLiteral("window_end"), now + 86400 + k * 7200 + 7200}});
            sync::Reply r;
            timed(create, [&] {
                r = api.handle({"POST", QStringLiteral("orders"), "Bearer " + token.toLatin1(), body, {}});
                return r.status;
            }, 201);
            orders << r.body.value(QStringLiteral("id")).toString();
        }
    }
    for (const QString &token : std::as_const(tokens))
        timed(list, [&] { return api.handle({"GET", QStringLiteral("orders"), "Bearer " + token.toLatin1(), {}, {}}).status; }, 200);

    // A provider works the first jobs: the office books them (as a pull would
    // have it), the provider goes through every step.
    const QString secret = api.issueProviderSecret(500);
    const QString provider = api.handle({"POST", QStringLiteral("provider/session"), {},
                                         json({{QStringLiteral("provider_id"), QStringLiteral("500")}, {QStringLiteral("secret"), secret}}), {}})
                                 .body.value(QStringLiteral("token")).toString();
    const int jobs = std::min<int>(200, int(orders.size()));
    for (int j = 0; j < jobs; ++j) {
        auto tx = storage->begin();
        auto order = tx->row(QStringLiteral("orders"), orders[j].toLongLong());
        order->row.insert(QStringLiteral("provider_id"), 500);
        order->row.insert(QStringLiteral("planned_start"), now + 86400 + j * 7200);
        order->row.insert(QStringLiteral("status"), QStringLiteral("assigned"));
        tx->putRow(*order, QStringLiteral("SH-A"), {QStringLiteral("SH-A")});
        tx->commit();
        for (const char *step : {"accept", "on_the_way", "arrived", "start", "complete"})
            timed(steps, [&] {
                return api.handle({"POST", QStringLiteral("provider/jobs/%1/%2").arg(orders[j], QLatin1StringView(step)),
                                   "Bearer " + provider.toLatin1(), {}, {}}).status;
            }, 200);
    }
    otp.print("sign-in code");
    signIn.print("sign-in");
    create.print("create order");
    list.print("list own orders");
    steps.print("provider step");
    // The office's pull of what the apps did.
    QElapsedTimer pull;
    pull.start();
    qint64 changes = 0;
    QString cursor;
    for (;;) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), cursor);
        const sync::Reply r = sync.changes(QStringLiteral("SH-A"), q);
        changes += r.body.value(QStringLiteral("changes")).toArray().size();
        cursor = r.body.value(QStringLiteral("cursor")).toString();
        if (!r.body.value(QStringLiteral("more")).toBool())
            break;
    }
    std::printf("office pull: %lld changes in %.2f s\n", qlonglong(changes), double(pull.nsecsElapsed()) / 1e9);
    return otp.errors + signIn.errors + create.errors + list.errors + steps.errors == 0 ? 0 : 1;
}
