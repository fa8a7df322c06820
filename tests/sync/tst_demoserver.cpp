// `packaging/dev.sh demo` without the console: packaging/demo_server.sh,
// which dev.sh runs before it opens the console, makes a real doorstep-server
// and two demo offices' stores (small here), enrolls both with doorstep-cli
// and leaves the server running. What a newcomer relies on:
//  - the two stores sync: a customer edited in the second office reaches the
//    first with two `doorstep-cli sync` rounds, the second office's customers
//    are in the first store and each office keeps its own orders;
//  - with `sim` (`dev.sh demo --sim`) the console dispatches the simulated
//    customers' orders by itself and they come back completed and rated;
//  - `down` stops the server, and `up` run again reuses all of it (same
//    server, same stores, no new enrollment) instead of failing.
#include "../support/child_process.h"
#include "itemmodels/continuous_dispatch.h"
#include "services/auto_dispatch_settings.h"
#include "services/customer_service.h"
#include "services/office_settings.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "sync/sync_client.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace doorstep;

namespace {

const QString kPassword = QStringLiteral("doorstep-demo");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestDemoServer : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString demoDir() const { return m_dir.filePath(QStringLiteral("demo")); }
    QString first() const { return m_dir.filePath(QStringLiteral("demo/demo.doorstep")); }
    QString second() const { return m_dir.filePath(QStringLiteral("demo/demo-baoshan.doorstep")); }

    tests::ChildRun script(const QStringList &args)
    {
        return tests::runChild(QStringLiteral("bash"), QStringList{QStringLiteral(DOORSTEP_SOURCE_DIR "/packaging/demo_server.sh")} + args,
                               {}, 50000);
    }
    tests::ChildRun up() { return script({QStringLiteral("up"), QStringLiteral(DOORSTEP_BUILD_DIR), demoDir()}); }
    tests::ChildRun down() { return script({QStringLiteral("down"), demoDir()}); }

    // The pid the script recorded, if that process still runs.
    qint64 serverPid() const
    {
        QFile f(m_dir.filePath(QStringLiteral("demo/server.pid")));
        if (!f.open(QIODevice::ReadOnly))
            return 0;
        const qint64 pid = f.readAll().trimmed().toLongLong();
        return QFile::exists(QStringLiteral("/proc/%1").arg(pid)) ? pid : 0;
    }

    QString cliSync(const QString &store)
    {
        const tests::ChildRun r = tests::runChild(QStringLiteral(DOORSTEP_CLI),
                                                  {QStringLiteral("sync"), QStringLiteral("--store"), store, QStringLiteral("--user"),
                                                   QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                                                  kPassword.toUtf8() + '\n');
        if (r.code != 0)
            return QStringLiteral("exit %1: %2").arg(r.code).arg(r.err);
        return r.lines().value(r.lines().size() - 1);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Small stores, and ports no other test holds.
        qputenv("DOORSTEP_DEMO_ORDERS", "150");
        qputenv("DOORSTEP_DEMO_PROVIDERS", "40");
        qputenv("DOORSTEP_DEMO_PORT", QByteArray::number(freePort()));
        qputenv("DOORSTEP_DEMO_ENROLL_PORT", QByteArray::number(freePort()));
    }

    void cleanupTestCase() { down(); }

    void twoOfficesSync()
    {
        const tests::ChildRun r = up();
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.lines().last().startsWith(QStringLiteral("demo server: ready")), qPrintable(r.out));
        QVERIFY(serverPid() > 0);

        qint64 customer = 0;
        QString name;
        {
            auto b = services::Workspace::login(second(), QStringLiteral("admin"), kPassword);
            store::Database &db = b->store().db();
            QCOMPARE(db.scalar("SELECT code FROM offices WHERE id = ?", b->services().session().officeId).toString(), QStringLiteral("SH-BS01"));
            // The server took all of its data: a newcomer's first look has no
            // conflicts (onboarding applications once came back as 1,170).
            QCOMPARE(db.scalar("SELECT count(*) FROM sync_conflicts").toLongLong(), 0);
            // Its own orders, in its own two districts only.
            QVERIFY(db.scalar("SELECT count(*) FROM orders").toLongLong() > 0);
            QCOMPARE(db.scalar("SELECT count(*) FROM orders o JOIN districts d ON d.id = o.district_id"
                               " WHERE d.adcode NOT IN ('310113', '310114')")
                         .toLongLong(),
                     0);
            // A customer of its own, edited here.
            customer = db.scalar("SELECT c.id FROM customers c JOIN districts d ON d.id = c.district_id"
                                 " WHERE d.adcode = '310113' ORDER BY c.id LIMIT 1")
                           .toLongLong();
            QVERIFY(customer > 0);
            services::CustomerCorrection fix;
            fix.name = QStringLiteral("宝山顾客（已改）");
            fix.districtId = db.scalar("SELECT district_id FROM customers WHERE id = ?", customer).toLongLong();
            fix.address = db.scalar("SELECT address FROM customers WHERE id = ?", customer).toString();
            name = fix.name;
            services::CustomerService(b->services()).update(customer, fix);
        }
        {
            // The second office's customers came to the first at `up`, but not its orders.
            auto a = services::Workspace::login(first(), QStringLiteral("admin"), kPassword);
            store::Database &db = a->store().db();
            QCOMPARE(db.scalar("SELECT count(*) FROM customers WHERE id = ?", customer).toLongLong(), 1);
            QVERIFY(db.scalar("SELECT name FROM customers WHERE id = ?", customer).toString() != name);
            QCOMPARE(db.scalar("SELECT count(*) FROM sync_conflicts").toLongLong(), 0);
            QCOMPARE(db.scalar("SELECT count(*) FROM orders o JOIN districts d ON d.id = o.district_id"
                               " WHERE d.adcode IN ('310113', '310114')")
                         .toLongLong(),
                     0);
        }
        QCOMPARE(cliSync(second()), QStringLiteral("pushed=1 applied=1 rejected=0 pulled=0"));
        QCOMPARE(cliSync(first()), QStringLiteral("pushed=0 applied=0 rejected=0 pulled=1"));
        auto a = services::Workspace::login(first(), QStringLiteral("admin"), kPassword);
        QCOMPARE(a->store().db().scalar("SELECT name FROM customers WHERE id = ?", customer).toString(), name);
    }

