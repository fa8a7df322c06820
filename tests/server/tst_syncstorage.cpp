// One suite for every SyncStorage backend (storage_backends.cpp lists them):
// what the sync server relies on a backend for, observed through the
// interface only. The cases at the end are PostgreSQL's own: commits out of
// sequence order, and two server processes on one database.

#include "http/sync_http_server.h"
#include "pg_connection.h"
#include "storage/announcing_storage.h"
#include "storage_backends.h"

#include <QCryptographicHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <latch>
#include <mutex>
#include <thread>

using namespace doorstep::server;
using doorstep::tests::BackendFixture;

namespace {

QByteArray hashOf(const char *code)
{
    return QCryptographicHash::hash(code, QCryptographicHash::Sha256);
}

OfficeInfo officeInfo(const QString &code, const QStringList &districts = {})
{
    return OfficeInfo{code, QStringLiteral("Office ") + code, districts, 1000};
}

StoredRow customer(qint64 id, const QString &name)
{
    return StoredRow{QStringLiteral("customers"), id, QStringLiteral("shared"),
                     QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}}, false};
}

StoredRow order(qint64 id, const QString &office, qint64 providerId, qint64 start, int minutes,
                const QString &status = QStringLiteral("assigned"))
{
    return StoredRow{QStringLiteral("orders"), id, office,
                     QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("provider_id"), providerId},
                                 {QStringLiteral("planned_start"), start},
                                 {QStringLiteral("duration_min"), minutes},
                                 {QStringLiteral("status"), status}},
                     false};
}

void put(SyncStorage &s, const StoredRow &row, const QString &origin, const QStringList &audiences)
{
    auto tx = s.begin();
    tx->putRow(row, origin, audiences);
    tx->commit();
}

QList<qint64> idsOf(const ChangePage &page)
{
    QList<qint64> ids;
    for (const ChangeEntry &c : page.changes)
        ids.append(c.id);
    return ids;
}

// Pages until nothing more; every id in the order received.
QList<qint64> pullAll(SyncStorage &s, const QString &office, QByteArray &cursor, int limit)
{
    QList<qint64> ids;
    for (int guard = 0; guard < 1000; ++guard) {
        const ChangePage page = s.changesSince(office, cursor, limit);
        if (page.changes.size() > limit)
            return {-1};
        ids += idsOf(page);
        cursor = page.cursor;
        if (!page.more)
            break;
    }
    return ids;
}

MutationKey keyOf(const QString &office, char uidByte = 'a', qint64 epoch = 1)
{
    return MutationKey{office, QByteArray(16, uidByte), epoch};
}

} // namespace

class TstSyncStorage : public QObject
{
    Q_OBJECT

private:
    BackendFixture &fixture();
    bool isPostgres() const;

    std::map<QString, std::unique_ptr<BackendFixture>> m_fixtures;
    std::unique_ptr<SyncStorage> m_storage;
    QString m_backend;

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();

    void enrollmentCodeWorksOnceAndExpires();
    void certificates();
    void officesGetUniqueNodes();
    void provenanceAndAppendedChanges();
    void mutationsDecidedExactlyOnce();
    void rolledBackTransactionLeavesNothing();
    void changesByAudience();
    void changesPagedWithCursor();
    void heavyRowsEndAPageEarly();
    void tombstones();
    void rowWithoutAudienceIsStoredNotLogged();
    void platformRowsByNaturalKey();
    void providerBookingsOverlap();
    void concurrentBookingsOneWins();
    void concurrentWritersAndReaderLoseNothing();
    void statusCounters();
    void apiWorkersFollowTheStoresConcurrency();
    void malformedCursorIsRefused();
    void failedStatementFailsTheWholeTransaction();
    void apiKeysExpireAreRevokedAndUsedOnce();
    void rowsOfListsLiveRowsOfOneEntity();
    void idempotencyKeysAreClaimedOnceAndExpire();

    // PostgreSQL's own.
    void outOfOrderCommitIsNotSkipped();
    void lateRowsBelowTheHighWaterMarkArePaged();
    void twoServersContendOnOneProvider();
    void twoServersGiveDistinctNodes();
    void newestVersionOfARowArrivesLast();
    void twoServersUseOneCodeOnce();
};

BackendFixture &TstSyncStorage::fixture()
{
    return *m_fixtures.at(m_backend);
}

bool TstSyncStorage::isPostgres() const
{
    return m_backend == u"postgresql";
}

void TstSyncStorage::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    for (const QString &name : doorstep::tests::backendNames())
        QTest::newRow(name.toUtf8().constData()) << name;
}

void TstSyncStorage::initTestCase()
{
    for (const QString &name : doorstep::tests::backendNames()) {
        std::unique_ptr<BackendFixture> f = doorstep::tests::makeBackend(name);
        QVERIFY2(f, qPrintable(QStringLiteral("no fixture for backend %1").arg(name)));
        QString error;
        QVERIFY2(f->setUp(&error), qPrintable(QStringLiteral("backend %1: %2").arg(name, error)));
        m_fixtures[name] = std::move(f);
    }
}

void TstSyncStorage::init()
{
    QFETCH_GLOBAL(QString, backend);
    m_backend = backend;
    m_storage = fixture().fresh();
    QVERIFY(m_storage);
}

void TstSyncStorage::cleanup()
{
    m_storage.reset();
}

void TstSyncStorage::enrollmentCodeWorksOnceAndExpires()
{
    SyncStorage &s = *m_storage;
    s.addOffice(officeInfo(QStringLiteral("SH-XH"), {QStringLiteral("310104")}), hashOf("code-1"), 5000);
    s.addOffice(officeInfo(QStringLiteral("SH-PD")), hashOf("code-2"), 5000);

    QCOMPARE(s.offices().size(), 2);
    QCOMPARE(s.office(QStringLiteral("SH-XH"))->districts, QStringList{QStringLiteral("310104")});
    QVERIFY(!s.office(QStringLiteral("NOPE")));

    const auto redeemed = s.redeemCode(hashOf("code-1"), 4000);
    QVERIFY(redeemed);
    QCOMPARE(redeemed->code, QStringLiteral("SH-XH"));
    QCOMPARE(redeemed->name, QStringLiteral("Office SH-XH"));
    QVERIFY2(!s.redeemCode(hashOf("code-1"), 4001), "a code works once");
    QVERIFY2(!s.redeemCode(hashOf("code-2"), 6000), "an expired code is refused");
    QVERIFY2(!s.redeemCode(hashOf("unknown"), 100), "an unknown code is refused");

    // Adding the office again issues a new code; the office stays one.
    s.addOffice(officeInfo(QStringLiteral("SH-PD")), hashOf("code-3"), 9000);
    QCOMPARE(s.offices().size(), 2);
    QCOMPARE(s.redeemCode(hashOf("code-3"), 6000)->code, QStringLiteral("SH-PD"));

    // A new code replaces the one that was lost: the old one stops working.
    s.addOffice(officeInfo(QStringLiteral("SH-JA")), hashOf("lost"), 9000);
    s.addOffice(officeInfo(QStringLiteral("SH-JA")), hashOf("reissued"), 9000);
    QVERIFY2(!s.redeemCode(hashOf("lost"), 100), "a replaced code is refused");
    QCOMPARE(s.redeemCode(hashOf("reissued"), 100)->code, QStringLiteral("SH-JA"));
}

