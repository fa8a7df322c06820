// The customer and provider API (server/api, openapi.yaml) over every storage
// backend (storage_backends.cpp): sign-in with a one-time code and with a
// provider credential, tokens that expire and are revoked, the catalogue for
// an address, orders that travel to the owning office's pull, cancel, rate,
// a provider's job steps and position, privacy (another user's ids are 404,
// no credentials 401, phone numbers masked with a relay), rate limits, and
// malformed input answered 400 without harm.
#include "api/api_service.h"
#include "api/code_sender.h"
#include "pki/pki.h"
#include "storage_backends.h"
#include "sync/enrollment_code.h"
#include "sync/sync_service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace doorstep::server;
using namespace doorstep::server::api;
using sync::Reply;

namespace {
const QString kA = QStringLiteral("SH-A");
const QString kB = QStringLiteral("SH-B");
const QString kUidA = QStringLiteral("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
constexpr qint64 kOfficeRowA = 11, kOfficeRowB = 12, kDistrictA = 1001, kDistrictB = 1002;
constexpr qint64 kProvider = 500, kOtherProvider = 501, kItem = 70, kCategory = 60;
constexpr qint64 kNow = 1796200000; // 2026-12-02
const QString kPhone1 = QStringLiteral("13812345678");
const QString kPhone2 = QStringLiteral("13987654321");
const QString kProviderPhone = QStringLiteral("13700001111");

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject snapRow(const QString &entity, qint64 id, const QJsonObject &row)
{
    return {{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}, {QStringLiteral("row"), row}};
}

QJsonObject provider(qint64 office, const QString &phone, const QString &status = QStringLiteral("active"))
{
    return {{QStringLiteral("office_id"), office}, {QStringLiteral("name"), QStringLiteral("王师傅")},
            {QStringLiteral("phone"), phone}, {QStringLiteral("status"), status}};
}

QString idOf(const Reply &r)
{
    return r.body.value(QStringLiteral("id")).toString();
}
} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT
private:
    std::map<QString, std::unique_ptr<doorstep::tests::BackendFixture>> m_fixtures;
    std::unique_ptr<SyncStorage> m_storage;
    std::unique_ptr<sync::SyncService> m_sync;
    std::unique_ptr<ApiService> m_api;
    RecordingCodeSender m_sender;
    qint64 m_now = kNow;
    qint64 m_mutation = 0;

    // path as after /api/v1/, with its query if any.
    Reply call(const char *method, const QString &path, const QString &token = {}, const QByteArray &body = {})
    {
        const qsizetype q = path.indexOf(u'?');
        return m_api->handle({QByteArray(method), q < 0 ? path : path.left(q),
                              token.isEmpty() ? QByteArray() : "Bearer " + token.toLatin1(), body,
                              QUrlQuery(q < 0 ? QString() : path.mid(q + 1))});
    }

    static QByteArray points(double lat, double lng, qint64 at)
    {
        return json({{QStringLiteral("points"),
                      QJsonArray{QJsonObject{{QStringLiteral("lat"), lat}, {QStringLiteral("lng"), lng}, {QStringLiteral("at"), at}}}}});
    }

    QString signIn(const QString &phone)
    {
        m_now += 31; // past the interval between two codes to one phone
        const Reply code = call("POST", QStringLiteral("customer/otp"), {}, json({{QStringLiteral("phone"), phone}}));
        if (code.status != 202)
            return {};
        const Reply r = call("POST", QStringLiteral("customer/session"), {},
                             json({{QStringLiteral("phone"), phone}, {QStringLiteral("code"), m_sender.lastCode(phone)}}));
        return r.body.value(QStringLiteral("token")).toString();
    }

    QString providerSignIn(qint64 id)
    {
        const QString secret = m_api->issueProviderSecret(id);
        const Reply r = call("POST", QStringLiteral("provider/session"), {},
                             json({{QStringLiteral("provider_id"), QString::number(id)}, {QStringLiteral("secret"), secret}}));
        return r.body.value(QStringLiteral("token")).toString();
    }

    QByteArray orderBody(const QString &district = QStringLiteral("310104"))
    {
        return json({{QStringLiteral("service_item_id"), QString::number(kItem)},
                     {QStringLiteral("district"), district},
                     {QStringLiteral("address"), QStringLiteral("漕溪北路 88 号 1201")},
                     {QStringLiteral("lat"), 31.19},
                     {QStringLiteral("lng"), 121.43},
                     {QStringLiteral("window_start"), kNow + 86400},
                     {QStringLiteral("window_end"), kNow + 86400 + 7200}});
    }

