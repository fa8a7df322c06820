// The sync server as a platform runs it: a real doorstep-server process (the
// embedded store, or PostgreSQL in a throwaway cluster that syncs to disk as a
// production one does), 10 offices, each a console store enrolled through the
// console's own code (models/sync), as tests/sync/tst_sync_e2e does.
//  1. Latency under load. wrk against the enrollment endpoint (server-only
//     TLS; each request a well-formed enrollment with a real CSR and an
//     unknown code, so the server looks the code up and answers 401; the
//     per-address rate limit off, --enroll-rate 0, or wrk would measure the
//     429s); a Qt load client against the mutual-TLS sync endpoint (wrk cannot
//     present a client certificate): every office keeps a push of 50 new
//     orders and a pull of its changes in flight. Each alone, then both at
//     once: requests/s, p50/p99, errors.
//  2. A partition heals: two offices edit the same customers while cut off
//     from the server, then sync in turns until both hold the same customers.
//  3. An office offline for a week: PENDING customer edits queued in its store
//     through the service layer, then one round pushes them all and another
//     office's round pulls them: the time until the two stores agree.
// Usage: bench_syncload [embedded|postgresql] [PENDING=100000] [SECONDS=10]
#include "../../server/pg_cluster.h"
#include "../../services/test_store.h"
#include "../../sync/server_process.h"
#include "pki/pki.h"
#include "services/customer_service.h"
#include "store/sqlite.h"
#include "sync/enrollment.h"
#include "sync/https_client.h"
#include "sync/sync_round.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>
#include <QUrlQuery>

#include <cstdio>
#include <map>

using namespace doorstep;

namespace {

constexpr int kOffices = 10;

double percentile(QList<double> values, int p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, values.size() * p / 100));
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}

struct Office
{
    QString code;
    std::unique_ptr<services::Workspace> ws;
    std::unique_ptr<sync::StoreLedger> ledger;

    store::Database &db() { return ws->store().db(); }
    sync::RoundOutcome round() { return sync::SyncRound(sync::directStore(*ledger)).run(); }
    std::map<qint64, QString> names()
    {
        std::map<qint64, QString> out;
        auto st = db().prepare("SELECT id, name FROM customers");
        while (st.next())
            out[st.int64(0)] = st.text(1);
        return out;
    }
    QList<qint64> customers(int n)
    {
        QList<qint64> ids;
        auto st = db().prepare("SELECT id FROM customers ORDER BY id LIMIT ?");
        st.bind(1, qint64(n));
        while (st.next())
            ids.append(st.int64(0));
        return ids;
    }
    // Setup only: the changes a week of work leaves are made without a disk
    // sync per action (what is timed runs with the store's own setting).
    void setSynchronous(bool on)
    {
        if (!on)
            m_synchronous = db().scalar("PRAGMA synchronous").toInt();
        db().run(QByteArray("PRAGMA synchronous = ") + QByteArray::number(on ? m_synchronous : 0));
    }
    int m_synchronous = 2;

    void rename(qint64 customer, const QString &name)
    {
        services::CustomerCorrection fix;
        fix.name = name;
        fix.districtId = db().scalar("SELECT coalesce(district_id, 0) FROM customers WHERE id = ?", customer).toLongLong();
        fix.address = db().scalar("SELECT coalesce(address, '') FROM customers WHERE id = ?", customer).toString();
        services::CustomerService(ws->services()).update(customer, fix);
    }
};

// Each office keeps one push and one pull in flight on its own connections
// (a QNetworkAccessManager per office, so no connection carries another
// office's certificate) until the deadline.
class SyncLoad
{
public:
    struct Stats
    {
        QList<double> push, pull; // ms
        int errors = 0;
        QStringList firstErrors;
    };

    SyncLoad(const QString &url, const QList<QSslConfiguration> &tls) : m_url(url)
    {
        for (qsizetype o = 0; o < tls.size(); ++o) {
            auto c = std::make_unique<Client>();
            c->tls = tls.at(o);
            c->office = int(o);
            // Its own store uid: the console's own pushes stay untouched.
            c->storeUid = QStringLiteral("%1").arg(0xB0 + o, 32, 16, QChar(u'0'));
            m_clients.push_back(std::move(c));
        }
    }

    Stats run(int seconds)
    {
        m_stats = {};
        m_deadline.start();
        m_seconds = seconds;
        for (auto &c : m_clients) {
            push(*c);
            pull(*c);
        }
        m_loop.exec();
        return m_stats;
    }

private:
    struct Client
    {
        QNetworkAccessManager nam;
        QSslConfiguration tls;
        int office = 0;
        QString storeUid;
        qint64 nextId = 0;
        QString cursor;
    };