// Each office's consoles mint ids on a node of its own: the server hands
// them out, the smallest free first, and an office added again keeps its.
void TstSyncStorage::officesGetUniqueNodes()
{
    SyncStorage &s = *m_storage;
    s.addOffice(officeInfo(QStringLiteral("A")), hashOf("a"), 9000);
    s.addOffice(officeInfo(QStringLiteral("B")), hashOf("b"), 9000);
    s.addOffice(officeInfo(QStringLiteral("C")), hashOf("c"), 9000);
    QCOMPARE(s.office(QStringLiteral("A"))->node, 1);
    QCOMPARE(s.office(QStringLiteral("B"))->node, 2);
    QCOMPARE(s.office(QStringLiteral("C"))->node, 3);
    s.addOffice(officeInfo(QStringLiteral("B")), hashOf("b2"), 9000); // a lost code, reissued
    QCOMPARE(s.office(QStringLiteral("B"))->node, 2);
    QCOMPARE(s.redeemCode(hashOf("b2"), 100)->node, 2);
    QSet<int> nodes;
    for (const OfficeInfo &o : s.offices())
        nodes.insert(o.node);
    QCOMPARE(nodes, (QSet<int>{1, 2, 3}));
}

// A shared row keeps who sent it first and who wrote each field; an
// appended change reaches its audience only and leaves the row alone.
void TstSyncStorage::provenanceAndAppendedChanges()
{
    SyncStorage &s = *m_storage;
    StoredRow row = customer(7, QStringLiteral("王芳"));
    row.provenance = {{QStringLiteral("created_by"), QStringLiteral("A")},
                      {QStringLiteral("fields"), QJsonObject{{QStringLiteral("name"), QStringLiteral("B")}}}};
    put(s, row, QStringLiteral("B"), {QStringLiteral("*")});
    auto tx = s.begin();
    QCOMPARE(tx->row(QStringLiteral("customers"), 7)->provenance, row.provenance);
    tx->appendChange({QStringLiteral("conflicts"), 7, false, QJsonObject{{QStringLiteral("kind"), QStringLiteral("x")}},
                      QStringLiteral("C")},
                     {QStringLiteral("A")});
    tx->commit();
    QCOMPARE(s.changesSince(QStringLiteral("A"), {}, 10).changes.size(), 2);
    const ChangePage b = s.changesSince(QStringLiteral("B"), {}, 10);
    QCOMPARE(b.changes.size(), 1);
    QCOMPARE(b.changes.first().entity, QStringLiteral("customers"));
    auto check = s.begin();
    QCOMPARE(check->row(QStringLiteral("customers"), 7)->row.value(QStringLiteral("name")).toString(), QStringLiteral("王芳"));
    QVERIFY(!check->row(QStringLiteral("conflicts"), 7));
}

void TstSyncStorage::certificates()
{
    SyncStorage &s = *m_storage;
    s.addOffice(officeInfo(QStringLiteral("A")), {}, 0);
    s.addOffice(officeInfo(QStringLiteral("B")), {}, 0);
    const QByteArray serial1("\x01\x02\x00\xff", 4), serial2("\x07", 1), serial3("\x08", 1);
    s.recordCertificate(QStringLiteral("A"), serial1, 10000, 100);
    s.recordCertificate(QStringLiteral("A"), serial2, 10000, 100);
    s.recordCertificate(QStringLiteral("B"), serial3, 10000, 100);

    QVERIFY(s.certificateValid(QStringLiteral("A"), serial1, 5000));
    QVERIFY2(!s.certificateValid(QStringLiteral("B"), serial1, 5000), "issued to another office");
    QVERIFY2(!s.certificateValid(QStringLiteral("A"), QByteArray("\x09", 1), 5000), "never issued");
    QVERIFY2(s.certificateValid(QStringLiteral("A"), serial1, 10000), "notAfter is the last valid second");
    QVERIFY2(!s.certificateValid(QStringLiteral("A"), serial1, 10001), "expired");

    s.revokeCertificate(serial2, 200);
    QVERIFY2(!s.certificateValid(QStringLiteral("A"), serial2, 5000), "revoked");
    QVERIFY2(s.certificateValid(QStringLiteral("A"), serial1, 5000), "revoking one leaves the other");
    QVERIFY(s.certificateValid(QStringLiteral("B"), serial3, 5000));
}

void TstSyncStorage::mutationsDecidedExactlyOnce()
{
    SyncStorage &s = *m_storage;
    s.addOffice(officeInfo(QStringLiteral("A")), {}, 0);
    const MutationKey key = keyOf(QStringLiteral("A"));
    QCOMPARE(s.lastMutationId(key), 0);

    {
        auto tx = s.begin();
        QCOMPARE(tx->lockMutations(key), 0);
        tx->putRow(customer(1, QStringLiteral("Li")), QStringLiteral("A"), {QStringLiteral("*")});
        tx->recordMutation(key, 5101, true, {}, 100);
        tx->commit();
    }
    {
        auto tx = s.begin();
        QCOMPARE(tx->lockMutations(key), 5101);
        tx->recordMutation(key, 5102, false, QStringLiteral("provider_busy"), 101);
        tx->commit();
    }
    QCOMPARE(s.lastMutationId(key), 5102);
    {
        // A committed transaction is over, whatever the object's lifetime:
        // another one may begin while it still exists.
        auto done = s.begin();
        done->commit();
        QVERIFY_THROWS_EXCEPTION(std::logic_error, done->row(QStringLiteral("customers"), 1));
        auto next = s.begin();
        QCOMPARE(next->lockMutations(key), 5102);
    }
    // The same store under a new epoch (restored from a backup) starts again;
    // so does another store of the same office.
    QCOMPARE(s.lastMutationId(keyOf(QStringLiteral("A"), 'a', 2)), 0);
    QCOMPARE(s.lastMutationId(keyOf(QStringLiteral("A"), 'b', 1)), 0);

    // A retried mutation whose transaction rolled back changed nothing.
    {
        auto tx = s.begin();
        QCOMPARE(tx->lockMutations(key), 5102);
        tx->recordMutation(key, 5103, true, {}, 102);
    }
    QCOMPARE(s.lastMutationId(key), 5102);

    const QList<OfficeStatus> status = s.status();
    QCOMPARE(status.size(), 1);
    QCOMPARE(status[0].applied, 1);
    QCOMPARE(status[0].rejected, 1);
}

