// The console's SyncClient runs a round's store work on its worker, on a
// connection of its own: the GUI thread's connection writes nothing during a
// round while its event loop keeps running, pulled rows are seen there after
// the worker's commits (storeChanged, on the GUI thread), a store held busy by
// the console gives the round the plain "busy" failure, and locking or
// closing the console mid-round stops the worker with every page either whole
// or absent, the rest pulled by the next round exactly once.
#include "fake_server.h"
#include "pulled_rows.h"
#include "store/sqlite.h"
#include "sync/enrollment.h"
#include "sync/pki.h"
#include "sync/sync_client.h"
#include "sync_fixture.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace doorstep;

class TestSyncClient : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<services::Workspace> m_ws;
    tests::FakeSyncServer m_server;
    qint64 m_nextId = 9100000;
    int m_n = 0;

    store::Database &db() { return m_ws->store().db(); }
    qint64 otherCustomers()
    {
        return db().scalar("SELECT count(*) FROM customers WHERE office_id = ?", tests::kOtherOfficeId).toLongLong();
    }
    // `count` more of the other office's customers to pull; returns the
    // server's index of the first.
    qsizetype servePulled(int count)
    {
        const qsizetype first = m_server.changes.size();
        tests::appendOtherCustomers(m_server.changes, m_nextId, count);
        m_nextId += count;
        return first;
    }
    // Where the last committed page ended on the server (the double's cursor is an index).
    qsizetype pulledUpTo() { return sync::StoreLedger(m_ws->services()).pullCursor().toLongLong(); }

private slots:
    void initTestCase()
    {
        m_ws = tests::makeWorkspace(m_dir);
        tests::addCustomer(m_ws->services(), ++m_n);
        sync::StoreLedger ledger(m_ws->services());
        const QString fingerprint = sync::formatFingerprint(sync::fingerprintOf(QSslCertificate::fromData(m_server.ca.certPem).first()));
        sync::Enrollment(sync::directStore(ledger)).enroll({m_server.enrollmentUrl(), fingerprint, m_server.enrollCode});
        m_server.changes.append(tests::otherOfficeRow());
    }

    void aRoundRunsWithTheGuiThreadFree()
    {
        for (int i = 0; i < 20; ++i)
            tests::addCustomer(m_ws->services(), ++m_n);
        servePulled(3000);
        sync::SyncClient client(m_ws->services());
        client.setPullLimit(100);
        QSignalSpy finished(&client, &sync::SyncClient::roundFinished);
        int changedSignals = 0;
        bool changedOnGuiThread = true;
        connect(&client, &sync::SyncClient::storeChanged, this, [&] {
            ++changedSignals;
            changedOnGuiThread = changedOnGuiThread && QThread::currentThread() == thread();
        });
        // The event loop keeps turning while the round pushes and pulls.
        int ticksWhileBusy = 0;
        QTimer ticker;
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, this, [&] { ticksWhileBusy += client.busy() ? 1 : 0; });
        ticker.start();
        // SQLite counts every row this connection (the GUI thread's) writes.
        const qint64 guiWrites = db().scalar("SELECT total_changes()").toLongLong();

        client.syncNow();
        QVERIFY(client.busy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("sent 20,")));
        // The other office's row and its 3,000 customers.
        QVERIFY2(finished.first().at(1).toString().contains(QStringLiteral("received 3001")), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(db().scalar("SELECT total_changes()").toLongLong(), guiWrites);
        QVERIFY(ticksWhileBusy > 0);
        QVERIFY(changedSignals > 0);
        QVERIFY(changedOnGuiThread);
        // The worker's commits are the GUI connection's to read.
        QCOMPARE(otherCustomers(), 3000);
        QCOMPARE(client.overview().pending, 0);
        QCOMPARE(db().scalar("SELECT count(*) FROM audit_log WHERE action = 'sync.pull' AND username = 'admin'").toInt() >= 30, true);
    }

    void aBusyStoreFailsTheRoundWithThePlainMessage()
    {
        tests::addCustomer(m_ws->services(), ++m_n);
        const int saved = store::Store::busyTimeout();
        store::Store::setBusyTimeout(100); // the worker's connection opens with it
        sync::SyncClient client(m_ws->services());
        QSignalSpy finished(&client, &sync::SyncClient::roundFinished);
        {
            // The console holds the write lock (one of its own actions, long).
            store::Transaction hold(db());
            client.syncNow();
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        }
        store::Store::setBusyTimeout(saved);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), services::ServiceLayer::busyMessage());
        QVERIFY(!client.online());
        // Nothing was marked sent: the next round sends it again (the server says "duplicate").
        QVERIFY(client.overview().pending > 0);
        client.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(client.overview().pending, 0);
        QCOMPARE(m_server.duplicatesAnswered > 0, true);
    }

    void lockingMidRoundStopsItAndUnlockingRunsItAgain()
    {
        const qsizetype first = servePulled(3000);
        const qint64 before = otherCustomers();
        sync::SyncClient client(m_ws->services());
        client.setPullLimit(20);
        QSignalSpy finished(&client, &sync::SyncClient::roundFinished);
        // Locked as soon as the pull is under way.
        connect(&client, &sync::SyncClient::progress, this, [&](const QString &stage, int) {
            if (stage == u"pull")
                client.setPaused(true);
        });
        client.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toString(), sync::SyncRound::tr("Cancelled."));
        QVERIFY(!client.busy());
        // Pages are whole: every row up to the stored cursor is here, none after it.
        const qsizetype cursor = pulledUpTo();
        QVERIFY(cursor > first);
        QVERIFY(cursor < m_server.changes.size());
        QCOMPARE(otherCustomers() - before, qint64(cursor - first));
        // While locked nothing starts.
        client.syncNow();
        QVERIFY(!client.busy());

        disconnect(&client, &sync::SyncClient::progress, this, nullptr);
        client.setPaused(false); // unlocked: the cut round runs again
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(otherCustomers() - before, 3000);
        QCOMPARE(pulledUpTo(), m_server.changes.size());
    }

    void closingMidRoundStopsTheWorker()
    {
        const qsizetype first = servePulled(3000);
        const qint64 before = otherCustomers();
        auto client = std::make_unique<sync::SyncClient>(m_ws->services());
        client->setPullLimit(20);
        bool pulling = false;
        connect(client.get(), &sync::SyncClient::progress, this, [&](const QString &stage, int) { pulling = pulling || stage == u"pull"; });
        client->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(pulling, 60000);
        client.reset(); // the console closes: the destructor stops and waits for the worker
        const qsizetype cursor = pulledUpTo();
        QVERIFY(cursor > first);
        QCOMPARE(otherCustomers() - before, qint64(cursor - first));
        // The store is the GUI's alone again, and the next console pulls the rest once.
        tests::addCustomer(m_ws->services(), ++m_n);
        sync::SyncClient next(m_ws->services());
        QSignalSpy finished(&next, &sync::SyncClient::roundFinished);
        next.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QCOMPARE(otherCustomers() - before, 3000);
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_syncclient.moc"