    QNetworkRequest request(Client &c, const QString &path) const
    {
        QNetworkRequest r(QUrl(m_url + path));
        r.setSslConfiguration(c.tls);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        return r;
    }

    void push(Client &c)
    {
        QJsonArray mutations;
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (int i = 0; i < 50; ++i) {
            const qint64 id = ++c.nextId;
            const qint64 rowId = (qint64(c.office) + 1) * 1'000'000'000'000 + id;
            mutations.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("at"), now},
                {QStringLiteral("actor"), QStringLiteral("load")},
                {QStringLiteral("action"), QStringLiteral("order.create")},
                {QStringLiteral("changes"),
                 QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("orders")},
                                        {QStringLiteral("id"), rowId},
                                        {QStringLiteral("op"), QStringLiteral("upsert")},
                                        {QStringLiteral("row"), QJsonObject{{QStringLiteral("id"), rowId},
                                                                            {QStringLiteral("order_no"), QString::number(rowId)},
                                                                            {QStringLiteral("status"), QStringLiteral("created")},
                                                                            {QStringLiteral("address"), QStringLiteral("上海市徐汇区漕溪北路 88 号")}}}}}}});
        }
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("store_uid"), c.storeUid},
                                                          {QStringLiteral("epoch"), 1},
                                                          {QStringLiteral("mutations"), mutations}})
                                    .toJson(QJsonDocument::Compact);
        send(c, c.nam.post(request(c, QStringLiteral("/v1/push")), body), true);
    }

    void pull(Client &c)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("cursor"), c.cursor);
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("500"));
        send(c, c.nam.get(request(c, QStringLiteral("/v1/changes?") + q.toString(QUrl::FullyEncoded))), false);
    }

    void send(Client &c, QNetworkReply *reply, bool isPush)
    {
        ++m_inFlight;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, &c, reply, isPush, timer] {
            const double ms = timer->nsecsElapsed() / 1e6;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            --m_inFlight;
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                ++m_stats.errors;
                if (m_stats.firstErrors.size() < 3)
                    m_stats.firstErrors.append(QStringLiteral("%1 %2 %3").arg(status).arg(reply->errorString(), QString::fromUtf8(body.left(200))));
            } else {
                (isPush ? m_stats.push : m_stats.pull).append(ms);
                if (!isPush)
                    c.cursor = QJsonDocument::fromJson(body).object().value(QStringLiteral("cursor")).toString();
            }
            if (m_deadline.elapsed() < m_seconds * 1000) {
                isPush ? push(c) : pull(c);
            } else if (m_inFlight == 0) {
                m_loop.quit();
            }
        });
    }

    QString m_url;
    std::vector<std::unique_ptr<Client>> m_clients;
    Stats m_stats;
    QElapsedTimer m_deadline;
    int m_seconds = 0;
    int m_inFlight = 0;
    QEventLoop m_loop;
};

// wrk against POST /v1/enroll with a body whose code the server does not know.
class Wrk
{
public:
    Wrk(const QString &dir, const QString &url, int seconds) : m_url(url), m_seconds(seconds)
    {
        const QByteArray csr = server::pki::makeCsr(server::pki::makeKeyPem(), QStringLiteral("load"));
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), QStringLiteral("AAAAA-BBBBB-CCCCC-DDDDD-EEEEE")},
                                                          {QStringLiteral("csr"), QString::fromLatin1(csr)},
                                                          {QStringLiteral("store_uid"), QString(32, u'e')}})
                                    .toJson(QJsonDocument::Compact);
        m_script = dir + QStringLiteral("/enroll.lua");
        QFile f(m_script);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(m_script));
        // Per-thread counters, summed in done(): every answer should be 401.
        f.write("wrk.method = \"POST\"\n"
                "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                "wrk.body = [==[" + body + "]==]\n"
                "local threads = {}\n"
                "function setup(thread) table.insert(threads, thread) end\n"
                "function init(args) answered = 0; unexpected = 0 end\n"
                "function response(status, headers, body)\n"
                "  answered = answered + 1\n"
                "  if status ~= 401 then unexpected = unexpected + 1 end\n"
                "end\n"
                "function done(summary, latency, requests)\n"
                "  local a, u = 0, 0\n"
                "  for _, t in ipairs(threads) do a = a + t:get(\"answered\"); u = u + t:get(\"unexpected\") end\n"
                "  io.write(string.format(\"answers %d, not 401: %d\\n\", a, u))\n"
                "end\n");
    }
    void start()
    {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("wrk"), {QStringLiteral("-t1"), QStringLiteral("-c16"), QStringLiteral("-d%1s").arg(m_seconds),
                                                QStringLiteral("--latency"), QStringLiteral("-s"), m_script, m_url + QStringLiteral("/v1/enroll")});
    }
    QString finish()
    {
        if (!m_process.waitForFinished((m_seconds + 30) * 1000))
            m_process.kill();
        return QString::fromUtf8(m_process.readAll());
    }

