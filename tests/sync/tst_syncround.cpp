// The console's sync client against a test double of the server: enrollment
// with a pinned CA fingerprint, the first snapshot, push and pull, exactly
// once when the server drops the connection after committing, conflicts
// recorded and refused assignments taken back, a foreign CA refused, and the
// console's worker-thread client.
#include "fake_server.h"
#include "pulled_rows.h"
#include "services/sync_epoch.h"
#include "store/sqlite.h"
#include "sync/backoff.h"
#include "sync/enrollment.h"
#include "sync/pki.h"
#include "sync/sync_client.h"
#include "sync/sync_round.h"
#include "sync_fixture.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;
using sync::SyncError;

class TestSyncRound : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<sync::StoreLedger> m_ledger;
    tests::FakeSyncServer m_server;
    qint64 m_item = 0;
    qint64 m_order = 0;
    int m_n = 0;

    store::Database &db() { return m_ws->store().db(); }
    QString caFingerprint() const
    {
        return sync::formatFingerprint(sync::fingerprintOf(QSslCertificate::fromData(m_server.ca.certPem).first()));
    }
    sync::RoundOutcome round() { return sync::SyncRound(sync::directStore(*m_ledger)).run(); }
    SyncError::Kind failingRound()
    {
        try {
            round();
        } catch (const SyncError &e) {
            return e.kind();
        }
        return SyncError::Kind::Cancelled; // "did not fail": no test expects a cancel
    }
    qint64 pending() { return m_ledger->pendingCount(); } // outbox rows
    qsizetype pendingMutations() { return sync::nextBatch(db()).mutations.size(); }

