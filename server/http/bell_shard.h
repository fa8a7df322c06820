#pragma once
// One share of the provider doorbells (provider_bell.h), on a thread of its
// own: the sockets of the providers whose id falls to it, their pings, the
// silent ones' aborts, their tokens' re-checks and their rings.
//
// Why shards: Qt's event loop polls every socket it holds on each turn
// (poll(), no epoll). 5,000 idle doorbells on the listener's loop made each
// turn of every API request poll all of them, and the listener fell behind
// (README, "The simulator under load"). Here each loop holds a share of the
// doorbells, which ring rarely, and the listener's loop keeps only the
// connections that carry requests.
//
// A shard owns each socket's TCP connection too (the QSslSocket Qt
// HttpServer upgraded): QWebSocket writes through it, so both must live on
// the shard's thread, and nothing else deletes it once it is here.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QThreadPool;
class QWebSocket;
QT_END_NAMESPACE

namespace doorstep::server::http {

class BellShard final : public QObject
{
    Q_OBJECT
public:
    // As ProviderBell::Authenticate; safe from any thread.
    using Authenticate = std::function<std::optional<qint64>(const QByteArray &authorization, int &status)>;
    BellShard(const Authenticate &providerFor, QThreadPool &workers);
    ~BellShard() override;

    // On the shard's thread. `socket` (and `transport`, its TCP connection,
    // when known; else Qt's WebSocket server still owns it) were moved here
    // by the listener; the provider's token was checked.
    void listen(QWebSocket *socket, QTcpSocket *transport, qint64 provider, const QByteArray &authorization);
    // On the shard's thread: these providers' jobs changed; an empty list
    // rings everyone listening here.
    void ring(const QList<qint64> &providers);
    // On the shard's thread: the sockets opened with this token close (4401).
    void signedOut(const QByteArray &authorization);
    // On the shard's thread, before it stops: every socket closed and deleted.
    void closeAll();

    // Sockets listening here; safe from any thread.
    int listeners() const { return m_open.load(); }
    // On the shard's thread: the TCP connections it still owns, closed ones
    // not yet deleted included (tests: none outlives its socket for long).
    int connectionsHeld() const;

    // The close code 4000 + status with its reason, and the socket's deletion.
    static void refuse(QWebSocket *socket, int status);

private:
    struct Listener
    {
        qint64 provider = 0;
        QByteArray authorization; // to check the token again
        QPointer<QTcpSocket> transport;
        qint64 heardAt = 0;   // ms, the last frame or pong
        qint64 checkedAt = 0; // ms, the token's last check
    };
    void sweep();
    void forget(QWebSocket *socket);
    // The re-checks' outcome: sockets whose token no longer works, with why.
    void dropRefused(const QList<std::pair<QPointer<QWebSocket>, int>> &refused);

    const Authenticate &m_providerFor;
    QThreadPool &m_workers;
    std::atomic<int> m_open{0};
    QHash<QWebSocket *, Listener> m_sockets;
    QMultiHash<qint64, QWebSocket *> m_byProvider;
    QHash<qint64, qint64> m_rings; // rings per provider (the n of a message)
    QHash<QByteArray, qint64> m_signedOut; // token -> when (ms), for sockets still on their way
    QTimer m_ping;
};

} // namespace doorstep::server::http