private:
    QString m_url;
    int m_seconds;
    QString m_script;
    QProcess m_process;
};

void printLoad(const char *what, const SyncLoad::Stats &s, int seconds)
{
    std::printf("%s: %lld pushes of 50 (%.0f/s, %.0f mutations/s) p50 %.1f ms p99 %.1f ms; %lld pulls (%.0f/s) p50 %.1f ms "
                "p99 %.1f ms; %d errors\n",
                what, qint64(s.push.size()), s.push.size() / double(seconds), 50.0 * s.push.size() / seconds, percentile(s.push, 50),
                percentile(s.push, 99), qint64(s.pull.size()), s.pull.size() / double(seconds), percentile(s.pull, 50),
                percentile(s.pull, 99), s.errors);
    for (const QString &e : s.firstErrors)
        std::printf("  error: %s\n", qPrintable(e));
}

void printWrk(const char *what, const QString &output)
{
    std::printf("%s (wrk -t1 -c16):\n", what);
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts))
        if (line.contains(QStringLiteral("50%")) || line.contains(QStringLiteral("99%")) || line.contains(QStringLiteral("Requests/sec"))
            || line.contains(QStringLiteral("requests in")) || line.contains(QStringLiteral("errors")) || line.contains(QStringLiteral("answers"))
            || line.contains(QStringLiteral("Non-2xx")))
            std::printf("  %s\n", qPrintable(line.trimmed()));
}