private slots:
    void initTestCase()
    {
        m_ws = tests::makeWorkspace(m_dir);
        m_ledger = std::make_unique<sync::StoreLedger>(m_ws->services());
        m_item = tests::seedItem(m_ws->services());
        m_order = tests::addOrder(m_ws->services(), tests::addCustomer(m_ws->services(), ++m_n), m_item);
        // The platform's catalogue already has this item, under its own id.
        m_server.platformItems.insert(QStringLiteral("clean_2h"), 4242);
    }

    void notEnrolledSaysSo()
    {
        QCOMPARE(failingRound(), SyncError::Kind::NotEnrolled);
        QVERIFY(!m_ledger->overview().enrolled);
    }

    void fingerprintsParse()
    {
        const QByteArray fp = sync::parseFingerprint(caFingerprint());
        QCOMPARE(fp.size(), 32);
        QCOMPARE(sync::parseFingerprint(QString::fromLatin1(fp.toHex())), fp);
        QCOMPARE(sync::parseFingerprint(caFingerprint().toLower()), fp);
        QVERIFY(sync::parseFingerprint(QStringLiteral("AB:CD")).isEmpty());
        QVERIFY(sync::parseFingerprint(QString(64, u'g')).isEmpty());
    }

    void enrollmentRefusesAServerOfAnotherCa()
    {
        const tests::TestCa other = tests::makeTestCa(QStringLiteral("Someone else"));
        const QString wrong = sync::formatFingerprint(sync::fingerprintOf(QSslCertificate::fromData(other.certPem).first()));
        sync::Enrollment e(sync::directStore(*m_ledger));
        try {
            e.enroll({m_server.enrollmentUrl(), wrong, m_server.enrollCode});
            QFAIL("enrolled with a server whose CA was not the one given");
        } catch (const SyncError &err) {
            QCOMPARE(err.kind(), SyncError::Kind::Tls);
            QVERIFY2(err.message().contains(QStringLiteral("fingerprint")), qPrintable(err.message()));
        }
        // The code was never sent: it still works.
        QVERIFY(!m_server.enrollCode.isEmpty());
        QVERIFY(!m_ledger->identity());
        // A malformed fingerprint or URL is refused before any connection.
        QVERIFY_THROWS_EXCEPTION(SyncError, e.enroll({m_server.enrollmentUrl(), QStringLiteral("12:34"), m_server.enrollCode}));
        QVERIFY_THROWS_EXCEPTION(SyncError, e.enroll({QStringLiteral("http://127.0.0.1:1"), caFingerprint(), m_server.enrollCode}));
    }

    void enrollmentWithAWrongCodeIsRefused()
    {
        sync::Enrollment e(sync::directStore(*m_ledger));
        try {
            e.enroll({m_server.enrollmentUrl(), caFingerprint(), QStringLiteral("NOT-THE-CODE")});
            QFAIL("enrolled with a wrong code");
        } catch (const SyncError &err) {
            QCOMPARE(err.kind(), SyncError::Kind::Refused);
            QCOMPARE(err.code(), QStringLiteral("unknown_code"));
        }
    }

    void enrollmentStoresTheIdentityAndSendsTheSnapshot()
    {
        const qint64 outboxBefore = db().scalar("SELECT count(*) FROM sync_outbox").toLongLong();
        QVERIFY(pending() > 0);
        sync::Enrollment e(sync::directStore(*m_ledger));
        const sync::EnrollOutcome out = e.enroll({m_server.enrollmentUrl(), caFingerprint(), m_server.enrollCode});
        QCOMPARE(out.officeCode, QStringLiteral("SH-XH"));
        QCOMPARE(out.syncUrl, m_server.syncUrl());
        QVERIFY(m_server.enrollCode.isEmpty()); // used

        const auto id = m_ledger->identity();
        QVERIFY(id);
        QCOMPARE(id->serverUrl, m_server.syncUrl());
        QVERIFY(sync::certificateMatchesKey(id->certificatePem, id->keyPem));
        QVERIFY(id->keyPem.contains("PRIVATE KEY"));
        // Recorded as sync.enroll; nothing of it queued for sync (the key stays home).
        QCOMPARE(db().scalar("SELECT count(*) FROM audit_log WHERE action = 'sync.enroll'").toInt(), 1);
        QVERIFY(!db().scalar("SELECT detail FROM audit_log WHERE action = 'sync.enroll'").toString().contains(QStringLiteral("PRIVATE")));
        QCOMPARE(db().scalar("SELECT count(*) FROM sync_outbox WHERE payload LIKE '%PRIVATE KEY%' OR entity = 'meta'").toInt(), 0);

        // The snapshot: every sent table's rows, the office's customer and
        // catalogue included, never staff or meta; the outbox it covered is sent.
        QVERIFY(m_server.snapshotFinal);
        QCOMPARE(out.snapshotRows, int(m_server.snapshotRows.size()));
        QStringList entities;
        for (const QJsonValue &r : std::as_const(m_server.snapshotRows))
            entities.append(r.toObject().value(QStringLiteral("entity")).toString());
        QVERIFY(entities.contains(QStringLiteral("customers")));
        QVERIFY(entities.contains(QStringLiteral("service_items")));
        QVERIFY(entities.contains(QStringLiteral("offices")));
        QVERIFY(!entities.contains(QStringLiteral("staff")));
        QVERIFY(entities.indexOf(QStringLiteral("offices")) < entities.indexOf(QStringLiteral("customers")));
        QCOMPARE(pending(), 0);
        QCOMPARE(db().scalar("SELECT count(*) FROM sync_outbox").toLongLong(), outboxBefore);

        // The id_map: the item takes the platform's id, the order follows it,
        // nothing dangles, and the item's category is untouched.
        QCOMPARE(db().scalar("SELECT count(*) FROM service_items WHERE id = ?", m_item).toInt(), 0);
        QCOMPARE(db().scalar("SELECT code FROM service_items WHERE id = 4242").toString(), QStringLiteral("clean_2h"));
        QCOMPARE(db().scalar("SELECT service_item_id FROM orders WHERE id = ?", m_order).toLongLong(), 4242);
        QVERIFY(!db().prepare("PRAGMA foreign_key_check").next());
        QCOMPARE(db().scalar("SELECT count(*) FROM audit_log WHERE action = 'sync.id_map'").toInt(), 1);
        m_item = 4242;
    }

    void pushThenPull()
    {
        const qint64 c1 = tests::addCustomer(m_ws->services(), ++m_n);
        tests::addCustomer(m_ws->services(), ++m_n);
        QCOMPARE(pendingMutations(), 2);
        // Another office's customer waits on the server.
        QJsonObject foreign;
        {
            auto st = db().prepare("SELECT * FROM customers WHERE id = ?");
            st.bind(1, c1);
            QVERIFY(st.next());
            foreign = outbox::rowJson(st);
        }
        const qint64 foreignId = c1 + 1000000;
        foreign.insert(QStringLiteral("id"), foreignId);
        foreign.insert(QStringLiteral("name"), QStringLiteral("静安的顾客"));
        foreign.insert(QStringLiteral("phone"), QStringLiteral("13700001111"));
        m_server.changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("customers")}, {QStringLiteral("id"), foreignId},
                                            {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("row"), foreign},
                                            {QStringLiteral("office"), QStringLiteral("SH-JA")}});
        const qint64 outboxBefore = db().scalar("SELECT count(*) FROM sync_outbox").toLongLong();

        const sync::RoundOutcome out = round();
        QCOMPARE(out.pushed, 2);
        QCOMPARE(out.applied, 2);
        QCOMPARE(out.rejected, 0);
        QCOMPARE(out.pulled, 1); // our own two came back and were skipped
        QCOMPARE(pending(), 0);
        QCOMPARE(db().scalar("SELECT name FROM customers WHERE id = ?", foreignId).toString(), QStringLiteral("静安的顾客"));
        // Pulled rows are not queued back; the cursor is stored verbatim.
        QCOMPARE(db().scalar("SELECT count(*) FROM sync_outbox").toLongLong(), outboxBefore);
        QCOMPARE(m_ledger->pullCursor(), QString::number(m_server.changes.size()));
        QCOMPARE(db().scalar("SELECT count(*) FROM audit_log WHERE action = 'sync.pull'").toInt(), 1);
        // The push carried the audit head.
        QCOMPARE(m_server.lastAuditHead.value(QStringLiteral("hash")).toString().size(), 64);

        // A pulled update changes the row in place (no REPLACE: the row keeps its id and what refers to it).
        foreign.insert(QStringLiteral("name"), QStringLiteral("改了名字"));
        m_server.changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("customers")}, {QStringLiteral("id"), foreignId},
                                            {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("row"), foreign},
                                            {QStringLiteral("office"), QStringLiteral("SH-JA")}});
        QCOMPARE(round().pulled, 1);
        QCOMPARE(db().scalar("SELECT name FROM customers WHERE id = ?", foreignId).toString(), QStringLiteral("改了名字"));
        const sync::SyncOverview o = m_ledger->overview();
        QVERIFY(o.enrolled);
        QVERIFY(o.lastSyncAt > 0);
        QCOMPARE(o.pending, 0);
    }

    void aReplyLostAfterTheCommitLosesAndDuplicatesNothing()
    {
        QList<qint64> ids;
        auto change = [&] {
            tests::addCustomer(m_ws->services(), ++m_n);
            ids.append(db().scalar("SELECT max(seq) FROM audit_log").toLongLong());
        };
        // One dropped reply: Qt's network stack sends the request again on
        // a new connection by itself; the server answers "duplicate".
        change();
        m_server.dropPushReplies = 1;
        int duplicatesBefore = m_server.duplicatesAnswered;
        QCOMPARE(round().pushed, 1);
        QCOMPARE(m_server.duplicatesAnswered, duplicatesBefore + 1);
        QCOMPARE(pending(), 0);

        // Every reply dropped: the round fails; the server has applied them
        // but this console cannot know, so they stay pending.
        for (int i = 0; i < 3; ++i)
            change();
        QCOMPARE(pendingMutations(), 3);
        const qint64 rows = pending();
        m_server.dropPushReplies = 1000;
        try {
            round();
            QFAIL("the round succeeded without any answer");
        } catch (const SyncError &e) {
            QCOMPARE(e.kind(), SyncError::Kind::Network);
            QVERIFY(e.retryable());
        }
        QCOMPARE(pending(), rows);
        QVERIFY(!m_ledger->overview().lastError.isEmpty());
        QCOMPARE(m_server.appliedCount.value(ids.last()), 1);

        // The retry once the server answers again: duplicates, nothing lost.
        m_server.dropPushReplies = 0;
        duplicatesBefore = m_server.duplicatesAnswered;
        const sync::RoundOutcome out = round();
        QCOMPARE(out.duplicate, 3);
        QCOMPARE(m_server.duplicatesAnswered, duplicatesBefore + 3);
        for (const qint64 id : std::as_const(ids))
            QCOMPARE(m_server.appliedCount.value(id), 1);
        QCOMPARE(pending(), 0);
        QVERIFY(m_ledger->overview().lastError.isEmpty());
    }

    void aRefusedAssignmentIsListedAndTakenBack()
    {
        const qint64 customer = tests::addCustomer(m_ws->services(), ++m_n);
        const qint64 provider = tests::addProvider(m_ws->services());
        const qint64 order = tests::addOrder(m_ws->services(), customer, m_item);
        const QString queued = db().scalar("SELECT status FROM orders WHERE id = ?", order).toString();
        tests::assign(m_ws->services(), order, provider, 1795003600);
        const qint64 assignSeq = db().scalar("SELECT max(seq) FROM audit_log").toLongLong();
        m_server.busyOrders.insert(order);

        const sync::RoundOutcome out = round();
        QCOMPARE(out.rejected, 1);
        QCOMPARE(out.undone, 1);
        // In the conflicts list with the server's reason and the other booking.
        auto st = db().prepare("SELECT reason, message, conflict, action, entity, entity_id, undone, epoch FROM sync_conflicts WHERE mutation_id = ?");
        st.bind(1, assignSeq);
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("provider_busy"));
        QVERIFY(st.text(1).contains(QStringLiteral("SH-JA")));
        QVERIFY(st.text(2).contains(QStringLiteral("DS-JA-1")));
        QCOMPARE(st.text(3), QStringLiteral("dispatch.assign"));
        QCOMPARE(st.text(4), QStringLiteral("orders"));
        QCOMPARE(st.int64(5), order);
        QCOMPARE(st.int64(6), 1);
        QCOMPARE(st.int64(7), syncEpoch(db()));
        // The order is back in its queue, by an audited action, and that
        // change goes to the server next (it is the office's to tell).
        QCOMPARE(db().scalar("SELECT status FROM orders WHERE id = ?", order).toString(), queued);
        QVERIFY(db().scalar("SELECT provider_id FROM orders WHERE id = ?", order).isNull());
        QCOMPARE(db().scalar("SELECT count(*) FROM audit_log WHERE action = 'sync.undo_assignment'").toInt(), 1);
        QCOMPARE(m_ledger->overview().conflicts, 1);
        const qint64 undoSeq = db().scalar("SELECT seq FROM audit_log WHERE action = 'sync.undo_assignment'").toLongLong();
        QCOMPARE(m_server.appliedCount.value(undoSeq), 1);
        QCOMPARE(pending(), 0);
        m_server.busyOrders.clear();
    }

    void onlyThePinnedCaIsTrusted()
    {
        // The stored CA replaced by another: the real server no longer verifies.
        const QString saved = db().scalar("SELECT value FROM meta WHERE key = 'sync_ca'").toString();
        db().run("UPDATE meta SET value = ? WHERE key = 'sync_ca'", QString::fromLatin1(tests::makeTestCa(QStringLiteral("Other")).certPem));
        QCOMPARE(failingRound(), SyncError::Kind::Tls);
        db().run("UPDATE meta SET value = ? WHERE key = 'sync_ca'", saved);
        round();
    }

    void theConsoleClientRunsRoundsOnItsWorker()
    {
        sync::SyncClient client(m_ws->services());
        QSignalSpy finished(&client, &sync::SyncClient::roundFinished);
        tests::addCustomer(m_ws->services(), ++m_n);
        QVERIFY(client.overview().pending > 0);
        client.syncNow();
        QVERIFY(client.busy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("sent 1,")));
        QVERIFY(client.online());
        QCOMPARE(client.overview().pending, 0);
    }

    // A console action waits for the whole of a sync write transaction (a
    // push's record, a pulled page), so each is sized by the time the last
    // one took: it shrinks at once and grows by half at most, within bounds.
    void aWriteBudgetShrinksAtOnceAndGrowsByHalf()
    {
        QCOMPARE(sync::WriteBudget(10, 250, 1000, 25).next(), 250); // the first within the bounds too
        QCOMPARE(sync::WriteBudget(10, 250, 1, 25).next(), 10);
        sync::WriteBudget b(10, 250, 10, 25);
        QCOMPARE(b.next(), 10); // nothing measured yet: the first
        b.took(10, 5);          // 0.5 ms a row: 50 would fit, half as many again as the last is 15
        QCOMPARE(b.next(), 15);
        b.took(15, 75);         // 5 ms a row: 5 would fit, never fewer than 10
        QCOMPARE(b.next(), 10);
        for (int i = 0; i < 20; ++i)
            b.took(b.next(), 0);
        QCOMPARE(b.next(), 250); // never more than the most
        b.took(250, 50);         // 0.2 ms a row: 125 fit
        QCOMPARE(b.next(), 125);
        b.took(0, 1000);         // nothing written: nothing learned
        QCOMPARE(b.next(), 125);
    }

    // The same inside a round, with a clock that says how long the store's
    // writes take: after the first, slow writes are pushed and pulled ten at
    // a time, quick ones in batches and pages that grow up to the limits,
    // and either way every mutation is sent once and every row applied once.
    void aRoundSizesItsWriteTransactionsByTime()
    {
        for (int i = 0; i < 45; ++i)
            tests::addCustomer(m_ws->services(), ++m_n);
        const qint64 firstSeq = db().scalar("SELECT min(audit_seq) FROM sync_outbox WHERE sent_at IS NULL").toLongLong();
        m_server.changes.append(tests::otherOfficeRow());
        tests::appendOtherCustomers(m_server.changes, 9300000, 95);
        const qsizetype cursorBefore = m_ledger->pullCursor().toLongLong();
        m_server.pushSizes.clear();
        m_server.pullLimits.clear();

        sync::SyncRound slow(sync::directStore(*m_ledger));
        double now = 0;
        slow.clockMs = [&now] { return now += 100; }; // every write takes 100 ms: a fifth of a row fits in 20
        slow.pushLimit = 30;
        const sync::RoundOutcome out = slow.run();
        QCOMPARE(out.pushed, 45);
        // The first push whole; then ten at a time.
        QCOMPARE(m_server.pushSizes, (QList<int>{30, 10, 5}));
        // The first page of 40 rows; then ten a page: 1 office + 95 customers + our 45 coming back.
        QVERIFY(!m_server.pullLimits.isEmpty());
        QCOMPARE(m_server.pullLimits.first(), 40);
        for (const int limit : m_server.pullLimits.mid(1))
            QCOMPARE(limit, 10);
        QCOMPARE(m_server.pullLimits.size(), 1 + int((m_server.changes.size() - cursorBefore - 40 + 9) / 10));
        QCOMPARE(out.pulled, 96);
        QCOMPARE(db().scalar("SELECT count(*) FROM customers WHERE id >= 9300000 AND id < 9300095").toInt(), 95);
        for (const qint64 seq : m_server.appliedCount.keys())
            QCOMPARE(m_server.appliedCount.value(seq), 1);
        QVERIFY(m_server.appliedCount.contains(firstSeq));
        QCOMPARE(pending(), 0);

        // Quick writes: the batches and pages double up to the limits.
        for (int i = 0; i < 45; ++i)
            tests::addCustomer(m_ws->services(), ++m_n);
        tests::appendOtherCustomers(m_server.changes, 9300095, 300);
        m_server.pushSizes.clear();
        m_server.pullLimits.clear();
        sync::SyncRound quick(sync::directStore(*m_ledger));
        quick.clockMs = [] { return 0.0; };
        quick.pushLimit = 20;
        quick.pullLimit = 100;
        QCOMPARE(quick.run().pulled, 300);
        QCOMPARE(m_server.pushSizes, (QList<int>{20, 20, 5}));
        QCOMPARE(m_server.pullLimits.mid(0, 4), (QList<int>{40, 60, 90, 100}));
        for (const int limit : m_server.pullLimits.mid(3))
            QCOMPARE(limit, 100);
        QCOMPARE(db().scalar("SELECT count(*) FROM customers WHERE id >= 9300000 AND id < 9300395").toInt(), 395);
        for (const qint64 seq : m_server.appliedCount.keys())
            QCOMPARE(m_server.appliedCount.value(seq), 1);
        QCOMPARE(pending(), 0);
    }

    void backoffGrowsWithJitterAndACap()
    {
        const sync::Backoff b{1000, 60000};
        QCOMPARE(b.delayMs(1, 0.0), qint64(500));
        QCOMPARE(b.delayMs(1, 0.999), qint64(500 + 499));
        QCOMPARE(b.delayMs(3, 0.0), qint64(2000));
        QCOMPARE(b.delayMs(20, 0.0), qint64(30000)); // capped at 60 s, half of it before jitter
        QVERIFY(b.delayMs(20, 0.99) < 60000);
    }
};

QTEST_GUILESS_MAIN(TestSyncRound)
#include "tst_syncround.moc"
