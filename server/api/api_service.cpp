#include "api/api_service.h"

#include "api/api_keys.h"
#include "api/api_messages.h"
#include "api/api_replies.h"
#include "api/privacy_relay.h"
#include "sync/accept_watch.h"
#include "sync/booking_share.h"

#include "domain/masking.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <stdexcept>

namespace doorstep::server::api {
namespace {
constexpr qint64 kIdEpochMs = 1704067200000; // as store/ids.cpp: 2024-01-01T00:00:00Z

// A secret and who it belongs to, as the 63-bit subject of its api_keys row
// (keyed by the owner, so all of one owner's codes or credentials can be
// revoked at once): the first 8 bytes of SHA-256(owner:secret).
qint64 secretSubject(const QString &owner, const QString &secret)
{
    const QByteArray hash = QCryptographicHash::hash((owner + u':' + secret).toUtf8(), QCryptographicHash::Sha256);
    qint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | quint8(hash.at(i));
    return v & 0x7fffffffffffffff;
}

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sixDigits()
{
    return QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QLatin1Char('0'));
}
} // namespace

ApiService::ApiService(SyncStorage &storage, CodeSender &sender, ApiLimits limits)
    : m_storage(storage), m_sender(sender), m_gateway(std::make_unique<StubPaymentGateway>()), m_limits(limits),
      m_now([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

sync::Reply ApiService::handle(const ApiRequest &request)
{
    if (request.method == "POST" && !request.idempotencyKey.isEmpty())
        return idempotent(request);
    return route(request);
}

sync::Reply ApiService::route(const ApiRequest &request)
{
    const QStringList parts = request.path.split(u'/', Qt::KeepEmptyParts);
    const bool post = request.method == "POST";
    const bool del = request.method == "DELETE";
    const QString first = parts.value(0);
    const QString second = parts.size() == 2 ? parts[1] : QString();
    if (first == u"customer" && second == u"otp" && post)
        return requestCode(request);
    if (first == u"customer" && second == u"session")
        return post ? customerSignIn(request) : del ? signOut(request, keys::kCustomerToken) : notFound();
    if (first == u"provider" && second == u"session")
        return post ? providerSignIn(request) : del ? signOut(request, keys::kProviderToken) : notFound();
    if (parts.size() == 1 && first == u"catalogue" && request.method == "GET")
        return catalogue(request.query.queryItemValue(QStringLiteral("adcode")));
    if (first == u"orders")
        return orders(request, parts.mid(1));
    if (parts.size() >= 2 && first == u"provider")
        return provider(request, parts.mid(1));
    return notFound();
}

std::optional<ApiService::Caller> ApiService::authenticate(const ApiRequest &request, const QString &kind,
                                                          sync::Reply &error)
{
    const QByteArray prefix = "Bearer ";
    const QByteArray token = request.authorization.startsWith(prefix) ? request.authorization.mid(prefix.size()).trimmed()
                                                                      : QByteArray();
    if (token.isEmpty() || token.size() > 128) {
        error = unauthorized();
        return std::nullopt;
    }
    const QString key = keys::sha(QString::fromLatin1(token));
    auto tx = m_storage.begin();
    const QList<qint64> subjects = tx->apiSubjects(kind, key, m_now());
    if (subjects.size() != 1) {
        error = unauthorized();
        return std::nullopt;
    }
    // A provider suspended or deactivated since signing in is refused at
    // once (read in the same transaction as the token: one round trip less).
    if (kind == keys::kProviderToken) {
        if (auto refusal = providerRefusal(*tx, subjects.first())) {
            error = *refusal;
            return std::nullopt;
        }
    }
    tx->commit();
    if (!admitToken(key)) {
        error = sync::errorReply(429, QStringLiteral("rate_limited"),
                                 QStringLiteral("too many requests with this token; slow down"));
        return std::nullopt;
    }
    return Caller{subjects.first(), key};
}

std::optional<qint64> ApiService::providerFor(const QByteArray &authorization, sync::Reply &error)
{
    const auto caller = authenticate({"GET", {}, authorization, {}, {}, {}}, keys::kProviderToken, error);
    return caller ? std::optional<qint64>(caller->id) : std::nullopt;
}

bool ApiService::admitToken(const QString &tokenKey)
{
    const qint64 second = m_now();
    const QMutexLocker lock(&m_mutex);
    Window &w = m_tokenRates[tokenKey];
    if (w.second != second) {
        w = {second, 0};
        // The table holds one entry per token seen this second, no more.
        if (m_tokenRates.size() > 100000)
            m_tokenRates.clear();
    }
    return ++m_tokenRates[tokenKey].count <= m_limits.requestsPerTokenPerSecond;
}

QString ApiService::issueToken(StorageTransaction &tx, const QString &kind, qint64 subject, qint64 &expiresAt)
{
    const QString token = randomToken(32);
    expiresAt = m_now() + m_limits.tokenLifetime;
    tx.putApiKey(kind, keys::sha(token), subject, expiresAt);
    return token;
}

qint64 ApiService::newId(StorageTransaction &tx, const QString &entity)
{
    for (;;) {
        qint64 id = 0;
        {
            const QMutexLocker lock(&m_mutex);
            qint64 ms = QDateTime::currentMSecsSinceEpoch() - kIdEpochMs;
            if (ms <= m_lastIdMs) {
                ms = m_lastIdMs;
                if (++m_idSeq > 0xfff) {
                    ++ms;
                    m_idSeq = 0;
                }
            } else {
                // A random start per millisecond: two server processes on one
                // PostgreSQL (both node 0) rarely pick the same; the check
                // below catches the rest within one process's view.
                m_idSeq = QRandomGenerator::global()->bounded(0x800);
            }
            m_lastIdMs = ms;
            id = (ms << 22) | m_idSeq; // node 0: the server's own
        }
        if (!tx.row(entity, id))
            return id;
    }
}

sync::Reply ApiService::requestCode(const ApiRequest &request)
{
    const auto parsed = parseCodeRequest(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    const QString phone = parsed.value->phone;
    const qint64 now = m_now();
    {
        const QMutexLocker lock(&m_mutex);
        const qint64 last = m_codeSentAt.value(phone, 0);
        if (last && now - last < m_limits.codeInterval)
            return sync::errorReply(429, QStringLiteral("rate_limited"),
                                    QStringLiteral("a code was sent to this phone less than %1 s ago")
                                        .arg(m_limits.codeInterval));
        m_codeSentAt.insert(phone, now);
        m_codeFailures.remove(phone);
    }
    const QString code = sixDigits();
    const QString owner = keys::sha(phone);
    auto tx = m_storage.begin();
    tx->revokeApiKeys(keys::kCode, owner, now); // only the newest code works
    tx->putApiKey(keys::kCode, owner, secretSubject(owner, code), now + m_limits.codeLifetime);
    tx->commit();
    m_sender.send(phone, code);
    return {202, {{QStringLiteral("expires_in"), m_limits.codeLifetime}, {QStringLiteral("resend_after"), m_limits.codeInterval}}};
}

sync::Reply ApiService::customerSignIn(const ApiRequest &request)
{
    const auto parsed = parseSignIn(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    const QString phone = parsed.value->phone;
    const QString owner = keys::sha(phone);
    const qint64 now = m_now();
    const auto refused = [] {
        return sync::errorReply(401, QStringLiteral("wrong_code"),
                                QStringLiteral("the code is wrong, used or expired; ask for a new one"));
    };
    {
        const QMutexLocker lock(&m_mutex);
        if (m_codeFailures.value(phone) >= m_limits.codeAttempts)
            return refused();
    }
    auto tx = m_storage.begin();
    if (!tx->apiSubjects(keys::kCode, owner, now).contains(secretSubject(owner, parsed.value->code))) {
        tx.reset();
        bool exhausted = false;
        {
            // Never held while taking the storage (newId takes it inside a transaction).
            const QMutexLocker lock(&m_mutex);
            exhausted = ++m_codeFailures[phone] >= m_limits.codeAttempts;
        }
        if (exhausted) {
            // Too many guesses: the phone's code stops working.
            auto revoke = m_storage.begin();
            revoke->revokeApiKeys(keys::kCode, owner, now);
            revoke->commit();
        }
        return refused();
    }
    if (tx->revokeApiKeys(keys::kCode, owner, now) == 0) // someone else used it first
        return refused();
    // The customer's id is the server's, made at the first sign-in; the
    // customers row itself is written with the first order (it needs an office).
    QList<qint64> ids = tx->apiSubjects(keys::kCustomerPhone, owner, 0);
    qint64 customerId = ids.isEmpty() ? 0 : ids.first();
    if (!customerId) {
        customerId = newId(*tx, QStringLiteral("customers"));
        tx->putApiKey(keys::kCustomerPhone, owner, customerId, 0);
        // Kept by the platform only (no audience) until the first order
        // names the office that serves the customer.
        const QJsonObject row{{QStringLiteral("id"), customerId},
                              {QStringLiteral("office_id"), QJsonValue::Null},
                              {QStringLiteral("name"), domain::maskPhone(phone)},
                              {QStringLiteral("phone"), phone},
                              {QStringLiteral("created_at"), now},
                              {QStringLiteral("updated_at"), now}};
        tx->putRow({QStringLiteral("customers"), customerId, QStringLiteral("shared"), row, false,
                    {{QStringLiteral("created_by"), QStringLiteral("platform")}}},
                   QStringLiteral("platform"), {});
    }
    qint64 expiresAt = 0;
    const QString token = issueToken(*tx, keys::kCustomerToken, customerId, expiresAt);
    tx->commit();
    return {200, {{QStringLiteral("token"), token}, {QStringLiteral("expires_at"), expiresAt},
                  {QStringLiteral("subject_id"), idText(customerId)}}};
}

QString ApiService::issueProviderSecret(qint64 providerId)
{
    auto tx = m_storage.begin();
    const auto row = tx->row(QStringLiteral("providers"), providerId);
    if (!row || row->deleted)
        throw std::invalid_argument("the platform has no such provider (has its office synced?)");
    const QString owner = QString::number(providerId);
    const QString secret = randomToken(16);
    tx->revokeApiKeys(keys::kProviderSecret, owner, m_now());
    tx->putApiKey(keys::kProviderSecret, owner, secretSubject(owner, secret), 0);
    tx->commit();
    return secret;
}

sync::Reply ApiService::providerSignIn(const ApiRequest &request)
{
    const auto parsed = parseProviderSignIn(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    const qint64 providerId = parsed.value->providerId;
    const QString owner = QString::number(providerId);
    auto tx = m_storage.begin();
    if (!tx->apiSubjects(keys::kProviderSecret, owner, m_now()).contains(secretSubject(owner, parsed.value->secret)))
        return sync::errorReply(401, QStringLiteral("wrong_credentials"), QStringLiteral("unknown provider or wrong secret"));
    if (auto refusal = providerRefusal(*tx, providerId))
        return *refusal;
    qint64 expiresAt = 0;
    const QString token = issueToken(*tx, keys::kProviderToken, providerId, expiresAt);
    tx->commit();
    return {200, {{QStringLiteral("token"), token}, {QStringLiteral("expires_at"), expiresAt},
                  {QStringLiteral("subject_id"), idText(providerId)}}};
}

sync::Reply ApiService::signOut(const ApiRequest &request, const QString &kind)
{
    const QByteArray prefix = "Bearer ";
    if (!request.authorization.startsWith(prefix))
        return unauthorized();
    const QString key = keys::sha(QString::fromLatin1(request.authorization.mid(prefix.size()).trimmed()));
    auto tx = m_storage.begin();
    const int revoked = tx->revokeApiKeys(kind, key, m_now());
    tx->commit();
    if (revoked == 0)
        return unauthorized();
    return {204, {}};
}

} // namespace doorstep::server::api

namespace doorstep::server::api {

void ApiService::recordTransition(StorageTransaction &tx, StoredRow order, const QString &to, const QString &actorKind,
                                  const QString &eventKey, const QString &note, const QJsonObject &changes)
{
    const qint64 now = m_now();
    const QString from = order.row.value(QLatin1StringView("status")).toString();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        order.row.insert(it.key(), it.value());
    order.row.insert(QStringLiteral("status"), to);
    order.row.insert(QStringLiteral("updated_at"), now);
    // As the platform (origin), to the owning office; the slot it frees or
    // holds goes to the other offices that book its provider (booking_share.h).
    const QList<sync::Notice> bookings = sync::platformBookingNotices(tx, m_storage, order);
    sync::trackAcceptance(tx, order, now);
    tx.putRow(order, QStringLiteral("platform"), {order.owner});
    for (const auto &[entry, audiences] : bookings)
        tx.appendChange(entry, audiences);
    const qint64 eventId = newId(tx, QStringLiteral("order_events"));
    const QJsonObject event{{QStringLiteral("id"), eventId},
                            {QStringLiteral("order_id"), order.id},
                            {QStringLiteral("at"), now},
                            {QStringLiteral("actor_kind"), actorKind},
                            {QStringLiteral("staff_id"), QJsonValue::Null},
                            {QStringLiteral("from_status"), from.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(from)},
                            {QStringLiteral("to_status"), to},
                            {QStringLiteral("note"), note.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(note)},
                            {QStringLiteral("event"), eventKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(eventKey)}};
    tx.putRow({QStringLiteral("order_events"), eventId, order.owner, event, false, {}}, QStringLiteral("platform"),
              {order.owner});
}

QJsonObject ApiService::orderView(StorageTransaction &tx, const StoredRow &order, bool forProvider)
{
    const QJsonObject &r = order.row;
    const QString status = r.value(QLatin1StringView("status")).toString();
    QJsonObject view{{QStringLiteral("id"), idText(order.id)},
                     {QStringLiteral("order_no"), r.value(QLatin1StringView("order_no"))},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("service_item_id"), idText(r.value(QLatin1StringView("service_item_id")))},
                     {QStringLiteral("address"), r.value(QLatin1StringView("address"))},
                     {QStringLiteral("lat"), r.value(QLatin1StringView("lat"))},
                     {QStringLiteral("lng"), r.value(QLatin1StringView("lng"))},
                     {QStringLiteral("window_start"), r.value(QLatin1StringView("window_start"))},
                     {QStringLiteral("window_end"), r.value(QLatin1StringView("window_end"))},
                     {QStringLiteral("duration_min"), r.value(QLatin1StringView("duration_min"))},
                     {QStringLiteral("price_fen"), r.value(QLatin1StringView("price_fen"))},
                     {QStringLiteral("planned_start"), r.value(QLatin1StringView("planned_start"))},
                     {QStringLiteral("cancel_reason"), r.value(QLatin1StringView("cancel_reason"))},
                     {QStringLiteral("office"), order.owner}};
    if (forProvider) {
        const auto customer = tx.row(QStringLiteral("customers"), r.value(QLatin1StringView("customer_id")).toInteger());
        const QJsonObject c = customer ? customer->row : QJsonObject();
        view.insert(QStringLiteral("customer"),
                    QJsonObject{{QStringLiteral("name"), domain::maskName(c.value(QLatin1StringView("name")).toString())},
                                {QStringLiteral("contact"),
                                 contactOf(c.value(QLatin1StringView("phone")).toString(), order.id, status)}});
        return view;
    }
    const qint64 providerId = r.value(QLatin1StringView("provider_id")).toInteger();
    const auto provider = providerId ? tx.row(QStringLiteral("providers"), providerId) : std::nullopt;
    if (!provider || provider->deleted) {
        view.insert(QStringLiteral("provider"), QJsonValue::Null);
        return view;
    }
    QJsonObject p{{QStringLiteral("name"), domain::maskName(provider->row.value(QLatin1StringView("name")).toString())},
                  {QStringLiteral("contact"),
                   contactOf(provider->row.value(QLatin1StringView("phone")).toString(), order.id, status)}};
    // The provider's approach: their last position while on the way or at the door.
    if (status == u"on_the_way" || status == u"in_service") {
        if (const auto pos = tx.row(QStringLiteral("provider_positions"), providerId))
            p.insert(QStringLiteral("position"), pos->row);
    }
    view.insert(QStringLiteral("provider"), p);
    return view;
}

} // namespace doorstep::server::api
