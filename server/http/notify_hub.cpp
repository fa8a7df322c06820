#include "http/notify_hub.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QSslSocket>
#include <QWebSocket>

#include <utility>

namespace doorstep::server::http {
namespace {

constexpr int kPingMs = 30'000;
constexpr qint64 kSilentMs = 90'000;
constexpr qint64 kMaxFrame = 1024;

bool isNotifyPath(const QString &path)
{
    // /v2/notify; /v1/notify answered alike, as every other endpoint is.
    return path == u"/v2/notify" || path == u"/v1/notify";
}
} // namespace

NotifyHub::NotifyHub(std::function<QString(const QByteArray &)> officeOf, QObject *parent)
    : QObject(parent), m_officeOf(std::move(officeOf))
{
    m_ping.setInterval(kPingMs);
    connect(&m_ping, &QTimer::timeout, this, &NotifyHub::sweep);
    m_ping.start();
}

NotifyHub::~NotifyHub()
{
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        delete it.key();
    }
}

QString NotifyHub::peerKey(const QString &address, quint16 port)
{
    return address + u'|' + QString::number(port);
}

void NotifyHub::connectionVetted(QSslSocket *socket)
{
    const QString key = peerKey(socket->peerAddress().toString(), socket->peerPort());
    m_vetted.insert(key, socket->peerCertificate().toPem());
    connect(socket, &QObject::destroyed, this, [this, key] { m_vetted.remove(key); });
}

void NotifyHub::adopt(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    const QByteArray pem = m_vetted.value(peerKey(socket->peerAddress().toString(), socket->peerPort()));
    const QString office = pem.isEmpty() ? QString() : m_officeOf(pem);
    if (!isNotifyPath(socket->requestUrl().path()) || office.isEmpty()) {
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("not_found"));
        socket->deleteLater();
        return;
    }
    socket->setMaxAllowedIncomingFrameSize(kMaxFrame);
    socket->setMaxAllowedIncomingMessageSize(kMaxFrame);
    m_sockets.insert(socket, {office, pem, QDateTime::currentMSecsSinceEpoch()});
    auto drop = [this, socket] {
        if (m_sockets.remove(socket))
            socket->deleteLater();
    };
    connect(socket, &QWebSocket::disconnected, this, drop);
    // Consoles only listen: a message from one is a misbehaving peer.
    connect(socket, &QWebSocket::textMessageReceived, this, [socket] { socket->abort(); });
    connect(socket, &QWebSocket::binaryMessageReceived, this, [socket] { socket->abort(); });
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        if (auto it = m_sockets.find(socket); it != m_sockets.end())
            it->heardAt = QDateTime::currentMSecsSinceEpoch();
    });
    // Ready: the console pulls once now, for what came while it was away.
    socket->sendTextMessage(QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("ready")}, {QStringLiteral("office"), office}})
            .toJson(QJsonDocument::Compact)));
}

void NotifyHub::announce(const QStringList &audiences, const QString &origin)
{
    QMetaObject::invokeMethod(this, [this, audiences, origin] { announceHere(audiences, origin); }, Qt::QueuedConnection);
}

void NotifyHub::announceHere(const QStringList &audiences, const QString &origin)
{
    const bool everyone = audiences.contains(QStringLiteral("*"));
    QHash<QByteArray, bool> stillValid; // one certificate check per certificate and notice
    QHash<QString, qint64> numbers;     // one number per office and notice
    QList<QWebSocket *> revoked;
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        const QString &office = it->office;
        if (office == origin || (!everyone && !audiences.contains(office)))
            continue;
        auto valid = stillValid.find(it->certPem);
        if (valid == stillValid.end())
            valid = stillValid.insert(it->certPem, m_officeOf(it->certPem) == office);
        if (!*valid) {
            revoked.append(it.key());
            continue;
        }
        auto n = numbers.find(office);
        if (n == numbers.end())
            n = numbers.insert(office, ++m_sent[office]);
        it.key()->sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("changes")}, {QStringLiteral("n"), *n}})
                .toJson(QJsonDocument::Compact)));
    }
    // Aborted after the walk: abort() may drop the socket from m_sockets at once.
    for (QWebSocket *socket : std::as_const(revoked))
        socket->abort();
}

void NotifyHub::sweep()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<QWebSocket *> silent;
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it) {
        if (now - it->heardAt > kSilentMs)
            silent.append(it.key());
        else
            it.key()->ping();
    }
    for (QWebSocket *socket : std::as_const(silent))
        socket->abort();
}

} // namespace doorstep::server::http
