// Two doorstep-server processes on one PostgreSQL database, as a platform
// with many offices runs them: each is a SyncService over its own PgStorage
// (its own connection pool, nothing shared but the database). Office A's
// console pushes to one, office B's to the other, at the same moment, each
// assigning an order to the one provider both offices use, at overlapping
// times. Whatever the interleaving: exactly one booking is applied, the other
// is rejected as provider_busy naming the winner, both servers then hold the
// one booking, and the rest of each push (work of each office's own) is
// applied regardless.

#include "pg_cluster.h"
#include "pg_storage.h"
#include "sync/sync_service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QTest>

#include <algorithm>
#include <latch>
#include <thread>

using namespace doorstep::server;
using namespace doorstep::server::sync;
using doorstep::tests::PgCluster;

namespace {

const QString kA = QStringLiteral("SH-A");
const QString kB = QStringLiteral("SH-B");
constexpr qint64 kSharedProvider = 500, kDay = 86400, kHour = 3600;

QJsonObject assignment(qint64 mutationId, qint64 orderId, qint64 provider, qint64 start)
{
    const QJsonObject order{{QStringLiteral("id"), orderId},
                            {QStringLiteral("order_no"), QStringLiteral("N%1").arg(orderId)},
                            {QStringLiteral("status"), QStringLiteral("assigned")},
                            {QStringLiteral("provider_id"), provider},
                            {QStringLiteral("planned_start"), start},
                            {QStringLiteral("duration_min"), 60}};
    return {{QStringLiteral("id"), mutationId},
            {QStringLiteral("at"), 1796200000},
            {QStringLiteral("actor"), QStringLiteral("dispatch1")},
            {QStringLiteral("action"), QStringLiteral("order.assign")},
            {QStringLiteral("changes"),
             QJsonArray{QJsonObject{{QStringLiteral("entity"), QStringLiteral("orders")},
                                    {QStringLiteral("id"), orderId},
                                    {QStringLiteral("op"), QStringLiteral("upsert")},
                                    {QStringLiteral("row"), order}}}},
            {QStringLiteral("condition"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("provider_day")},
                         {QStringLiteral("provider_id"), provider},
                         {QStringLiteral("start_at"), start},
                         {QStringLiteral("end_at"), start + kHour},
                         {QStringLiteral("order_id"), orderId}}}};
}

QByteArray push(const QString &uid, qint64 auditSeq, const QJsonArray &mutations)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("store_uid"), uid},
                                     {QStringLiteral("epoch"), 1},
                                     {QStringLiteral("audit_head"),
                                      QJsonObject{{QStringLiteral("seq"), auditSeq},
                                                  {QStringLiteral("hash"), QStringLiteral("h%1").arg(auditSeq)}}},
                                     {QStringLiteral("mutations"), mutations}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject resultAt(const Reply &r, int i)
{
    return r.body.value(QStringLiteral("results")).toArray().at(i).toObject();
}

} // namespace