    // `dev.sh demo --sim`: the simulator beside the server plays the first
    // office's customers and providers, and the console that opens on the
    // demo store dispatches what they order by itself (`sim` switched the
    // office's continuous auto-dispatch to "assign"). The console's headless
    // services run here as its main window runs them: live sync, each commit
    // of the sync offered to continuous auto-dispatch. The whole loop, with
    // no person: app orders come in, the console assigns them, the simulated
    // providers accept, drive, arrive, start and complete, the customers rate,
    // and all of it comes back to the console's store with the provider as
    // the timeline's actor.
    void simulatorOrdersDispatchedAndCompleted()
    {
        // A simulated day from 07:00 to 21:00 at 1,440× (35 s), whatever the
        // time of day here, windows at most 8 hours after the order: as
        // `dev.sh demo --sim` plays it, only faster.
        const tests::ChildRun r = script({QStringLiteral("sim"), QStringLiteral(DOORSTEP_BUILD_DIR), demoDir(),
                                          QStringLiteral("--time-factor"), QStringLiteral("1440"), QStringLiteral("--start"),
                                          QStringLiteral("07:00"), QStringLiteral("--hours"), QStringLiteral("14"),
                                          QStringLiteral("--lead-hours"), QStringLiteral("8"), QStringLiteral("--customers"),
                                          QStringLiteral("30"), QStringLiteral("--orders-per-day"), QStringLiteral("120"),
                                          QStringLiteral("--poll-seconds"), QStringLiteral("600"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("continuous auto-dispatch of SH-XH01: assign")), qPrintable(r.out));

        // The dispatcher's console on the demo store.
        auto ws = services::Workspace::login(first(), QStringLiteral("dispatcher"), kPassword);
        store::Database &db = ws->store().db();
        QCOMPARE(services::continuousDispatchMode(services::OfficeSettings(db)), services::ContinuousDispatchMode::Assign);
        itemmodels::ContinuousDispatch dispatch(ws->services());
        dispatch.setDebounceMs(200);
        QSignalSpy failed(&dispatch, &itemmodels::ContinuousDispatch::runFailed);
        sync::SyncClient client(ws->services());
        connect(&client, &sync::SyncClient::storeChanged, &dispatch, &itemmodels::ContinuousDispatch::ordersMayHaveArrived);
        connect(&dispatch, &itemmodels::ContinuousDispatch::ordersChanged, &client, &sync::SyncClient::pushSoon);
        client.setLive(true);
        client.syncNow();

        QFile pidFile(m_dir.filePath(QStringLiteral("demo/sim.pid")));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 pid = pidFile.readAll().trimmed().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)), 120000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QFile log(m_dir.filePath(QStringLiteral("demo/sim.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        // The summary is the last JSON line: standard error shares the log,
        // and a sanitizer build may add its report of suppressed leaks after it.
        QJsonObject summary;
        for (auto it = lines.crbegin(); it != lines.crend() && summary.isEmpty(); ++it)
            summary = QJsonDocument::fromJson(*it).object();
        QVERIFY2(!summary.isEmpty(), lines.last().constData());
        const QJsonObject counters = summary.value(QStringLiteral("counters")).toObject();
        const auto counter = [&counters](const char *name) { return counters.value(QLatin1StringView(name)).toInt(); };
        QVERIFY2(counter("orders_created") > 0 && counter("accepted") > 0 && counter("completed") > 0 && counter("rated") > 0,
                 lines.last().constData());
        // Answered, never failed (a 429 is retried: the server doing its job),
        // and 409 only for a cancellation the office's dispatch came before.
        const QJsonObject statuses = summary.value(QStringLiteral("statuses")).toObject();
        for (auto it = statuses.begin(); it != statuses.end(); ++it)
            QVERIFY2(it.key().toInt() == 429 || (it.key().toInt() >= 200 && it.key().toInt() < 300)
                         || (it.key().toInt() == 409 && it.value().toInt() <= counter("cancel_refused")),
                     qPrintable(QStringLiteral("%1 × %2").arg(it.value().toInt()).arg(it.key())));

        // The last of it comes with one more round.
        QSignalSpy rounds(&client, &sync::SyncClient::roundFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!client.busy(), 30000);
        client.syncNow();
        QVERIFY(rounds.wait(30000));
        QVERIFY2(rounds.last().value(0).toBool(), qPrintable(rounds.last().value(1).toString()));

        // Every order the app took is in the office's store.
        const auto count = [&db](const char *sql) { return db.scalar(sql).toLongLong(); };
        QVERIFY(count("SELECT count(*) FROM orders WHERE order_no LIKE 'APP%'") >= counter("orders_created"));
        // The console assigned them: auto-dispatch records by the dispatcher.
        const qint64 autoAssigned = count("SELECT count(DISTINCT r.order_id) FROM dispatch_records r JOIN orders o ON o.id = r.order_id"
                                          " JOIN staff s ON s.id = r.staff_id"
                                          " WHERE o.order_no LIKE 'APP%' AND r.mode = 'auto' AND s.username = 'dispatcher'");
        QVERIFY(autoAssigned > 0);
        // Completed by their providers (who also work the demo's own jobs
        // already assigned to them: the simulator counts those too) and rated
        // by their customers, as the simulator counted.
        const qint64 completed = count("SELECT count(*) FROM orders o WHERE o.order_no LIKE 'APP%' AND o.status IN ('completed', 'rated')"
                                       " AND EXISTS (SELECT 1 FROM dispatch_records r WHERE r.order_id = o.id AND r.mode = 'auto')");
        QVERIFY2(completed > 0 && completed <= counter("completed"), qPrintable(QString::number(completed)));
        QCOMPARE(count("SELECT count(*) FROM ratings t JOIN orders o ON o.id = t.order_id WHERE o.order_no LIKE 'APP%'"),
                 qint64(counter("rated")));
        // Each completed one's timeline: the provider accepted, set off, arrived,
        // started and completed it (five steps), the customer rated it.
        const qint64 done = count("SELECT o.id FROM orders o WHERE o.order_no LIKE 'APP%' AND o.status = 'rated' ORDER BY o.id LIMIT 1");
        QVERIFY(done > 0);
        auto st = db.prepare("SELECT actor_kind, to_status FROM order_events WHERE order_id = ? ORDER BY at, id");
        st.bind(1, done);
        QStringList timeline;
        while (st.next())
            timeline << st.text(0) + u':' + st.text(1);
        QVERIFY2(timeline.contains(QStringLiteral("staff:assigned")), qPrintable(timeline.join(u' ')));
        for (const char *step : {"provider:accepted", "provider:on_the_way", "provider:in_service", "provider:completed", "customer:rated"})
            QVERIFY2(timeline.contains(QLatin1StringView(step)), qPrintable(timeline.join(u' ')));
        qInfo("simulator: %d orders, %d accepted, %d completed, %d rated; the console auto-assigned %lld app orders, %lld completed",
              counter("orders_created"), counter("accepted"), counter("completed"), counter("rated"), autoAssigned, completed);
    }

    void rerunReuses()
    {
        const qint64 pid = serverPid();
        QVERIFY(pid > 0);
        // Run again while the server runs: it is reused.
        tests::ChildRun r = up();
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("already running (pid %1)").arg(pid)), qPrintable(r.out));
        // Stopped, then started again on the same server and stores.
        r = down();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(serverPid(), 0);
        QVERIFY(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)));
        r = up();
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("making")) && !r.out.contains(QStringLiteral("enrolling")), qPrintable(r.out));
        QVERIFY(serverPid() > 0);
        QCOMPARE(cliSync(second()), QStringLiteral("pushed=0 applied=0 rejected=0 pulled=0"));
        r = down();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(serverPid(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoServer)
#include "tst_demoserver.moc"
