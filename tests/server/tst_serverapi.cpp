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
#include "sync/booking_share.h"
#include "sync/enrollment_code.h"
#include "sync/sync_service.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <thread>

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

// The stub, counting the refunds it is asked to pay (shared by two server
// processes' gateways).
class CountingGateway final : public PaymentGateway
{
public:
    explicit CountingGateway(std::shared_ptr<std::atomic<int>> refunds) : m_refunds(std::move(refunds)) {}
    GatewayAnswer charge(qint64 paymentId, qint64 amountFen, const QString &card) override
    {
        return m_stub.charge(paymentId, amountFen, card);
    }
    GatewayAnswer status(qint64 paymentId) override { return m_stub.status(paymentId); }
    GatewayAnswer refund(qint64 paymentId, qint64 refundId, qint64 amountFen) override
    {
        ++*m_refunds;
        return m_stub.refund(paymentId, refundId, amountFen);
    }

private:
    StubPaymentGateway m_stub;
    std::shared_ptr<std::atomic<int>> m_refunds;
};

// A refund an agent asked for in office A's console (RefundService::request), as its push carries it.
QJsonObject consoleRefund(qint64 id, qint64 orderId, qint64 complaintId, qint64 amountFen, qint64 at)
{
    const QJsonValue null(QJsonValue::Null);
    return {{QStringLiteral("id"), id},           {QStringLiteral("order_id"), orderId},
            {QStringLiteral("complaint_id"), complaintId ? QJsonValue(complaintId) : null},
            {QStringLiteral("amount_fen"), amountFen}, {QStringLiteral("reason"), QStringLiteral("少擦了两扇窗")},
            {QStringLiteral("status"), QStringLiteral("requested")}, {QStringLiteral("requested_by"), 5},
            {QStringLiteral("approved_by"), null}, {QStringLiteral("requested_at"), at},
            {QStringLiteral("decided_at"), null},  {QStringLiteral("rejected_by"), null},
            {QStringLiteral("reject_reason"), null}, {QStringLiteral("paid_by"), null},
            {QStringLiteral("paid_at"), null}};
}

