// Live counts per order status on a worker (itemmodels::StatusCounts): they
// arrive by signal and agree with the same count on the GUI thread's
// connection, a newer request makes an older one's result be dropped, the
// worker's connection is read-only and sees what the console commits.
#include "demo/demo_generator.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/queries.h"
#include "itemmodels/status_counts.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "store/store_error.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace doorstep;

using Counts = std::map<domain::OrderStatus, qint64>;
Q_DECLARE_METATYPE(Counts)

class TestStatusCounts : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    demo::DemoOptions m_demo;

    std::unique_ptr<services::Workspace> login(const QString &user)
    {
        return services::Workspace::login(m_path, user, m_demo.password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Counts>();
        qRegisterMetaType<itemmodels::OrderFilter>();
        m_path = m_dir.filePath(QStringLiteral("counts.doorstep"));
        m_demo.providers = 30;
        m_demo.orders = 800;
        m_demo.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, m_demo);
    }

    void countsArriveBySignalAndAgreeWithTheStore()
    {
        auto ws = login(QStringLiteral("admin"));
        auto &db = ws->store().db();
        QObject owner;
        itemmodels::StatusCounts *counts = itemmodels::Queries(*ws).statusCounts(&owner);
        QSignalSpy ready(counts, &itemmodels::StatusCounts::countsReady);
        QSignalSpy failed(counts, &itemmodels::StatusCounts::countsFailed);
        itemmodels::OrderFilter filter;
        filter.districtId = db.scalar("SELECT district_id FROM orders GROUP BY district_id ORDER BY count(*) DESC LIMIT 1").toLongLong();
        counts->request(filter);
        QVERIFY(counts->isPending()); // the request returns at once; the count comes later
        QVERIFY(ready.wait(10000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(!counts->isPending());
        QCOMPARE(ready.first().at(0).value<itemmodels::OrderFilter>(), filter);
        const Counts got = ready.first().at(1).value<Counts>();
        // Independently, straight from the table.
        auto st = db.prepare("SELECT status, count(*) FROM orders WHERE district_id = ? GROUP BY status");
        st.bindAll(filter.districtId);
        Counts expected;
        while (st.next())
            expected[*domain::orderStatusFromKey(st.text(0))] = st.int64(1);
        QVERIFY(!expected.empty());
        QCOMPARE(got, expected);
        QCOMPARE(got, itemmodels::countOrdersByStatus(db, filter, true));
    }

    void aNewerRequestDropsTheOlderResult()
    {
        auto ws = login(QStringLiteral("admin"));
        QObject owner;
        itemmodels::StatusCounts *counts = itemmodels::Queries(*ws).statusCounts(&owner);
        QSignalSpy ready(counts, &itemmodels::StatusCounts::countsReady);
        QSignalSpy dropped(counts, &itemmodels::StatusCounts::obsoleteDropped);
        itemmodels::OrderFilter first;
        itemmodels::OrderFilter second;
        second.providerName = ws->store().db().scalar("SELECT substr(name, 1, 1) FROM providers LIMIT 1").toString();
        counts->request(first);
        counts->request(second);
        QCOMPARE(counts->latestRequest(), quint64(2));
        // Both requests end (the first stopped or finished), only the second is delivered.
        QTRY_COMPARE(dropped.count(), 1);
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(dropped.first().at(0).toULongLong(), quint64(1));
        QCOMPARE(ready.first().at(0).value<itemmodels::OrderFilter>(), second);
        QCOMPARE(ready.first().at(1).value<Counts>(), itemmodels::countOrdersByStatus(ws->store().db(), second, true));
        counts->waitForIdle();
        QCOMPARE(ready.count(), 1);
    }

    void theWorkerSeesWhatTheConsoleCommits()
    {
        auto ws = login(QStringLiteral("admin"));
        auto &db = ws->store().db();
        QObject owner;
        itemmodels::StatusCounts *counts = itemmodels::Queries(*ws).statusCounts(&owner);
        QSignalSpy ready(counts, &itemmodels::StatusCounts::countsReady);
        counts->request({});
        QVERIFY(ready.wait(10000));
        const Counts before = ready.takeFirst().at(1).value<Counts>();
        const qint64 id = db.scalar("SELECT id FROM orders WHERE status = 'completed' LIMIT 1").toLongLong();
        db.run("UPDATE orders SET status = 'rated' WHERE id = ?", id);
        counts->request({});
        QVERIFY(ready.wait(10000));
        const Counts after = ready.takeFirst().at(1).value<Counts>();
        QCOMPARE(after.at(domain::OrderStatus::Completed), before.at(domain::OrderStatus::Completed) - 1);
        QCOMPARE(after.at(domain::OrderStatus::Rated), before.at(domain::OrderStatus::Rated) + 1);
    }

    void theReaderIsReadOnlyAndWorksOnAnotherThread()
    {
        auto ws = login(QStringLiteral("admin"));
        // The worker's connection: same data, read-only, usable on another thread.
        std::unique_ptr<store::Database> reader;
        QString writeError;
        qint64 orders = -1;
        QThread *worker = QThread::create([&] {
            reader = ws->store().readerOpener()();
            orders = reader->scalar("SELECT count(*) FROM orders").toLongLong();
            try {
                reader->run("DELETE FROM orders");
            } catch (const std::exception &e) {
                writeError = QString::fromUtf8(e.what());
            }
            reader.reset();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QCOMPARE(orders, ws->store().db().scalar("SELECT count(*) FROM orders").toLongLong());
        QVERIFY(!writeError.isEmpty());
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM orders").toLongLong(), orders);
    }
};

QTEST_GUILESS_MAIN(TestStatusCounts)
#include "tst_statuscounts.moc"