void TstSyncStorage::rolledBackTransactionLeavesNothing()
{
    SyncStorage &s = *m_storage;
    {
        auto tx = s.begin();
        tx->putRow(customer(7, QStringLiteral("Wang")), QStringLiteral("A"), {QStringLiteral("*")});
        QCOMPARE(tx->row(QStringLiteral("customers"), 7)->row.value(u"name").toString(), QStringLiteral("Wang"));
    }
    auto tx = s.begin();
    QVERIFY(!tx->row(QStringLiteral("customers"), 7));
    QVERIFY(s.changesSince(QStringLiteral("A"), {}, 10).changes.isEmpty());
}

void TstSyncStorage::changesByAudience()
{
    SyncStorage &s = *m_storage;
    put(s, customer(1, QStringLiteral("everyone")), QStringLiteral("A"), {QStringLiteral("*")});
    put(s, order(2, QStringLiteral("A"), 0, 0, 60), QStringLiteral("A"), {QStringLiteral("A")});
    put(s, order(3, QStringLiteral("B"), 0, 0, 60), QStringLiteral("B"), {QStringLiteral("B")});
    put(s, order(4, QStringLiteral("B"), 0, 0, 60), QStringLiteral("B"), {QStringLiteral("A"), QStringLiteral("B")});
    // "*" together with a code still reaches that office once.
    put(s, customer(5, QStringLiteral("twice?")), QStringLiteral("B"), {QStringLiteral("*"), QStringLiteral("A")});

    const ChangePage a = s.changesSince(QStringLiteral("A"), {}, 100);
    QCOMPARE(idsOf(a), (QList<qint64>{1, 2, 4, 5}));
    QVERIFY(!a.more);
    QCOMPARE(a.changes[0].office, QStringLiteral("A"));
    QCOMPARE(a.changes[0].entity, QStringLiteral("customers"));
    QCOMPARE(a.changes[0].row.value(u"name").toString(), QStringLiteral("everyone"));
    QCOMPARE(a.changes[2].office, QStringLiteral("B"));
    QCOMPARE(idsOf(s.changesSince(QStringLiteral("B"), {}, 100)), (QList<qint64>{1, 3, 4, 5}));
    QCOMPARE(idsOf(s.changesSince(QStringLiteral("C"), {}, 100)), (QList<qint64>{1, 5}));
}

void TstSyncStorage::changesPagedWithCursor()
{
    SyncStorage &s = *m_storage;
    for (qint64 id = 1; id <= 7; ++id)
        put(s, customer(id, QStringLiteral("c%1").arg(id)), QStringLiteral("A"), {QStringLiteral("*")});

    QByteArray cursor;
    ChangePage page = s.changesSince(QStringLiteral("A"), cursor, 3);
    QCOMPARE(idsOf(page), (QList<qint64>{1, 2, 3}));
    QVERIFY(page.more);
    page = s.changesSince(QStringLiteral("A"), page.cursor, 3);
    QCOMPARE(idsOf(page), (QList<qint64>{4, 5, 6}));
    QVERIFY(page.more);
    const QByteArray afterSix = page.cursor;
    page = s.changesSince(QStringLiteral("A"), afterSix, 3);
    QCOMPARE(idsOf(page), QList<qint64>{7});
    QVERIFY(!page.more);
    cursor = page.cursor;
    QVERIFY(s.changesSince(QStringLiteral("A"), cursor, 3).changes.isEmpty());

    // A page asked again with the same cursor (the reply was lost) is the same page.
    QCOMPARE(idsOf(s.changesSince(QStringLiteral("A"), afterSix, 3)), QList<qint64>{7});

    // An update is a new change; the cursor picks up only what came after it.
    put(s, customer(2, QStringLiteral("renamed")), QStringLiteral("B"), {QStringLiteral("*")});
    page = s.changesSince(QStringLiteral("A"), cursor, 3);
    QCOMPARE(idsOf(page), QList<qint64>{2});
    QCOMPARE(page.changes[0].row.value(u"name").toString(), QStringLiteral("renamed"));
    QVERIFY(s.changesSince(QStringLiteral("A"), page.cursor, 3).changes.isEmpty());
}

// Credential scans travel in their rows: a page stops once its rows pass
// kMaxChangePageBytes (never before its first row), with more, and the next
// page goes on from there, nothing skipped or repeated.
void TstSyncStorage::heavyRowsEndAPageEarly()
{
    SyncStorage &s = *m_storage;
    const QString heavy(int(kMaxChangePageBytes / 2) + 1024, QLatin1Char('A'));
    for (qint64 id = 1; id <= 3; ++id)
        put(s, customer(id, heavy), QStringLiteral("A"), {QStringLiteral("*")});
    put(s, customer(4, QStringLiteral("light")), QStringLiteral("A"), {QStringLiteral("*")});

    ChangePage page = s.changesSince(QStringLiteral("A"), {}, 100);
    QCOMPARE(idsOf(page), (QList<qint64>{1, 2}));
    QVERIFY(page.more);
    QCOMPARE(page.changes[1].row.value(u"name").toString().size(), heavy.size());
    page = s.changesSince(QStringLiteral("A"), page.cursor, 100);
    QCOMPARE(idsOf(page), (QList<qint64>{3, 4}));
    QVERIFY(!page.more);
    // One row heavier than a page is a page of its own.
    put(s, customer(5, heavy + heavy), QStringLiteral("A"), {QStringLiteral("*")});
    put(s, customer(6, QStringLiteral("after")), QStringLiteral("A"), {QStringLiteral("*")});
    const QByteArray cursor = page.cursor;
    page = s.changesSince(QStringLiteral("A"), cursor, 100);
    QCOMPARE(idsOf(page), QList<qint64>{5});
    QVERIFY(page.more);
    QCOMPARE(idsOf(s.changesSince(QStringLiteral("A"), page.cursor, 100)), QList<qint64>{6});
}

