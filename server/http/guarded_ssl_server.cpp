#include "http/guarded_ssl_server.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

namespace doorstep::server::http {
namespace {

// 512 kbit/s: an office's uplink at its worst that still syncs.
constexpr qint64 kMinBodyBytesPerSecond = 64 * 1024;

// Follows one connection's request framing from the bytes alone.
class ConnectionGuard : public QObject
{
public:
    ConnectionGuard(QSslSocket *socket, GuardedSslServer *server)
        : QObject(socket), m_socket(socket), m_server(server)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, m_socket, &QAbstractSocket::abort);
        connect(socket, &QIODevice::readyRead, this, &ConnectionGuard::inspect);
        connect(socket, &QIODevice::bytesWritten, this, &ConnectionGuard::answerSent);
        m_timer.start(m_server->limits().idleTimeoutMs);
    }

private:
    void inspect()
    {
        if (m_upgraded)
            return; // WebSocket frames now (NotifyHub bounds them), not HTTP
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        if (m_rejected) {
            m_socket->read(data.size());
            return;
        }
        qsizetype pos = 0;
        while (pos < data.size() && !m_rejected) {
            if (!m_inBody) {
                if (m_header.isEmpty())
                    m_timer.start(m_server->limits().requestTimeoutMs);
                const qsizetype searchFrom = std::max<qsizetype>(0, m_header.size() - 3);
                const qsizetype take = std::min<qsizetype>(data.size() - pos,
                                                           m_server->limits().maxHeader + 4 - m_header.size());
                m_header.append(data.constData() + pos, take);
                const qsizetype end = m_header.indexOf("\r\n\r\n", searchFrom);
                if (end < 0) {
                    if (m_header.size() > m_server->limits().maxHeader)
                        return reject(431, "too_large", "the request headers are too large");
                    pos += take;
                    continue;
                }
                pos += take - (m_header.size() - (end + 4));
                m_header.truncate(end + 4);
                if (!startBody())
                    return;
            } else {
                const qint64 n = std::min<qint64>(m_remaining, data.size() - pos);
                m_remaining -= n;
                pos += n;
            }
            if (m_inBody && m_remaining == 0) {
                m_inBody = false;
                // The request is whole: the time the server takes to answer
                // is not the peer's idling (a long push on a busy database
                // once outlasted the timeout and was cut: "Connection closed").
                m_timer.stop();
                m_awaitingAnswer = true;
            }
        }
    }

    // The idle clock starts again once the answer has gone out.
    void answerSent()
    {
        if (m_awaitingAnswer && !m_rejected && m_socket->bytesToWrite() == 0) {
            m_awaitingAnswer = false;
            if (!m_inBody && m_header.isEmpty())
                m_timer.start(m_server->limits().idleTimeoutMs);
        }
    }