class TstTwoServers : public QObject
{
    Q_OBJECT

private:
    PgCluster m_cluster;

private slots:
    void initTestCase() { QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error())); }

    void oneBookingWinsAcrossTwoServers()
    {
        const QString conninfo = m_cluster.createDatabase(QStringLiteral("platform"));
        QVERIFY2(!conninfo.isEmpty(), qPrintable(m_cluster.error()));

        PgStorage storage1(conninfo), storage2(conninfo);
        storage1.addOffice({kA, QStringLiteral("Office A"), {}, 1}, {}, 0);
        storage1.addOffice({kB, QStringLiteral("Office B"), {}, 1}, {}, 0);
        SyncService server1(storage1, {}, QString()), server2(storage2, {}, QString());
        server1.setClock([] { return qint64(1796200000); });
        server2.setClock([] { return qint64(1796200000); });
        const QString uidA(32, u'a'), uidB(32, u'b');

        constexpr int Rounds = 25;
        int winsA = 0, winsB = 0;
        for (int round = 0; round < Rounds; ++round) {
            const qint64 day = (100 + round) * kDay + 9 * kHour;
            const qint64 mutationId = round + 1;
            // Each push books the shared provider, and also an office's own
            // provider: that part never meets the other office.
            const QByteArray bodyA = push(uidA, 10 * mutationId,
                                          {assignment(mutationId * 2 - 1, 10000 + round * 10, kSharedProvider, day),
                                           assignment(mutationId * 2, 10001 + round * 10, 601, day)});
            const QByteArray bodyB = push(uidB, 20 * mutationId,
                                          {assignment(mutationId * 2 - 1, 10005 + round * 10, kSharedProvider,
                                                      day + kHour / 2),
                                           assignment(mutationId * 2, 10006 + round * 10, 602, day)});
            Reply a, b;
            std::latch go(2);
            {
                std::jthread ta([&] {
                    go.arrive_and_wait();
                    a = server1.push(kA, bodyA);
                });
                std::jthread tb([&] {
                    go.arrive_and_wait();
                    b = server2.push(kB, bodyB);
                });
            }
            QCOMPARE(a.status, 200);
            QCOMPARE(b.status, 200);
            const QString statusA = resultAt(a, 0).value(QStringLiteral("status")).toString();
            const QString statusB = resultAt(b, 0).value(QStringLiteral("status")).toString();
            QVERIFY2((statusA == u"applied") != (statusB == u"applied"),
                     qPrintable(QStringLiteral("round %1: A %2, B %3").arg(round).arg(statusA, statusB)));
            const QJsonObject lost = statusA == u"applied" ? resultAt(b, 0) : resultAt(a, 0);
            const QString winner = statusA == u"applied" ? kA : kB;
            (statusA == u"applied" ? winsA : winsB)++;
            QCOMPARE(lost.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
            QCOMPARE(lost.value(QStringLiteral("reason")).toString(), QStringLiteral("provider_busy"));
            QCOMPARE(lost.value(QStringLiteral("conflict")).toObject().value(QStringLiteral("office")).toString(), winner);
            // Each office's own provider was booked whatever happened to the shared one.
            QCOMPARE(resultAt(a, 1).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
            QCOMPARE(resultAt(b, 1).value(QStringLiteral("status")).toString(), QStringLiteral("applied"));

            // Both servers hold the one booking.
            for (PgStorage *s : {&storage1, &storage2}) {
                auto tx = s->begin();
                const QList<StoredRow> held = tx->providerBookings(kSharedProvider, day - kHour, day + 2 * kHour, 0);
                QCOMPARE(held.size(), 1);
                QCOMPARE(held.first().owner, winner);
            }
        }
        qInfo("shared provider won by A %d times, by B %d times", winsA, winsB);

        // Every push's decisions and audit head, seen from either server.
        for (PgStorage *s : {&storage1, &storage2}) {
            const QList<OfficeStatus> status = s->status();
            QCOMPARE(status.size(), 2);
            QCOMPARE(status[0].office.code, kA);
            QCOMPARE(status[0].applied + status[0].rejected, 2 * Rounds);
            QCOMPARE(status[1].applied + status[1].rejected, 2 * Rounds);
            QCOMPARE(status[0].rejected + status[1].rejected, Rounds);
            QCOMPARE(status[0].auditSeq, 10 * Rounds);
            QCOMPARE(status[1].auditSeq, 20 * Rounds);
            QCOMPARE(status[1].auditHash, QStringLiteral("h%1").arg(20 * Rounds));
            QCOMPARE(s->lastMutationId({kB, QByteArray(16, '\xbb'), 1}), 2 * Rounds);
        }
    }

    // Two pushes that book the same two providers in opposite orders: A
    // books P then Q, B books Q then P. Were each provider locked as its
    // mutation came to it, the two transactions would wait on each other and
    // PostgreSQL would abort one as a deadlock (a 500, the batch sent again:
    // about half the rounds, each costing deadlock_timeout). The server locks
    // a batch's providers up front in one order, so one push waits for the
    // other: no 500, every provider ends with exactly one booking per slot,
    // and no mutation is decided twice.
    void crossedBookingsNeverDeadlock()
    {
        const QString conninfo = m_cluster.createDatabase(QStringLiteral("crossed"));
        QVERIFY2(!conninfo.isEmpty(), qPrintable(m_cluster.error()));
        PgStorage storage1(conninfo), storage2(conninfo);
        storage1.addOffice({kA, QStringLiteral("Office A"), {}, 1}, {}, 0);
        storage1.addOffice({kB, QStringLiteral("Office B"), {}, 1}, {}, 0);
        SyncService server1(storage1, {}, QString()), server2(storage2, {}, QString());
        const QString uidA(32, u'a'), uidB(32, u'b');
        constexpr qint64 P = 700, Q = 701;
        constexpr int Rounds = 25;
        int retries = 0;
        // As a console does: a 500 (or a dropped connection) means send the
        // same batch again.
        const auto pushUntilAnswered = [&](SyncService &server, const QString &office, const QByteArray &body,
                                           int &failed) {
            for (;;) {
                try {
                    Reply r = server.push(office, body);
                    if (r.status == 200)
                        return r;
                } catch (const std::exception &) {
                }
                ++failed;
            }
        };
        for (int round = 0; round < Rounds; ++round) {
            const qint64 day = (200 + round) * kDay + 9 * kHour;
            const qint64 m = round + 1;
            const QByteArray bodyA = push(uidA, m, {assignment(m * 2 - 1, 20000 + round * 10, P, day),
                                                    assignment(m * 2, 20001 + round * 10, Q, day)});
            const QByteArray bodyB = push(uidB, m, {assignment(m * 2 - 1, 20005 + round * 10, Q, day),
                                                    assignment(m * 2, 20006 + round * 10, P, day)});
            Reply a, b;
            int failedA = 0, failedB = 0;
            std::latch go(2);
            {
                std::jthread ta([&] {
                    go.arrive_and_wait();
                    a = pushUntilAnswered(server1, kA, bodyA, failedA);
                });
                std::jthread tb([&] {
                    go.arrive_and_wait();
                    b = pushUntilAnswered(server2, kB, bodyB, failedB);
                });
            }
            retries += failedA + failedB;
            int applied = 0;
            for (const Reply *r : {&a, &b}) {
                for (int i = 0; i < 2; ++i) {
                    const QString status = resultAt(*r, i).value(QStringLiteral("status")).toString();
                    QVERIFY2(status == u"applied" || resultAt(*r, i).value(QStringLiteral("reason")).toString() == u"provider_busy",
                             qPrintable(status));
                    applied += status == u"applied";
                }
            }
            QCOMPARE(applied, 2); // one booking of P, one of Q
            auto tx = storage2.begin();
            QCOMPARE(tx->providerBookings(P, day, day + kHour, 0).size(), 1);
            QCOMPARE(tx->providerBookings(Q, day, day + kHour, 0).size(), 1);
        }
        QCOMPARE(retries, 0);
        const QList<OfficeStatus> status = storage1.status();
        QCOMPARE(status[0].applied + status[0].rejected, 2 * Rounds); // nothing decided twice
        QCOMPARE(status[1].applied + status[1].rejected, 2 * Rounds);
    }

    // Consoles connected to one process hear what was committed through
    // another (PgNoticeListener): office A's console pushes to server 1, and
    // a console of A listening on server 2 is rung within 2 s through a
    // notice in the database. Server 1 rings its own consoles once (its own
    // notice is skipped); work for the committing process only (paying back
    // refunds) is not repeated elsewhere; a write that rolls back rings
    // nobody; a listener whose connection was cut comes back and rings every
    // office once, since notices sent meanwhile are lost.
    void commitsRingTheOtherProcessesConsoles()
    {
        const QString conninfo = m_cluster.createDatabase(QStringLiteral("notices"));
        QVERIFY2(!conninfo.isEmpty(), qPrintable(m_cluster.error()));
        PgStorage storage1(conninfo), storage2(conninfo);
        storage1.addOffice({kA, QStringLiteral("Office A"), {}, 1}, {}, 0);
        storage1.addOffice({kB, QStringLiteral("Office B"), {}, 1}, {}, 0);
        SyncService server1(storage1, {}, QString()), server2(storage2, {}, QString());

        struct Heard
        {
            QStringList audiences;
            QString origin;
        };
        QMutex mutex;
        QList<Heard> heard1, heard2;
        int heardByThisProcessOnly = 0;
        const auto into = [&mutex](QList<Heard> &list) {
            return [&mutex, &list](const QStringList &audiences, const QString &origin) {
                const QMutexLocker lock(&mutex);
                list.append({audiences, origin});
            };
        };
        const auto count = [&mutex](const QList<Heard> &list) {
            const QMutexLocker lock(&mutex);
            return list.size();
        };
        server1.addCommitListener(into(heard1));
        server2.addCommitListener(into(heard2));
        server2.addCommitListener(
            [&mutex, &heardByThisProcessOnly](const QStringList &, const QString &) {
                const QMutexLocker lock(&mutex);
                ++heardByThisProcessOnly;
            },
            AnnouncingStorage::Hears::ThisProcess);
        const auto listener1 = storage1.listenToOtherProcesses(
            [&server1](const QStringList &audiences, const QString &origin) { server1.heardFromOtherProcess(audiences, origin); });
        const auto listener2 = storage2.listenToOtherProcesses(
            [&server2](const QStringList &audiences, const QString &origin) { server2.heardFromOtherProcess(audiences, origin); });
        QTRY_VERIFY(listener1->listening() && listener2->listening());

        const QString uidA(32, u'a');
        const qint64 day = 300 * kDay + 9 * kHour;
        QCOMPARE(server1.push(kA, push(uidA, 1, {assignment(1, 30000, 601, day)})).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(count(heard2), 1, 2000);
        {
            const QMutexLocker lock(&mutex);
            QCOMPARE(heard2.first().origin, kA);
            QVERIFY2(heard2.first().audiences.contains(kA), qPrintable(heard2.first().audiences.join(u',')));
            QCOMPARE(heardByThisProcessOnly, 0);
        }
        QCOMPARE(count(heard1), 1); // rung at its own commit
        QTest::qWait(300);
        QCOMPARE(count(heard1), 1); // and not again by its own notice

        // Rolled back: nobody hears of it.
        {
            auto tx = server1.storage().begin();
            tx->putRow({QStringLiteral("orders"), 30001, kA, {{QStringLiteral("id"), 30001}}, false, {}}, kA, {kA});
        }
        QTest::qWait(500);
        QCOMPARE(count(heard2), 1);

        // The listening connection is cut (a database restart, a network
        // fault): it reconnects and rings every office once, then hears
        // the next commit as before.
        const int pid = listener2->backendPid();
        QVERIFY(pid > 0);
        {
            PgConnection admin(conninfo);
            admin.exec("SELECT pg_terminate_backend($1)", {pid});
        }
        QTRY_VERIFY_WITH_TIMEOUT(count(heard2) == 2 && listener2->listening(), 20000);
        QVERIFY(listener2->backendPid() != pid);
        {
            const QMutexLocker lock(&mutex);
            QCOMPARE(heard2.at(1).audiences, QStringList{QStringLiteral("*")});
        }
        QCOMPARE(server1.push(kA, push(uidA, 2, {assignment(2, 30002, 601, day + 2 * kHour)})).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(count(heard2), 3, 2000);
    }

    // Provider apps' doorbells connected to one process ring for job changes
    // committed through another: office A's console assigns provider 601 a
    // job through server 1, and server 2's job listeners (its doorbell,
    // http/provider_bell.h) hear 601 within 2 s, and only 601; a job of
    // provider 602 rings 602 there, not 601. Server 1 hears its own commit
    // once. A transaction touching more providers than one notice can name
    // rings them all, over several notices; a listener that was cut comes
    // back and rings every provider once.
    void jobChangesRingTheOtherProcessesBells()
    {
        const QString conninfo = m_cluster.createDatabase(QStringLiteral("bells"));
        QVERIFY2(!conninfo.isEmpty(), qPrintable(m_cluster.error()));
        PgStorage storage1(conninfo), storage2(conninfo);
        storage1.addOffice({kA, QStringLiteral("Office A"), {}, 1}, {}, 0);
        SyncService server1(storage1, {}, QString()), server2(storage2, {}, QString());

        QMutex mutex;
        QList<QList<qint64>> rung1, rung2; // what each server's job listeners heard, call by call
        const auto into = [&mutex](QList<QList<qint64>> &list) {
            return [&mutex, &list](const QList<qint64> &providers) {
                const QMutexLocker lock(&mutex);
                list.append(providers);
            };
        };
        const auto count = [&mutex](const QList<QList<qint64>> &list) {
            const QMutexLocker lock(&mutex);
            return list.size();
        };
        const auto ringsOf = [&mutex](const QList<QList<qint64>> &list, qint64 provider) {
            const QMutexLocker lock(&mutex);
            return int(std::count_if(list.cbegin(), list.cend(),
                                     [provider](const QList<qint64> &rung) { return rung.contains(provider); }));
        };
        server1.addJobListener(into(rung1));
        server2.addJobListener(into(rung2));
        const auto listen = [](PgStorage &storage, SyncService &server) {
            return storage.listenToOtherProcesses(
                [&server](const QStringList &audiences, const QString &origin) { server.heardFromOtherProcess(audiences, origin); },
                [&server](const QList<qint64> &providers) { server.heardJobsFromOtherProcess(providers); });
        };
        const auto listener1 = listen(storage1, server1);
        const auto listener2 = listen(storage2, server2);
        QTRY_VERIFY(listener1->listening() && listener2->listening());

        const QString uidA(32, u'a');
        const qint64 day = 400 * kDay + 9 * kHour;
        QCOMPARE(server1.push(kA, push(uidA, 1, {assignment(1, 40000, 601, day)})).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(count(rung2), 1, 2000);
        {
            const QMutexLocker lock(&mutex);
            QCOMPARE(rung2.first(), QList<qint64>{601});
            QCOMPARE(rung1, QList<QList<qint64>>{{601}}); // rung at its own commit
        }
        QCOMPARE(server1.push(kA, push(uidA, 2, {assignment(2, 40001, 602, day)})).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(count(rung2), 2, 2000);
        {
            const QMutexLocker lock(&mutex);
            QCOMPARE(rung2.at(1), QList<qint64>{602});
        }
        QTest::qWait(300);
        QCOMPARE(ringsOf(rung2, 601), 1); // 602's job did not ring 601
        QCOMPARE(count(rung1), 2);        // and server 1's own notices rang nothing there

        // 3,000 providers in one transaction: more ids than one 8000-byte
        // notice holds. Server 2 hears every one of them (and nobody else).
        constexpr int Many = 3000;
        constexpr qint64 FirstOfMany = 1'000'000;
        {
            auto tx = server1.storage().begin();
            for (int i = 0; i < Many; ++i) {
                const qint64 id = 50000 + i;
                tx->row(QStringLiteral("orders"), id);
                tx->putRow({QStringLiteral("orders"), id, kA,
                            {{QStringLiteral("id"), id},
                             {QStringLiteral("status"), QStringLiteral("assigned")},
                             {QStringLiteral("provider_id"), FirstOfMany + i},
                             {QStringLiteral("planned_start"), day + 3 * kHour},
                             {QStringLiteral("duration_min"), 60}},
                            false, {}},
                           kA, {kA});
            }
            tx->commit();
        }
        QList<qint64> heardMany;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QMutexLocker lock(&mutex);
                heardMany.clear();
                for (qsizetype i = 2; i < rung2.size(); ++i)
                    heardMany << rung2.at(i);
                return heardMany.size() >= Many;
            }(),
            5000);
        std::sort(heardMany.begin(), heardMany.end());
        QCOMPARE(heardMany.size(), Many);
        QCOMPARE(heardMany.first(), FirstOfMany);
        QCOMPARE(heardMany.last(), FirstOfMany + Many - 1);
        QVERIFY(std::adjacent_find(heardMany.cbegin(), heardMany.cend()) == heardMany.cend());
        const int afterMany = count(rung2);

        // The listening connection is cut: back, it rings every provider once.
        const int pid = listener2->backendPid();
        QVERIFY(pid > 0);
        {
            PgConnection admin(conninfo);
            admin.exec("SELECT pg_terminate_backend($1)", {pid});
        }
        QTRY_VERIFY_WITH_TIMEOUT(count(rung2) == afterMany + 1 && listener2->listening(), 20000);
        {
            const QMutexLocker lock(&mutex);
            QCOMPARE(rung2.last(), QList<qint64>{kEveryProvider});
        }
        QCOMPARE(server1.push(kA, push(uidA, 3, {assignment(3, 40002, 601, day + 5 * kHour)})).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(ringsOf(rung2, 601), 2, 2000);
    }

    // Each jobs notice stays under PostgreSQL's 8000-byte NOTIFY limit, and
    // together they name every provider once.
    void jobsNoticesSplitUnderTheLimit()
    {
        QList<qint64> providers;
        for (qint64 id = 1; id <= 5000; ++id)
            providers << id * 1'000'003;
        const QByteArray tag(16, 'x');
        const QList<QByteArray> payloads = PgNoticeListener::jobsPayloads(tag, providers);
        QVERIFY(payloads.size() > 1);
        QList<qint64> heard;
        for (const QByteArray &payload : payloads) {
            QVERIFY2(payload.size() < 8000, qPrintable(QString::number(payload.size())));
            const PgNoticeListener::Parsed p = PgNoticeListener::parse(payload);
            QCOMPARE(p.instanceTag, tag);
            QVERIFY(p.audiences.isEmpty()); // not an offices notice: no console rings for it
            heard << p.providers;
        }
        QCOMPARE(heard, providers);
        QCOMPARE(PgNoticeListener::jobsPayloads(tag, {7}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstTwoServers)
#include "tst_twoservers.moc"