void TstSyncStorage::tombstones()
{
    SyncStorage &s = *m_storage;
    const StoredRow item{QStringLiteral("service_items"), 40, QStringLiteral("platform"),
                         QJsonObject{{QStringLiteral("id"), 40}, {QStringLiteral("code"), QStringLiteral("CLEAN-2H")}},
                         false};
    put(s, item, QStringLiteral("platform"), {QStringLiteral("*")});
    QByteArray cursor;
    QCOMPARE(pullAll(s, QStringLiteral("A"), cursor, 10), QList<qint64>{40});

    StoredRow gone = item;
    gone.deleted = true;
    gone.row = {};
    put(s, gone, QStringLiteral("platform"), {QStringLiteral("*")});

    const ChangePage page = s.changesSince(QStringLiteral("A"), cursor, 10);
    QCOMPARE(page.changes.size(), 1);
    QCOMPARE(page.changes[0].id, 40);
    QVERIFY(page.changes[0].deleted);

    auto tx = s.begin();
    const auto stored = tx->row(QStringLiteral("service_items"), 40);
    QVERIFY(stored);
    QVERIFY(stored->deleted);
    QVERIFY2(!tx->platformIdByKey(QStringLiteral("service_items"), QStringLiteral("CLEAN-2H")),
             "a deleted platform row no longer matches by code");
}

void TstSyncStorage::rowWithoutAudienceIsStoredNotLogged()
{
    SyncStorage &s = *m_storage;
    put(s, customer(3, QStringLiteral("nobody told")), QStringLiteral("A"), {});
    auto tx = s.begin();
    QCOMPARE(tx->row(QStringLiteral("customers"), 3)->row.value(u"name").toString(), QStringLiteral("nobody told"));
    QVERIFY(s.changesSince(QStringLiteral("A"), {}, 10).changes.isEmpty());
}

void TstSyncStorage::platformRowsByNaturalKey()
{
    SyncStorage &s = *m_storage;
    const auto platformRow = [](const QString &entity, qint64 id, const QJsonObject &row) {
        return StoredRow{entity, id, QStringLiteral("platform"), row, false};
    };
    auto tx = s.begin();
    tx->putRow(platformRow(QStringLiteral("service_items"), 456, {{QStringLiteral("code"), QStringLiteral("AC-FIX")}}),
               QStringLiteral("platform"), {QStringLiteral("*")});
    tx->putRow(platformRow(QStringLiteral("districts"), 7, {{QStringLiteral("adcode"), QStringLiteral("310104")}}),
               QStringLiteral("platform"), {QStringLiteral("*")});
    tx->putRow(platformRow(QStringLiteral("sla_policies"), 9,
                           {{QStringLiteral("category"), QStringLiteral("quality")},
                            {QStringLiteral("severity"), QStringLiteral("high")}}),
               QStringLiteral("platform"), {QStringLiteral("*")});
    tx->putRow(platformRow(QStringLiteral("holiday_calendars"), 2026, {{QStringLiteral("year"), 2026}}),
               QStringLiteral("platform"), {QStringLiteral("*")});
    // An office's own row with a code is not the platform's.
    tx->putRow(StoredRow{QStringLiteral("service_items"), 999, QStringLiteral("A"),
                         {{QStringLiteral("code"), QStringLiteral("LOCAL")}}, false},
               QStringLiteral("A"), {QStringLiteral("A")});
    tx->commit();

    auto rtx = s.begin();
    QCOMPARE(rtx->platformIdByKey(QStringLiteral("service_items"), QStringLiteral("AC-FIX")), 456);
    QCOMPARE(rtx->platformIdByKey(QStringLiteral("districts"), QStringLiteral("310104")), 7);
    QCOMPARE(rtx->platformIdByKey(QStringLiteral("sla_policies"), QStringLiteral("quality|high")), 9);
    QCOMPARE(rtx->platformIdByKey(QStringLiteral("holiday_calendars"), QStringLiteral("2026")), 2026);
    QVERIFY(!rtx->platformIdByKey(QStringLiteral("service_items"), QStringLiteral("LOCAL")));
    QVERIFY(!rtx->platformIdByKey(QStringLiteral("service_items"), QStringLiteral("NONE")));
    QVERIFY2(!rtx->platformIdByKey(QStringLiteral("courses"), QStringLiteral("AC-FIX")), "keys are per entity");
}

void TstSyncStorage::providerBookingsOverlap()
{
    SyncStorage &s = *m_storage;
    const qint64 p = 42, h = 3600, day = 100 * 86400;
    auto tx = s.begin();
    tx->putRow(order(1, QStringLiteral("A"), p, day + 9 * h, 120), QStringLiteral("A"), {QStringLiteral("A")}); // 9-11
    tx->putRow(order(2, QStringLiteral("B"), p, day + 14 * h, 60), QStringLiteral("B"), {QStringLiteral("B")}); // 14-15
    tx->putRow(order(3, QStringLiteral("A"), p, day + 12 * h, 60, QStringLiteral("cancelled")), QStringLiteral("A"),
               {QStringLiteral("A")});
    tx->putRow(order(4, QStringLiteral("A"), 43, day + 9 * h, 60), QStringLiteral("A"), {QStringLiteral("A")});
    tx->commit();

    const auto ids = [](const QList<StoredRow> &rows) {
        QList<qint64> out;
        for (const StoredRow &r : rows)
            out.append(r.id);
        return out;
    };
    auto r = s.begin();
    QCOMPARE(ids(r->providerBookings(p, day + 10 * h, day + 11 * h, 99)), QList<qint64>{1});
    QCOMPARE(ids(r->providerBookings(p, day + 8 * h, day + 15 * h, 99)), (QList<qint64>{1, 2}));
    QVERIFY2(r->providerBookings(p, day + 11 * h, day + 14 * h, 99).isEmpty(), "[start, end): touching is free");
    QVERIFY2(r->providerBookings(p, day + 12 * h, day + 13 * h, 99).isEmpty(), "a cancelled order books nobody");
    QVERIFY2(r->providerBookings(p, day + 9 * h, day + 10 * h, 1).isEmpty(), "the order itself is not a conflict");
    QCOMPARE(r->providerBookings(p, day + 14 * h, day + 15 * h, 99).at(0).owner, QStringLiteral("B"));
    r.reset();

    // Unassigning an order frees the provider.
    StoredRow unassigned = order(2, QStringLiteral("B"), p, day + 14 * h, 60);
    unassigned.row.remove(QStringLiteral("provider_id"));
    put(s, unassigned, QStringLiteral("B"), {QStringLiteral("B")});
    auto r2 = s.begin();
    QVERIFY(r2->providerBookings(p, day + 14 * h, day + 15 * h, 99).isEmpty());
}

