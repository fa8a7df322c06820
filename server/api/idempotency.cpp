// Idempotency-Key on the API's POSTs (ApiService::idempotent, api_service.h):
// a mobile app that lost the reply to "create my order" or "pay" retries with
// the same key, and gets the first answer without a second order or a second
// charge. The key belongs to the caller (a customer or a provider, whatever
// token they use now), lives 24 hours, and names one request: the same key
// with another method, path or body is refused (422) rather than answered with
// an answer to something else. A retry that arrives while the first is still
// being answered is told so (409) instead of running twice.
#include "api/api_keys.h"
#include "api/api_messages.h"
#include "api/api_replies.h"
#include "api/api_service.h"

#include <QCryptographicHash>
#include <QJsonDocument>

namespace doorstep::server::api {
namespace {
constexpr qint64 kKeyLifetime = 24 * 3600;

QString requestHash(const ApiRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(request.body);
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

sync::Reply ApiService::idempotent(const ApiRequest &request)
{
    const auto key = parseIdempotencyKey(request.idempotencyKey);
    if (!key.value)
        return badRequest(key.error);
    // Whose key: the token's customer or provider. No valid token: nothing
    // to keep (the endpoint answers 401, or signs in, as without a key).
    QString scope;
    QString tokenKey;
    const QByteArray prefix = "Bearer ";
    if (request.authorization.startsWith(prefix)) {
        tokenKey = keys::sha(QString::fromLatin1(request.authorization.mid(prefix.size()).trimmed()));
        auto tx = m_storage.begin();
        for (const QString &kind : {keys::kCustomerToken, keys::kProviderToken}) {
            const QList<qint64> subjects = tx->apiSubjects(kind, tokenKey, m_now());
            if (subjects.size() == 1)
                scope = kind + u':' + QString::number(subjects.first());
        }
        tx->commit();
    }
    if (scope.isEmpty())
        return route(request);

    const QString hash = requestHash(request);
    const qint64 now = m_now();
    std::optional<IdempotencyRecord> first;
    {
        auto tx = m_storage.begin();
        first = tx->claimIdempotencyKey(scope, *key.value, hash, now, now + kKeyLifetime);
        tx->commit();
    }
    if (first) {
        // A replay is a request like any other for the token's rate (the
        // handler, which counts the others, does not run).
        if (!admitToken(tokenKey))
            return sync::errorReply(429, QStringLiteral("rate_limited"),
                                    QStringLiteral("too many requests with this token; slow down"));
        if (first->requestHash != hash)
            return sync::errorReply(422, QStringLiteral("idempotency_key_reused"),
                                    QStringLiteral("this Idempotency-Key was used for another request (method, path or "
                                                   "body differ) in the last 24 hours; use a new key"));
        if (first->status == 0)
            return conflict(QStringLiteral("request_in_progress"),
                            QStringLiteral("the first request with this Idempotency-Key is still being answered; retry later"));
        return {first->status, QJsonDocument::fromJson(first->reply).object()};
    }

    sync::Reply reply;
    try {
        reply = route(request);
    } catch (...) {
        auto tx = m_storage.begin();
        tx->releaseIdempotencyKey(scope, *key.value);
        tx->commit();
        throw;
    }
    auto tx = m_storage.begin();
    // A refusal the client may simply retry (signed out meanwhile, too fast,
    // the server failing) is not kept: the retry runs afresh.
    if (reply.status == 401 || reply.status == 429 || reply.status >= 500)
        tx->releaseIdempotencyKey(scope, *key.value);
    else
        tx->finishIdempotencyKey(scope, *key.value, reply.status, QJsonDocument(reply.body).toJson(QJsonDocument::Compact));
    tx->commit();
    return reply;
}

} // namespace doorstep::server::api