    QList<QJsonObject> pullAll(const QString &office)
    {
        QList<QJsonObject> all;
        QString cursor;
        for (;;) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("cursor"), cursor);
            const Reply r = m_sync->changes(office, q);
            if (r.status != 200)
                return {};
            for (const QJsonValue &v : r.body.value(QStringLiteral("changes")).toArray())
                all << v.toObject();
            cursor = r.body.value(QStringLiteral("cursor")).toString();
            if (!r.body.value(QStringLiteral("more")).toBool())
                return all;
        }
    }

    static QList<QJsonObject> rowsOf(const QList<QJsonObject> &changes, const QString &entity)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &c : changes) {
            if (c.value(QStringLiteral("entity")).toString() == entity)
                out << c.value(QStringLiteral("row")).toObject();
        }
        return out;
    }

    // Office A's console writes a row (a dispatcher assigning, onboarding
    // suspending a provider), as a push.
    void officeWrites(const QString &entity, qint64 id, const QJsonObject &row)
    {
        const QJsonObject change{{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id},
                                 {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("row"), row}};
        const QJsonObject mutation{{QStringLiteral("id"), ++m_mutation}, {QStringLiteral("at"), m_now},
                                   {QStringLiteral("actor"), QStringLiteral("dispatch1")},
                                   {QStringLiteral("action"), QStringLiteral("test")},
                                   {QStringLiteral("changes"), QJsonArray{change}}};
        const Reply r = m_sync->push(kA, json({{QStringLiteral("store_uid"), kUidA}, {QStringLiteral("epoch"), 1},
                                               {QStringLiteral("mutations"), QJsonArray{mutation}}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("results")).toArray().first()[QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));
    }

    // The order as the platform holds it, as office A's console would have it after a pull.
    QJsonObject platformOrder(qint64 id)
    {
        auto tx = m_storage->begin();
        const auto row = tx->row(QStringLiteral("orders"), id);
        tx->commit();
        return row ? row->row : QJsonObject();
    }

    void assign(qint64 orderId, qint64 providerId)
    {
        QJsonObject row = platformOrder(orderId);
        row.insert(QStringLiteral("provider_id"), providerId);
        row.insert(QStringLiteral("planned_start"), kNow + 86400);
        row.insert(QStringLiteral("status"), QStringLiteral("assigned"));
        officeWrites(QStringLiteral("orders"), orderId, row);
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
        m_sync = std::make_unique<sync::SyncService>(*m_storage, pki::makeCa(QStringLiteral("CA")),
                                                     QStringLiteral("https://sync.test:1"));
        m_now = kNow;
        m_mutation = 0;
        m_sync->setClock([this] { return m_now; });
        m_api = std::make_unique<ApiService>(*m_storage, m_sender);
        m_api->setClock([this] { return m_now; });
        m_storage->addOffice({kA, QStringLiteral("Xuhui"), {QStringLiteral("310104")}, 1},
                             sync::enrollmentCodeHash(sync::newEnrollmentCode()), kNow + 3600);
        m_storage->addOffice({kB, QStringLiteral("Changning"), {QStringLiteral("310105")}, 1},
                             sync::enrollmentCodeHash(sync::newEnrollmentCode()), kNow + 3600);
        // Each office's first snapshot: its office row, districts, providers;
        // A's catalogue becomes the platform's.
        const auto snap = [this](const QString &office, const QString &uid, const QJsonArray &rows) {
            const Reply r = m_sync->snapshot(office, json({{QStringLiteral("store_uid"), uid}, {QStringLiteral("epoch"), 1},
                                                           {QStringLiteral("page"), 1}, {QStringLiteral("rows"), rows},
                                                           {QStringLiteral("final"), true}}));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body.value(QStringLiteral("refused")).toArray().size(), 0);
        };
        snap(kA, kUidA,
             {snapRow(QStringLiteral("offices"), kOfficeRowA, {{QStringLiteral("code"), kA}}),
              snapRow(QStringLiteral("districts"), kDistrictA, {{QStringLiteral("adcode"), QStringLiteral("310104")}}),
              snapRow(QStringLiteral("service_categories"), kCategory, {{QStringLiteral("code"), QStringLiteral("cleaning")}}),
              snapRow(QStringLiteral("service_items"), kItem,
                      {{QStringLiteral("code"), QStringLiteral("CLEAN-2H")}, {QStringLiteral("name"), QStringLiteral("日常保洁 2 小时")},
                       {QStringLiteral("category_id"), kCategory}, {QStringLiteral("price_fen"), 12000},
                       {QStringLiteral("duration_min"), 120}, {QStringLiteral("active"), 1}}),
              snapRow(QStringLiteral("service_items"), kItem + 1,
                      {{QStringLiteral("code"), QStringLiteral("OLD")}, {QStringLiteral("category_id"), kCategory},
                       {QStringLiteral("price_fen"), 1}, {QStringLiteral("duration_min"), 60}, {QStringLiteral("active"), 0}}),
              snapRow(QStringLiteral("providers"), kProvider, provider(kOfficeRowA, kProviderPhone)),
              snapRow(QStringLiteral("providers"), kOtherProvider, provider(kOfficeRowA, QStringLiteral("13700002222")))});
        snap(kB, QStringLiteral("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
             {snapRow(QStringLiteral("offices"), kOfficeRowB, {{QStringLiteral("code"), kB}}),
              snapRow(QStringLiteral("districts"), kDistrictB, {{QStringLiteral("adcode"), QStringLiteral("310105")}})});
    }

    void cleanup()
    {
        m_api.reset();
        m_sync.reset();
        m_storage.reset();
    }

    void customerSignsInWithAOneTimeCode()
    {
        const int sent = m_sender.count();
        Reply r = call("POST", QStringLiteral("customer/otp"), {}, json({{QStringLiteral("phone"), QStringLiteral("+86 138-1234-5678")}}));
        QCOMPARE(r.status, 202);
        QCOMPARE(m_sender.count(), sent + 1);
        const QString code = m_sender.lastCode(kPhone1); // the number normalised
        QCOMPARE(code.size(), 6);
        // A second code within 30 s is refused (SMS costs money, and floods).
        r = call("POST", QStringLiteral("customer/otp"), {}, json({{QStringLiteral("phone"), kPhone1}}));
        QCOMPARE(r.status, 429);

        const QString wrong = code == u"000000" ? QStringLiteral("000001") : QStringLiteral("000000");
        r = call("POST", QStringLiteral("customer/session"), {}, json({{QStringLiteral("phone"), kPhone1}, {QStringLiteral("code"), wrong}}));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("wrong_code"));
        r = call("POST", QStringLiteral("customer/session"), {}, json({{QStringLiteral("phone"), kPhone1}, {QStringLiteral("code"), code}}));
        QCOMPARE(r.status, 200);
        const QString token = r.body.value(QStringLiteral("token")).toString();
        QVERIFY(token.size() >= 40);
        const QString customerId = r.body.value(QStringLiteral("subject_id")).toString();
        QVERIFY(!customerId.isEmpty());
        QCOMPARE(r.body.value(QStringLiteral("expires_at")).toInteger(), kNow + 30 * 24 * 3600);
        // The code works once.
        r = call("POST", QStringLiteral("customer/session"), {}, json({{QStringLiteral("phone"), kPhone1}, {QStringLiteral("code"), code}}));
        QCOMPARE(r.status, 401);
        QCOMPARE(call("GET", QStringLiteral("orders"), token).status, 200);

        // The store holds the token's hash, never the token.
        auto tx = m_storage->begin();
        QVERIFY(tx->apiSubjects(QStringLiteral("customer_token"), token, kNow).isEmpty());
        QCOMPARE(tx->apiSubjects(QStringLiteral("customer_token"),
                                 QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex()),
                                 kNow).size(), 1);
        tx->commit();

        // Signing in again is the same customer.
        const QString again = signIn(kPhone1);
        QVERIFY(!again.isEmpty());
        QVERIFY(again != token);

        // Sign-out revokes the token; the other stays.
        QCOMPARE(call("DELETE", QStringLiteral("provider/session"), token).status, 401); // not a provider's token
        QCOMPARE(call("DELETE", QStringLiteral("customer/session"), token).status, 204);
        QCOMPARE(call("GET", QStringLiteral("orders"), token).status, 401);
        QCOMPARE(call("DELETE", QStringLiteral("customer/session"), token).status, 401);
        QCOMPARE(call("GET", QStringLiteral("orders"), again).status, 200);
        // Tokens expire.
        m_now += 30 * 24 * 3600 + 60;
        QCOMPARE(call("GET", QStringLiteral("orders"), again).status, 401);
    }

    void guessingTheCodeStopsItWorking()
    {
        QCOMPARE(call("POST", QStringLiteral("customer/otp"), {}, json({{QStringLiteral("phone"), kPhone2}})).status, 202);
        const QString code = m_sender.lastCode(kPhone2);
        int tried = 0;
        for (int guess = 0; tried < 5; ++guess) {
            const QString g = QStringLiteral("%1").arg(guess, 6, 10, QLatin1Char('0'));
            if (g == code)
                continue;
            ++tried;
            QCOMPARE(call("POST", QStringLiteral("customer/session"), {},
                          json({{QStringLiteral("phone"), kPhone2}, {QStringLiteral("code"), g}})).status, 401);
        }
        // Five wrong guesses: even the right code no longer works.
        QCOMPARE(call("POST", QStringLiteral("customer/session"), {},
                      json({{QStringLiteral("phone"), kPhone2}, {QStringLiteral("code"), code}})).status, 401);
        // A new code does.
        QVERIFY(!signIn(kPhone2).isEmpty());
        // An expired code does not.
        m_now += 31;
        QCOMPARE(call("POST", QStringLiteral("customer/otp"), {}, json({{QStringLiteral("phone"), kPhone2}})).status, 202);
        m_now += 5 * 60 + 1;
        QCOMPARE(call("POST", QStringLiteral("customer/session"), {},
                      json({{QStringLiteral("phone"), kPhone2}, {QStringLiteral("code"), m_sender.lastCode(kPhone2)}})).status, 401);
    }

    void catalogueForAnAddress()
    {
        const QString token = signIn(kPhone1);
        Reply r = call("GET", QStringLiteral("catalogue?adcode=310104"), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("office")).toString(), kA);
        const QJsonArray items = r.body.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1); // the inactive item is not offered
        QCOMPARE(items.first()[QStringLiteral("id")].toString(), QString::number(kItem));
        QCOMPARE(items.first()[QStringLiteral("price_fen")].toInt(), 12000);
        QCOMPARE(items.first()[QStringLiteral("category")].toString(), QStringLiteral("cleaning"));
        // Public: an app shows prices before its user signs in.
        QCOMPARE(call("GET", QStringLiteral("catalogue?adcode=310104")).body.value(QStringLiteral("items")).toArray().size(), 1);
        QCOMPARE(call("GET", QStringLiteral("catalogue")).status, 400);
        r = call("GET", QStringLiteral("catalogue?adcode=999999"), token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("not_served"));
    }

    void appOrderTravelsToTheOwningOffice()
    {
        const QString token = signIn(kPhone1);
        const Reply r = call("POST", QStringLiteral("orders"), token, orderBody());
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(r.body.value(QStringLiteral("office")).toString(), kA);
        QCOMPARE(r.body.value(QStringLiteral("price_fen")).toInt(), 12000);
        const qint64 id = idOf(r).toLongLong();
        QVERIFY(id > (qint64(1) << 53)); // why ids travel as strings
        QCOMPARE((id >> 12) & 0x3ff, 0); // the server's own node: never an office's

        // Office A pulls the order, its timeline entry (the customer as actor) and the customer.
        const QList<QJsonObject> a = pullAll(kA);
        const QList<QJsonObject> orders = rowsOf(a, QStringLiteral("orders"));
        QCOMPARE(orders.size(), 1);
        QCOMPARE(orders.first().value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(orders.first().value(QStringLiteral("office_id")).toInteger(), kOfficeRowA);
        QCOMPARE(orders.first().value(QStringLiteral("district_id")).toInteger(), kDistrictA);
        QCOMPARE(orders.first().value(QStringLiteral("duration_min")).toInt(), 120);
        const QList<QJsonObject> events = rowsOf(a, QStringLiteral("order_events"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value(QStringLiteral("actor_kind")).toString(), QStringLiteral("customer"));
        QCOMPARE(events.first().value(QStringLiteral("to_status")).toString(), QStringLiteral("awaiting_dispatch"));
        const QList<QJsonObject> customers = rowsOf(a, QStringLiteral("customers"));
        QCOMPARE(customers.size(), 1);
        QCOMPARE(customers.first().value(QStringLiteral("phone")).toString(), kPhone1);
        QCOMPARE(customers.first().value(QStringLiteral("office_id")).toInteger(), kOfficeRowA);
        // Office B serves another district: it gets no order of A's.
        QVERIFY(rowsOf(pullAll(kB), QStringLiteral("orders")).isEmpty());

        // The customer sees it in their list and alone.
        const Reply list = call("GET", QStringLiteral("orders"), token);
        QCOMPARE(list.body.value(QStringLiteral("orders")).toArray().size(), 1);
        const Reply one = call("GET", QStringLiteral("orders/%1").arg(id), token);
        QCOMPARE(one.status, 200);
        QCOMPARE(one.body.value(QStringLiteral("provider")).type(), QJsonValue::Null);

        // An order in a district nobody serves, for a service not offered, in the past: refused.
        QCOMPARE(call("POST", QStringLiteral("orders"), token, orderBody(QStringLiteral("999999"))).status, 422);
        QJsonObject body = QJsonDocument::fromJson(orderBody()).object();
        body.insert(QStringLiteral("service_item_id"), QString::number(kItem + 1));
        QCOMPARE(call("POST", QStringLiteral("orders"), token, json(body)).status, 422);
        body = QJsonDocument::fromJson(orderBody()).object();
        body.insert(QStringLiteral("window_start"), kNow - 7200);
        body.insert(QStringLiteral("window_end"), kNow - 3600);
        QCOMPARE(call("POST", QStringLiteral("orders"), token, json(body)).status, 400);
    }

    void cancelIsFreeBeforeDispatchAndRefusedAfter()
    {
        const QString token = signIn(kPhone1);
        const QString first = idOf(call("POST", QStringLiteral("orders"), token, orderBody()));
        Reply r = call("POST", QStringLiteral("orders/%1/cancel").arg(first), token,
                       json({{QStringLiteral("reason"), QStringLiteral("plans changed")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(platformOrder(first.toLongLong()).value(QStringLiteral("cancel_reason")).toString(), QStringLiteral("plans changed"));
        QCOMPARE(call("POST", QStringLiteral("orders/%1/cancel").arg(first), token).status, 409);
        const QList<QJsonObject> events = rowsOf(pullAll(kA), QStringLiteral("order_events"));
        QCOMPARE(events.last().value(QStringLiteral("to_status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(events.last().value(QStringLiteral("event")).toString(), QStringLiteral("cancel"));

        // Dispatched: refused, with the reason.
        const QString second = idOf(call("POST", QStringLiteral("orders"), token, orderBody()));
        assign(second.toLongLong(), kProvider);
        r = call("POST", QStringLiteral("orders/%1/cancel").arg(second), token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("already_dispatched"));
        QVERIFY(r.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("office")));
        QCOMPARE(platformOrder(second.toLongLong()).value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
    }

    void providerWorksAJobAndTheCustomerRatesIt()
    {
        const QString customer = signIn(kPhone1);
        const QString order = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        const QString token = providerSignIn(kProvider);
        QVERIFY(!token.isEmpty());
        QCOMPARE(call("GET", QStringLiteral("provider/jobs"), token).body.value(QStringLiteral("jobs")).toArray().size(), 0);
        assign(order.toLongLong(), kProvider);
        const QJsonArray jobs = call("GET", QStringLiteral("provider/jobs"), token).body.value(QStringLiteral("jobs")).toArray();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first()[QStringLiteral("id")].toString(), order);
        // The provider sees the customer's number masked, and a relay to call.
        const QJsonObject contact = jobs.first()[QStringLiteral("customer")][QStringLiteral("contact")].toObject();
        QCOMPARE(contact.value(QStringLiteral("masked")).toString(), QStringLiteral("138****5678"));
        QVERIFY(contact.value(QStringLiteral("relay")).toString().startsWith(QStringLiteral("170")));
        QVERIFY(!QJsonDocument(jobs.first().toObject()).toJson().contains(kPhone1.toUtf8()));

        // Not yet on the way: "started" is refused with the reason.
        Reply r = call("POST", QStringLiteral("provider/jobs/%1/start").arg(order), token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("wrong_status"));
        const QStringList steps{QStringLiteral("accept"), QStringLiteral("on_the_way"), QStringLiteral("arrived"),
                                QStringLiteral("start"), QStringLiteral("complete")};
        const QStringList expected{QStringLiteral("accepted"), QStringLiteral("on_the_way"), QStringLiteral("on_the_way"),
                                   QStringLiteral("in_service"), QStringLiteral("completed")};
        for (qsizetype i = 0; i < steps.size(); ++i) {
            if (steps[i] == u"arrived") {
                QCOMPARE(call("POST", QStringLiteral("provider/positions"), token, points(31.2, 121.44, m_now)).status, 204);
                // The customer sees the approach and the provider masked.
                const QJsonObject p = call("GET", QStringLiteral("orders/%1").arg(order), customer)
                                          .body.value(QStringLiteral("provider")).toObject();
                QCOMPARE(p.value(QStringLiteral("position")).toObject().value(QStringLiteral("lat")).toDouble(), 31.2);
                QCOMPARE(p.value(QStringLiteral("contact")).toObject().value(QStringLiteral("masked")).toString(), QStringLiteral("137****1111"));
                QVERIFY(!QJsonDocument(p).toJson().contains(kProviderPhone.toUtf8()));
            }
            r = call("POST", QStringLiteral("provider/jobs/%1/%2").arg(order, steps[i]), token);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body.value(QStringLiteral("status")).toString(), expected[i]);
        }
        // Office A's pull: the order completed, the timeline with the provider as actor.
        const QList<QJsonObject> a = pullAll(kA);
        const QList<QJsonObject> events = rowsOf(a, QStringLiteral("order_events"));
        QCOMPARE(std::count_if(events.cbegin(), events.cend(), [](const QJsonObject &e) {
                     return e.value(QStringLiteral("actor_kind")).toString() == u"provider";
                 }), 5);
        QCOMPARE(rowsOf(a, QStringLiteral("orders")).last().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        // Completed: the relay binding has ended.
        const QJsonObject done = call("GET", QStringLiteral("orders/%1").arg(order), customer).body;
        QCOMPARE(done.value(QStringLiteral("provider"))[QStringLiteral("contact")][QStringLiteral("relay")].type(), QJsonValue::Null);

        // Rating: 1–5, once.
        QCOMPARE(call("POST", QStringLiteral("orders/%1/rating").arg(order), customer,
                      json({{QStringLiteral("stars"), 6}})).status, 400);
        r = call("POST", QStringLiteral("orders/%1/rating").arg(order), customer,
                 json({{QStringLiteral("stars"), 5}, {QStringLiteral("comment"), QStringLiteral("很仔细")}}));
        QCOMPARE(r.status, 201);
        QCOMPARE(call("POST", QStringLiteral("orders/%1/rating").arg(order), customer,
                      json({{QStringLiteral("stars"), 4}})).status, 409);
        const QList<QJsonObject> ratings = rowsOf(pullAll(kA), QStringLiteral("ratings"));
        QCOMPARE(ratings.size(), 1);
        QCOMPARE(ratings.first().value(QStringLiteral("stars")).toInt(), 5);
        QCOMPARE(ratings.first().value(QStringLiteral("provider_id")).toInteger(), kProvider);
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("status")).toString(), QStringLiteral("rated"));
    }

    void declineSendsTheJobBackToTheQueue()
    {
        const QString customer = signIn(kPhone1);
        const QString order = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        assign(order.toLongLong(), kProvider);
        const QString token = providerSignIn(kProvider);
        QCOMPARE(call("POST", QStringLiteral("provider/jobs/%1/decline").arg(order), token).status, 400); // needs a reason
        const Reply r = call("POST", QStringLiteral("provider/jobs/%1/decline").arg(order), token,
                             json({{QStringLiteral("reason"), QStringLiteral("车坏了")}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_dispatch"));
        const QJsonObject row = platformOrder(order.toLongLong());
        QVERIFY(row.value(QStringLiteral("provider_id")).isNull());
        // No longer the provider's job.
        QCOMPARE(call("GET", QStringLiteral("provider/jobs/%1").arg(order), token).status, 404);
        const QJsonObject last = rowsOf(pullAll(kA), QStringLiteral("order_events")).last();
        QCOMPARE(last.value(QStringLiteral("event")).toString(), QStringLiteral("decline"));
        QCOMPARE(last.value(QStringLiteral("note")).toString(), QStringLiteral("车坏了"));
    }

    void aSuspendedProviderIsRefused()
    {
        QCOMPARE(call("POST", QStringLiteral("provider/session"), {},
                      json({{QStringLiteral("provider_id"), QString::number(kProvider)}, {QStringLiteral("secret"), QStringLiteral("guess")}})).status, 401);
        const QString secret = m_api->issueProviderSecret(kProvider);
        const QString token = providerSignIn(kProvider); // a new credential: the first one stops working
        QCOMPARE(call("POST", QStringLiteral("provider/session"), {},
                      json({{QStringLiteral("provider_id"), QString::number(kProvider)}, {QStringLiteral("secret"), secret}})).status, 401);
        QCOMPARE(call("GET", QStringLiteral("provider/jobs"), token).status, 200);
        // The office suspends the provider: the token stops working at once, and signing in is refused.
        officeWrites(QStringLiteral("providers"), kProvider, provider(kOfficeRowA, kProviderPhone, QStringLiteral("suspended")));
        Reply r = call("GET", QStringLiteral("provider/jobs"), token);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("provider_not_active"));
        const QString fresh = m_api->issueProviderSecret(kProvider);
        r = call("POST", QStringLiteral("provider/session"), {},
                 json({{QStringLiteral("provider_id"), QString::number(kProvider)}, {QStringLiteral("secret"), fresh}}));
        QCOMPARE(r.status, 403);
        // No credential for a provider the platform does not know.
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_api->issueProviderSecret(999));
    }

    // Every endpoint: with another user's ids 404, without credentials 401.
    void everyEndpointKeepsUsersApart()
    {
        const QString alice = signIn(kPhone1);
        const QString bob = signIn(kPhone2);
        const QString order = idOf(call("POST", QStringLiteral("orders"), alice, orderBody()));
        const QString ownOrder = idOf(call("POST", QStringLiteral("orders"), bob, orderBody()));
        assign(order.toLongLong(), kProvider);
        const QString worker = providerSignIn(kProvider);
        const QString other = providerSignIn(kOtherProvider);

        struct Endpoint
        {
            const char *method;
            QString path;
            QByteArray body;
        };
        const QByteArray reason = json({{QStringLiteral("reason"), QStringLiteral("x")}});
        const QList<Endpoint> customerEndpoints{
            {"GET", QStringLiteral("orders/%1").arg(order), {}},
            {"POST", QStringLiteral("orders/%1/cancel").arg(order), reason},
            {"POST", QStringLiteral("orders/%1/rating").arg(order), json({{QStringLiteral("stars"), 5}})}};
        const QList<Endpoint> providerEndpoints{
            {"GET", QStringLiteral("provider/jobs/%1").arg(order), {}},
            {"POST", QStringLiteral("provider/jobs/%1/accept").arg(order), {}},
            {"POST", QStringLiteral("provider/jobs/%1/decline").arg(order), reason},
            {"POST", QStringLiteral("provider/jobs/%1/on_the_way").arg(order), {}},
            {"POST", QStringLiteral("provider/jobs/%1/arrived").arg(order), {}},
            {"POST", QStringLiteral("provider/jobs/%1/start").arg(order), {}},
            {"POST", QStringLiteral("provider/jobs/%1/complete").arg(order), {}}};
        for (const Endpoint &e : customerEndpoints) {
            QCOMPARE(call(e.method, e.path, bob, e.body).status, 404);     // another customer's order
            QCOMPARE(call(e.method, e.path, worker, e.body).status, 401);  // a provider's token is no customer's
            QCOMPARE(call(e.method, e.path, {}, e.body).status, 401);
            QCOMPARE(call(e.method, e.path, QStringLiteral("forged"), e.body).status, 401);
        }
        for (const Endpoint &e : providerEndpoints) {
            QCOMPARE(call(e.method, e.path, other, e.body).status, 404);   // another provider's job
            QCOMPARE(call(e.method, e.path, alice, e.body).status, 401);   // the customer's token is no provider's
            QCOMPARE(call(e.method, e.path, {}, e.body).status, 401);
        }
        // The endpoints without ids: nothing without credentials, only one's own with them.
        const QList<Endpoint> lists{{"GET", QStringLiteral("orders"), {}},
                                    {"POST", QStringLiteral("orders"), orderBody()},
                                    {"GET", QStringLiteral("provider/jobs"), {}},
                                    {"POST", QStringLiteral("provider/positions"), points(1, 1, kNow)},
                                    {"DELETE", QStringLiteral("customer/session"), {}},
                                    {"DELETE", QStringLiteral("provider/session"), {}}};
        for (const Endpoint &e : lists)
            QCOMPARE(call(e.method, e.path, {}, e.body).status, 401);
        const QJsonArray bobs = call("GET", QStringLiteral("orders"), bob).body.value(QStringLiteral("orders")).toArray();
        QCOMPARE(bobs.size(), 1);
        QCOMPARE(bobs.first()[QStringLiteral("id")].toString(), ownOrder);
        QCOMPARE(call("GET", QStringLiteral("provider/jobs"), other).body.value(QStringLiteral("jobs")).toArray().size(), 0);
        // Nothing the others tried changed the order.
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));
        QCOMPARE(call("GET", QStringLiteral("orders/%1").arg(order), alice).status, 200);
        QCOMPARE(call("GET", QStringLiteral("provider/jobs/%1").arg(order), worker).status, 200);
    }

    void perTokenRateLimit()
    {
        const QString token = signIn(kPhone1);
        int ok = 0, limited = 0;
        for (int i = 0; i < 15; ++i) {
            const int status = call("GET", QStringLiteral("orders"), token).status;
            ok += status == 200;
            limited += status == 429;
        }
        QCOMPARE(ok, 10);
        QCOMPARE(limited, 5);
        m_now += 1; // the next second
        QCOMPARE(call("GET", QStringLiteral("orders"), token).status, 200);
    }

    void malformedInputIs400WithAReason()
    {
        const QString token = signIn(kPhone1);
        const QList<QPair<QString, QByteArray>> cases{
            {QStringLiteral("customer/otp"), "not json"},
            {QStringLiteral("customer/otp"), "[]"},
            {QStringLiteral("customer/otp"), R"({"phone": 13812345678})"},
            {QStringLiteral("customer/otp"), R"({"phone": "12345"})"},
            {QStringLiteral("customer/session"), R"({"phone": "13812345678", "code": "12ab56"})"},
            {QStringLiteral("provider/session"), R"({"provider_id": 500, "secret": "x"})"},
            {QStringLiteral("orders"), R"({"service_item_id": "70"})"},
            {QStringLiteral("orders"), R"({"service_item_id": "-70", "district": "310104", "address": "a", "lat": 1, "lng": 1, "window_start": 1796300000, "window_end": 1796303600})"},
            {QStringLiteral("orders"), R"({"service_item_id": "70", "district": "310104", "address": "a", "lat": 91, "lng": 1, "window_start": 1796300000, "window_end": 1796303600})"},
            {QStringLiteral("orders"), R"({"service_item_id": "70", "district": "310104", "address": "a", "lat": 1, "lng": 1, "window_start": 1796303600, "window_end": 1796300000})"},
            {QStringLiteral("orders"), R"({"service_item_id": "70", "district": "310104", "address": "a", "lat": 1, "lng": 1, "window_start": 1796300000000, "window_end": 1796303600000})"}};
        for (const auto &[path, body] : cases) {
            const Reply r = call("POST", path, path.startsWith(u"orders") ? token : QString(), body);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("bad_request"));
            QVERIFY2(!r.body.value(QStringLiteral("message")).toString().isEmpty(), body.constData());
        }
        // One spelling per id: with a leading zero it is no id (found by fuzz_apirequests).
        m_now += 1;
        const QString order = idOf(call("POST", QStringLiteral("orders"), token, orderBody()));
        QCOMPARE(call("GET", QStringLiteral("orders/0") + order, token).status, 404);
        QCOMPARE(call("GET", QStringLiteral("orders/") + order, token).status, 200);
        // Paths that are not ids or not endpoints: 404, never a crash.
        for (const QString &path : {QStringLiteral("orders/abc"), QStringLiteral("orders/-1"), QStringLiteral("orders/0"),
                                    QStringLiteral("orders/99999999999999999999999"), QStringLiteral("orders//cancel"),
                                    QStringLiteral("customer/nothing")}) {
            m_now += 1; // under the token's rate
            QCOMPARE(call("GET", path, token).status, 404);
        }
    }

    void randomInputNeverHurts()
    {
        const QString customer = signIn(kPhone1);
        const QString order = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        const QStringList paths{QStringLiteral("customer/otp"), QStringLiteral("customer/session"), QStringLiteral("provider/session"),
                                QStringLiteral("orders"), QStringLiteral("orders/%1/cancel").arg(order),
                                QStringLiteral("orders/%1/rating").arg(order), QStringLiteral("provider/positions")};
        QRandomGenerator rng(12);
        for (int i = 0; i < 300; ++i) {
            QByteArray body(rng.bounded(1, 64), Qt::Uninitialized); // never empty: an empty cancel is a cancel
            for (char &c : body)
                c = char(rng.bounded(256));
            m_now += 1; // stay under the rate limit
            const int status = call("POST", paths[i % paths.size()], customer, body).status;
            QVERIFY2(status == 400 || status == 401 || status == 404 || status == 409 || status == 429, qPrintable(QString::number(status)));
        }
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_dispatch"));
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_serverapi.moc"
