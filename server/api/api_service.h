#pragma once
// The customer and provider API of doorstep-server (issue #12;
// server/openapi.yaml; README "The apps' API"). Served on the server-only TLS
// listener under /api/v1/, beside enrollment. Like sync::SyncService it takes
// a request as bytes and answers status + JSON, so tests need no network;
// http/sync_http_server routes to it.
//
// What the apps change becomes rows of the platform's store, written as the
// platform ("platform" as origin) with the owning office as owner and
// audience, so the office's console pulls them like any other change: an
// app order, its timeline (actor_kind customer or provider), a rating.
//
// Privacy: every order or job is looked up through its caller (a customer's
// own orders, a provider's own bookings); anything else is 404, as if it did
// not exist. Phone numbers between the two are masked, with a relay number.
// Rate limits: per address at the listener (GuardedSslServer), per token here.

#include "api/code_sender.h"
#include "api/payment_gateway.h"
#include "storage/sync_storage.h"
#include "sync/sync_service.h"

#include <QHash>
#include <QMutex>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace doorstep::server::api {

struct ApiRequest
{
    QByteArray method;        // "GET", "POST", "DELETE"
    QString path;             // after /api/v1/, e.g. "orders/123/cancel"
    QByteArray authorization; // the Authorization header ("Bearer …")
    QByteArray body;
    QUrlQuery query;
    QByteArray idempotencyKey; // the Idempotency-Key header of a POST (idempotency.cpp)
};

struct ApiLimits
{
    int requestsPerTokenPerSecond = 10;
    qint64 tokenLifetime = 30 * 24 * 3600;
    qint64 codeLifetime = 5 * 60;
    int codeAttempts = 5;        // wrong codes before the phone's codes stop working
    qint64 codeInterval = 30;    // seconds between two codes to one phone
};

class ApiService
{
public:
    ApiService(SyncStorage &storage, CodeSender &sender, ApiLimits limits = {});

    // Seconds since the epoch; tests move it.
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    sync::Reply handle(const ApiRequest &request);

    // A provider's credential (`doorstep-server providers credential`): a
    // random secret, shown once, kept as its SHA-256; earlier ones stop
    // working. std::invalid_argument when the platform has no such provider.
    QString issueProviderSecret(qint64 providerId);

    // Payments go through this provider (the stub unless a test or a real
    // contract says otherwise; payment_gateway.h). Set before serving.
    void setPaymentGateway(std::unique_ptr<PaymentGateway> gateway) { m_gateway = std::move(gateway); }
    // Pays back, through the payment provider, the office's approved refunds
    // of orders paid in the app, whoever asked for them (the customer in the
    // app, an agent in the console: sync/refund_watch.h); each exactly once,
    // each in its own transaction (refund_payback.cpp). Says how many it paid
    // now. Called after each push of that office (commands.cpp) and by tests.
    int payBackApprovedRefunds(const QString &office);
    // Sends jobs whose provider has not answered within their office's
    // accept timeout back to the office's queue, with a timeline event
    // (actor "system"); only for offices whose console handed the timeouts
    // to the server (sync/accept_watch.h). Returns how many. accept_timeouts.cpp.
    int sweepAcceptTimeouts();

    // The provider a provider token ("Bearer …") stands for, checked as every
    // provider endpoint checks it (known, unexpired, the provider active, the
    // token's rate); otherwise nothing and `error` says why (401, 403, 429).
    // The provider apps' doorbell (http/provider_bell.h) asks it. Thread-safe.
    std::optional<qint64> providerFor(const QByteArray &authorization, sync::Reply &error);

    // An id from the server's own node (0): never one an office mints.
    qint64 newId(StorageTransaction &tx, const QString &entity);

private:
    struct Caller
    {
        qint64 id = 0;
        QString tokenKey;
    };
    sync::Reply route(const ApiRequest &request);
    // idempotency.cpp: a POST with an Idempotency-Key answered once.
    sync::Reply idempotent(const ApiRequest &request);

    std::optional<Caller> authenticate(const ApiRequest &request, const QString &kind, sync::Reply &error);
    bool admitToken(const QString &tokenKey);
    QString issueToken(StorageTransaction &tx, const QString &kind, qint64 subject, qint64 &expiresAt);

