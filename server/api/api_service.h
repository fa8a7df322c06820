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
#include "storage/sync_storage.h"
#include "sync/sync_service.h"

#include <QHash>
#include <QMutex>
#include <QUrlQuery>

#include <functional>

namespace doorstep::server::api {

struct ApiRequest
{
    QByteArray method;        // "GET", "POST", "DELETE"
    QString path;             // after /api/v1/, e.g. "orders/123/cancel"
    QByteArray authorization; // the Authorization header ("Bearer …")
    QByteArray body;
    QUrlQuery query;
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

    // An id from the server's own node (0): never one an office mints.
    qint64 newId(StorageTransaction &tx, const QString &entity);

private:
    struct Caller
    {
        qint64 id = 0;
        QString tokenKey;
    };
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