int bench(const QString &backend, int pending, int seconds)
{
    QTemporaryDir dir;
    tests::PgCluster cluster(true); // outlives the server
    QString conninfo;
    if (backend == u"postgresql") {
        conninfo = cluster.start() ? cluster.createDatabase(QStringLiteral("bench")) : QString();
        if (conninfo.isEmpty())
            return std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(cluster.error())), 1;
    }
    tests::ServerProcess server(conninfo);
    server.runOptions = {QStringLiteral("--enroll-rate"), QStringLiteral("0")};
    if (!server.init())
        return std::fprintf(stderr, "%s\n", qPrintable(server.error())), 1;
    QStringList codes;
    for (int o = 0; o < kOffices; ++o)
        codes.append(server.addOffice(QStringLiteral("O%1").arg(o), QStringLiteral("门店%1").arg(o), {QString::number(310101 + o)}));
    if (!server.start())
        return std::fprintf(stderr, "%s\n", qPrintable(server.error())), 1;
    std::printf("backend %s; load average at the start %s\n", qPrintable(backend), qPrintable(loadAverage()));

    std::vector<Office> offices(kOffices);
    QList<QSslConfiguration> tls;
    for (int o = 0; o < kOffices; ++o) {
        Office &office = offices[o];
        office.code = QStringLiteral("O%1").arg(o);
        office.ws = tests::makeWorkspace(dir, office.code + QStringLiteral(".doorstep"));
        office.ledger = std::make_unique<sync::StoreLedger>(office.ws->services());
        sync::Enrollment(sync::directStore(*office.ledger)).enroll({server.enrollUrl(), server.fingerprint(), codes.at(o)});
        const sync::SyncIdentity id = office.ledger->requireIdentity();
        tls.append(sync::pinnedConfiguration(id.caPem, id.certificatePem, id.keyPem));
    }

    // 1. Latency under load.
    const QString syncUrl = QStringLiteral("https://127.0.0.1:%1").arg(server.syncPort());
    SyncLoad load(syncUrl, tls);
    Wrk wrkAlone(dir.path(), server.enrollUrl(), seconds);
    wrkAlone.start();
    printWrk("enrollment, alone", wrkAlone.finish());
    printLoad("sync (Qt client, 10 offices x 2 in flight), alone", load.run(seconds), seconds);
    Wrk wrkBoth(dir.path(), server.enrollUrl(), seconds);
    wrkBoth.start();
    const SyncLoad::Stats both = load.run(seconds);
    printWrk("enrollment, while the sync load runs", wrkBoth.finish());
    printLoad("sync, while wrk runs", both, seconds);

    // The offices' customers: made in O0, pulled by O1 and O2.
    constexpr int kCustomers = 2000;
    QElapsedTimer t;
    t.start();
    offices[0].setSynchronous(false);
    for (int i = 0; i < kCustomers; ++i)
        services::CustomerService(offices[0].ws->services())
            .add({QStringLiteral("顾客%1").arg(i), QStringLiteral("139%1").arg(i, 8, 10, QChar(u'0')), {}, 0, QStringLiteral("徐汇区"), 0, 0, {}});
    offices[0].setSynchronous(true);
    offices[0].round();
    offices[1].round();
    offices[2].round();
    std::printf("setup: %d customers made in O0 and pulled by O1, O2: %.1f s\n", kCustomers, t.nsecsElapsed() / 1e9);

    // 2. A partition heals: O1 and O2 each rename 1,000 customers, 500 of
    // them the same ones, while cut off; then rounds in turn until both
    // agree. O2's renames are the earlier ones but reach the server last: on
    // the 500 both renamed O1's name stays and O2 is told ("merged").
    const QList<qint64> ids = offices[1].customers(1500);
    for (int i = 500; i < 1500; ++i)
        offices[2].rename(ids.at(i), QStringLiteral("p2-%1").arg(i));
    offices[1].ws->services().setClock([] { return QDateTime::currentSecsSinceEpoch() + 2; });
    for (int i = 0; i < 1000; ++i)
        offices[1].rename(ids.at(i), QStringLiteral("p1-%1").arg(i));
    offices[1].ws->services().setClock({});
    t.restart();
    int rounds = 0, conflicts = 0, pushed = 0;
    for (;;) {
        for (Office *o : {&offices[1], &offices[2]}) {
            const sync::RoundOutcome r = o->round();
            ++rounds;
            conflicts += r.rejected;
            pushed += r.pushed;
        }
        if (offices[1].ledger->pendingCount() == 0 && offices[2].ledger->pendingCount() == 0 && offices[1].names() == offices[2].names())
            break;
        if (rounds > 20)
            return std::fprintf(stderr, "the partition did not converge in 20 rounds\n"), 1;
    }
    std::printf("partition healed: 2 offices x 1,000 renames (500 customers renamed by both): converged in %.2f s, %d rounds, "
                "%d pushed, %d merged (the office whose edit lost told)\n",
                t.nsecsElapsed() / 1e9, rounds, pushed, conflicts);

    // 3. A week offline: O0 queues `pending` edits, then catches up.
    const QList<qint64> all = offices[0].customers(kCustomers);
    t.restart();
    offices[0].setSynchronous(false);
    for (int i = 0; i < pending; ++i)
        offices[0].rename(all.at(i % all.size()), QStringLiteral("week-%1").arg(i));
    offices[0].setSynchronous(true);
    std::printf("week offline: %d edits queued in O0's store in %.1f s (%.0f/s; setup, without a disk sync per action)\n", pending,
                t.nsecsElapsed() / 1e9, pending / (t.nsecsElapsed() / 1e9));
    t.restart();
    const sync::RoundOutcome up = offices[0].round();
    const double pushSeconds = t.nsecsElapsed() / 1e9;
    t.restart();
    const sync::RoundOutcome down = offices[1].round();
    const double pullSeconds = t.nsecsElapsed() / 1e9;
    const bool same = offices[0].names() == offices[1].names();
    std::printf("week offline: O0 pushed %d (applied %d, merged %d) in %.1f s (%.0f mutations/s); O1 pulled %d rows in %.1f s; "
                "converged in %.1f s: %s\n",
                up.pushed, up.applied, up.rejected, pushSeconds, up.pushed / pushSeconds, down.pulled, pullSeconds, pushSeconds + pullSeconds,
                same ? "the two stores agree" : "THE STORES DIFFER");
    std::printf("load average at the end %s\n", qPrintable(loadAverage()));
    return same ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is measured
    const QString backend = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("embedded");
    const int pending = argc > 2 ? std::atoi(argv[2]) : 100000;
    const int seconds = argc > 3 ? std::atoi(argv[3]) : 10;
    if ((backend != u"embedded" && backend != u"postgresql") || pending < 1 || seconds < 1)
        return std::fprintf(stderr, "usage: bench_syncload [embedded|postgresql] [PENDING] [SECONDS]\n"), 1;
    try {
        return bench(backend, pending, seconds);
    } catch (const std::exception &e) {
        return std::fprintf(stderr, "failed: %s\n", e.what()), 1;
    }
}
