// doorstep-sim (server/sim): the script is the same for a seed and differs
// for another, the day's curve has its morning and evening peaks (and more
// cleaning at weekends), a simulated day through the in-process API leaves
// the server's rows the simulator reports (orders created, assigned by an
// office, accepted, declined, completed, rated), a failing server is counted
// and survived, and a run over real TLS on loopback pins the CA.
#include "api/api_service.h"
#include "api/code_sender.h"
#include "http/sync_http_server.h"
#include "pki/pki.h"
#include "sim/day_curve.h"
#include "sim/https_transport.h"
#include "sim/inprocess_transport.h"
#include "sim/sim_script.h"
#include "sim/simulator.h"
#include "storage/embedded_storage.h"
#include "store/key_crypto.h"
#include "sync/enrollment_code.h"
#include "sync/sync_service.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace doorstep::server;
using namespace doorstep::server::sim;

namespace {
const QString kA = QStringLiteral("SH-A");
const QString kUidA = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const QString kDistrict = QStringLiteral("310104");
constexpr qint64 kOfficeRow = 11, kDistrictRow = 1001, kCleaning = 60, kRepair = 61, kFirstProvider = 500;
// Tuesday 2026-12-01 00:00 in Shanghai.
const qint64 kTuesday = QDateTime(QDate(2026, 12, 1), QTime(0, 0), QTimeZone(8 * 3600)).toSecsSinceEpoch();

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject snapRow(const QString &entity, qint64 id, const QJsonObject &row)
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}, {QStringLiteral("row"), row}};
}

ScriptConfig config(quint64 seed)
{
    ScriptConfig c;
    c.seed = seed;
    c.from = kTuesday;
    c.to = kTuesday + 24 * 3600;
    c.customers = 50;
    c.ordersPerDay = 120;
    c.districts = {kDistrict};
    c.items = {{70, QStringLiteral("cleaning"), 120}, {71, QStringLiteral("repair"), 60}};
    return c;
}

// One office's platform: storage, sync (the office's pushes), the API, on
// the simulator's clock.
struct Platform
{
    QTemporaryDir dir;
    std::unique_ptr<SyncStorage> storage;
    std::unique_ptr<sync::SyncService> sync;
    std::unique_ptr<api::ApiService> api;
    api::RecordingCodeSender codes;
    std::atomic<qint64> now{kTuesday};
    qint64 mutation = 0;
    int nextProvider = 0;
    int providers = 0;

    explicit Platform(int providerCount) : providers(providerCount)
    {
        storage = EmbeddedStorage::create(dir.filePath(QStringLiteral("server.db")),
                                          doorstep::store::SecretBytes(doorstep::store::crypto::randomBytes(32)));
        sync = std::make_unique<sync::SyncService>(*storage, pki::makeCa(QStringLiteral("CA")), QStringLiteral("https://sync.test:1"));
        sync->setClock([this] { return now.load(); });
        api = std::make_unique<api::ApiService>(*storage, codes);
        api->setClock([this] { return now.load(); });
        storage->addOffice({kA, QStringLiteral("Xuhui"), {kDistrict}, 1}, sync::enrollmentCodeHash(sync::newEnrollmentCode()),
                           kTuesday + 3600);
        QJsonArray rows{snapRow(QStringLiteral("offices"), kOfficeRow, {{QStringLiteral("code"), kA}}),
                        snapRow(QStringLiteral("districts"), kDistrictRow, {{QStringLiteral("adcode"), kDistrict}}),
                        snapRow(QStringLiteral("service_categories"), kCleaning, {{QStringLiteral("code"), QStringLiteral("cleaning")}}),
                        snapRow(QStringLiteral("service_categories"), kRepair, {{QStringLiteral("code"), QStringLiteral("repair")}}),
                        snapRow(QStringLiteral("service_items"), 70,
                                {{QStringLiteral("code"), QStringLiteral("CLEAN-2H")}, {QStringLiteral("category_id"), kCleaning},
                                 {QStringLiteral("price_fen"), 12000}, {QStringLiteral("duration_min"), 120}, {QStringLiteral("active"), 1}}),
                        snapRow(QStringLiteral("service_items"), 71,
                                {{QStringLiteral("code"), QStringLiteral("FIX-TAP")}, {QStringLiteral("category_id"), kRepair},
                                 {QStringLiteral("price_fen"), 8000}, {QStringLiteral("duration_min"), 60}, {QStringLiteral("active"), 1}})};
        for (int i = 0; i < providerCount; ++i)
            rows.append(snapRow(QStringLiteral("providers"), kFirstProvider + i,
                                {{QStringLiteral("office_id"), kOfficeRow}, {QStringLiteral("name"), QStringLiteral("师傅%1").arg(i)},
                                 {QStringLiteral("phone"), QStringLiteral("1370000%1").arg(i, 4, 10, QLatin1Char('0'))},
                                 {QStringLiteral("status"), QStringLiteral("active")}}));
        const sync::Reply r = sync->snapshot(kA, json({{QStringLiteral("store_uid"), kUidA}, {QStringLiteral("epoch"), 1},
                                                       {QStringLiteral("page"), 1}, {QStringLiteral("rows"), rows},
                                                       {QStringLiteral("final"), true}}));
        if (r.status != 200)
            qFatal("snapshot refused");
    }

