// `packaging/dev.sh demo` without the console: packaging/demo_server.sh,
// which dev.sh runs before it opens the console, makes a real doorstep-server
// and two demo offices' stores (small here), enrolls both with doorstep-cli
// and leaves the server running. What a newcomer relies on:
//  - the two stores sync: a customer edited in the second office reaches the
//    first with two `doorstep-cli sync` rounds, the second office's customers
//    are in the first store and each office keeps its own orders;
//  - `down` stops the server, and `up` run again reuses all of it (same
//    server, same stores, no new enrollment) instead of failing.
#include "../support/child_process.h"
#include "services/customer_service.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QJsonObject>
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
    // office's customers and providers; their orders reach the office's store.
    void simulatorBesideTheServer()
    {
        // A whole day in ten seconds, providers looking at their jobs hourly.
        const tests::ChildRun r = script({QStringLiteral("sim"), QStringLiteral(DOORSTEP_BUILD_DIR), demoDir(),
                                          QStringLiteral("--time-factor"), QStringLiteral("8640"), QStringLiteral("--customers"),
                                          QStringLiteral("10"), QStringLiteral("--orders-per-day"), QStringLiteral("60"),
                                          QStringLiteral("--poll-seconds"), QStringLiteral("3600"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QFile pidFile(m_dir.filePath(QStringLiteral("demo/sim.pid")));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const qint64 pid = pidFile.readAll().trimmed().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(QStringLiteral("/proc/%1").arg(pid)), 90000);
        QFile log(m_dir.filePath(QStringLiteral("demo/sim.log")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        // The summary is the last JSON line: standard error shares the log,
        // and a sanitizer build may add its report of suppressed leaks after it.
        QJsonObject summary;
        for (auto it = lines.crbegin(); it != lines.crend() && summary.isEmpty(); ++it)
            summary = QJsonDocument::fromJson(*it).object();
        QVERIFY2(!summary.isEmpty(), lines.last().constData());
        const int created = summary.value(QStringLiteral("counters"))[QStringLiteral("orders_created")].toInt();
        QVERIFY2(created > 0, lines.last().constData());
        // Answered, never failed: at 8,640× a driving provider's positions exceed the
        // token's 10 requests/s, so 429 (retried) is the server doing its job here.
        const QJsonObject statuses = summary.value(QStringLiteral("statuses")).toObject();
        for (auto it = statuses.begin(); it != statuses.end(); ++it)
            QVERIFY2(it.key().toInt() == 429 || (it.key().toInt() >= 200 && it.key().toInt() < 300),
                     qPrintable(QStringLiteral("%1 × %2").arg(it.value().toInt()).arg(it.key())));
        // The app's orders come to the first office with its next sync.
        QVERIFY(cliSync(first()).startsWith(QStringLiteral("pushed=0 applied=0 rejected=0 pulled=")));
        auto a = services::Workspace::login(first(), QStringLiteral("admin"), kPassword);
        QVERIFY(a->store().db().scalar("SELECT count(*) FROM orders WHERE order_no LIKE 'APP%'").toInt() >= created);
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
