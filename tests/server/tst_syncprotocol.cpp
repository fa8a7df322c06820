// The protocol logic (server/sync) over every storage backend
// (storage_backends.cpp: the embedded store and PostgreSQL): exactly-once
// push, retried batches, rejected mutations advancing the id, ownership,
// provider double-booking across offices, pull visibility and paging,
// snapshot matching, enrollment codes.
#include "pki/pki.h"
#include "store/sqlite.h"
#include "store/store.h"
#include "storage_backends.h"
#include "sync/enrollment_code.h"
#include "sync/messages.h"
#include "sync/ownership.h"
#include "sync/sync_service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep::server;
using namespace doorstep::server::sync;

namespace {
const QString kUidA = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
const QString kUidB = QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
const QString kA = QStringLiteral("SH-A");
const QString kB = QStringLiteral("SH-B");
constexpr qint64 kDistrictA = 1001, kDistrictB = 1002, kOfficeRowA = 11, kOfficeRowB = 12, kProvider = 500;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject change(const QString &entity, qint64 id, const QJsonObject &row)
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}, {QStringLiteral("op"), QStringLiteral("upsert")},
            {QStringLiteral("row"), row}};
}

QJsonObject mutation(qint64 id, const QJsonArray &changes, const QJsonObject &condition = {})
{
    QJsonObject m{{QStringLiteral("id"), id}, {QStringLiteral("at"), 1796200000}, {QStringLiteral("actor"), QStringLiteral("dispatch1")},
                  {QStringLiteral("action"), QStringLiteral("test")}, {QStringLiteral("changes"), changes}};
    if (!condition.isEmpty())
        m.insert(QStringLiteral("condition"), condition);
    return m;
}

QByteArray pushBody(const QString &uid, const QJsonArray &mutations)
{
    return json({{QStringLiteral("store_uid"), uid}, {QStringLiteral("epoch"), 1},
                 {QStringLiteral("audit_head"), QJsonObject{{QStringLiteral("seq"), 7}, {QStringLiteral("hash"), QStringLiteral("ab12")}}},
                 {QStringLiteral("mutations"), mutations}});
}

QJsonObject order(qint64 id, qint64 district, qint64 provider = 0, qint64 start = 0)
{
    QJsonObject o{{QStringLiteral("id"), id}, {QStringLiteral("order_no"), QStringLiteral("N%1").arg(id)},
                  {QStringLiteral("district_id"), district}, {QStringLiteral("status"), QStringLiteral("awaiting_dispatch")},
                  {QStringLiteral("duration_min"), 60}};
    if (provider) {
        o.insert(QStringLiteral("provider_id"), provider);
        o.insert(QStringLiteral("planned_start"), start);
        o.insert(QStringLiteral("status"), QStringLiteral("assigned"));
    }
    return o;
}

QJsonObject customer(qint64 id)
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), QStringLiteral("C%1").arg(id)}};
}

QStringList statuses(const Reply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.body.value(QStringLiteral("results")).toArray())
        out << v[QStringLiteral("status")].toString();
    return out;
}

QJsonObject result(const Reply &r, int i)
{
    return r.body.value(QStringLiteral("results")).toArray().at(i).toObject();
}
} // namespace

class TestSyncProtocol : public QObject
{
    Q_OBJECT
private:
    std::map<QString, std::unique_ptr<doorstep::tests::BackendFixture>> m_fixtures;
    std::unique_ptr<SyncStorage> m_storage;
    std::unique_ptr<SyncService> m_service;
    QString m_codeA;