void TstSyncStorage::concurrentBookingsOneWins()
{
    // Two offices book one provider for overlapping times at once, each in a
    // thread of its own (and, where the backend allows, through a second
    // server instance): whatever the interleaving, one booking stands.
    std::unique_ptr<SyncStorage> secondInstance = fixture().second();
    SyncStorage &s1 = *m_storage;
    SyncStorage &s2 = secondInstance ? *secondInstance : *m_storage;
    const qint64 provider = 77, start = 50 * 86400;
    int booked = 0;
    QString failure;
    std::mutex mutex;
    const auto book = [&](std::latch &go, SyncStorage &s, qint64 orderId, qint64 from) {
        try {
            go.arrive_and_wait();
            auto tx = s.begin();
            tx->lockProvider(provider);
            if (tx->providerBookings(provider, from, from + 3600, orderId).isEmpty()) {
                tx->putRow(order(orderId, QStringLiteral("X"), provider, from, 60), QStringLiteral("X"),
                           {QStringLiteral("X")});
                tx->commit();
                std::lock_guard lock(mutex);
                ++booked;
            }
        } catch (const std::exception &e) {
            std::lock_guard lock(mutex);
            failure = QString::fromUtf8(e.what());
        }
    };
    for (int round = 0; round < 20; ++round) {
        booked = 0;
        const qint64 from = start + round * 86400;
        std::latch go(2);
        std::jthread a(book, std::ref(go), std::ref(s1), 1000 + round * 2, from);
        std::jthread b(book, std::ref(go), std::ref(s2), 1001 + round * 2, from + 1800);
        a.join();
        b.join();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(booked, 1);
        auto check = s1.begin();
        QCOMPARE(check->providerBookings(provider, from, from + 7200, 0).size(), 1);
    }
}

void TstSyncStorage::concurrentWritersAndReaderLoseNothing()
{
    // Writers (half through a second server instance where the backend has
    // one) commit, and now and then roll back, small transactions on shared
    // rows while a reader pages through the changes. Every committed version
    // arrives exactly once, nothing rolled back arrives, and the last version
    // of each row to arrive is the one stored.
    std::unique_ptr<SyncStorage> secondInstance = fixture().second();
    SyncStorage &s1 = *m_storage;
    SyncStorage &s2 = secondInstance ? *secondInstance : *m_storage;
    constexpr int Writers = 4, Transactions = 40, Rows = 12;
    std::mutex mutex;
    QSet<QString> committed;
    QString failure;
    std::atomic<int> running{Writers};
    const auto writer = [&](int w) {
        SyncStorage &s = w % 2 ? s2 : s1;
        QRandomGenerator rng(quint32(w + 1));
        try {
            for (int t = 0; t < Transactions; ++t) {
                QList<qint64> ids;
                const int n = 1 + int(rng.bounded(3));
                while (ids.size() < n) {
                    const qint64 id = 1 + rng.bounded(Rows);
                    if (!ids.contains(id))
                        ids.append(id);
                }
                std::sort(ids.begin(), ids.end()); // one lock order: no deadlocks
                auto tx = s.begin();
                QStringList versions;
                for (qint64 id : ids) {
                    const QString version = QStringLiteral("w%1.t%2.r%3").arg(w).arg(t).arg(id);
                    tx->putRow(customer(id, version), QStringLiteral("W"), {QStringLiteral("*")});
                    versions.append(version);
                }
                if (rng.bounded(5) == 0)
                    continue; // rolled back by the destructor
                tx->commit();
                std::lock_guard lock(mutex);
                for (const QString &v : versions)
                    committed.insert(v);
            }
        } catch (const std::exception &e) {
            std::lock_guard lock(mutex);
            failure = QString::fromUtf8(e.what());
        }
        --running;
    };

    QStringList delivered;
    QMap<qint64, QString> lastSeen;
    QByteArray cursor;
    const auto take = [&](const ChangePage &page) {
        for (const ChangeEntry &c : page.changes) {
            const QString version = c.row.value(u"name").toString();
            delivered.append(version);
            lastSeen[c.id] = version;
        }
        cursor = page.cursor;
    };
    {
        std::vector<std::jthread> threads;
        for (int w = 0; w < Writers; ++w)
            threads.emplace_back(writer, w);
        while (running > 0)
            take(s1.changesSince(QStringLiteral("R"), cursor, 7));
    }
    for (bool more = true; more;) { // what the last pages still had
        const ChangePage page = s1.changesSince(QStringLiteral("R"), cursor, 7);
        take(page);
        more = page.more;
    }
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const QSet<QString> deliveredSet(delivered.begin(), delivered.end());
    QCOMPARE(delivered.size(), deliveredSet.size()); // nothing twice
    const QStringList lost = (committed - deliveredSet).values();
    const QStringList foreign = (deliveredSet - committed).values();
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("%1 of %2 committed versions never arrived, e.g. %3")
                                            .arg(lost.size())
                                            .arg(committed.size())
                                            .arg(lost.mid(0, 5).join(u' '))));
    QVERIFY2(foreign.isEmpty(), qPrintable(QStringLiteral("rolled back but delivered: %1").arg(foreign.join(u' '))));
    auto tx = s1.begin();
    for (auto it = lastSeen.cbegin(); it != lastSeen.cend(); ++it)
        QCOMPARE(tx->row(QStringLiteral("customers"), it.key())->row.value(u"name").toString(), it.value());
}

void TstSyncStorage::apiWorkersFollowTheStoresConcurrency()
{
    // The server's listeners see the store through AnnouncingStorage. The
    // embedded store runs one transaction at a time, so the apps' API keeps
    // two workers (more would queue on its lock); PostgreSQL's pool of 16
    // runs several, and the API gets half of it (a whole day of the
    // simulator on PostgreSQL: p99 5.0 s with 8, 9.3 and 10.6 s with 2).
    AnnouncingStorage announcing(*m_storage);
    QCOMPARE(announcing.concurrentTransactions(), isPostgres() ? PgPool::Options{}.maxConnections : 1);
    using Kind = http::SyncHttpServer::Kind;
    QCOMPARE(http::SyncHttpServer::workersFor(Kind::Enrollment, announcing), isPostgres() ? 8 : 2);
    QCOMPARE(http::SyncHttpServer::workersFor(Kind::Sync, announcing), 4);
}

