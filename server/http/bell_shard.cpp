#include "http/bell_shard.h"

#include "storage/sync_storage.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QTcpSocket>
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

// How long a sign-out is remembered for sockets still being admitted (their
// token check is one query on a worker; far less than this).
constexpr qint64 kSignedOutMemoryMs = 10 * 60'000;

QString message(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// "Bearer X" as sent: the token X, however the header was spaced.
QByteArray tokenOf(const QByteArray &authorization)
{
    const QByteArray trimmed = authorization.trimmed();
    return trimmed.startsWith("Bearer ") ? trimmed.mid(7).trimmed() : trimmed;
}
} // namespace

BellShard::BellShard(const Authenticate &providerFor, QThreadPool &workers)
    : m_providerFor(providerFor), m_workers(workers), m_ping(this)
{
    m_ping.setInterval(kPingMs);
    connect(&m_ping, &QTimer::timeout, this, &BellShard::sweep);
}

BellShard::~BellShard()
{
    closeAll();
}

void BellShard::closeAll()
{
    m_ping.stop();
    const QHash<QWebSocket *, Listener> sockets = std::exchange(m_sockets, {});
    m_byProvider.clear();
    m_open -= int(sockets.size());
    for (auto it = sockets.cbegin(); it != sockets.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.key();
        delete it->transport.data();
    }
}

int BellShard::connectionsHeld() const
{
    return int(findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly).size());
}

void BellShard::refuse(QWebSocket *socket, int status)
{
    // 4000–4999 are the application's close codes: 4000 + the HTTP status.
    const QString reason = status == 401   ? QStringLiteral("unauthenticated")
                           : status == 403 ? QStringLiteral("provider_not_active")
                           : status == 429 ? QStringLiteral("rate_limited")
                                           : QStringLiteral("not_found");
    socket->close(QWebSocketProtocol::CloseCode(4000 + status), reason);
    socket->deleteLater();
}

void BellShard::listen(QWebSocket *socket, QTcpSocket *transport, qint64 provider, const QByteArray &authorization)
{
    if (socket->state() != QAbstractSocket::ConnectedState) { // gone on its way here
        socket->deleteLater();
        if (transport)
            transport->deleteLater();
        return;
    }
    if (m_signedOut.contains(tokenOf(authorization))) { // signed out while its token was checked
        if (transport)
            transport->setParent(this);
        socket->setParent(this);
        m_sockets.insert(socket, {provider, authorization, transport, 0, 0});
        m_byProvider.insert(provider, socket);
        ++m_open;
        return dropRefused({{QPointer<QWebSocket>(socket), 401}});
    }
    // Children, so that a shard going (its thread stopping) takes them along.
    socket->setParent(this);
    if (transport)
        transport->setParent(this);
    if (!m_ping.isActive())
        m_ping.start();
    socket->setMaxAllowedIncomingFrameSize(kMaxFrame);
    socket->setMaxAllowedIncomingMessageSize(kMaxFrame);
    // The oldest of the provider's sockets goes when a fifth comes (an app
    // reconnecting over a dead one must not pile them up). A provider's
    // sockets all come to one shard (provider_bell.cpp).
    const QList<QWebSocket *> theirs = m_byProvider.values(provider);
    if (theirs.size() >= kMaxSocketsPerProvider) {
        QWebSocket *oldest = theirs.first();
        for (QWebSocket *s : theirs) {
            if (m_sockets.value(s).checkedAt < m_sockets.value(oldest).checkedAt)
                oldest = s;
        }
        oldest->abort();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_sockets.insert(socket, {provider, authorization, transport, now, now});
    m_byProvider.insert(provider, socket);
    ++m_open;
    connect(socket, &QWebSocket::disconnected, this, [this, socket] { forget(socket); });
    // Apps only listen: a message from one is a misbehaving peer.
    connect(socket, &QWebSocket::textMessageReceived, this, [socket] { socket->abort(); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket] { socket->abort(); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto it = m_sockets.find(socket); it != m_sockets.end())
            it->heardAt = QDateTime::currentMSecsSinceEpoch();
    });
    // Ready: the app reads its jobs once now, for what changed while it was away.
    socket->sendTextMessage(message({{QStringLiteral("type"), QStringLiteral("ready")},
                                     {QStringLiteral("provider_id"), QString::number(provider)}}));
}

void BellShard::forget(QWebSocket *socket)
{
    const auto it = m_sockets.constFind(socket);
    if (it == m_sockets.cend())
        return;
    if (QTcpSocket *transport = it->transport.data())
        transport->deleteLater(); // Qt's WebSocket server no longer deletes it (either order is safe)
    m_byProvider.remove(it->provider, socket);
    m_sockets.erase(it);
    --m_open;
    socket->deleteLater();
}

void BellShard::ring(const QList<qint64> &providers)
{
    const QList<qint64> whom = providers.isEmpty() ? m_byProvider.uniqueKeys() : providers;
    for (const qint64 provider : whom) {
        const QList<QWebSocket *> sockets = m_byProvider.values(provider);
        if (sockets.isEmpty())
            continue; // not listening: their fallback poll finds the change
        const QString text = message({{QStringLiteral("type"), QStringLiteral("jobs")}, {QStringLiteral("n"), ++m_rings[provider]}});
        for (QWebSocket *socket : sockets)
            socket->sendTextMessage(text);
    }
}

void BellShard::sweep()
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

void BellShard::signedOut(const QByteArray &authorization)
{
    const QByteArray token = tokenOf(authorization);
    // A socket whose token was checked before the sign-out may still be on
    // its way here (provider_bell.cpp, admit): listen() refuses it. Both run
    // on this thread, so one of the two sees the other.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_signedOut.removeIf([now](QHash<QByteArray, qint64>::iterator it) { return now - it.value() > kSignedOutMemoryMs; });
    m_signedOut.insert(token, now);
    QList<std::pair<QPointer<QWebSocket>, int>> closing;
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        if (tokenOf(it->authorization) == token)
            closing.append({QPointer<QWebSocket>(it.key()), 401});
    }
    dropRefused(closing);
}

void BellShard::dropRefused(const QList<std::pair<QPointer<QWebSocket>, int>> &refused)
{
    for (const auto &[guarded, status] : refused) {
        QWebSocket *socket = guarded.data();
        if (!socket || !m_sockets.contains(socket))
            continue;
        QPointer<QTcpSocket> transport = m_sockets.value(socket).transport;
        m_byProvider.remove(m_sockets.value(socket).provider, socket);
        m_sockets.remove(socket);
        --m_open;
        socket->disconnect(this);
        refuse(socket, status);
        // Its TCP connection is ours to delete: at once when the close frame
        // went out and closed it (QWebSocket::close usually does that in the
        // call), else 10 s on. Not on its `disconnected`: it may have fired in
        // close() already, and the QWebSocket's deletion cuts every
        // connection of its transport.
        if (QTcpSocket *t = transport.data()) {
            if (t->state() == QAbstractSocket::UnconnectedState)
                t->deleteLater();
            else
                QTimer::singleShot(10'000, t, [t] {
                    t->abort();
                    t->deleteLater();
                });
        }
    }
}

} // namespace doorstep::server::http