    QList<QJsonObject> pullAll(const QString &office, int limit = 5000)
    {
        QList<QJsonObject> all;
        QString cursor;
        for (;;) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("cursor"), cursor);
            q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
            const Reply r = m_service->changes(office, q);
            if (r.status != 200)
                return {};
            for (const QJsonValue &v : r.body.value(QStringLiteral("changes")).toArray())
                all << v.toObject();
            cursor = r.body.value(QStringLiteral("cursor")).toString();
            if (!r.body.value(QStringLiteral("more")).toBool())
                return all;
        }
    }

    static bool sees(const QList<QJsonObject> &changes, const QString &entity, qint64 id)
    {
        return std::any_of(changes.cbegin(), changes.cend(), [&](const QJsonObject &c) {
            return c.value(QStringLiteral("entity")).toString() == entity && c.value(QStringLiteral("id")).toInteger() == id;
        });
    }

    // The snapshot each office sends after enrolling: its office row and districts.
    void seed()
    {
        const auto snap = [this](const QString &office, const QString &uid, const QJsonArray &rows) {
            const Reply r = m_service->snapshot(office, json({{QStringLiteral("store_uid"), uid}, {QStringLiteral("epoch"), 1},
                                                               {QStringLiteral("page"), 1}, {QStringLiteral("rows"), rows},
                                                               {QStringLiteral("final"), true}}));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body.value(QStringLiteral("refused")).toArray().size(), 0);
        };
        snap(kA, kUidA,
             {QJsonObject{{QStringLiteral("entity"), QStringLiteral("offices")}, {QStringLiteral("id"), kOfficeRowA},
                          {QStringLiteral("row"), QJsonObject{{QStringLiteral("code"), kA}}}},
              QJsonObject{{QStringLiteral("entity"), QStringLiteral("districts")}, {QStringLiteral("id"), kDistrictA},
                          {QStringLiteral("row"), QJsonObject{{QStringLiteral("adcode"), QStringLiteral("310104")}}}},
              QJsonObject{{QStringLiteral("entity"), QStringLiteral("providers")}, {QStringLiteral("id"), kProvider},
                          {QStringLiteral("row"), QJsonObject{{QStringLiteral("office_id"), kOfficeRowA}}}}});
        snap(kB, kUidB,
             {QJsonObject{{QStringLiteral("entity"), QStringLiteral("offices")}, {QStringLiteral("id"), kOfficeRowB},
                          {QStringLiteral("row"), QJsonObject{{QStringLiteral("code"), kB}}}},
              QJsonObject{{QStringLiteral("entity"), QStringLiteral("districts")}, {QStringLiteral("id"), kDistrictB},
                          {QStringLiteral("row"), QJsonObject{{QStringLiteral("adcode"), QStringLiteral("310105")}}}}});
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &name : doorstep::tests::backendNames())
            QTest::newRow(name.toUtf8().constData()) << name;
    }

    void initTestCase()
    {
        for (const QString &name : doorstep::tests::backendNames()) {
            auto fixture = doorstep::tests::makeBackend(name);
            QVERIFY(fixture);
            QString error;
            QVERIFY2(fixture->setUp(&error), qPrintable(QStringLiteral("backend %1: %2").arg(name, error)));
            m_fixtures[name] = std::move(fixture);
        }
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        m_storage = m_fixtures.at(backend)->fresh();
        m_service = std::make_unique<SyncService>(*m_storage, pki::makeCa(QStringLiteral("CA")),
                                                  QStringLiteral("https://sync.test:1"));
        m_codeA = newEnrollmentCode();
        m_storage->addOffice({kA, QStringLiteral("Xuhui"), {QStringLiteral("310104")}, 1}, enrollmentCodeHash(m_codeA),
                             QDateTime::currentSecsSinceEpoch() + 3600);
        m_storage->addOffice({kB, QStringLiteral("Changning"), {QStringLiteral("310105")}, 1},
                             enrollmentCodeHash(newEnrollmentCode()), QDateTime::currentSecsSinceEpoch() + 3600);
        seed();
    }

    void cleanup()
    {
        m_service.reset();
        m_storage.reset();
    }

    void pushAppliesOnceAndARetryIsDuplicate()
    {
        const QByteArray body = pushBody(kUidA, {mutation(10, {change(QStringLiteral("customers"), 1, customer(1))}),
                                                 mutation(12, {change(QStringLiteral("orders"), 70, order(70, kDistrictA))})});
        const Reply first = m_service->push(kA, body);
        QCOMPARE(first.status, 200);
        QCOMPARE(statuses(first), (QStringList{QStringLiteral("applied"), QStringLiteral("applied")}));
        QCOMPARE(first.body.value(QStringLiteral("last_id")).toInteger(), 12);
        const qsizetype seenByA = pullAll(kA).size();

        // The reply was lost: the console sends the same batch again.
        const Reply retry = m_service->push(kA, body);
        QCOMPARE(statuses(retry), (QStringList{QStringLiteral("duplicate"), QStringLiteral("duplicate")}));
        QCOMPARE(pullAll(kA).size(), seenByA); // nothing applied twice

        // A batch overlapping the decided ones applies only the new mutation.
        const Reply overlap = m_service->push(
            kA, pushBody(kUidA, {mutation(12, {change(QStringLiteral("customers"), 2, customer(2))}),
                                 mutation(13, {change(QStringLiteral("customers"), 3, customer(3))})}));
        QCOMPARE(statuses(overlap), (QStringList{QStringLiteral("duplicate"), QStringLiteral("applied")}));
        QVERIFY(!sees(pullAll(kA), QStringLiteral("customers"), 2));

        // Another epoch (a restored store) is its own sequence.
        QUrlQuery hello;
        hello.addQueryItem(QStringLiteral("store_uid"), kUidA);
        hello.addQueryItem(QStringLiteral("epoch"), QStringLiteral("1"));
        const QJsonObject helloBody = m_service->hello(kA, hello).body;
        QCOMPARE(helloBody.value(QStringLiteral("last_id")).toInteger(), 13);
        QCOMPARE(helloBody.value(QStringLiteral("audit_head")).toObject().value(QStringLiteral("hash")).toString(), QStringLiteral("ab12"));
        hello.removeAllQueryItems(QStringLiteral("epoch"));
        hello.addQueryItem(QStringLiteral("epoch"), QStringLiteral("2"));
        QCOMPARE(m_service->hello(kA, hello).body.value(QStringLiteral("last_id")).toInteger(), 0);

        const QList<OfficeStatus> status = m_storage->status();
        QCOMPARE(status.first().office.code, kA);
        QCOMPARE(status.first().applied, 3);
        QCOMPARE(status.first().auditSeq, 7);
        QCOMPARE(status.first().auditHash, QStringLiteral("ab12"));
    }

    void rejectedMutationStillAdvancesTheId()
    {
        const Reply r = m_service->push(
            kA, pushBody(kUidA, {mutation(5, {change(QStringLiteral("staff"), 1, QJsonObject{{QStringLiteral("username"), QStringLiteral("x")}})}),
                                 mutation(6, {change(QStringLiteral("service_items"), 9, QJsonObject{{QStringLiteral("code"), QStringLiteral("X")}})})}));
        QCOMPARE(statuses(r), (QStringList{QStringLiteral("rejected"), QStringLiteral("rejected")}));
        QCOMPARE(result(r, 0).value(QStringLiteral("reason")).toString(), QStringLiteral("not_owner"));
        QCOMPARE(result(r, 1).value(QStringLiteral("reason")).toString(), QStringLiteral("not_owner"));
        QCOMPARE(r.body.value(QStringLiteral("last_id")).toInteger(), 6);
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(6, {})}))), QStringList{QStringLiteral("duplicate")});
        QCOMPARE(m_storage->status().first().rejected, 2);
    }

    void officeCannotWriteAnotherOfficesOrder()
    {
        // District 310105 is B's: A may not create an order there...
        Reply r = m_service->push(kA, pushBody(kUidA, {mutation(1, {change(QStringLiteral("orders"), 80, order(80, kDistrictB))})}));
        QCOMPARE(result(r, 0).value(QStringLiteral("reason")).toString(), QStringLiteral("not_owner"));
        // ...B may, and then A may not touch it nor hang an event off it.
        r = m_service->push(kB, pushBody(kUidB, {mutation(1, {change(QStringLiteral("orders"), 80, order(80, kDistrictB))})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("applied")});
        r = m_service->push(kA, pushBody(kUidA, {mutation(2, {change(QStringLiteral("orders"), 80, order(80, kDistrictA))}),
                                                 mutation(3, {change(QStringLiteral("order_events"), 81,
                                                                     QJsonObject{{QStringLiteral("order_id"), 80}})})}));
        QCOMPARE(statuses(r), (QStringList{QStringLiteral("rejected"), QStringLiteral("rejected")}));
        QVERIFY(result(r, 0).value(QStringLiteral("message")).toString().contains(kB));
        // Nor write B's office row or districts.
        r = m_service->push(kA, pushBody(kUidA, {mutation(4, {change(QStringLiteral("offices"), kOfficeRowB,
                                                                     QJsonObject{{QStringLiteral("code"), kB}})})}));
        QCOMPARE(result(r, 0).value(QStringLiteral("reason")).toString(), QStringLiteral("not_owner"));
        // A mutation is applied or rejected whole: the customer in it is not kept.
        r = m_service->push(kA, pushBody(kUidA, {mutation(5, {change(QStringLiteral("customers"), 99, customer(99)),
                                                              change(QStringLiteral("orders"), 80, order(80, kDistrictB))})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("rejected")});
        QVERIFY(!sees(pullAll(kB), QStringLiteral("customers"), 99));
    }

    void providerCannotBeBookedTwiceAcrossOffices()
    {
        // The provider belongs to A; B's order in its own district books the same hour.
        Reply r = m_service->push(kA, pushBody(kUidA, {mutation(1, {change(QStringLiteral("orders"), 90, order(90, kDistrictA, kProvider, 36000))},
                                                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("provider_day")},
                                                                            {QStringLiteral("provider_id"), kProvider},
                                                                            {QStringLiteral("start_at"), 36000}, {QStringLiteral("end_at"), 39600},
                                                                            {QStringLiteral("order_id"), 90}})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("applied")});
        r = m_service->push(kB, pushBody(kUidB, {mutation(1, {change(QStringLiteral("orders"), 91, order(91, kDistrictB, kProvider, 37800))},
                                                                QJsonObject{{QStringLiteral("kind"), QStringLiteral("provider_day")},
                                                                            {QStringLiteral("provider_id"), kProvider},
                                                                            {QStringLiteral("start_at"), 37800}, {QStringLiteral("end_at"), 41400},
                                                                            {QStringLiteral("order_id"), 91}})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("rejected")});
        const QJsonObject rejected = result(r, 0);
        QCOMPARE(rejected.value(QStringLiteral("reason")).toString(), QStringLiteral("provider_busy"));
        const QJsonObject conflict = rejected.value(QStringLiteral("conflict")).toObject();
        QCOMPARE(conflict.value(QStringLiteral("office")).toString(), kA);
        QCOMPARE(conflict.value(QStringLiteral("order_no")).toString(), QStringLiteral("N90"));
        QCOMPARE(conflict.value(QStringLiteral("start_at")).toInteger(), 36000);
        // Even without a condition the booking is checked.
        r = m_service->push(kB, pushBody(kUidB, {mutation(2, {change(QStringLiteral("orders"), 91, order(91, kDistrictB, kProvider, 37800))})}));
        QCOMPARE(result(r, 0).value(QStringLiteral("reason")).toString(), QStringLiteral("provider_busy"));
        // The next free hour is fine; so is the same order moved within itself.
        r = m_service->push(kB, pushBody(kUidB, {mutation(3, {change(QStringLiteral("orders"), 91, order(91, kDistrictB, kProvider, 39600))})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("applied")});
        r = m_service->push(kA, pushBody(kUidA, {mutation(2, {change(QStringLiteral("orders"), 90, order(90, kDistrictA, kProvider, 35000))})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("applied")});
        // A cancelled order frees its hour.
        QJsonObject cancelled = order(90, kDistrictA, kProvider, 35000);
        cancelled.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(3, {change(QStringLiteral("orders"), 90, cancelled)})}))),
                 QStringList{QStringLiteral("applied")});
        r = m_service->push(kB, pushBody(kUidB, {mutation(4, {change(QStringLiteral("orders"), 92, order(92, kDistrictB, kProvider, 35000))})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("applied")});
    }

    void customerEditsAreMergedPerField()
    {
        const auto person = [](const QString &name, const QString &phone, qint64 updated) {
            return QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("name"), name}, {QStringLiteral("phone"), phone},
                               {QStringLiteral("updated_at"), updated}};
        };
        const auto edit = [](qint64 id, qint64 at, const QJsonObject &row, const QJsonObject &base) {
            QJsonObject m = mutation(id, {change(QStringLiteral("customers"), 5, row)},
                                     {{QStringLiteral("kind"), QStringLiteral("customer_fields")}, {QStringLiteral("base"), base}});
            m.insert(QStringLiteral("at"), at);
            return m;
        };
        const auto latest = [this] { // the newest version B pulls (changes come in order)
            QJsonObject last;
            for (const QJsonObject &c : pullAll(kB)) {
                if (c.value(QStringLiteral("entity")).toString() == u"customers" && c.value(QStringLiteral("id")).toInteger() == 5)
                    last = c.value(QStringLiteral("row")).toObject();
            }
            return last;
        };
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(1, {change(QStringLiteral("customers"), 5, person(QStringLiteral("王芳"), QStringLiteral("13800000001"), 100))})}))),
                 QStringList{QStringLiteral("applied")});
        // B renames at 200 (its base is the current name): no conflict.
        QCOMPARE(statuses(m_service->push(kB, pushBody(kUidB, {edit(1, 200, person(QStringLiteral("王芳芳"), QStringLiteral("13800000001"), 200),
                                                                    {{QStringLiteral("name"), QStringLiteral("王芳")}})}))),
                 QStringList{QStringLiteral("applied")});
        // A, offline since, changes the phone at 150 from a stale copy: the phone is taken, the
        // stale name in A's row is not (A did not change it).
        Reply r = m_service->push(kA, pushBody(kUidA, {edit(2, 150, person(QStringLiteral("王芳"), QStringLiteral("13900000002"), 150),
                                                            {{QStringLiteral("phone"), QStringLiteral("13800000001")}})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("applied")});
        QCOMPARE(latest().value(QStringLiteral("name")).toString(), QStringLiteral("王芳芳"));
        QCOMPARE(latest().value(QStringLiteral("phone")).toString(), QStringLiteral("13900000002"));
        // A renames at 180 from the old name: B's later rename (200) stays; A is told.
        r = m_service->push(kA, pushBody(kUidA, {edit(3, 180, person(QStringLiteral("王小芳"), QStringLiteral("13900000002"), 180),
                                                       {{QStringLiteral("name"), QStringLiteral("王芳")}})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("merged")});
        QCOMPARE(result(r, 0).value(QStringLiteral("not_taken")).toArray(), QJsonArray{QStringLiteral("name")});
        QCOMPARE(result(r, 0).value(QStringLiteral("server_values")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("王芳芳"));
        QCOMPARE(latest().value(QStringLiteral("name")).toString(), QStringLiteral("王芳芳"));
        // ...but at 300 A's rename is the later edit: taken, and B's version reported.
        r = m_service->push(kA, pushBody(kUidA, {edit(4, 300, person(QStringLiteral("王小芳"), QStringLiteral("13900000002"), 300),
                                                       {{QStringLiteral("name"), QStringLiteral("王芳")}})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("applied")});
        QCOMPARE(result(r, 0).value(QStringLiteral("overwritten")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("王芳芳"));
        QCOMPARE(latest().value(QStringLiteral("name")).toString(), QStringLiteral("王小芳"));
        // Erased stays erased, whatever a stale console sends.
        QJsonObject erased = person(QStringLiteral("*"), QStringLiteral("*"), 400);
        erased.insert(QStringLiteral("erased_at"), 400);
        QCOMPARE(statuses(m_service->push(kB, pushBody(kUidB, {mutation(2, {change(QStringLiteral("customers"), 5, erased)})}))),
                 QStringList{QStringLiteral("applied")});
        r = m_service->push(kA, pushBody(kUidA, {mutation(5, {change(QStringLiteral("customers"), 5, person(QStringLiteral("王小芳"), QStringLiteral("13900000002"), 500))})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("merged")});
        QCOMPARE(latest().value(QStringLiteral("name")).toString(), QStringLiteral("*"));
        QVERIFY(!latest().value(QStringLiteral("erased_at")).isNull());
        // A withdrawn consent stays withdrawn.
        const QJsonObject withdrawn{{QStringLiteral("customer_id"), 5}, {QStringLiteral("purpose"), QStringLiteral("marketing")},
                                    {QStringLiteral("withdrawn_at"), 600}};
        QJsonObject granted = withdrawn;
        granted.insert(QStringLiteral("withdrawn_at"), QJsonValue::Null);
        QCOMPARE(statuses(m_service->push(kB, pushBody(kUidB, {mutation(3, {change(QStringLiteral("customer_consents"), 6, withdrawn)})}))),
                 QStringList{QStringLiteral("applied")});
        r = m_service->push(kA, pushBody(kUidA, {mutation(6, {change(QStringLiteral("customer_consents"), 6, granted)})}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("merged")});
        QCOMPARE(result(r, 0).value(QStringLiteral("not_taken")).toArray(), QJsonArray{QStringLiteral("withdrawn_at")});
    }

    // A PIPL erasure sent with a base (the console's customer_fields edit)
    // against a concurrent edit from another office, in both orders: the
    // person stays erased and none of their data survives the merge.
    void erasureWinsOverAConcurrentEditInEitherOrder()
    {
        const auto person = [](qint64 id, const QString &name, const QString &phone, qint64 updated) {
            return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("phone"), phone},
                               {QStringLiteral("erased_at"), QJsonValue::Null}, {QStringLiteral("updated_at"), updated}};
        };
        const auto edit = [](qint64 mid, qint64 at, const QJsonObject &row, const QJsonObject &base) {
            QJsonObject m = mutation(mid, {change(QStringLiteral("customers"), row.value(QStringLiteral("id")).toInteger(), row)},
                                     {{QStringLiteral("kind"), QStringLiteral("customer_fields")}, {QStringLiteral("base"), base}});
            m.insert(QStringLiteral("at"), at);
            return m;
        };
        const auto erasure = [&](qint64 id, qint64 at) {
            QJsonObject row = person(id, QStringLiteral("已删除"), QString(), at);
            row.insert(QStringLiteral("erased_at"), at);
            return row;
        };
        const QJsonObject erasedBase{{QStringLiteral("name"), QStringLiteral("王芳")}, {QStringLiteral("phone"), QStringLiteral("13800000001")},
                                     {QStringLiteral("erased_at"), QJsonValue::Null}};
        const QJsonObject phoneBase{{QStringLiteral("phone"), QStringLiteral("13800000001")}};
        const auto latest = [this](qint64 id) {
            QJsonObject last;
            for (const QJsonObject &c : pullAll(kB))
                if (c.value(QStringLiteral("entity")).toString() == u"customers" && c.value(QStringLiteral("id")).toInteger() == id)
                    last = c.value(QStringLiteral("row")).toObject();
            return last;
        };
        for (const qint64 id : {31, 32})
            QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(id - 30, {change(QStringLiteral("customers"), id, person(id, QStringLiteral("王芳"), QStringLiteral("13800000001"), 100))})}))),
                     QStringList{QStringLiteral("applied")});

        // 31: B's phone edit (at 200) arrives first, then A's erasure made earlier (at 150) offline.
        QCOMPARE(statuses(m_service->push(kB, pushBody(kUidB, {edit(1, 200, person(31, QStringLiteral("王芳"), QStringLiteral("13900000002"), 200), phoneBase)}))),
                 QStringList{QStringLiteral("applied")});
        Reply r = m_service->push(kA, pushBody(kUidA, {edit(3, 150, erasure(31, 150), erasedBase)}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("applied")});
        QVERIFY(!result(r, 0).contains(QStringLiteral("overwritten"))); // the erased phone is reported nowhere
        QCOMPARE(latest(31).value(QStringLiteral("erased_at")).toInteger(), 150);
        QCOMPARE(latest(31).value(QStringLiteral("phone")).toString(), QString());
        QCOMPARE(latest(31).value(QStringLiteral("name")).toString(), QStringLiteral("已删除"));

        // 32: A's erasure arrives first, then B's later edit from its stale copy.
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {edit(4, 150, erasure(32, 150), erasedBase)}))),
                 QStringList{QStringLiteral("applied")});
        r = m_service->push(kB, pushBody(kUidB, {edit(2, 200, person(32, QStringLiteral("王芳"), QStringLiteral("13900000002"), 200), phoneBase)}));
        QCOMPARE(statuses(r), QStringList{QStringLiteral("merged")});
        QCOMPARE(latest(32).value(QStringLiteral("erased_at")).toInteger(), 150);
        QCOMPARE(latest(32).value(QStringLiteral("phone")).toString(), QString());
    }

    // provider_skills has no id (provider + category): each skill has its
    // own id on the wire, derived from that key, whatever the console sent.
    // A version 1 console sent every skill under its provider's id, and the
    // second skill replaced the first on the server.
    void twoSkillsOfOneProviderAreTwoRows()
    {
        const auto skill = [](qint64 category, const QString &status) {
            return QJsonObject{{QStringLiteral("provider_id"), kProvider}, {QStringLiteral("category_id"), category},
                               {QStringLiteral("status"), status}, {QStringLiteral("suspended_reason"), QJsonValue::Null}};
        };
        // As a version 1 console sends them: under the provider's id.
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(1, {change(QStringLiteral("provider_skills"), kProvider, skill(7, QStringLiteral("active")))}),
                                                               mutation(2, {change(QStringLiteral("provider_skills"), kProvider, skill(8, QStringLiteral("applied")))})}))),
                 (QStringList{QStringLiteral("applied"), QStringLiteral("applied")}));
        const std::optional<qint64> id7 = keyedRowId(QStringLiteral("provider_skills"), skill(7, {}));
        const std::optional<qint64> id8 = keyedRowId(QStringLiteral("provider_skills"), skill(8, {}));
        QVERIFY(id7 && id8 && *id7 != *id8 && *id7 != kProvider);
        // The key's id is fixed by PROTOCOL.md: the console computes the same one.
        QCOMPARE(*keyedRowId(QStringLiteral("provider_skills"), QJsonObject{{QStringLiteral("provider_id"), 1}, {QStringLiteral("category_id"), 2}}),
                 Q_INT64_C(1656607261285652495));
        auto tx = m_storage->begin();
        const auto stored7 = tx->row(QStringLiteral("provider_skills"), *id7);
        const auto stored8 = tx->row(QStringLiteral("provider_skills"), *id8);
        QVERIFY(stored7 && stored8);
        QCOMPARE(stored7->row.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(stored8->row.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(stored7->owner, kA); // still the provider's office's
        QVERIFY(!tx->row(QStringLiteral("provider_skills"), kProvider));
        tx->commit();
        // A skill changed again is the same row, updated.
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(3, {change(QStringLiteral("provider_skills"), *id8, skill(8, QStringLiteral("active")))})}))),
                 QStringList{QStringLiteral("applied")});
        auto tx2 = m_storage->begin();
        QCOMPARE(tx2->row(QStringLiteral("provider_skills"), *id8)->row.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(tx2->row(QStringLiteral("provider_skills"), *id7)->row.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        tx2->commit();
    }

    // A provider that stops serving a neighbour's districts (or is deleted
    // by its office): the neighbour gets the row once more, with no
    // districts, skills or hours, so its console keeps the row its past
    // orders name but never offers the provider again; then nothing more.
    void aProviderThatStopsServingADistrictIsWithdrawnThere()
    {
        const auto provider = [](const QJsonArray &districts, const QString &name) {
            return QJsonObject{{QStringLiteral("id"), kProvider}, {QStringLiteral("office_id"), kOfficeRowA},
                               {QStringLiteral("name"), name}, {QStringLiteral("id_number"), QStringLiteral("310104198503094561")},
                               {QStringLiteral("$districts"), districts},
                               {QStringLiteral("$skills"), QJsonArray{QJsonObject{{QStringLiteral("category_id"), 7}, {QStringLiteral("status"), QStringLiteral("active")}}}},
                               {QStringLiteral("$hours"), QJsonArray{QJsonObject{{QStringLiteral("weekday"), 1}, {QStringLiteral("start_min"), 480}, {QStringLiteral("end_min"), 1080}}}}};
        };
        const auto providerRowsFor = [this](const QString &office) {
            QList<QJsonObject> rows;
            for (const QJsonObject &c : pullAll(office))
                if (c.value(QStringLiteral("entity")).toString() == u"providers" && c.value(QStringLiteral("id")).toInteger() == kProvider)
                    rows << c.value(QStringLiteral("row")).toObject();
            return rows;
        };
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(1, {change(QStringLiteral("providers"), kProvider, provider({kDistrictA, kDistrictB}, QStringLiteral("赵丽华")))})}))),
                 QStringList{QStringLiteral("applied")});
        QCOMPARE(providerRowsFor(kB).size(), 1);
        QCOMPARE(providerRowsFor(kB).last().value(QStringLiteral("$districts")).toArray().size(), 2);
        QCOMPARE(providerRowsFor(kB).last().value(QStringLiteral("id_number")).toString(), QString());

        // A takes B's district off the provider.
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(2, {change(QStringLiteral("providers"), kProvider, provider({kDistrictA}, QStringLiteral("赵丽华")))})}))),
                 QStringList{QStringLiteral("applied")});
        QList<QJsonObject> seen = providerRowsFor(kB);
        QCOMPARE(seen.size(), 2);
        const QJsonObject withdrawn = seen.last();
        QCOMPARE(withdrawn.value(QStringLiteral("$districts")).toArray(), QJsonArray());
        QCOMPARE(withdrawn.value(QStringLiteral("$skills")).toArray(), QJsonArray());
        QCOMPARE(withdrawn.value(QStringLiteral("$hours")).toArray(), QJsonArray());
        QCOMPARE(withdrawn.value(QStringLiteral("name")).toString(), QStringLiteral("赵丽华")); // past orders still name the provider
        QCOMPARE(withdrawn.value(QStringLiteral("id_number")).toString(), QString());

        // Later changes of the provider stay with A.
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(3, {change(QStringLiteral("providers"), kProvider, provider({kDistrictA}, QStringLiteral("赵丽")))})}))),
                 QStringList{QStringLiteral("applied")});
        QCOMPARE(providerRowsFor(kB).size(), 2);
        QCOMPARE(providerRowsFor(kA).last().value(QStringLiteral("name")).toString(), QStringLiteral("赵丽"));
    }

    // A provider serving both offices' districts: each office gets the
    // other's bookings of it (the slot, never the customer), so its console
    // can warn offline; a booking given up is deleted there.
    void bookingsOfASharedProviderReachTheOtherOffices()
    {
        const QJsonObject provider{{QStringLiteral("id"), kProvider}, {QStringLiteral("office_id"), kOfficeRowA},
                                   {QStringLiteral("$districts"), QJsonArray{kDistrictA, kDistrictB}}};
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(1, {change(QStringLiteral("providers"), kProvider, provider)})}))),
                 QStringList{QStringLiteral("applied")});
        QJsonObject booked = order(80, kDistrictA, kProvider, 36000);
        booked.insert(QStringLiteral("customer_id"), 71);
        booked.insert(QStringLiteral("address"), QStringLiteral("漕溪北路 1 号"));
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(2, {change(QStringLiteral("orders"), 80, booked)})}))),
                 QStringList{QStringLiteral("applied")});
        const auto bookingsFor = [this](const QString &office) {
            QList<QJsonObject> out;
            for (const QJsonObject &c : pullAll(office))
                if (c.value(QStringLiteral("entity")).toString() == u"provider_bookings")
                    out << c;
            return out;
        };
        QList<QJsonObject> b = bookingsFor(kB);
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.first().value(QStringLiteral("id")).toInteger(), 80);
        const QJsonObject slot = b.first().value(QStringLiteral("row")).toObject();
        QCOMPARE(slot.value(QStringLiteral("provider_id")).toInteger(), kProvider);
        QCOMPARE(slot.value(QStringLiteral("start_at")).toInteger(), 36000);
        QCOMPARE(slot.value(QStringLiteral("end_at")).toInteger(), 36000 + 3600);
        QCOMPARE(slot.value(QStringLiteral("order_no")).toString(), QStringLiteral("N80"));
        QCOMPARE(slot.value(QStringLiteral("office")).toString(), kA);
        QVERIFY(!slot.contains(QStringLiteral("customer_id")) && !slot.contains(QStringLiteral("address")));
        QVERIFY(!sees(pullAll(kB), QStringLiteral("orders"), 80));
        QCOMPARE(bookingsFor(kA).size(), 0); // its own order: A has it

        // B books the provider too: A (the provider's office) gets B's slot.
        QCOMPARE(statuses(m_service->push(kB, pushBody(kUidB, {mutation(1, {change(QStringLiteral("orders"), 81, order(81, kDistrictB, kProvider, 50000))})}))),
                 QStringList{QStringLiteral("applied")});
        QCOMPARE(bookingsFor(kA).size(), 1);
        QCOMPARE(bookingsFor(kA).first().value(QStringLiteral("office")).toString(), kB);

        // A cancels its order: B's copy of the slot is deleted.
        booked.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(3, {change(QStringLiteral("orders"), 80, booked)})}))),
                 QStringList{QStringLiteral("applied")});
        b = bookingsFor(kB);
        QCOMPARE(b.size(), 2);
        QCOMPARE(b.last().value(QStringLiteral("op")).toString(), QStringLiteral("delete"));
        QCOMPARE(b.last().value(QStringLiteral("id")).toInteger(), 80);
    }

    // An office a provider begins to serve gets the bookings already made
    // that have not ended (a day before the change), not the old ones.
    void anOfficeAProviderBeginsToServeGetsItsBookings()
    {
        const auto provider = [](const QJsonArray &districts) {
            return QJsonObject{{QStringLiteral("id"), kProvider}, {QStringLiteral("office_id"), kOfficeRowA},
                               {QStringLiteral("$districts"), districts}};
        };
        constexpr qint64 at = 1796200000; // every test mutation's time
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(1, {change(QStringLiteral("providers"), kProvider, provider({kDistrictA}))}),
                                                               mutation(2, {change(QStringLiteral("orders"), 82, order(82, kDistrictA, kProvider, at + 3600))}),
                                                               mutation(3, {change(QStringLiteral("orders"), 83, order(83, kDistrictA, kProvider, 36000))})}))),
                 (QStringList{QStringLiteral("applied"), QStringLiteral("applied"), QStringLiteral("applied")}));
        QVERIFY(!sees(pullAll(kB), QStringLiteral("provider_bookings"), 82));
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(4, {change(QStringLiteral("providers"), kProvider, provider({kDistrictA, kDistrictB}))})}))),
                 QStringList{QStringLiteral("applied")});
        const QList<QJsonObject> b = pullAll(kB);
        QVERIFY(sees(b, QStringLiteral("providers"), kProvider));
        QVERIFY(sees(b, QStringLiteral("provider_bookings"), 82));
        QVERIFY(!sees(b, QStringLiteral("provider_bookings"), 83)); // long over
    }

    void pullShowsEachOfficeWhatItMaySee()
    {
        QCOMPARE(statuses(m_service->push(kA, pushBody(kUidA, {mutation(1, {change(QStringLiteral("orders"), 70, order(70, kDistrictA))}),
                                                               mutation(2, {change(QStringLiteral("customers"), 71, customer(71))})}))),
                 (QStringList{QStringLiteral("applied"), QStringLiteral("applied")}));
        QCOMPARE(statuses(m_service->push(kB, pushBody(kUidB, {mutation(1, {change(QStringLiteral("orders"), 72, order(72, kDistrictB))})}))),
                 QStringList{QStringLiteral("applied")});
        const QList<QJsonObject> a = pullAll(kA);
        const QList<QJsonObject> b = pullAll(kB);
        QVERIFY(sees(a, QStringLiteral("orders"), 70));
        QVERIFY(!sees(a, QStringLiteral("orders"), 72));
        QVERIFY(sees(b, QStringLiteral("orders"), 72));
        QVERIFY(!sees(b, QStringLiteral("orders"), 70));
        QVERIFY(sees(a, QStringLiteral("customers"), 71));
        QVERIFY(sees(b, QStringLiteral("customers"), 71));
        QVERIFY(sees(b, QStringLiteral("districts"), kDistrictA)); // the platform's rows: everyone
        QVERIFY(!sees(b, QStringLiteral("providers"), kProvider));  // A's provider
        const auto order70 = std::find_if(a.cbegin(), a.cend(), [](const QJsonObject &c) { return c.value(QStringLiteral("id")).toInteger() == 70; });
        QCOMPARE(order70->value(QStringLiteral("office")).toString(), kA);
        QCOMPARE(order70->value(QStringLiteral("row")).toObject().value(QStringLiteral("order_no")).toString(), QStringLiteral("N70"));
    }

    void pullPagesWithTheCursor()
    {
        QJsonArray mutations;
        for (int i = 1; i <= 7; ++i)
            mutations.append(mutation(i, {change(QStringLiteral("customers"), 100 + i, customer(100 + i))}));
        QCOMPARE(m_service->push(kA, pushBody(kUidA, mutations)).status, 200);
        const qsizetype total = pullAll(kB).size();
        QCOMPARE(pullAll(kB, 2).size(), total); // same changes, fetched in pages of 2
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("3"));
        Reply page = m_service->changes(kB, q);
        QCOMPARE(page.body.value(QStringLiteral("changes")).toArray().size(), 3);
        QVERIFY(page.body.value(QStringLiteral("more")).toBool());
        // Reading on from the last page's cursor gives only what is new.
        QString cursor;
        do {
            QUrlQuery next;
            next.addQueryItem(QStringLiteral("cursor"), cursor);
            page = m_service->changes(kB, next);
            cursor = page.body.value(QStringLiteral("cursor")).toString();
        } while (page.body.value(QStringLiteral("more")).toBool());
        QCOMPARE(m_service->push(kA, pushBody(kUidA, {mutation(8, {change(QStringLiteral("customers"), 200, customer(200))})})).status, 200);
        QUrlQuery next;
        next.addQueryItem(QStringLiteral("cursor"), cursor);
        page = m_service->changes(kB, next);
        const QJsonArray fresh = page.body.value(QStringLiteral("changes")).toArray();
        QCOMPARE(fresh.size(), 1);
        QCOMPARE(fresh.first()[QStringLiteral("id")].toInteger(), 200);
        QVERIFY(!page.body.value(QStringLiteral("more")).toBool());
        // A cursor the server did not give out is a 400, not a crash.
        QUrlQuery bad;
        bad.addQueryItem(QStringLiteral("cursor"), QStringLiteral("!!!"));
        QCOMPARE(m_service->changes(kB, bad).status, 400);
        bad.clear();
        bad.addQueryItem(QStringLiteral("cursor"), QString::fromLatin1(QByteArray("abc").toBase64(QByteArray::Base64UrlEncoding)));
        QCOMPARE(m_service->changes(kB, bad).status, 400);
        bad.clear();
        bad.addQueryItem(QStringLiteral("limit"), QStringLiteral("5001"));
        QCOMPARE(m_service->changes(kB, bad).status, 400);
    }

    void snapshotMatchesPlatformRowsByCode()
    {
        const auto snap = [this](const QString &office, const QString &uid, qint64 id) {
            return m_service->snapshot(office, json({{QStringLiteral("store_uid"), uid}, {QStringLiteral("epoch"), 1},
                                                     {QStringLiteral("page"), 2},
                                                     {QStringLiteral("rows"), QJsonArray{QJsonObject{
                                                          {QStringLiteral("entity"), QStringLiteral("service_items")},
                                                          {QStringLiteral("id"), id},
                                                          {QStringLiteral("row"), QJsonObject{{QStringLiteral("code"), QStringLiteral("CLEAN-2H")}}}}}},
                                                     {QStringLiteral("final"), true}}));
        };
        Reply r = snap(kA, kUidA, 7);
        QCOMPARE(r.body.value(QStringLiteral("id_map")).toArray().size(), 0); // A's row became the platform's
        r = snap(kB, kUidB, 8);
        const QJsonArray map = r.body.value(QStringLiteral("id_map")).toArray();
        QCOMPARE(map.size(), 1);
        QCOMPARE(map.first()[QStringLiteral("local")].toInteger(), 8);
        QCOMPARE(map.first()[QStringLiteral("platform")].toInteger(), 7);
        // A district nobody has sent yet: the first office's row becomes the
        // platform's, whoever serves it; the next office is mapped to it.
        const auto district = [this](const QString &office, const QString &uid, qint64 id) {
            return m_service->snapshot(office, json({{QStringLiteral("store_uid"), uid}, {QStringLiteral("epoch"), 1},
                                                     {QStringLiteral("rows"), QJsonArray{QJsonObject{
                                                          {QStringLiteral("entity"), QStringLiteral("districts")}, {QStringLiteral("id"), id},
                                                          {QStringLiteral("row"), QJsonObject{{QStringLiteral("adcode"), QStringLiteral("310199")}}}}}}}));
        };
        QCOMPARE(district(kA, kUidA, 4000).body.value(QStringLiteral("id_map")).toArray().size(), 0);
        const QJsonArray districtMap = district(kB, kUidB, 4001).body.value(QStringLiteral("id_map")).toArray();
        QCOMPARE(districtMap.size(), 1);
        QCOMPARE(districtMap.first()[QStringLiteral("platform")].toInteger(), 4000);
        // A page sent twice changes nothing the second time.
        const qsizetype before = pullAll(kA).size();
        QCOMPARE(snap(kA, kUidA, 7).status, 200);
        QCOMPARE(pullAll(kA).size(), before);
    }

    void malformedBodiesAre400()
    {
        const QList<QByteArray> bodies{"", "[]", "{", "{\"store_uid\": 1}", "not json",
                                       pushBody(QStringLiteral("xyz"), {}),
                                       pushBody(kUidA, {mutation(2, {}), mutation(2, {})}),
                                       pushBody(kUidA, {QJsonValue(3)}),
                                       pushBody(kUidA, {mutation(1, {QJsonObject{{QStringLiteral("entity"), QStringLiteral("orders")}, {QStringLiteral("id"), 1.5}}})})};
        for (const QByteArray &body : bodies) {
            const Reply r = m_service->push(kA, body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("bad_request"));
        }
        QCOMPARE(m_service->push(QStringLiteral("NOPE"), pushBody(kUidA, {})).status, 403);
    }

    void parserIsTotal()
    {
        // Every prefix of a valid body, and bodies with bytes flipped at
        // random (fixed seed), give a value or a 400, never a crash.
        const QByteArray valid = pushBody(kUidA, {mutation(1, {change(QStringLiteral("orders"), 70, order(70, kDistrictA, kProvider, 3600))},
                                                           QJsonObject{{QStringLiteral("kind"), QStringLiteral("provider_day")},
                                                                       {QStringLiteral("provider_id"), kProvider}, {QStringLiteral("start_at"), 3600},
                                                                       {QStringLiteral("end_at"), 7200}, {QStringLiteral("order_id"), 70}})});
        int ok = 0;
        for (qsizetype n = 0; n <= valid.size(); ++n)
            ok += parsePush(QByteArrayView(valid).first(n)).value.has_value();
        QCOMPARE(ok, 1); // only the whole body
        QRandomGenerator rng(11);
        const QByteArray alphabet = "{}[]\":,0123456789.-e\\ tfnu\xff";
        for (int round = 0; round < 3000; ++round) {
            QByteArray body = valid;
            for (int k = 0, flips = rng.bounded(1, 6); k < flips; ++k)
                body[rng.bounded(int(body.size()))] = alphabet.at(rng.bounded(int(alphabet.size())));
            const auto p = parsePush(body);
            QVERIFY(p.value.has_value() != !p.error.isEmpty());
            (void)parseSnapshot(body);
            (void)parseEnroll(body);
        }
        QVERIFY(!parsePush(QByteArray("{\"store_uid\":\"" + QByteArray(32, 'a') + "\",\"epoch\":1e300,\"mutations\":[]}")).value);
        // A real id (about 3.9e17, beyond 2^53) is read exactly; a fraction or one beyond 64 bits is refused.
        const auto real = parsePush(QByteArray("{\"store_uid\":\"" + QByteArray(32, 'a') + "\",\"epoch\":1,\"mutations\":[{\"id\":386591173958737921,\"changes\":[]}]}"));
        QVERIFY2(real.value.has_value(), qPrintable(real.error));
        QCOMPARE(real.value->mutations.value(0).id, Q_INT64_C(386591173958737921));
        QVERIFY(!parsePush(QByteArray("{\"store_uid\":\"" + QByteArray(32, 'a') + "\",\"epoch\":1,\"mutations\":[{\"id\":1.5,\"changes\":[]}]}")).value);
        QVERIFY(!parsePush(QByteArray("{\"store_uid\":\"" + QByteArray(32, 'a') + "\",\"epoch\":1,\"mutations\":[{\"id\":99999999999999999999,\"changes\":[]}]}")).value);
    }

    void deletionCarriesNoRow()
    {
        // A client that sends a row with a deletion (or "op" twice, the last
        // one "delete") gets the deletion and nothing of the row: the fuzzer
        // found the row kept, which a re-sent push would not reproduce.
        const QByteArray uid = QByteArray(32, 'a');
        const auto p = parsePush(QByteArray("{\"store_uid\":\"" + uid + "\",\"epoch\":1,\"mutations\":[{\"id\":1,\"changes\":["
                                            "{\"entity\":\"orders\",\"id\":7,\"op\":\"upsert\",\"row\":{\"id\":7},\"op\":\"delete\"},"
                                            "{\"entity\":\"orders\",\"id\":8,\"op\":\"delete\",\"row\":{\"id\":8}}]}]}"));
        QVERIFY2(p.value.has_value(), qPrintable(p.error));
        const QList<RowChange> changes = p.value->mutations.value(0).changes;
        QCOMPARE(changes.size(), 2);
        for (const RowChange &c : changes) {
            QVERIFY(c.deleted);
            QVERIFY(c.row.isEmpty());
        }
        // An upsert still needs its row.
        QVERIFY(!parsePush(QByteArray("{\"store_uid\":\"" + uid + "\",\"epoch\":1,\"mutations\":[{\"id\":1,\"changes\":["
                                      "{\"entity\":\"orders\",\"id\":7,\"op\":\"upsert\"}]}]}")).value);
    }

    // Every console table a snapshot or a push may carry (rows with an id, or
    // catalogue rows keyed by code) has an owner on the server. Onboarding
    // applications had none: the demo's 400 applications and their 770
    // events came back from its first snapshot as 1,170 "unknown_entity"
    // conflicts.
    void everyConsoleTableThatTravelsHasAnOwner()
    {
        QTemporaryDir dir;
        const auto console = doorstep::store::Store::create(dir.filePath(QStringLiteral("c.doorstep")), QStringLiteral("admin"),
                                                  QStringLiteral("pw"), doorstep::store::KdfParams::fastForTests());
        auto tables = console->db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                                            " ORDER BY name");
        int travelling = 0;
        while (tables.next()) {
            const QString table = tables.text(0);
            bool identified = false;
            auto columns = console->db().prepare("PRAGMA table_info(" + table.toUtf8() + ")");
            while (columns.next())
                identified = identified || columns.text(1) == u"id" || columns.text(1) == u"code";
            if (!identified)
                continue; // e.g. the statistics rollups: every console computes its own
            ++travelling;
            QVERIFY2(scopeOf(table) != Scope::Unknown, qPrintable(table));
        }
        QVERIFY(travelling > 30);
    }

    void expiredCodeIsRefused()
    {
        m_service->setClock([] { return QDateTime::currentSecsSinceEpoch() + 7200; }); // the code was valid for an hour
        const QByteArray csr = pki::makeCsr(pki::makeKeyPem(), QStringLiteral("x"));
        const Reply r = m_service->enroll(json({{QStringLiteral("code"), m_codeA}, {QStringLiteral("csr"), QString::fromLatin1(csr)}}));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("unknown_code"));
    }

    void enrollmentCodeWorksOnce()
    {
        const QByteArray csr = pki::makeCsr(pki::makeKeyPem(), QStringLiteral("x"));
        const QByteArray body = json({{QStringLiteral("code"), m_codeA.toLower()}, {QStringLiteral("csr"), QString::fromLatin1(csr)},
                                      {QStringLiteral("store_uid"), kUidA}});
        const Reply first = m_service->enroll(body);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.value(QStringLiteral("office")).toObject().value(QStringLiteral("code")).toString(), kA);
        const QByteArray cert = first.body.value(QStringLiteral("certificate")).toString().toLatin1();
        QCOMPARE(m_service->officeForCertificate(cert), kA);
        QCOMPARE(m_service->enroll(body).status, 401);
        // An office certificate is good for two years, not longer.
        m_service->setClock([] { return QDateTime::currentSecsSinceEpoch() + 731 * 86400; });
        QVERIFY(m_service->officeForCertificate(cert).isEmpty());
        m_service->setClock([] { return QDateTime::currentSecsSinceEpoch(); });
        QCOMPARE(m_service->officeForCertificate(cert), kA);
        m_storage->revokeOffice(kA, QDateTime::currentSecsSinceEpoch());
        QVERIFY(m_service->officeForCertificate(cert).isEmpty());
        QCOMPARE(normaliseEnrollmentCode(QStringLiteral("ab-c")), QStringLiteral("ABC"));
        QVERIFY(normaliseEnrollmentCode(QStringLiteral("ab!c")).isEmpty());
        QVERIFY(newEnrollmentCode().size() == 29);
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