QJsonObject approved(QJsonObject refund, qint64 by, qint64 at)
{
    refund.insert(QStringLiteral("status"), QStringLiteral("approved"));
    refund.insert(QStringLiteral("approved_by"), by);
    refund.insert(QStringLiteral("decided_at"), at);
    return refund;
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

    // A POST with an Idempotency-Key (api/idempotency.cpp).
    Reply keyed(const QString &path, const QString &token, const QByteArray &body, const QByteArray &key)
    {
        return m_api->handle({QByteArray("POST"), path, "Bearer " + token.toLatin1(), body, QUrlQuery(), key});
    }

    // Any row as the platform holds it.
    QJsonObject stored(const QString &entity, qint64 id)
    {
        auto tx = m_storage->begin();
        const auto row = tx->row(entity, id);
        tx->commit();
        return row ? row->row : QJsonObject();
    }

    // Tests of many calls within one (test clock) second.
    void relaxRateLimit()
    {
        m_api = std::make_unique<ApiService>(*m_storage, m_sender, ApiLimits{1000});
        m_api->setClock([this] { return m_now; });
    }

    // The customer's order, assigned to kProvider and paid with the stub's card.
    QString paidOrder(const QString &customer, const QString &card = QStringLiteral("stub_ok"))
    {
        const QString order = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        assign(order.toLongLong(), kProvider);
        const Reply r = call("POST", QStringLiteral("orders/%1/pay").arg(order), customer, json({{QStringLiteral("card"), card}}));
        return r.status == 201 && r.body.value(QStringLiteral("status")).toString() == u"paid" ? order : QString();
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
        QCOMPARE(officePush(entity, id, row, ++m_mutation), QStringLiteral("applied"));
    }

    // The push of one mutation with that id (the same id again: a push
    // retried after its reply was lost); the server's verdict on it.
    QString officePush(const QString &entity, qint64 id, const QJsonObject &row, qint64 mutationId)
    {
        const QJsonObject change{{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id},
                                 {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("row"), row}};
        const QJsonObject mutation{{QStringLiteral("id"), mutationId}, {QStringLiteral("at"), m_now},
                                   {QStringLiteral("actor"), QStringLiteral("dispatch1")},
                                   {QStringLiteral("action"), QStringLiteral("test")},
                                   {QStringLiteral("changes"), QJsonArray{change}}};
        const Reply r = m_sync->push(kA, json({{QStringLiteral("store_uid"), kUidA}, {QStringLiteral("epoch"), 1},
                                               {QStringLiteral("mutations"), QJsonArray{mutation}}}));
        if (r.status != 200)
            return QStringLiteral("HTTP %1").arg(r.status);
        return r.body.value(QStringLiteral("results")).toArray().first()[QStringLiteral("status")].toString();
    }

    // What the customer's payment of the order says (GET orders/{id}/payment).
    QJsonObject paymentOf(const QString &order, const QString &customer)
    {
        return call("GET", QStringLiteral("orders/%1/payment").arg(order), customer).body;
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
        // On the sync service's storage, as `run` builds it: its commits ring.
        m_api = std::make_unique<ApiService>(m_sync->storage(), m_sender);
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

    // Live notices (issue #12): every API write that commits rings the
    // owning office's consoles from the storage's commit (not from each
    // handler), as the platform; a write that is refused rings nobody.
    void apiWritesRingTheOwningOffice()
    {
        QList<QPair<QStringList, QString>> rung;
        const int listener = m_sync->addCommitListener([&rung](const QStringList &audiences, const QString &origin) {
            rung.append({audiences, origin});
        });
        const QString customer = signIn(kPhone1);
        QCOMPARE(rung.size(), 0); // a sign-in writes no office's rows
        const QString order = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        QCOMPARE(rung.size(), 1);
        QVERIFY(rung.first().first.contains(kA));
        QVERIFY(!rung.first().first.contains(kB));
        QCOMPARE(rung.first().second, QStringLiteral("platform"));
        assign(order.toLongLong(), kProvider);
        rung.clear();
        const QString token = providerSignIn(kProvider);
        QCOMPARE(call("POST", QStringLiteral("provider/jobs/%1/accept").arg(order), token).status, 200);
        QCOMPARE(rung.size(), 1);
        QCOMPARE(rung.first().first, QStringList{kA});
        // Refused (accepted already): rolled back, nobody rung.
        QCOMPARE(call("POST", QStringLiteral("provider/jobs/%1/accept").arg(order), token).status, 409);
        QCOMPARE(rung.size(), 1);
        // A position report reaches the provider's office (its dispatch map).
        QCOMPARE(call("POST", QStringLiteral("provider/positions"), token, points(31.2, 121.44, m_now)).status, 204);
        QCOMPARE(rung.size(), 2);
        QCOMPARE(rung.last().first, QStringList{kA});
        const QList<QJsonObject> positions = rowsOf(pullAll(kA), QStringLiteral("provider_positions"));
        QCOMPARE(positions.size(), 1);
        QCOMPARE(positions.first().value(QStringLiteral("provider_id")).toInteger(), kProvider);
        QCOMPARE(positions.first().value(QStringLiteral("lat")).toDouble(), 31.2);
        QCOMPARE(rowsOf(pullAll(kB), QStringLiteral("provider_positions")).size(), 0);
        m_sync->removeCommitListener(listener);
    }

    // A provider of A's who also serves B's district: B holds A's booking of
    // them (booking_share.h). The provider's decline in the app withdraws it
    // from B, and B is rung; a cancellation (the same transition path) too.
    void aDeclineWithdrawsTheSharedBookingFromTheNeighbour()
    {
        QJsonObject shared = provider(kOfficeRowA, kProviderPhone);
        shared.insert(QStringLiteral("$districts"), QJsonArray{kDistrictB});
        officeWrites(QStringLiteral("providers"), kProvider, shared);
        const QString customer = signIn(kPhone1);
        const qint64 order = idOf(call("POST", QStringLiteral("orders"), customer, orderBody())).toLongLong();
        assign(order, kProvider);
        const auto bookingsOfB = [this] {
            QHash<qint64, QString> out; // order -> last op
            for (const QJsonObject &c : pullAll(kB))
                if (c.value(QStringLiteral("entity")).toString() == u"provider_bookings")
                    out.insert(c.value(QStringLiteral("id")).toInteger(), c.value(QStringLiteral("op")).toString());
            return out;
        };
        QCOMPARE(bookingsOfB().value(order), QStringLiteral("upsert"));

        // The cancellation path: the transition the API writes for a
        // cancelled order withdraws the slot (the app refuses a cancel after
        // dispatch today; the office's rule will allow some).
        {
            auto tx = m_sync->storage().begin();
            StoredRow cancelled = *tx->row(QStringLiteral("orders"), order);
            cancelled.row.insert(QStringLiteral("status"), QStringLiteral("cancelled"));
            const QList<sync::Notice> notices = sync::platformBookingNotices(*tx, m_sync->storage(), cancelled);
            QCOMPARE(notices.size(), 1);
            QVERIFY(notices.first().first.deleted);
            QCOMPARE(notices.first().second, QStringList{kB});
        }

        QStringList rung;
        const int listener = m_sync->addCommitListener([&rung](const QStringList &audiences, const QString &) { rung << audiences; });
        const QString token = providerSignIn(kProvider);
        QCOMPARE(call("POST", QStringLiteral("provider/jobs/%1/decline").arg(order), token,
                      json({{QStringLiteral("reason"), QStringLiteral("车坏了")}})).status, 200);
        m_sync->removeCommitListener(listener);
        QVERIFY(rung.contains(kA));
        QVERIFY(rung.contains(kB));
        QCOMPARE(bookingsOfB().value(order), QStringLiteral("delete"));
    }

    // Server-owned accept timeouts (sync/accept_watch.h): nothing until the
    // office's console has said its timeout at hello (it sweeps itself till
    // then); after, an unanswered job goes back to the office's queue with
    // a "timeout" event by the system, rung to the office; an accepted one
    // and one reassigned since are left alone.
    void theServerTimesOutUnansweredJobs()
    {
        const QString customer = signIn(kPhone1);
        const qint64 early = idOf(call("POST", QStringLiteral("orders"), customer, orderBody())).toLongLong();
        assign(early, kProvider);
        m_now += 3600;
        QCOMPARE(m_api->sweepAcceptTimeouts(), 0); // no console has handed the timeouts over
        QCOMPARE(platformOrder(early).value(QStringLiteral("status")).toString(), QStringLiteral("assigned"));

        const auto hello = [this](const QString &minutes) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("store_uid"), kUidA);
            q.addQueryItem(QStringLiteral("epoch"), QStringLiteral("1"));
            if (!minutes.isEmpty())
                q.addQueryItem(QStringLiteral("accept_timeout_minutes"), minutes);
            return m_sync->hello(kA, q);
        };
        QCOMPARE(hello({}).body.value(QStringLiteral("accept_timeouts")).toBool(), false);
        QCOMPARE(hello(QStringLiteral("-1")).status, 400);
        QCOMPARE(hello(QStringLiteral("15")).body.value(QStringLiteral("accept_timeouts")).toBool(), true);
        QCOMPARE(hello({}).body.value(QStringLiteral("accept_timeouts")).toBool(), true); // kept

        QStringList rung;
        const int listener = m_sync->addCommitListener([&rung](const QStringList &audiences, const QString &) { rung << audiences; });
        QCOMPARE(m_api->sweepAcceptTimeouts(), 1); // the early job, an hour unanswered
        QJsonObject row = platformOrder(early);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_dispatch"));
        QVERIFY(row.value(QStringLiteral("provider_id")).isNull());
        QVERIFY(row.value(QStringLiteral("planned_start")).isNull());
        QVERIFY(rung.contains(kA));
        const QJsonObject event = rowsOf(pullAll(kA), QStringLiteral("order_events")).last();
        QCOMPARE(event.value(QStringLiteral("event")).toString(), QStringLiteral("timeout"));
        QCOMPARE(event.value(QStringLiteral("actor_kind")).toString(), QStringLiteral("system"));
        QCOMPARE(event.value(QStringLiteral("from_status")).toString(), QStringLiteral("assigned"));
        QVERIFY(event.value(QStringLiteral("note")).toString().contains(QStringLiteral("15")));
        QCOMPARE(m_api->sweepAcceptTimeouts(), 0);
        m_sync->removeCommitListener(listener);

        // Accepted in time: left alone. Reassigned: its wait starts again.
        const qint64 accepted = idOf(call("POST", QStringLiteral("orders"), customer, orderBody())).toLongLong();
        const qint64 waiting = idOf(call("POST", QStringLiteral("orders"), customer, orderBody())).toLongLong();
        assign(accepted, kProvider);
        assign(waiting, kOtherProvider);
        const QString token = providerSignIn(kProvider);
        m_now += 10 * 60;
        QCOMPARE(call("POST", QStringLiteral("provider/jobs/%1/accept").arg(accepted), token).status, 200);
        QJsonObject again = platformOrder(waiting);
        again.insert(QStringLiteral("provider_id"), kProvider);
        again.insert(QStringLiteral("planned_start"), kNow + 2 * 86400);
        officeWrites(QStringLiteral("orders"), waiting, again); // another provider, 10 min in
        m_now += 10 * 60;
        QCOMPARE(m_api->sweepAcceptTimeouts(), 0);
        m_now += 6 * 60;
        QCOMPARE(m_api->sweepAcceptTimeouts(), 1);
        QCOMPARE(platformOrder(accepted).value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(platformOrder(waiting).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_dispatch"));

        // 0: no limit (the server still owns them: the console stays quiet).
        QCOMPARE(hello(QStringLiteral("0")).body.value(QStringLiteral("accept_timeouts")).toBool(), true);
        assign(waiting, kOtherProvider);
        m_now += 24 * 3600;
        QCOMPARE(m_api->sweepAcceptTimeouts(), 0);
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
        relaxRateLimit();
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
            {"POST", QStringLiteral("orders/%1/rating").arg(order), json({{QStringLiteral("stars"), 5}})},
            {"POST", QStringLiteral("orders/%1/pay").arg(order), {}},
            {"GET", QStringLiteral("orders/%1/payment").arg(order), {}},
            {"POST", QStringLiteral("orders/%1/complaints").arg(order),
             json({{QStringLiteral("category"), QStringLiteral("quality")}, {QStringLiteral("description"), QStringLiteral("x")}})},
            {"GET", QStringLiteral("orders/%1/complaints").arg(order), {}},
            {"POST", QStringLiteral("orders/%1/refunds").arg(order),
             json({{QStringLiteral("amount_fen"), 100}, {QStringLiteral("reason"), QStringLiteral("x")}})},
            {"GET", QStringLiteral("orders/%1/refunds").arg(order), {}}};
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
                                    {"GET", QStringLiteral("provider/availability"), {}},
                                    {"POST", QStringLiteral("provider/availability"), json({{QStringLiteral("hours"), QJsonArray()}})},
                                    {"GET", QStringLiteral("provider/day"), {}},
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
        // Nor paid, complained about or refunded it; and with a key, a
        // stranger's retry is not the owner's answer either.
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("unpaid"));
        QVERIFY(rowsOf(pullAll(kA), QStringLiteral("complaints")).isEmpty());
        QCOMPARE(keyed(QStringLiteral("orders/%1/pay").arg(order), bob, {}, "k1").status, 404);
        QCOMPARE(keyed(QStringLiteral("orders/%1/pay").arg(order), alice, {}, "k1").status, 201);
        // The customer's token is no provider's for a provider's own pages.
        QCOMPARE(call("GET", QStringLiteral("provider/day"), alice).status, 401);
        QCOMPARE(call("GET", QStringLiteral("provider/availability"), alice).status, 401);
    }

    void paymentFollowsTheStubProvider()
    {
        relaxRateLimit();
        const QString customer = signIn(kPhone1);
        const QString order = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        QCOMPARE(call("GET", QStringLiteral("orders/%1/payment").arg(order), customer).status, 404); // none yet
        // A declined card: the payment failed, the order still unpaid.
        Reply r = call("POST", QStringLiteral("orders/%1/pay").arg(order), customer,
                       json({{QStringLiteral("card"), QStringLiteral("stub_declined")}}));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(r.body.value(QStringLiteral("failure")).toString(), QStringLiteral("card_declined"));
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("unpaid"));
        // Paid with a good card: the order's whole price, in fen.
        r = call("POST", QStringLiteral("orders/%1/pay").arg(order), customer);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(r.body.value(QStringLiteral("amount_fen")).toInteger(), 12000);
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("paid"));
        QCOMPARE(rowsOf(pullAll(kA), QStringLiteral("orders")).last().value(QStringLiteral("payment_status")).toString(),
                 QStringLiteral("paid"));
        r = call("POST", QStringLiteral("orders/%1/pay").arg(order), customer);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("already_paid"));
        QCOMPARE(call("GET", QStringLiteral("orders/%1/payment").arg(order), customer).body.value(QStringLiteral("status")).toString(),
                 QStringLiteral("paid"));

        // Pending until the provider is asked again; meanwhile no second payment.
        m_now += 1;
        const QString slow = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        r = call("POST", QStringLiteral("orders/%1/pay").arg(slow), customer, json({{QStringLiteral("card"), QStringLiteral("stub_pending")}}));
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(platformOrder(slow.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("unpaid"));
        QCOMPARE(call("POST", QStringLiteral("orders/%1/pay").arg(slow), customer).body.value(QStringLiteral("error")).toString(),
                 QStringLiteral("payment_pending"));
        r = call("GET", QStringLiteral("orders/%1/payment").arg(slow), customer);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QVERIFY(r.body.value(QStringLiteral("settled_at")).isDouble());
        QCOMPARE(platformOrder(slow.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("paid"));

        // Nothing to pay on a cancelled order; an unknown card is 400.
        m_now += 1;
        const QString gone = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        QCOMPARE(call("POST", QStringLiteral("orders/%1/cancel").arg(gone), customer).status, 200);
        QCOMPARE(call("POST", QStringLiteral("orders/%1/pay").arg(gone), customer).status, 409);
        QCOMPARE(call("POST", QStringLiteral("orders/%1/pay").arg(order), customer, json({{QStringLiteral("card"), QStringLiteral("visa")}})).status,
                 400);
    }

    void complaintLandsInTheOfficesQueue()
    {
        relaxRateLimit();
        const QString customer = signIn(kPhone1);
        const QString order = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        const QByteArray body = json({{QStringLiteral("category"), QStringLiteral("quality")},
                                      {QStringLiteral("ask"), QStringLiteral("refund")},
                                      {QStringLiteral("description"), QStringLiteral("厨房没擦干净")}});
        // Nobody has come yet: nothing to complain about.
        Reply r = call("POST", QStringLiteral("orders/%1/complaints").arg(order), customer, body);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("not_dispatched"));
        assign(order.toLongLong(), kProvider);
        QCOMPARE(call("POST", QStringLiteral("orders/%1/complaints").arg(order), customer,
                      json({{QStringLiteral("category"), QStringLiteral("rude")}, {QStringLiteral("description"), QStringLiteral("x")}})).status,
                 400);
        r = call("POST", QStringLiteral("orders/%1/complaints").arg(order), customer, body);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        const QString complaint = idOf(r);

        // Office A pulls it as its console's own complaint row, the customer the actor.
        const QList<QJsonObject> a = pullAll(kA);
        const QList<QJsonObject> complaints = rowsOf(a, QStringLiteral("complaints"));
        QCOMPARE(complaints.size(), 1);
        const QJsonObject c = complaints.first();
        QCOMPARE(QString::number(c.value(QStringLiteral("id")).toInteger()), complaint);
        QCOMPARE(c.value(QStringLiteral("order_id")).toInteger(), order.toLongLong());
        QCOMPARE(c.value(QStringLiteral("provider_id")).toInteger(), kProvider);
        QCOMPARE(c.value(QStringLiteral("category")).toString(), QStringLiteral("quality"));
        QCOMPARE(c.value(QStringLiteral("severity")).toString(), QStringLiteral("medium"));
        QCOMPARE(c.value(QStringLiteral("customer_ask")).toString(), QStringLiteral("refund"));
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(c.value(QStringLiteral("opened_by")).isNull());
        QCOMPARE(c.value(QStringLiteral("opened_at")).toInteger(), m_now);
        // No policy in this platform's catalogue: 24 h to answer, 72 h to resolve, warned at 75 %.
        QCOMPARE(c.value(QStringLiteral("first_response_due_at")).toInteger(), m_now + 24 * 3600);
        QCOMPARE(c.value(QStringLiteral("first_response_warn_at")).toInteger(), m_now + 18 * 3600);
        QCOMPARE(c.value(QStringLiteral("resolution_due_at")).toInteger(), m_now + 72 * 3600);
        QCOMPARE(c.value(QStringLiteral("next_due_at")).toInteger(), m_now + 24 * 3600);
        const QList<QJsonObject> events = rowsOf(a, QStringLiteral("complaint_events"));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().value(QStringLiteral("kind")).toString(), QStringLiteral("opened"));
        QVERIFY(events.first().value(QStringLiteral("staff_id")).isNull());
        QVERIFY(events.first().value(QStringLiteral("note")).toString().contains(QStringLiteral("customer")));
        QVERIFY(rowsOf(pullAll(kB), QStringLiteral("complaints")).isEmpty());

        // The customer follows it; the office's work shows.
        QJsonObject moved = c;
        moved.insert(QStringLiteral("status"), QStringLiteral("investigating"));
        officeWrites(QStringLiteral("complaints"), complaint.toLongLong(), moved);
        const QJsonArray mine = call("GET", QStringLiteral("orders/%1/complaints").arg(order), customer)
                                    .body.value(QStringLiteral("complaints")).toArray();
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first()[QStringLiteral("status")].toString(), QStringLiteral("investigating"));
    }

    void refundIsPaidBackOnceTheOfficeApproves()
    {
        relaxRateLimit();
        const QString customer = signIn(kPhone1);
        const QString unpaid = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        const QByteArray ask = json({{QStringLiteral("amount_fen"), 5000}, {QStringLiteral("reason"), QStringLiteral("只打扫了一半")}});
        Reply r = call("POST", QStringLiteral("orders/%1/refunds").arg(unpaid), customer, ask);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("not_paid"));
        m_now += 1;
        const QString order = paidOrder(customer);
        QVERIFY(!order.isEmpty());
        const QString complaint = idOf(call("POST", QStringLiteral("orders/%1/complaints").arg(order), customer,
                                            json({{QStringLiteral("category"), QStringLiteral("quality")},
                                                  {QStringLiteral("description"), QStringLiteral("只打扫了一半")}})));
        // More than paid, or someone else's complaint: refused.
        QCOMPARE(call("POST", QStringLiteral("orders/%1/refunds").arg(order), customer,
                      json({{QStringLiteral("amount_fen"), 12001}, {QStringLiteral("reason"), QStringLiteral("x")}})).status, 409);
        QCOMPARE(call("POST", QStringLiteral("orders/%1/refunds").arg(order), customer,
                      json({{QStringLiteral("amount_fen"), 100}, {QStringLiteral("reason"), QStringLiteral("x")},
                            {QStringLiteral("complaint_id"), QStringLiteral("12345")}})).status, 422);
        QCOMPARE(call("POST", QStringLiteral("orders/%1/refunds").arg(order), customer,
                      json({{QStringLiteral("amount_fen"), 1.5}, {QStringLiteral("reason"), QStringLiteral("x")}})).status, 400);

        QJsonObject body = QJsonDocument::fromJson(ask).object();
        body.insert(QStringLiteral("complaint_id"), complaint);
        r = call("POST", QStringLiteral("orders/%1/refunds").arg(order), customer, json(body));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
        const qint64 refund = idOf(r).toLongLong();
        // The office's console gets the refund to decide and the step on the complaint's timeline.
        QList<QJsonObject> a = pullAll(kA);
        QJsonObject row = rowsOf(a, QStringLiteral("refunds")).last();
        QCOMPARE(row.value(QStringLiteral("amount_fen")).toInteger(), 5000);
        QCOMPARE(row.value(QStringLiteral("complaint_id")).toInteger(), complaint.toLongLong());
        QVERIFY(row.value(QStringLiteral("requested_by")).isNull());
        QCOMPARE(rowsOf(a, QStringLiteral("complaint_events")).last().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("refund_requested"));
        // Undecided: nothing paid back.
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 0);

        // A manager approves it in the console (a push): the stub pays it back, once.
        row.insert(QStringLiteral("status"), QStringLiteral("approved"));
        row.insert(QStringLiteral("approved_by"), 3);
        row.insert(QStringLiteral("decided_at"), m_now);
        officeWrites(QStringLiteral("refunds"), refund, row);
        QCOMPARE(m_api->payBackApprovedRefunds(kB), 0); // another office's push
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 1);
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 0);
        QCOMPARE(stored(QStringLiteral("refunds"), refund).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("partially_refunded"));
        QCOMPARE(call("GET", QStringLiteral("orders/%1/payment").arg(order), customer).body.value(QStringLiteral("refunded_fen")).toInteger(),
                 5000);
        a = pullAll(kA);
        QCOMPARE(rowsOf(a, QStringLiteral("refunds")).last().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(rowsOf(a, QStringLiteral("orders")).last().value(QStringLiteral("payment_status")).toString(),
                 QStringLiteral("partially_refunded"));
        QCOMPARE(rowsOf(a, QStringLiteral("complaint_events")).last().value(QStringLiteral("kind")).toString(), QStringLiteral("refund_paid"));

        // Only the 7000 fen left can be asked; a rejected ask frees its share again.
        QCOMPARE(call("POST", QStringLiteral("orders/%1/refunds").arg(order), customer,
                      json({{QStringLiteral("amount_fen"), 7001}, {QStringLiteral("reason"), QStringLiteral("x")}})).status, 409);
        const QByteArray rest = json({{QStringLiteral("amount_fen"), 7000}, {QStringLiteral("reason"), QStringLiteral("全部退")}});
        const qint64 rejected = idOf(call("POST", QStringLiteral("orders/%1/refunds").arg(order), customer, rest)).toLongLong();
        QJsonObject no = stored(QStringLiteral("refunds"), rejected);
        no.insert(QStringLiteral("status"), QStringLiteral("rejected"));
        no.insert(QStringLiteral("reject_reason"), QStringLiteral("照片显示已打扫"));
        officeWrites(QStringLiteral("refunds"), rejected, no);
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 0);
        const QJsonArray listed = call("GET", QStringLiteral("orders/%1/refunds").arg(order), customer).body.value(QStringLiteral("refunds")).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.last()[QStringLiteral("reject_reason")].toString(), QStringLiteral("照片显示已打扫"));
        const qint64 last = idOf(call("POST", QStringLiteral("orders/%1/refunds").arg(order), customer, rest)).toLongLong();
        QJsonObject yes = stored(QStringLiteral("refunds"), last);
        yes.insert(QStringLiteral("status"), QStringLiteral("approved"));
        officeWrites(QStringLiteral("refunds"), last, yes);
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 1);
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("refunded"));
        QCOMPARE(call("GET", QStringLiteral("orders/%1/payment").arg(order), customer).body.value(QStringLiteral("status")).toString(),
                 QStringLiteral("refunded"));
        QCOMPARE(call("POST", QStringLiteral("orders/%1/refunds").arg(order), customer, ask).status, 409);
    }

    // A refund an agent asks for in the console on an order the customer
    // paid in the app: once approved there, the server pays it back through
    // the payment provider after the push, exactly once, whatever arrives
    // after (the same push retried, a second console's approval).
    void consoleRefundOfAnAppPaymentIsPaidBackOnce()
    {
        relaxRateLimit();
        auto refunds = std::make_shared<std::atomic<int>>(0);
        m_api->setPaymentGateway(std::make_unique<CountingGateway>(refunds));
        const QString customer = signIn(kPhone1);
        const QString order = paidOrder(customer);
        QVERIFY(!order.isEmpty());
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("paid_through")).toString(), QStringLiteral("platform"));
        const QString complaint = idOf(call("POST", QStringLiteral("orders/%1/complaints").arg(order), customer,
                                            json({{QStringLiteral("category"), QStringLiteral("quality")},
                                                  {QStringLiteral("description"), QStringLiteral("窗户没擦")}})));
        QVERIFY(!complaint.isEmpty());
        const qint64 refund = (qint64(5) << 12) + 77; // minted by A's console
        QJsonObject row = consoleRefund(refund, order.toLongLong(), complaint.toLongLong(), 4000, m_now);
        officeWrites(QStringLiteral("refunds"), refund, row);
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 0); // asked, not decided
        QCOMPARE(call("GET", QStringLiteral("orders/%1/refunds").arg(order), customer).body.value(QStringLiteral("refunds")).toArray().size(), 0);

        m_now += 60;
        row = approved(row, 3, m_now);
        officeWrites(QStringLiteral("refunds"), refund, row);
        const qint64 approval = m_mutation;
        QCOMPARE(m_api->payBackApprovedRefunds(kB), 0); // another office's push
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 1);
        QCOMPARE(refunds->load(), 1);
        QJsonObject paid = stored(QStringLiteral("refunds"), refund);
        QCOMPARE(paid.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QVERIFY(paid.value(QStringLiteral("paid_by")).isNull()); // the platform, not a staff member
        QCOMPARE(paid.value(QStringLiteral("paid_at")).toInteger(), m_now);
        QCOMPARE(paymentOf(order, customer).value(QStringLiteral("refunded_fen")).toInteger(), 4000);
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("partially_refunded"));
        // The customer sees what the office granted; the console pulls it paid, with the provider's reference.
        const QJsonArray listed = call("GET", QStringLiteral("orders/%1/refunds").arg(order), customer).body.value(QStringLiteral("refunds")).toArray();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first()[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        const QList<QJsonObject> a = pullAll(kA);
        QCOMPARE(rowsOf(a, QStringLiteral("refunds")).last().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(rowsOf(a, QStringLiteral("orders")).last().value(QStringLiteral("paid_through")).toString(), QStringLiteral("platform"));
        const QJsonObject event = rowsOf(a, QStringLiteral("complaint_events")).last();
        QCOMPARE(event.value(QStringLiteral("kind")).toString(), QStringLiteral("refund_paid"));
        QCOMPARE(event.value(QStringLiteral("refund_id")).toInteger(), refund);
        QVERIFY(event.value(QStringLiteral("staff_id")).isNull());
        QVERIFY2(event.value(QStringLiteral("note")).toString().contains(QStringLiteral("stub-refund-%1").arg(refund)),
                 qPrintable(event.value(QStringLiteral("note")).toString()));
        // Asking in the app counts it: 12000 paid, 4000 granted.
        QCOMPARE(call("POST", QStringLiteral("orders/%1/refunds").arg(order), customer,
                      json({{QStringLiteral("amount_fen"), 8001}, {QStringLiteral("reason"), QStringLiteral("x")}})).status, 409);

        // The approval's push retried after its reply was lost: a duplicate, nothing paid.
        QCOMPARE(officePush(QStringLiteral("refunds"), refund, row, approval), QStringLiteral("duplicate"));
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 0);
        // A second console approving it too (it had not pulled yet): its
        // stale copy is stored, then put right; the provider is not asked again.
        m_now += 60;
        officeWrites(QStringLiteral("refunds"), refund, approved(consoleRefund(refund, order.toLongLong(), complaint.toLongLong(), 4000, m_now - 120), 4, m_now));
        QCOMPARE(stored(QStringLiteral("refunds"), refund).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 0);
        QCOMPARE(refunds->load(), 1);
        QCOMPARE(stored(QStringLiteral("refunds"), refund).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(stored(QStringLiteral("refunds"), refund).value(QStringLiteral("paid_at")).toInteger(), m_now - 60);
        QCOMPARE(paymentOf(order, customer).value(QStringLiteral("refunded_fen")).toInteger(), 4000);
        QCOMPARE(rowsOf(pullAll(kA), QStringLiteral("complaint_events")).size(), 2); // opened, one refund_paid

        // A refund of an order the office was paid for its own way is not the platform's to pay back.
        m_now += 1;
        const QString unpaid = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        const qint64 byHand = refund + 1;
        officeWrites(QStringLiteral("refunds"), byHand, approved(consoleRefund(byHand, unpaid.toLongLong(), 0, 100, m_now), 3, m_now));
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 0);
        QCOMPARE(refunds->load(), 1);
        QCOMPARE(stored(QStringLiteral("refunds"), byHand).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    }

    // Two pushes of the approval answered at once (on PostgreSQL by two
    // server processes): the refund is paid back once.
    void twoPushesAtOncePayBackOnce()
    {
        QFETCH_GLOBAL(QString, backend);
        relaxRateLimit();
        auto refunds = std::make_shared<std::atomic<int>>(0);
        m_api->setPaymentGateway(std::make_unique<CountingGateway>(refunds));
        const QString customer = signIn(kPhone1);
        const QString order = paidOrder(customer);
        QVERIFY(!order.isEmpty());
        std::unique_ptr<SyncStorage> secondProcess = m_fixtures.at(backend)->second();
        ApiService other(secondProcess ? *secondProcess : m_sync->storage(), m_sender, ApiLimits{1000});
        other.setClock([this] { return m_now; });
        other.setPaymentGateway(std::make_unique<CountingGateway>(refunds));
        for (int round = 0; round < 5; ++round) {
            const qint64 refund = (qint64(5) << 12) + 100 + round;
            officeWrites(QStringLiteral("refunds"), refund,
                         approved(consoleRefund(refund, order.toLongLong(), 0, 1000, m_now), 3, m_now));
            std::atomic<int> paid = 0;
            std::thread first([&] { paid += m_api->payBackApprovedRefunds(kA); });
            std::thread second([&] { paid += other.payBackApprovedRefunds(kA); });
            first.join();
            second.join();
            QCOMPARE(paid.load(), 1);
            QCOMPARE(stored(QStringLiteral("refunds"), refund).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        }
        QCOMPARE(refunds->load(), 5);
        QCOMPARE(paymentOf(order, customer).value(QStringLiteral("refunded_fen")).toInteger(), 5000);
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("partially_refunded"));
    }

    // The payment provider refuses (the stub's stub_refund_busy card: each
    // refund's first attempt): the refund stays approved, the console pulls
    // it not paid, and the next push pays it.
    void aRefundTheProviderRefusesIsTriedAgain()
    {
        relaxRateLimit();
        const QString customer = signIn(kPhone1);
        const QString order = paidOrder(customer, QStringLiteral("stub_refund_busy"));
        QVERIFY(!order.isEmpty());
        const qint64 refund = (qint64(5) << 12) + 200;
        officeWrites(QStringLiteral("refunds"), refund, approved(consoleRefund(refund, order.toLongLong(), 0, 12000, m_now), 3, m_now));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("refund %1 was not paid back \\(provider_busy\\)").arg(refund)));
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 0);
        QCOMPARE(stored(QStringLiteral("refunds"), refund).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("paid"));
        QCOMPARE(paymentOf(order, customer).value(QStringLiteral("refunded_fen")).toInteger(), 0);
        m_now += 30;
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 1); // after the office's next push
        QCOMPARE(stored(QStringLiteral("refunds"), refund).value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("payment_status")).toString(), QStringLiteral("refunded"));
        QCOMPARE(paymentOf(order, customer).value(QStringLiteral("status")).toString(), QStringLiteral("refunded"));
        QCOMPARE(m_api->payBackApprovedRefunds(kA), 0);
    }

    void idempotencyKeyAnswersOnce()
    {
        relaxRateLimit();
        const QString alice = signIn(kPhone1);
        const QString bob = signIn(kPhone2);
        // A retried create: the first answer, one order.
        const Reply first = keyed(QStringLiteral("orders"), alice, orderBody(), "create-1");
        QCOMPARE(first.status, 201);
        const Reply again = keyed(QStringLiteral("orders"), alice, orderBody(), "create-1");
        QCOMPARE(again.status, 201);
        QCOMPARE(idOf(again), idOf(first));
        QCOMPARE(again.body, first.body);
        QCOMPARE(call("GET", QStringLiteral("orders"), alice).body.value(QStringLiteral("orders")).toArray().size(), 1);
        QCOMPARE(rowsOf(pullAll(kA), QStringLiteral("orders")).size(), 1);
        // Signed in again (another token): still the same customer's key.
        const QString alice2 = signIn(kPhone1);
        QCOMPARE(idOf(keyed(QStringLiteral("orders"), alice2, orderBody(), "create-1")), idOf(first));
        // The same key with another body or path: refused with the reason, nothing made.
        Reply r = keyed(QStringLiteral("orders"), alice, orderBody(QStringLiteral("310105")), "create-1");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("idempotency_key_reused"));
        QVERIFY(!r.body.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(keyed(QStringLiteral("orders/%1/pay").arg(idOf(first)), alice, {}, "create-1").status, 422);
        QCOMPARE(call("GET", QStringLiteral("orders"), alice).body.value(QStringLiteral("orders")).toArray().size(), 1);
        // Keys are the caller's: Bob's "create-1" is his own.
        const Reply bobs = keyed(QStringLiteral("orders"), bob, orderBody(), "create-1");
        QCOMPARE(bobs.status, 201);
        QVERIFY(idOf(bobs) != idOf(first));

        // A retried payment charges once.
        const QString pay = QStringLiteral("orders/%1/pay").arg(idOf(first));
        m_now += 1;
        const Reply paid = keyed(pay, alice, {}, "pay-1");
        QCOMPARE(paid.body.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(keyed(pay, alice, {}, "pay-1").body, paid.body);
        QCOMPARE(keyed(pay, alice, {}, "pay-2").status, 409); // a new key is a new request: already paid

        // A refusal is an answer too (the retry gets it, not a second try)...
        m_now += 1;
        const QByteArray bad = R"({"service_item_id": "70"})";
        QCOMPARE(keyed(QStringLiteral("orders"), alice, bad, "bad-1").status, 400);
        QCOMPARE(keyed(QStringLiteral("orders"), alice, bad, "bad-1").status, 400);
        // ...but not "sign in first": without a valid token the key is not kept.
        QCOMPARE(keyed(QStringLiteral("orders"), QStringLiteral("forged"), orderBody(), "anon").status, 401);
        m_now += 1;
        // Keys are 1–64 printable characters.
        QCOMPARE(keyed(QStringLiteral("orders"), alice, orderBody(), QByteArray(65, 'k')).status, 400);
        QCOMPARE(keyed(QStringLiteral("orders"), alice, orderBody(), "with space").status, 400);
        // After 24 hours the key is forgotten: the same key makes a new order.
        m_now += 24 * 3600 + 1;
        const QString fresh = signIn(kPhone1);
        QJsonObject later = QJsonDocument::fromJson(orderBody()).object();
        later.insert(QStringLiteral("window_start"), m_now + 3600);
        later.insert(QStringLiteral("window_end"), m_now + 7200);
        const Reply r1 = keyed(QStringLiteral("orders"), fresh, json(later), "create-1");
        QCOMPARE(r1.status, 201);
        QVERIFY(idOf(r1) != idOf(first));
    }

    void aRetryWhileTheFirstIsAnsweredIsTold()
    {
        relaxRateLimit();
        const QString alice = signIn(kPhone1);
        const QString order = idOf(call("POST", QStringLiteral("orders"), alice, orderBody()));
        const QString scope = QStringLiteral("customer_token:%1")
                                  .arg(platformOrder(order.toLongLong()).value(QStringLiteral("customer_id")).toInteger());
        const QString path = QStringLiteral("orders/%1/cancel").arg(order);
        // The first request's claim, not answered yet (as while it runs on
        // another thread): the hash of its method, path and body.
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray("POST\n" + path.toUtf8() + "\n"), QCryptographicHash::Sha256).toHex());
        {
            auto tx = m_storage->begin();
            QVERIFY(!tx->claimIdempotencyKey(scope, QStringLiteral("cancel-1"), hash, m_now, m_now + 60));
            tx->commit();
        }
        Reply r = keyed(path, alice, {}, "cancel-1");
        QCOMPARE(r.status, 409);
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("request_in_progress"));
        QCOMPARE(platformOrder(order.toLongLong()).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_dispatch"));
        // The first one failed (the server released its claim): the retry runs.
        {
            auto tx = m_storage->begin();
            tx->releaseIdempotencyKey(scope, QStringLiteral("cancel-1"));
            tx->commit();
        }
        r = keyed(path, alice, {}, "cancel-1");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(keyed(path, alice, {}, "cancel-1").body, r.body);
    }

    void providerSetsHoursAndSeesTheirDay()
    {
        relaxRateLimit();
        const QString token = providerSignIn(kProvider);
        const QJsonArray hours{QJsonObject{{QStringLiteral("weekday"), 1}, {QStringLiteral("start_min"), 480}, {QStringLiteral("end_min"), 720}},
                               QJsonObject{{QStringLiteral("weekday"), 1}, {QStringLiteral("start_min"), 780}, {QStringLiteral("end_min"), 1080}},
                               QJsonObject{{QStringLiteral("weekday"), 6}, {QStringLiteral("start_min"), 540}, {QStringLiteral("end_min"), 960}}};
        Reply r = call("POST", QStringLiteral("provider/availability"), token, json({{QStringLiteral("hours"), hours}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("hours")).toArray(), hours);
        QCOMPARE(call("GET", QStringLiteral("provider/availability"), token).body.value(QStringLiteral("hours")).toArray(), hours);
        QCOMPARE(r.body.value(QStringLiteral("days_off")).toArray(), QJsonArray());
        // Days off, sorted; a body without them keeps them.
        r = call("POST", QStringLiteral("provider/availability"), token,
                 json({{QStringLiteral("hours"), hours},
                       {QStringLiteral("days_off"), QJsonArray{QStringLiteral("2026-12-24"), QStringLiteral("2026-12-05")}}}));
        QCOMPARE(r.status, 200);
        const QJsonArray daysOff{QStringLiteral("2026-12-05"), QStringLiteral("2026-12-24")};
        QCOMPARE(r.body.value(QStringLiteral("days_off")).toArray(), daysOff);
        r = call("POST", QStringLiteral("provider/availability"), token, json({{QStringLiteral("hours"), hours}}));
        QCOMPARE(r.body.value(QStringLiteral("days_off")).toArray(), daysOff);
        for (const QString &bad : {QStringLiteral("2026-02-30"), QStringLiteral("05.12.2026"), QStringLiteral("+999-01-01")})
            QCOMPARE(call("POST", QStringLiteral("provider/availability"), token,
                          json({{QStringLiteral("hours"), hours}, {QStringLiteral("days_off"), QJsonArray{bad}}})).status, 400);
        // The office's planner gets them as the console's own provider hours ("$hours" in the provider's row).
        const QList<QJsonObject> providers = rowsOf(pullAll(kA), QStringLiteral("providers"));
        QCOMPARE(providers.last().value(QStringLiteral("$hours")).toArray(), hours);
        QCOMPARE(providers.last().value(QStringLiteral("$days_off")).toArray(), daysOff);
        QCOMPARE(providers.last().value(QStringLiteral("phone")).toString(), kProviderPhone); // the rest of the row kept
        // Overlapping or inverted spans: 400 with the reason, nothing changed.
        for (const QJsonObject &span : {QJsonObject{{QStringLiteral("weekday"), 1}, {QStringLiteral("start_min"), 700}, {QStringLiteral("end_min"), 800}},
                                        QJsonObject{{QStringLiteral("weekday"), 2}, {QStringLiteral("start_min"), 800}, {QStringLiteral("end_min"), 700}},
                                        QJsonObject{{QStringLiteral("weekday"), 8}, {QStringLiteral("start_min"), 0}, {QStringLiteral("end_min"), 60}}}) {
            QJsonArray bad = hours;
            bad.append(span);
            r = call("POST", QStringLiteral("provider/availability"), token, json({{QStringLiteral("hours"), bad}}));
            QCOMPARE(r.status, 400);
            QVERIFY(!r.body.value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(call("GET", QStringLiteral("provider/availability"), token).body.value(QStringLiteral("hours")).toArray(), hours);

        // A day's jobs and what they earned: one completed job, one still assigned.
        const QString customer = signIn(kPhone1);
        const QString done = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        assign(done.toLongLong(), kProvider); // planned at kNow + 1 day
        for (const char *step : {"accept", "on_the_way", "start", "complete"})
            QCOMPARE(call("POST", QStringLiteral("provider/jobs/%1/%2").arg(done, QLatin1StringView(step)), token).status, 200);
        m_now += 1;
        const QString open = idOf(call("POST", QStringLiteral("orders"), customer, orderBody()));
        QJsonObject later = platformOrder(open.toLongLong());
        later.insert(QStringLiteral("provider_id"), kProvider);
        later.insert(QStringLiteral("planned_start"), kNow + 86400 + 3 * 3600);
        later.insert(QStringLiteral("status"), QStringLiteral("assigned"));
        officeWrites(QStringLiteral("orders"), open.toLongLong(), later);
        // kNow + 1 day is 2026-12-03 in Beijing.
        QCOMPARE(QDateTime::fromSecsSinceEpoch(kNow + 86400 + 8 * 3600, QTimeZone::utc()).date(), QDate(2026, 12, 3));
        r = call("GET", QStringLiteral("provider/day?date=2026-12-03"), token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body.value(QStringLiteral("jobs")).toArray().size(), 2);
        QCOMPARE(r.body.value(QStringLiteral("completed")).toInt(), 1);
        QCOMPARE(r.body.value(QStringLiteral("earnings_fen")).toInteger(), 12000);
        QCOMPARE(r.body.value(QStringLiteral("to")).toInteger() - r.body.value(QStringLiteral("from")).toInteger(), 86400);
        // Today (kNow's Beijing day) has none; a week's period has both.
        m_now += 1;
        r = call("GET", QStringLiteral("provider/day"), token);
        QCOMPARE(r.body.value(QStringLiteral("jobs")).toArray().size(), 0);
        QCOMPARE(r.body.value(QStringLiteral("earnings_fen")).toInteger(), 0);
        m_now += 1;
        r = call("GET", QStringLiteral("provider/day?from=%1&to=%2").arg(kNow).arg(kNow + 7 * 86400), token);
        QCOMPARE(r.body.value(QStringLiteral("earnings_fen")).toInteger(), 12000);
        // Another provider's day is their own.
        QCOMPARE(call("GET", QStringLiteral("provider/day?date=2026-12-03"), providerSignIn(kOtherProvider))
                     .body.value(QStringLiteral("jobs")).toArray().size(), 0);
        for (const QString &q : {QStringLiteral("date=2026-13-01"), QStringLiteral("from=1&to=2"),
                                 QStringLiteral("from=1796200000&to=1799200000"), QStringLiteral("date=2026-12-03&from=1796200000")}) {
            m_now += 1;
            QCOMPARE(call("GET", QStringLiteral("provider/day?") + q, token).status, 400);
        }
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
        // Replays of a keyed POST count too (they run no handler).
        m_now += 1;
        QCOMPARE(keyed(QStringLiteral("orders"), token, orderBody(), "rate-1").status, 201);
        int replayed = 0;
        limited = 0;
        for (int i = 0; i < 12; ++i) {
            const int status = keyed(QStringLiteral("orders"), token, orderBody(), "rate-1").status;
            replayed += status == 201;
            limited += status == 429;
        }
        QCOMPARE(replayed, 9);
        QCOMPARE(limited, 3);
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