    QList<ProviderLogin> logins()
    {
        QList<ProviderLogin> out;
        for (int i = 0; i < providers; ++i)
            out.append({kFirstProvider + i, api->issueProviderSecret(kFirstProvider + i)});
        return out;
    }

    QList<StoredRow> orders()
    {
        auto tx = storage->begin();
        QList<StoredRow> rows = tx->rowsOf(QStringLiteral("orders"), 100000);
        tx->commit();
        std::sort(rows.begin(), rows.end(), [](const StoredRow &a, const StoredRow &b) { return a.id < b.id; });
        return rows;
    }

    int count(const QString &entity)
    {
        auto tx = storage->begin();
        const int n = int(tx->rowsOf(entity, 100000).size());
        tx->commit();
        return n;
    }

    // The office's dispatcher: every order in the queue goes to the next
    // provider, planned at its window's start, pushed as the console would.
    void dispatch()
    {
        for (const StoredRow &o : orders()) {
            if (o.deleted || o.row.value(QStringLiteral("status")).toString() != u"awaiting_dispatch")
                continue;
            QJsonObject row = o.row;
            row.insert(QStringLiteral("provider_id"), kFirstProvider + (nextProvider++ % providers));
            row.insert(QStringLiteral("planned_start"), row.value(QStringLiteral("window_start")));
            row.insert(QStringLiteral("status"), QStringLiteral("assigned"));
            const QJsonObject change{{QStringLiteral("entity"), QStringLiteral("orders")}, {QStringLiteral("id"), o.id},
                                     {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("row"), row}};
            const QJsonObject m{{QStringLiteral("id"), ++mutation}, {QStringLiteral("at"), now.load()},
                                {QStringLiteral("actor"), QStringLiteral("dispatch1")}, {QStringLiteral("action"), QStringLiteral("assign")},
                                {QStringLiteral("changes"), QJsonArray{change}}};
            const sync::Reply r = sync->push(kA, json({{QStringLiteral("store_uid"), kUidA}, {QStringLiteral("epoch"), 1},
                                                       {QStringLiteral("mutations"), QJsonArray{m}}}));
            if (r.status != 200)
                qWarning("assignment refused: %d", r.status);
        }
    }
};

// A server that fails: every few requests answers 500 or 429, or drops.
// The platform's apps' API over TLS on loopback (enrollment listener, no
// per-address rate), trusted by its own CA's fingerprint as a phone would pin it.
struct LoopbackApi
{
    explicit LoopbackApi(Platform &platform)
        : ca(pki::makeCa(QStringLiteral("Test CA")))
        , cert(pki::makeServerCertificate(ca, {QStringLiteral("127.0.0.1")}))
        , server(http::SyncHttpServer::Kind::Enrollment, *platform.sync,
                 http::TlsIdentity{QSslCertificate(cert.certPem), QSslKey(cert.keyPem, QSsl::Ec), QSslCertificate(ca.certPem)})
    {
        server.setApi(platform.api.get());
        server.setRequestsPerSecond(0);
        port = server.listenOn(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)); }
    QString fingerprint() const { return pki::fingerprint(pki::pemToDer(ca.certPem)); }

    pki::KeyAndCert ca, cert;
    http::SyncHttpServer server;
    quint16 port = 0;
};

class FlakyTransport final : public Transport
{
public:
    FlakyTransport(Transport &inner, int every) : m_inner(inner), m_every(every) {}
    void send(const SimRequest &request, Done done) override
    {
        const int n = ++m_count;
        if (m_every == 1 || n % m_every == 0)
            return done({500, {{QStringLiteral("error"), QStringLiteral("server_error")}}, {}});
        if (n % (m_every + 2) == 0)
            return done({429, {{QStringLiteral("error"), QStringLiteral("rate_limited")}}, {}});
        if (n % (m_every + 4) == 0)
            return done({0, {}, QStringLiteral("connection closed")});
        m_inner.send(request, std::move(done));
    }
    int inFlight() const override { return 0; }

private:
    Transport &m_inner;
    int m_every;
    int m_count = 0;
};