void TstSyncStorage::statusCounters()
{
    SyncStorage &s = *m_storage;
    s.addOffice(officeInfo(QStringLiteral("A")), {}, 0);
    s.addOffice(officeInfo(QStringLiteral("B")), {}, 0);
    const auto decide = [&](const MutationKey &key, qint64 id, bool applied) {
        auto tx = s.begin();
        tx->lockMutations(key);
        tx->recordMutation(key, id, applied, applied ? QString() : QStringLiteral("not_owner"), 100);
        tx->commit();
    };
    decide(keyOf(QStringLiteral("A")), 1, true);
    decide(keyOf(QStringLiteral("A")), 2, true);
    decide(keyOf(QStringLiteral("A")), 3, false);
    decide(keyOf(QStringLiteral("A"), 'a', 2), 1, true); // after a restore: counted for the office too
    s.touch(QStringLiteral("A"), 500);
    s.touch(QStringLiteral("A"), 400); // an older round finishing late does not move it back
    s.recordAuditHead(QStringLiteral("A"), 10, QStringLiteral("h10"), 450);
    s.recordAuditHead(QStringLiteral("A"), 12, QStringLiteral("h12"), 460);
    // The anchor only moves forward: a retried push with an older head
    // arriving last, or another hash at the same seq, does not replace it.
    s.recordAuditHead(QStringLiteral("A"), 11, QStringLiteral("h11"), 470);
    s.recordAuditHead(QStringLiteral("A"), 12, QStringLiteral("rewritten"), 480);

    const QList<OfficeStatus> status = s.status();
    QCOMPARE(status.size(), 2);
    const OfficeStatus &a = status[0].office.code == u"A" ? status[0] : status[1];
    const OfficeStatus &b = status[0].office.code == u"A" ? status[1] : status[0];
    QCOMPARE(a.applied, 3);
    QCOMPARE(a.rejected, 1);
    QCOMPARE(a.lastSyncAt, 500);
    QCOMPARE(a.auditSeq, 12);
    QCOMPARE(a.auditHash, QStringLiteral("h12"));
    QCOMPARE(b.office.code, QStringLiteral("B"));
    QCOMPARE(b.applied, 0);
    QCOMPARE(b.rejected, 0);
    QCOMPARE(b.lastSyncAt, 0);
    QCOMPARE(b.auditSeq, 0);
    QVERIFY(b.auditHash.isEmpty());

    // A push that carries a head is a sync too.
    s.recordAuditHead(QStringLiteral("B"), 3, QStringLiteral("b3"), 700);
    const QList<OfficeStatus> after = s.status();
    const OfficeStatus &b2 = after[0].office.code == u"B" ? after[0] : after[1];
    QCOMPARE(b2.lastSyncAt, 700);
    QCOMPARE(b2.auditSeq, 3);
    QCOMPARE(b2.auditHash, QStringLiteral("b3"));
}

void TstSyncStorage::malformedCursorIsRefused()
{
    // A cursor the server did not write is the client's error (400), never
    // "start again from the beginning".
    put(*m_storage, customer(1, QStringLiteral("x")), QStringLiteral("A"), {QStringLiteral("*")});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_storage->changesSince(QStringLiteral("A"), "garbage", 10));
}

// T1 takes seq 1 and stays open; T2 takes seq 2 and commits; a reader pages;
// T1 commits; the reader pages again. With "seq > cursor" the first page
// returns 2, the cursor passes 1, and 1 is never delivered.
void TstSyncStorage::outOfOrderCommitIsNotSkipped()
{
    if (!isPostgres())
        QSKIP("sequence numbers handed out before commit are PostgreSQL's");
    SyncStorage &s = *m_storage;
    auto t1 = s.begin();
    t1->putRow(customer(1, QStringLiteral("first number, commits last")), QStringLiteral("A"), {QStringLiteral("*")});
    auto t2 = s.begin();
    t2->putRow(customer(2, QStringLiteral("second number, commits first")), QStringLiteral("B"), {QStringLiteral("*")});
    t2->commit();

    QByteArray cursor;
    QList<qint64> seen = pullAll(s, QStringLiteral("C"), cursor, 10);
    t1->commit();
    seen += pullAll(s, QStringLiteral("C"), cursor, 10);
    QCOMPARE(QSet<qint64>(seen.begin(), seen.end()), (QSet<qint64>{1, 2}));
    QCOMPARE(seen.size(), 2); // nothing twice
    QVERIFY(pullAll(s, QStringLiteral("C"), cursor, 10).isEmpty());
}

// The harder case: the reader has already delivered a higher number of an
// older transaction (lower xid) while a younger one still holds lower numbers.
void TstSyncStorage::lateRowsBelowTheHighWaterMarkArePaged()
{
    if (!isPostgres())
        QSKIP("sequence numbers handed out before commit are PostgreSQL's");
    SyncStorage &s = *m_storage;
    s.addOffice(officeInfo(QStringLiteral("A")), {}, 0);
    auto old = s.begin();
    old->lockMutations(keyOf(QStringLiteral("A"))); // takes its transaction id first
    auto late = s.begin();
    for (qint64 id = 20; id <= 22; ++id)
        late->putRow(customer(id, QStringLiteral("late")), QStringLiteral("B"), {QStringLiteral("*")});
    // Queued writes go out before a read they could change (pg_write_batch.h),
    // as in a push that checks a provider after writing orders: from here
    // the late transaction holds numbers 20–22.
    late->providerBookings(0, 0, 0, 0);
    old->putRow(customer(23, QStringLiteral("old")), QStringLiteral("A"), {QStringLiteral("*")});
    old->commit();

    QByteArray cursor;
    QList<qint64> seen = pullAll(s, QStringLiteral("C"), cursor, 10);
    QCOMPARE(seen, QList<qint64>{23}); // final below the horizon: delivered now
    late->commit();
    put(s, customer(24, QStringLiteral("after")), QStringLiteral("A"), {QStringLiteral("*")});

    // One at a time, so a page ends inside the late band.
    seen += pullAll(s, QStringLiteral("C"), cursor, 1);
    QCOMPARE(seen, (QList<qint64>{23, 20, 21, 22, 24}));
    QVERIFY(pullAll(s, QStringLiteral("C"), cursor, 1).isEmpty());

    // A reader that started after everything committed gets them in sequence order.
    QByteArray fresh;
    QCOMPARE(pullAll(s, QStringLiteral("C"), fresh, 2), (QList<qint64>{20, 21, 22, 23, 24}));
}

