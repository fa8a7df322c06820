#include "sync/notify_channel.h"

#include "sync/https_client.h"
#include "sync/sync_error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSslError>
#include <QWebSocket>

namespace doorstep::sync {

NotifyChannel::NotifyChannel(QObject *parent)
    : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &NotifyChannel::open);
    // The server aborts a socket it has not heard from in 90 s; the pong to
    // its own pings would do, a ping of ours also finds a dead path sooner.
    m_ping.setInterval(30'000);
    connect(&m_ping, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->ping();
    });
}

NotifyChannel::~NotifyChannel()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QUrl NotifyChannel::notifyUrl(const QString &serverUrl)
{
    QUrl url(serverUrl);
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QStringLiteral("/v2/notify"));
    return url;
}

void NotifyChannel::setEnabled(bool on, const Target &target)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    m_target = on ? target : Target();
    m_failures = 0;
    if (on) {
        open();
        return;
    }
    m_retry.stop();
    m_ping.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setLive(false);
}

void NotifyChannel::open()
{
    if (!m_enabled || m_socket)
        return;
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingFrameSize(4096);
    m_socket->setMaxAllowedIncomingMessageSize(4096);
    try {
        m_socket->setSslConfiguration(pinnedConfiguration(m_target.caPem, m_target.certificatePem, m_target.keyPem));
    } catch (const SyncError &) {
        closed();
        return;
    }
    connect(m_socket, &QWebSocket::textMessageReceived, this, &NotifyChannel::received);
    connect(m_socket, &QWebSocket::disconnected, this, &NotifyChannel::closed);
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!errors.isEmpty())
            m_lastError = errors.first().errorString();
    });
    m_socket->open(notifyUrl(m_target.serverUrl));
}

void NotifyChannel::closed()
{
    if (m_socket) {
        // (QWebSocket's error signal is errorOccurred only from Qt 6.5.)
        if (m_socket->error() != QAbstractSocket::UnknownSocketError)
            m_lastError = m_socket->errorString();
        else if (!m_socket->closeReason().isEmpty())
            m_lastError = m_socket->closeReason();
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_ping.stop();
    setLive(false);
    if (!m_enabled)
        return;
    ++m_failures;
    m_retry.start(int(m_backoff.delayMs(m_failures, QRandomGenerator::global()->generateDouble())));
}

void NotifyChannel::received(const QString &message)
{
    const QString type = QJsonDocument::fromJson(message.toUtf8()).object().value(QStringLiteral("type")).toString();
    if (type == u"ready") {
        m_failures = 0;
        m_ping.start();
        setLive(true);
        emit pullNeeded(); // what came while we were away
    } else if (type == u"changes") {
        emit pullNeeded();
    } // other types: a newer server's; ignored
}

void NotifyChannel::setLive(bool live)
{
    if (live == m_live)
        return;
    m_live = live;
    emit liveChanged(live);
}

} // namespace doorstep::sync