    sync::Reply requestCode(const ApiRequest &request);
    sync::Reply customerSignIn(const ApiRequest &request);
    sync::Reply providerSignIn(const ApiRequest &request);
    sync::Reply signOut(const ApiRequest &request, const QString &kind);

    // Moves an order to status `to` (changes: other columns to set) and
    // writes its timeline event; both go to the owning office's pull.
    void recordTransition(StorageTransaction &tx, StoredRow order, const QString &to, const QString &actorKind,
                          const QString &eventKey, const QString &note, const QJsonObject &changes = {});
    // The order as its customer or provider sees it (the other side masked).
    QJsonObject orderView(StorageTransaction &tx, const StoredRow &order, bool forProvider);

    // customer_api.cpp
    sync::Reply orders(const ApiRequest &request, const QStringList &parts);
    sync::Reply catalogue(const QString &adcode);
    sync::Reply createOrder(qint64 customerId, const ApiRequest &request);
    sync::Reply customerOrders(qint64 customerId);
    sync::Reply customerOrder(qint64 customerId, qint64 orderId);
    sync::Reply cancelOrder(qint64 customerId, qint64 orderId, const ApiRequest &request);
    sync::Reply rateOrder(qint64 customerId, qint64 orderId, const ApiRequest &request);

    // payment_api.cpp and complaint_api.cpp: orders/{id}/pay, payment,
    // complaints, refunds; nothing when `what` is none of them.
    std::optional<sync::Reply> orderAftersales(qint64 customerId, qint64 orderId, const QString &what,
                                               const ApiRequest &request);
    sync::Reply pay(qint64 customerId, qint64 orderId, const ApiRequest &request);
    sync::Reply payment(qint64 customerId, qint64 orderId);
    sync::Reply complain(qint64 customerId, qint64 orderId, const ApiRequest &request);
    sync::Reply complaints(qint64 customerId, qint64 orderId);
    sync::Reply askRefund(qint64 customerId, qint64 orderId, const ApiRequest &request);
    sync::Reply refunds(qint64 customerId, qint64 orderId);
    // The order's payment status follows the payment provider, and the order
    // says it was paid through the platform (paid_through; payment_api.cpp).
    void setPaymentStatus(StorageTransaction &tx, qint64 orderId, const QString &status);
    // One step on a complaint's timeline, as services/complaint_timeline
    // writes it, with no staff actor (complaint_api.cpp).
    void complaintEvent(StorageTransaction &tx, const StoredRow &complaint, qint64 at, const QString &kind,
                        const QString &note, qint64 refundId, const QString &toStatus = {});
    // One watched refund of the office, in its own transaction; true when it
    // was paid back now (refund_payback.cpp).
    bool payBackRefund(const QString &office, qint64 refundId, qint64 now);

    // provider_day_api.cpp: provider/availability, provider/day; nothing
    // for any other path.
    std::optional<sync::Reply> providerSelf(qint64 providerId, const QStringList &parts, const ApiRequest &request);

    // provider_api.cpp
    sync::Reply provider(const ApiRequest &request, const QStringList &parts);
    sync::Reply providerJobs(qint64 providerId);
    sync::Reply providerJob(qint64 providerId, qint64 orderId);
    sync::Reply jobAction(qint64 providerId, qint64 orderId, const QString &action, const ApiRequest &request);
    sync::Reply reportPositions(qint64 providerId, const ApiRequest &request);
    // 401 for a provider the platform no longer has, 403 unless active.
    std::optional<sync::Reply> providerRefusal(StorageTransaction &tx, qint64 providerId);

    SyncStorage &m_storage;
    CodeSender &m_sender;
    std::unique_ptr<PaymentGateway> m_gateway;
    ApiLimits m_limits;
    std::function<qint64()> m_now;

    struct Window
    {
        qint64 second = 0;
        int count = 0;
    };
    QMutex m_mutex; // guards the in-memory counters below and the id sequence
    QHash<QString, Window> m_tokenRates;
    QHash<QString, int> m_codeFailures;   // phone → wrong codes since its last code
    QHash<QString, qint64> m_codeSentAt;  // phone → when its last code went out
    qint64 m_lastIdMs = 0;
    qint64 m_idSeq = 0;
};

} // namespace doorstep::server::api