// Two server processes on one database: office A's server holds the provider
// lock; office B's server must wait for it (seen in pg_locks, not guessed by
// a sleep) and then find A's booking.
void TstSyncStorage::twoServersContendOnOneProvider()
{
    if (!isPostgres())
        QSKIP("two server processes on one database is the PostgreSQL backend's deployment");
    std::unique_ptr<SyncStorage> serverB = fixture().second();
    QVERIFY(serverB);
    SyncStorage &serverA = *m_storage;
    const qint64 provider = 42, from = 10 * 86400;

    bool bBooked = false;
    int bSaw = -1;
    QString failure;
    // Declared before txA: should a check below fail, txA rolls back first
    // (releasing the lock B waits for) and only then is B joined.
    std::jthread b;

    auto txA = serverA.begin();
    txA->lockProvider(provider);
    QVERIFY(txA->providerBookings(provider, from, from + 3600, 1).isEmpty());

    b = std::jthread([&] {
        try {
            auto txB = serverB->begin();
            txB->lockProvider(provider);
            const QList<StoredRow> existing = txB->providerBookings(provider, from + 1800, from + 5400, 2);
            bSaw = int(existing.size());
            if (existing.isEmpty()) {
                txB->putRow(order(2, QStringLiteral("B"), provider, from + 1800, 60), QStringLiteral("B"),
                            {QStringLiteral("B")});
                txB->commit();
                bBooked = true;
            }
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
        }
    });

    PgConnection observer(fixture().conninfo());
    const auto waiting = [&] {
        return observer.exec("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").int64(0, 0);
    };
    QTRY_COMPARE_WITH_TIMEOUT(waiting(), 1, 30000);

    txA->putRow(order(1, QStringLiteral("A"), provider, from, 60), QStringLiteral("A"), {QStringLiteral("A")});
    txA->commit();
    b.join();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(bSaw, 1);
    QVERIFY(!bBooked);

    // Both servers see the one booking, and B's server pulls A's change.
    auto check = serverB->begin();
    QCOMPARE(check->providerBookings(provider, from, from + 7200, 0).size(), 1);
    QCOMPARE(idsOf(serverB->changesSince(QStringLiteral("A"), {}, 10)), QList<qint64>{1});
}

// Two server processes (or two `offices add`) adding offices at once on one
// database never hand out one node twice.
void TstSyncStorage::twoServersGiveDistinctNodes()
{
    if (!isPostgres())
        QSKIP("two server processes on one database is the PostgreSQL backend's deployment");
    std::unique_ptr<SyncStorage> serverB = fixture().second();
    QVERIFY(serverB);
    constexpr int perServer = 12;
    std::latch start(2);
    QString failure;
    std::mutex failureMutex;
    auto addMany = [&](SyncStorage &storage, const QString &prefix) {
        start.arrive_and_wait();
        try {
            for (int i = 0; i < perServer; ++i)
                storage.addOffice(officeInfo(prefix + QString::number(i)), {}, 0);
        } catch (const std::exception &e) {
            const std::lock_guard lock(failureMutex);
            failure = QString::fromUtf8(e.what());
        }
    };
    {
        std::jthread a([&] { addMany(*m_storage, QStringLiteral("A")); });
        std::jthread b([&] { addMany(*serverB, QStringLiteral("B")); });
    }
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QSet<int> nodes;
    for (const OfficeInfo &o : serverB->offices()) {
        QVERIFY(o.node >= 1 && o.node <= 2 * perServer);
        nodes.insert(o.node);
    }
    QCOMPARE(nodes.size(), 2 * perServer);
}

// Two transactions write one row; the one with the older transaction id
// writes it second (after the first committed). Pulled in sequence order the
// newest version comes last; in transaction-id order it would not.
void TstSyncStorage::newestVersionOfARowArrivesLast()
{
    if (!isPostgres())
        QSKIP("transaction ids are PostgreSQL's");
    SyncStorage &s = *m_storage;
    s.addOffice(officeInfo(QStringLiteral("A")), {}, 0);
    auto older = s.begin();
    older->lockMutations(keyOf(QStringLiteral("A"))); // the lower transaction id
    put(s, customer(5, QStringLiteral("first")), QStringLiteral("B"), {QStringLiteral("*")});
    older->putRow(customer(5, QStringLiteral("second")), QStringLiteral("A"), {QStringLiteral("*")});
    older->commit();

    QByteArray cursor;
    const ChangePage page = s.changesSince(QStringLiteral("C"), cursor, 10);
    QCOMPARE(page.changes.size(), 2);
    QCOMPARE(page.changes.last().row.value(u"name").toString(), QStringLiteral("second"));
    auto tx = s.begin();
    QCOMPARE(tx->row(QStringLiteral("customers"), 5)->row.value(u"name").toString(), QStringLiteral("second"));
}

// A statement that fails (here: a second platform row claiming a taken code)
// fails the transaction: commit() reports it instead of a silent rollback
// (PostgreSQL) or a commit of the statements that did not fail (SQLite),
// nothing of it is kept, and the storage goes on serving.
void TstSyncStorage::failedStatementFailsTheWholeTransaction()
{
    SyncStorage &s = *m_storage;
    const auto item = [](qint64 id) {
        return StoredRow{QStringLiteral("service_items"), id, QStringLiteral("platform"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("SAME")}}, false};
    };
    put(s, item(1), QStringLiteral("platform"), {QStringLiteral("*")});
    {
        auto tx = s.begin();
        tx->putRow(customer(9, QStringLiteral("kept?")), QStringLiteral("A"), {QStringLiteral("*")});
        try {
            tx->putRow(item(2), QStringLiteral("platform"), {QStringLiteral("*")});
            // PostgreSQL queues a transaction's writes (pg_write_batch.h):
            // the statement that fails is sent here, at the latest.
            tx->commit();
            QFAIL("a second platform row with a taken code was accepted");
        } catch (const PgError &e) {
            QCOMPARE(e.sqlState(), QByteArray("23505"));
            // The message goes to the server's log: it names the constraint,
            // never the row's values (PostgreSQL's DETAIL line would).
            QVERIFY2(!QString::fromUtf8(e.what()).contains(u"SAME"), e.what());
        } catch (const std::exception &e) {
            QVERIFY2(!isPostgres(), e.what());
            QVERIFY2(!QString::fromUtf8(e.what()).contains(u"SAME"), e.what());
        }
        if (!isPostgres()) // (on PostgreSQL that commit() was the one that failed)
            QVERIFY_THROWS_EXCEPTION(std::exception, tx->commit());
    }
    auto tx = s.begin();
    QVERIFY(!tx->row(QStringLiteral("customers"), 9));
    QVERIFY(!tx->row(QStringLiteral("service_items"), 2));
    QCOMPARE(tx->platformIdByKey(QStringLiteral("service_items"), QStringLiteral("SAME")), 1);
    tx.reset();
    QByteArray cursor;
    QCOMPARE(pullAll(s, QStringLiteral("A"), cursor, 10), QList<qint64>{1});
}