    // Headers complete: decide whether the body may come.
    bool startBody()
    {
        qint64 length = 0;
        bool upgrade = false;
        const QList<QByteArray> lines = m_header.split('\n');
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding") {
                reject(411, "bad_request", "send the body with a Content-Length");
                return false;
            }
            // A WebSocket upgrade (the sync listener's /v2/notify): after these
            // headers the connection carries frames, for as long as it lives.
            if (name == "upgrade" && value.toLower() == "websocket")
                upgrade = true;
            if (name == "content-length") {
                bool ok = false;
                length = value.toLongLong(&ok);
                if (!ok || length < 0) {
                    reject(400, "bad_request", "malformed Content-Length");
                    return false;
                }
            }
        }
        m_header.clear();
        if (length > m_server->limits().maxBody) {
            reject(413, "too_large", "the request body is larger than this endpoint accepts");
            return false;
        }
        if (!m_server->admitRequest(m_socket->peerAddress())) {
            reject(429, "rate_limited", "too many requests from this address; try again shortly");
            return false;
        }
        if (upgrade && length == 0) {
            m_upgraded = true;
            m_server->noteUpgrade(m_socket);
            m_timer.stop();
            return false; // nothing more to follow here
        }
        m_inBody = true;
        m_remaining = length;
        // A large body (a push with a credential scan) gets time for its
        // bytes at a modest uplink, on top of the request's own time; a
        // trickling peer still runs out of it.
        if (length > 0)
            m_timer.start(std::max(0, m_timer.remainingTime()) + int(length * 1000 / kMinBodyBytesPerSecond));
        return true;
    }

    // Answers here (the HTTP server never sees the request), drops what the
    // peer sent, and closes once the answer is written.
    void reject(int status, const char *code, const char *message)
    {
        m_rejected = true;
        m_timer.stop();
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(code)},
                                                          {QStringLiteral("message"), QString::fromLatin1(message)}})
                                    .toJson(QJsonDocument::Compact);
        const char *reason = status == 413 ? "Payload Too Large"
                             : status == 429 ? "Too Many Requests"
                             : status == 431 ? "Request Header Fields Too Large"
                             : status == 411 ? "Length Required"
                                             : "Bad Request";
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                         + "\r\nContent-Type: application/json\r\nConnection: close\r\n";
        if (status == 429)
            reply += "Retry-After: 1\r\n";
        reply += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_socket->read(m_socket->bytesAvailable());
        m_socket->write(reply);
        m_socket->disconnectFromHost();
        // A peer that keeps sending is cut off rather than waited for.
        QTimer::singleShot(2000, m_socket, &QAbstractSocket::abort);
    }

    QSslSocket *m_socket;
    GuardedSslServer *m_server;
    QTimer m_timer;
    QByteArray m_header;
    bool m_inBody = false;
    qint64 m_remaining = 0;
    bool m_rejected = false;
    bool m_awaitingAnswer = false;
    bool m_upgraded = false;
};
} // namespace

GuardedSslServer::GuardedSslServer(const ListenerLimits &limits, QObject *parent)
    : QSslServer(parent), m_limits(limits), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setHandshakeTimeout(m_limits.requestTimeoutMs);
}

void GuardedSslServer::setTimeouts(int requestMs, int idleMs)
{
    m_limits.requestTimeoutMs = requestMs;
    m_limits.idleTimeoutMs = idleMs;
    setHandshakeTimeout(requestMs);
}

QTcpSocket *GuardedSslServer::nextPendingConnection()
{
    while (QTcpSocket *next = QSslServer::nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(next);
        if (!socket || (m_peerCheck && !m_peerCheck(socket))) {
            next->abort();
            next->deleteLater();
            continue;
        }
        new ConnectionGuard(socket, this); // before the HTTP server connects its own readyRead
        return socket;
    }
    return nullptr;
}

namespace {
QString peerKey(const QHostAddress &peer, quint16 port)
{
    return peer.toString() + u'|' + QString::number(port);
}
} // namespace

void GuardedSslServer::noteUpgrade(QSslSocket *socket)
{
    if (!m_notesUpgrades)
        return;
    if (m_upgraded.size() > 1000) { // upgrades Qt refused, or sockets gone before they were taken
        for (auto it = m_upgraded.begin(); it != m_upgraded.end();)
            it = it->isNull() ? m_upgraded.erase(it) : std::next(it);
    }
    m_upgraded.insert(peerKey(socket->peerAddress(), socket->peerPort()), socket);
}

QTcpSocket *GuardedSslServer::takeUpgraded(const QHostAddress &peer, quint16 port)
{
    return m_upgraded.take(peerKey(peer, port)).data();
}

bool GuardedSslServer::admitRequest(const QHostAddress &address)
{
    if (m_limits.requestsPerSecond <= 0)
        return true;
    const qint64 second = m_clock() / 1000;
    if (m_rates.size() > 10000) // forget old windows rather than grow without bound
        m_rates.clear();
    Window &w = m_rates[address.toString()];
    if (w.second != second)
        w = {second, 0};
    return ++w.count <= m_limits.requestsPerSecond;
}

} // namespace doorstep::server::http
