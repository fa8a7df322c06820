#pragma once
// The TLS listener both of the server's endpoints bind (QAbstractHttpServer::
// bind). Qt HttpServer reads a whole request into memory before any handler
// runs and has no limits of its own, so this class watches each connection's
// bytes first (its readyRead slot is connected before the HTTP server's):
// headers ≤ 16 KiB, the body per Content-Length ≤ the listener's limit
// (413 and the connection closed), no chunked bodies, a request whole
// within 30 s plus a second per 64 KiB of its body (the wait for the
// server's answer does not count), and, where
// asked, a per-address request rate (429). The
// rejected bytes are read away here, so the HTTP server never buffers them.
// Peers are also vetted once the handshake is done (acceptPeer): a sync
// peer whose certificate is revoked is dropped without an HTTP answer.

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslServer>

#include <functional>

QT_BEGIN_NAMESPACE
class QSslSocket;
QT_END_NAMESPACE

namespace doorstep::server::http {

struct ListenerLimits
{
    qint64 maxBody = 8 * 1024 * 1024;
    int maxHeader = 16 * 1024;
    int requestTimeoutMs = 30'000;
    int idleTimeoutMs = 120'000;
    int requestsPerSecond = 0; // per client address; 0 = no limit
};

class GuardedSslServer : public QSslServer
{
    Q_OBJECT
public:
    explicit GuardedSslServer(const ListenerLimits &limits, QObject *parent = nullptr);

    // Asked for each connection after its handshake; false closes it.
    void setPeerCheck(std::function<bool(QSslSocket *)> check) { m_peerCheck = std::move(check); }
    const ListenerLimits &limits() const { return m_limits; }
    // Requests per second per client address; 0 = no limit.
    void setRequestsPerSecond(int perSecond) { m_limits.requestsPerSecond = perSecond; }
    // For connections accepted from now on (tests shorten them).
    void setTimeouts(int requestMs, int idleMs);

    QTcpSocket *nextPendingConnection() override;

    // A connection whose request upgraded to a WebSocket, by its peer's
    // address and port (what QWebSocket::peerAddress/peerPort report): Qt
    // wraps it in a QWebSocket without saying which it was, and a socket
    // moving to another thread (provider_bell.h) must take its TCP
    // connection along. Null when not known (or taken already).
    // Only a listener that takes them notes them (setNotesUpgrades).
    QTcpSocket *takeUpgraded(const QHostAddress &peer, quint16 port);
    void noteUpgrade(QSslSocket *socket);
    void setNotesUpgrades(bool notes) { m_notesUpgrades = notes; }

    // One more request from `address` now: false when over the rate.
    bool admitRequest(const QHostAddress &address);
    // Milliseconds since the epoch; tests fix it.
    void setClock(std::function<qint64()> msecs) { m_clock = std::move(msecs); }

private:
    struct Window
    {
        qint64 second = 0;
        int count = 0;
    };
    ListenerLimits m_limits;
    std::function<bool(QSslSocket *)> m_peerCheck;
    QHash<QString, Window> m_rates;
    QHash<QString, QPointer<QSslSocket>> m_upgraded;
    bool m_notesUpgrades = false;
    std::function<qint64()> m_clock;
};

} // namespace doorstep::server::http