// The apps' API keys (sync_storage.h): live = not revoked and not expired;
// revoking says how many were live, so a single-use code is used once.
void TstSyncStorage::apiKeysExpireAreRevokedAndUsedOnce()
{
    const QString kind = QStringLiteral("code"), owner = QStringLiteral("phone-hash");
    auto tx = m_storage->begin();
    tx->putApiKey(kind, owner, 42, 1000);
    tx->putApiKey(kind, owner, 7, 0); // never expires
    tx->putApiKey(QStringLiteral("other"), owner, 9, 0);
    tx->commit();
    tx = m_storage->begin();
    QCOMPARE(tx->apiSubjects(kind, owner, 999), (QList<qint64>{7, 42}));
    QCOMPARE(tx->apiSubjects(kind, owner, 1000), QList<qint64>{7}); // expired at its second
    QCOMPARE(tx->apiSubjects(kind, QStringLiteral("nobody"), 0), QList<qint64>());
    tx->commit();
    tx = m_storage->begin();
    QCOMPARE(tx->revokeApiKeys(kind, owner, 999), 2);
    tx->commit();
    tx = m_storage->begin();
    QCOMPARE(tx->revokeApiKeys(kind, owner, 999), 0); // used already
    QCOMPARE(tx->apiSubjects(kind, owner, 0), QList<qint64>());
    QCOMPARE(tx->apiSubjects(QStringLiteral("other"), owner, 5000), QList<qint64>{9}); // another kind untouched
    // Putting a key again renews it.
    tx->putApiKey(kind, owner, 42, 5000);
    QCOMPARE(tx->apiSubjects(kind, owner, 4000), QList<qint64>{42});
    tx->commit();
    // A rolled-back revocation revokes nothing.
    {
        auto rolledBack = m_storage->begin();
        QCOMPARE(rolledBack->revokeApiKeys(kind, owner, 4000), 1);
    }
    tx = m_storage->begin();
    QCOMPARE(tx->apiSubjects(kind, owner, 4000), QList<qint64>{42});
    tx->commit();
}

void TstSyncStorage::idempotencyKeysAreClaimedOnceAndExpire()
{
    const QString scope = QStringLiteral("customer_token:7"), key = QStringLiteral("k1");
    auto tx = m_storage->begin();
    QVERIFY(!tx->claimIdempotencyKey(scope, key, QStringLiteral("h1"), 100, 1000)); // claimed
    tx->commit();
    tx = m_storage->begin();
    // Claimed by the first, not answered yet.
    auto first = tx->claimIdempotencyKey(scope, key, QStringLiteral("h2"), 200, 1200);
    QVERIFY(first);
    QCOMPARE(first->requestHash, QStringLiteral("h1"));
    QCOMPARE(first->status, 0);
    QVERIFY(!tx->claimIdempotencyKey(QStringLiteral("provider_token:7"), key, QStringLiteral("h1"), 200, 1200)); // another scope
    tx->finishIdempotencyKey(scope, key, 201, R"({"id":"5"})");
    tx->commit();
    tx = m_storage->begin();
    first = tx->claimIdempotencyKey(scope, key, QStringLiteral("h1"), 300, 1300);
    QVERIFY(first);
    QCOMPARE(first->status, 201);
    QCOMPARE(first->reply, QByteArray(R"({"id":"5"})"));
    tx->commit();
    // Expired at its second: claimed afresh.
    tx = m_storage->begin();
    QVERIFY(!tx->claimIdempotencyKey(scope, key, QStringLiteral("h3"), 1000, 2000));
    tx->commit();
    // Released (a failure to retry): claimed afresh; a rolled-back claim claims nothing.
    tx = m_storage->begin();
    tx->releaseIdempotencyKey(scope, key);
    tx->commit();
    {
        auto rolledBack = m_storage->begin();
        QVERIFY(!rolledBack->claimIdempotencyKey(scope, key, QStringLiteral("h4"), 1000, 2000));
    }
    tx = m_storage->begin();
    QVERIFY(!tx->claimIdempotencyKey(scope, key, QStringLiteral("h5"), 1000, 2000));
    tx->commit();
}

void TstSyncStorage::rowsOfListsLiveRowsOfOneEntity()
{
    auto tx = m_storage->begin();
    for (qint64 id : {30, 10, 20})
        tx->putRow({QStringLiteral("service_items"), id, QStringLiteral("platform"),
                    QJsonObject{{QStringLiteral("code"), QStringLiteral("S%1").arg(id)}}, false, {}},
                   QStringLiteral("platform"), {});
    tx->putRow({QStringLiteral("service_items"), 20, QStringLiteral("platform"), {}, true, {}}, QStringLiteral("platform"), {});
    tx->putRow({QStringLiteral("districts"), 5, QStringLiteral("platform"), QJsonObject{{QStringLiteral("adcode"), QStringLiteral("310104")}}, false, {}},
               QStringLiteral("platform"), {});
    tx->commit();
    tx = m_storage->begin();
    const QList<StoredRow> items = tx->rowsOf(QStringLiteral("service_items"), 10);
    QCOMPARE(items.size(), 2); // the tombstone is not listed
    QCOMPARE(items.at(0).id, 10);
    QCOMPARE(items.at(1).row.value(QStringLiteral("code")).toString(), QStringLiteral("S30"));
    QCOMPARE(tx->rowsOf(QStringLiteral("service_items"), 1).size(), 1);
    tx->commit();
}

// Two server processes take one sign-in code at once: exactly one uses it.
void TstSyncStorage::twoServersUseOneCodeOnce()
{
    if (!isPostgres())
        QSKIP("two server processes on one database is the PostgreSQL backend's deployment");
    std::unique_ptr<SyncStorage> serverB = fixture().second();
    QVERIFY(serverB);
    for (int round = 0; round < 10; ++round) {
        const QString owner = QStringLiteral("phone-%1").arg(round);
        auto tx = m_storage->begin();
        tx->putApiKey(QStringLiteral("code"), owner, 1, 0);
        tx->commit();
        std::latch start(2);
        std::atomic<int> used{0};
        auto take = [&](SyncStorage &storage) {
            start.arrive_and_wait();
            auto t = storage.begin();
            used += t->revokeApiKeys(QStringLiteral("code"), owner, 10);
            t->commit();
        };
        {
            std::jthread a([&] { take(*m_storage); });
            std::jthread b([&] { take(*serverB); });
        }
        QCOMPARE(used.load(), 1);
    }
}

QTEST_GUILESS_MAIN(TstSyncStorage)
#include "tst_syncstorage.moc"