struct DayRun
{
    SimStats stats;
    QStringList trace;
};

// A simulated Tuesday (and the Wednesday morning) in virtual time through
// the in-process API, the office dispatching every ten minutes.
DayRun simulateDay(Platform &platform, quint64 seed, int flakyEvery = 0, int hours = 36)
{
    SimOptions o;
    o.script = config(seed);
    o.script.customers = 20;
    o.script.ordersPerDay = 40;
    o.script.items.clear(); // fetched from the catalogue
    o.script.to = kTuesday + hours * 3600;
    o.providers = platform.logins();
    o.timeFactor = 0;
    // Fewer requests than an app would make: every write is a committed
    // transaction of the embedded store (fsync), and the suite stays short.
    o.pollSeconds = 1200;
    o.positionSeconds = 300;
    InProcessTransport inner(*platform.api);
    FlakyTransport flaky(inner, flakyEvery);
    Transport &transport = flakyEvery ? static_cast<Transport &>(flaky) : inner;
    Simulator sim(o, transport, [&platform](const QString &phone) { return platform.codes.lastCode(phone); });
    platform.api->setClock([&sim] { return sim.now(); });
    platform.sync->setClock([&sim] { return sim.now(); });
    sim.setOfficeHook([&platform](qint64 now) {
        platform.now = now;
        platform.dispatch();
    }, 600);
    sim.run();
    platform.api->setClock([&platform] { return platform.now.load(); });
    platform.sync->setClock([&platform] { return platform.now.load(); });
    return {sim.stats(), sim.trace()};
}
} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private slots:
    void theScriptIsTheSameForASeed()
    {
        const QList<OrderPlan> a = planOrders(config(7));
        QVERIFY(a.size() > 100);
        QCOMPARE(planOrders(config(7)), a);
        QVERIFY(planOrders(config(8)) != a);
        for (int i = 1; i < a.size(); ++i)
            QVERIFY(a[i - 1].at <= a[i].at);
        for (const OrderPlan &p : a) {
            QVERIFY(p.at >= kTuesday && p.at < kTuesday + 24 * 3600);
            QVERIFY(p.windowStart > p.at && p.windowEnd - p.windowStart == 7200);
            QVERIFY(p.stars >= 0 && p.stars <= 5);
        }
        // A provider answers the same way for a seed, whatever the others do.
        ProviderMind m1(7, 3), m2(7, 3), other(8, 3);
        QList<JobDecision> d1, d2, d3;
        for (int i = 0; i < 50; ++i) {
            d1 << m1.next();
            d2 << m2.next();
            d3 << other.next();
        }
        QCOMPARE(d1, d2);
        QVERIFY(d1 != d3);
        // Most jobs are accepted, some declined, a few ignored.
        ProviderMind many(1, 0);
        int accepted = 0, declined = 0, silent = 0;
        for (int i = 0; i < 2000; ++i) {
            const JobDecision d = many.next();
            (d.kind == JobDecision::Accept ? accepted : d.kind == JobDecision::Decline ? declined : silent)++;
        }
        QVERIFY(accepted > 1600 && accepted < 1800);
        QVERIFY(declined > 120 && declined < 280);
        QVERIFY(silent > 40 && silent < 160);
        QCOMPARE(customerPhone(7, 0).size(), 11);
        QVERIFY(customerPhone(7, 0) != customerPhone(7, 1));
    }

    void theDayHasMorningAndEveningPeaks()
    {
        // Orders per hour over many draws from a weekday's curve.
        QList<int> perHour(24, 0);
        for (int i = 0; i < 24000; ++i)
            ++perHour[sampleMinute((i + 0.5) / 24000.0, false, false) / 60];
        const auto sum = [&](int from, int to) {
            int n = 0;
            for (int h = from; h < to; ++h)
                n += perHour[h];
            return n;
        };
        const int night = sum(1, 5), morning = sum(8, 10), noon = sum(13, 15), evening = sum(19, 21);
        QVERIFY2(morning > noon * 3 / 2, qPrintable(QStringLiteral("morning %1, noon %2").arg(morning).arg(noon)));
        QVERIFY2(evening > noon * 3 / 2, qPrintable(QStringLiteral("evening %1, noon %2").arg(evening).arg(noon)));
        QVERIFY(evening > morning); // the evening peak is the larger
        QVERIFY(night * 3 < noon); // four night hours against two at noon
        // More cleaning at weekends: a Saturday's script against a Tuesday's.
        ScriptConfig tuesday = config(3), saturday = config(3);
        tuesday.ordersPerDay = saturday.ordersPerDay = 2000;
        saturday.from += 4 * 24 * 3600;
        saturday.to += 4 * 24 * 3600;
        const auto cleaningShareOf = [](const QList<OrderPlan> &plans) {
            int n = 0;
            for (const OrderPlan &p : plans)
                n += p.itemId == 70;
            return double(n) / double(plans.size());
        };
        const double weekday = cleaningShareOf(planOrders(tuesday)), weekend = cleaningShareOf(planOrders(saturday));
        QVERIFY2(weekend > weekday + 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(weekend).arg(weekday)));
    }

    void aDayThroughTheApiLeavesItsRows()
    {
        Platform platform(5);
        const DayRun run = simulateDay(platform, 11);
        const SimStats &s = run.stats;
        qInfo("%s", qUtf8Printable(s.summary()));
        const int created = s.counter(QStringLiteral("orders_created"));
        QVERIFY(created > 20);
        QCOMPARE(created + s.counter(QStringLiteral("orders_failed")), s.counter(QStringLiteral("orders_planned")));
        QVERIFY(s.counter(QStringLiteral("accepted")) > 10);
        QVERIFY(s.counter(QStringLiteral("completed")) > 5);
        QVERIFY(s.counter(QStringLiteral("rated")) > 3);
        QVERIFY(s.counter(QStringLiteral("positions")) > 10);
        QVERIFY(s.counter(QStringLiteral("declined")) + s.counter(QStringLiteral("silent")) > 0);
        QCOMPARE(s.errors(), 0);
        QCOMPARE(s.statusCount(500), 0);

        // The server's rows say the same.
        const QList<StoredRow> orders = platform.orders();
        QCOMPARE(int(orders.size()), created);
        QMap<QString, int> byStatus;
        for (const StoredRow &o : orders)
            ++byStatus[o.row.value(QStringLiteral("status")).toString()];
        QCOMPARE(byStatus.value(QStringLiteral("rated")), s.counter(QStringLiteral("rated")));
        QCOMPARE(byStatus.value(QStringLiteral("completed")) + byStatus.value(QStringLiteral("rated")),
                 s.counter(QStringLiteral("completed")));
        QCOMPARE(byStatus.value(QStringLiteral("cancelled")), s.counter(QStringLiteral("cancelled")));
        QCOMPARE(platform.count(QStringLiteral("ratings")), s.counter(QStringLiteral("rated")));
        QVERIFY(platform.count(QStringLiteral("provider_positions")) > 0);
        // The timeline has the providers' steps.
        auto tx = platform.storage->begin();
        QMap<QString, int> events;
        for (const StoredRow &e : tx->rowsOf(QStringLiteral("order_events"), 100000)) {
            if (e.row.value(QStringLiteral("actor_kind")).toString() == u"provider")
                ++events[e.row.value(QStringLiteral("event")).toString()];
        }
        tx->commit();
        QCOMPARE(events.value(QStringLiteral("accept")), s.counter(QStringLiteral("accepted")));
        QCOMPARE(events.value(QStringLiteral("decline")), s.counter(QStringLiteral("declined")));
        QCOMPARE(events.value(QStringLiteral("complete")), s.counter(QStringLiteral("completed")));
        // Complaints the API took are the office's rows (none where it offers no complaints yet).
        QCOMPARE(platform.count(QStringLiteral("complaints")), s.counter(QStringLiteral("complaints")));
    }

    void aWholeRunIsTheSameForASeed()
    {
        Platform first(3), second(3), third(3);
        // Until 16:00: the morning's orders, answers, and the first jobs done.
        const DayRun a = simulateDay(first, 5, 0, 16);
        const DayRun b = simulateDay(second, 5, 0, 16);
        const DayRun c = simulateDay(third, 6, 0, 16);
        QVERIFY(a.trace.size() > 30);
        QVERIFY(a.trace.filter(QStringLiteral("completed")).size() > 0);
        QCOMPARE(b.trace, a.trace);
        QVERIFY(c.trace != a.trace);
    }

    void aFailingServerIsCountedNotFatal()
    {
        Platform platform(4);
        const DayRun run = simulateDay(platform, 11, 5);
        const SimStats &s = run.stats;
        QVERIFY(s.statusCount(500) > 0);
        QVERIFY(s.statusCount(429) > 0);
        QVERIFY(s.statusCount(0) > 0);
        QVERIFY(s.errors() > 0);
        // Retries carry most of the day through.
        QVERIFY(s.counter(QStringLiteral("orders_created")) > 10);
        QVERIFY(s.counter(QStringLiteral("completed")) > 0);

        // A server that answers nothing but 500: the run ends, every request counted.
        Platform dead(2);
        const DayRun none = simulateDay(dead, 11, 1);
        QCOMPARE(none.stats.counter(QStringLiteral("orders_created")), 0);
        QVERIFY(none.stats.counter(QStringLiteral("requests_failed")) > 0);
        QCOMPARE(none.stats.statusCount(500), none.stats.requests());
    }

    void overTlsOnLoopbackWithThePinnedCa()
    {
        Platform platform(2);
        const LoopbackApi api(platform);
        QVERIFY(api.port);
        const auto runWith = [&](const QString &pin) {
            SimOptions o;
            o.script = config(2);
            o.script.customers = 6;
            o.script.ordersPerDay = 150;
            o.script.from = kTuesday + 8 * 3600; // the morning peak, an hour and a half of it
            o.script.to = o.script.from + 5400;
            o.providers = platform.logins();
            o.timeFactor = 3600; // an hour a second
            HttpsTransport transport(api.url(), pin, 5000);
            Simulator sim(o, transport, [&platform](const QString &phone) { return platform.codes.lastCode(phone); });
            platform.api->setClock([&sim] { return sim.now(); }); // answered on the server's workers
            sim.run();
            platform.api->setClock([&platform] { return platform.now.load(); });
            return sim.stats();
        };
        const SimStats s = runWith(api.fingerprint());
        QVERIFY(s.counter(QStringLiteral("orders_created")) > 3);
        QCOMPARE(s.errors(), 0);
        QVERIFY(s.statusCount(201) > 3);
        QCOMPARE(int(platform.orders().size()), s.counter(QStringLiteral("orders_created")));

        // Another CA's fingerprint: no request gets through, each one counted.
        // (Nor does a doorbell open: there is no CA to trust it by.)
        const SimStats refused = runWith(pki::fingerprint(pki::pemToDer(pki::makeCa(QStringLiteral("Other")).certPem)));
        QCOMPARE(refused.counter(QStringLiteral("orders_created")), 0);
        QVERIFY(refused.statusCount(0) > 0);
        QCOMPARE(refused.statusCount(0), refused.requests());
    }

    // Over TLS with the jobs doorbell: providers read their jobs when the
    // office's assignment rings them (no fallback poll within the run), and
    // answer them; far fewer reads than polling every five minutes.
    void overTlsTheDoorbellBringsTheJobs()
    {
        Platform platform(3);
        const LoopbackApi api(platform);
        QVERIFY(api.port);
        SimOptions o;
        o.script = config(4);
        o.script.customers = 10;
        o.script.ordersPerDay = 200;
        o.script.from = kTuesday + 8 * 3600;
        o.script.to = o.script.from + 3 * 3600;
        o.providers = platform.logins();
        o.timeFactor = 1800; // three hours in six seconds
        o.bellPollSeconds = 24 * 3600;
        HttpsTransport transport(api.url(), api.fingerprint(), 5000);
        Simulator sim(o, transport, [&platform](const QString &phone) { return platform.codes.lastCode(phone); });
        platform.api->setClock([&sim] { return sim.now(); });
        platform.sync->setClock([&sim] { return sim.now(); });
        sim.setOfficeHook([&platform](qint64 now) {
            platform.now = now;
            platform.dispatch();
        }, 600);
        sim.run();
        platform.api->setClock([&platform] { return platform.now.load(); });
        platform.sync->setClock([&platform] { return platform.now.load(); });
        const SimStats &s = sim.stats();
        qInfo("%s", qUtf8Printable(s.summary()));
        QCOMPARE(s.errors(), 0);
        QCOMPARE(s.counter(QStringLiteral("bell_opened")), 3);
        QVERIFY(s.counter(QStringLiteral("bell_rings")) > 3);
        QVERIFY(s.counter(QStringLiteral("accepted")) > 3);
        // Each read is a ring's or the doorbell's "ready": no five-minute polls
        // (three providers over three hours would have made over a hundred).
        QVERIFY(s.requestsTo(QStringLiteral("GET provider/jobs"))
                <= s.counter(QStringLiteral("bell_rings")) + s.counter(QStringLiteral("bell_opened")));
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
