#include "http/provider_bell.h"

#include "storage/sync_storage.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkRequest>
#include <QThreadPool>
#include <QWebSocket>

#include <tuple>
#include <utility>

namespace doorstep::server::http {
namespace {

constexpr int kPingMs = 30'000;
constexpr qint64 kSilentMs = 90'000;
constexpr qint64 kRecheckMs = 5 * 60'000;
constexpr qint64 kMaxFrame = 1024;
constexpr int kMaxSocketsPerProvider = 4;

QString message(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

ProviderBell::ProviderBell(Authenticate providerFor, QThreadPool &workers, QObject *parent)
    : QObject(parent), m_providerFor(std::move(providerFor)), m_workers(workers)
{
    m_ping.setInterval(kPingMs);
    connect(&m_ping, &QTimer::timeout, this, &ProviderBell::sweep);
    m_ping.start();
}

ProviderBell::~ProviderBell()
{
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.key();
    }
}

void ProviderBell::refuse(QWebSocket *socket, int status)
{
    // 4000–4999 are the application's close codes: 4000 + the HTTP status.
    const QString reason = status == 401   ? QStringLiteral("unauthenticated")
                           : status == 403 ? QStringLiteral("provider_not_active")
                           : status == 429 ? QStringLiteral("rate_limited")
                                           : QStringLiteral("not_found");
    socket->close(QWebSocketProtocol::CloseCode(4000 + status), reason);
    socket->deleteLater();
}

void ProviderBell::adopt(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    const QString path = socket->requestUrl().path();
    if (path != u"/api/v1/provider/bell")
        return refuse(socket, 404);
    // Qt keeps the upgrade request's headers on the socket.
    const QByteArray authorization = socket->request().rawHeader("Authorization");
    const QPointer<QWebSocket> guarded(socket);
    m_workers.start([this, guarded, authorization] {
        int status = 401;
        const std::optional<qint64> provider = m_providerFor(authorization, status);
        QMetaObject::invokeMethod(
            this, [this, guarded, authorization, provider, status] { admit(guarded, authorization, provider, status); },
            Qt::QueuedConnection);
    });
}

void ProviderBell::admit(const QPointer<QWebSocket> &guarded, const QByteArray &authorization,
                         std::optional<qint64> provider, int status)
{
    QWebSocket *socket = guarded.data();
    if (!socket)
        return;
    if (socket->state() != QAbstractSocket::ConnectedState) { // gone while its token was checked
        socket->deleteLater();
        return;
    }
    if (!provider)
        return refuse(socket, status);
    socket->setMaxAllowedIncomingFrameSize(kMaxFrame);
    socket->setMaxAllowedIncomingMessageSize(kMaxFrame);
    // The oldest of the provider's sockets goes when a fifth comes (an app
    // reconnecting over a dead one must not pile them up).
    const QList<QWebSocket *> theirs = m_byProvider.values(*provider);
    if (theirs.size() >= kMaxSocketsPerProvider) {
        QWebSocket *oldest = theirs.first();
        for (QWebSocket *s : theirs) {
            if (m_sockets.value(s).checkedAt < m_sockets.value(oldest).checkedAt)
                oldest = s;
        }
        oldest->abort();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_sockets.insert(socket, {*provider, authorization, now, now});
    m_byProvider.insert(*provider, socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        if (const auto it = m_sockets.constFind(socket); it != m_sockets.cend()) {
            m_byProvider.remove(it->provider, socket);
            m_sockets.erase(it);
            socket->deleteLater();
        }
    });
    // Apps only listen: a message from one is a misbehaving peer.
    connect(socket, &QWebSocket::textMessageReceived, this, [socket] { socket->abort(); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket] { socket->abort(); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto it = m_sockets.find(socket); it != m_sockets.end())
            it->heardAt = QDateTime::currentMSecsSinceEpoch();
    });
    // Ready: the app reads its jobs once now, for what changed while it was away.
    socket->sendTextMessage(message({{QStringLiteral("type"), QStringLiteral("ready")},
                                     {QStringLiteral("provider_id"), QString::number(*provider)}}));
}

void ProviderBell::ring(const QList<qint64> &providers)
{
    QMetaObject::invokeMethod(this, [this, providers] { ringHere(providers); }, Qt::QueuedConnection);
}

void ProviderBell::ringHere(const QList<qint64> &providers)
{
    if (providers == QList<qint64>{kEveryProvider}) // another process's notices were lost
        return ringHere(m_byProvider.uniqueKeys());
    for (const qint64 provider : providers) {
        const QList<QWebSocket *> sockets = m_byProvider.values(provider);
        if (sockets.isEmpty())
            continue; // not listening: their fallback poll finds the change
        const QString text = message({{QStringLiteral("type"), QStringLiteral("jobs")}, {QStringLiteral("n"), ++m_rings[provider]}});
        for (QWebSocket *socket : sockets)
            socket->sendTextMessage(text);
    }
}

void ProviderBell::sweep()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QWebSocket *> silent;
    QList<std::tuple<QPointer<QWebSocket>, QByteArray, qint64>> due; // socket, token, provider
    for (auto it = m_sockets.begin(); it != m_sockets.end(); ++it) {
        if (now - it->heardAt > kSilentMs) {
            silent.append(it.key());
            continue;
        }
        if (now - it->checkedAt > kRecheckMs) {
            due.append({QPointer<QWebSocket>(it.key()), it->authorization, it->provider});
            it->checkedAt = now;
        }
        it.key()->ping();
    }
    // After the walk: abort() may drop the socket from m_sockets at once.
    for (QWebSocket *socket : std::as_const(silent))
        socket->abort();
    if (due.isEmpty())
        return;
    m_workers.start([this, due] {
        QList<std::pair<QPointer<QWebSocket>, int>> refused;
        for (const auto &[socket, authorization, was] : due) {
            int status = 401;
            const std::optional<qint64> provider = m_providerFor(authorization, status);
            if (provider != was && status != 429) // a busy token is still a valid one
                refused.append({socket, provider ? 401 : status});
        }
        if (!refused.isEmpty())
            QMetaObject::invokeMethod(this, [this, refused] { dropRefused(refused); }, Qt::QueuedConnection);
    });
}

void ProviderBell::dropRefused(const QList<std::pair<QPointer<QWebSocket>, int>> &refused)
{
    for (const auto &[guarded, status] : refused) {
        QWebSocket *socket = guarded.data();
        if (!socket || !m_sockets.contains(socket))
            continue;
        m_byProvider.remove(m_sockets.value(socket).provider, socket);
        m_sockets.remove(socket);
        refuse(socket, status);
    }
}

} // namespace doorstep::server::http
