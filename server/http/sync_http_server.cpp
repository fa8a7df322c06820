#include "http/sync_http_server.h"

#include "api/api_service.h"
#include "domain/scan_format.h"
#include "http/notify_hub.h"
#include "http/provider_bell.h"
#include "sync/sync_service.h"

#include <QHttpServerRequest>
#include <QPointer>
#include <QHttpServerResponder>
#include <QWebSocket>
#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslSocket>

#include <algorithm>
#include <exception>
#include <memory>

namespace doorstep::server::http {
namespace {

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0) && QT_VERSION < QT_VERSION_CHECK(6, 7, 0)
#error "doorstep-server needs Qt 6.4, or 6.7 and later (QHttpServerRequest::sslConfiguration)"
#endif

// The one place that differs between Qt versions: Qt 6.4 hands the handler
// the socket, Qt 6.7+ the request's TLS configuration.
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
QSslCertificate peerCertificate(const QHttpServerRequest &request)
{
    return request.sslConfiguration().peerCertificate();
}
#else
QSslCertificate peerCertificate(QTcpSocket *socket)
{
    const auto *ssl = qobject_cast<QSslSocket *>(socket);
    return ssl ? ssl->peerCertificate() : QSslCertificate();
}
#endif

// A WebSocket upgrade (/v2/notify): Qt HttpServer hands the socket to the
// notify hub itself, after asking the handler; answering it here too would
// put an HTTP reply in front of the 101 (seen on Qt 6.4).
bool isWebSocketUpgrade(const QHttpServerRequest &request)
{
    return request.value(QByteArrayLiteral("upgrade")).compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0;
}

void send(QHttpServerResponder &responder, const sync::Reply &reply)
{
    if (reply.status == 204) { // no body may follow
        responder.write(QHttpServerResponder::StatusCode::NoContent);
        return;
    }
    responder.write(QJsonDocument(reply.body), QHttpServerResponder::StatusCode(reply.status));
}
} // namespace

// A console's push or snapshot page carries up to 4 MiB of rows
// (sync::kMaxBatchBytes) and then, whole, the mutation that crossed it: a
// credential scan of up to domain::kMaxScanBytes travels in its row as
// base64 (4/3 of it). Below this a console with one large scan could never
// sync again (the 8 MiB of old: its demo store failed to enroll).
constexpr qint64 kMaxSyncBody = 24 * 1024 * 1024;
static_assert(kMaxSyncBody > 4 * 1024 * 1024 + domain::kMaxScanBytes * 4 / 3 + 1024 * 1024);

ListenerLimits SyncHttpServer::limitsFor(Kind kind)
{
    ListenerLimits limits;
    limits.maxBody = kMaxSyncBody;
    if (kind == Kind::Enrollment) {
        limits.maxBody = 64 * 1024;
        limits.requestsPerSecond = 20;
    }
    return limits;
}

int SyncHttpServer::workersFor(Kind kind, const SyncStorage &storage)
{
    if (kind == Kind::Sync)
        return 4;
    return std::clamp(storage.concurrentTransactions() / 2, 2, 8);
}

SyncHttpServer::SyncHttpServer(Kind kind, sync::SyncService &service, const TlsIdentity &tls, QObject *parent)
    : QAbstractHttpServer(parent), m_kind(kind), m_service(service),
      m_listener(new GuardedSslServer(limitsFor(kind), this))
{
    m_workers.setMaxThreadCount(workersFor(kind, service.storage()));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    // The chain ends in the CA: an enrolling console has no CA yet and
    // accepts the server only by finding the CA whose fingerprint was typed
    // among what the server presents (PROTOCOL.md, Enrollment step 1).
    config.setLocalCertificateChain({tls.certificate, tls.ca});
    config.setPrivateKey(tls.key);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    // HTTP/1.1 only: the socket guard reads HTTP/1.1 framing (Qt 6.8+ would
    // otherwise offer h2, whose binary frames it cannot follow).
    config.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
    if (kind == Kind::Sync) {
        // Only certificates our CA issued complete the handshake; the
        // system's trust store plays no part.
        config.setCaCertificates({tls.ca});
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        // Live notices (/v2/notify): a WebSocket on this listener, so it
        // rides the same mutual TLS and certificate checks (notify_hub.h).
        m_notify = new NotifyHub([this](const QByteArray &pem) { return m_service.officeForCertificate(pem); }, this);
        m_commitListener = m_service.addCommitListener(
            [hub = QPointer<NotifyHub>(m_notify)](const QStringList &audiences, const QString &origin) {
                if (hub)
                    hub->announce(audiences, origin);
            });
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
            while (hasPendingWebSocketConnections())
                m_notify->adopt(nextPendingWebSocketConnection());
        });
        m_listener->setPeerCheck([this](QSslSocket *socket) {
            if (m_service.officeForCertificate(socket->peerCertificate().toPem()).isEmpty())
                return false;
            m_notify->connectionVetted(socket);
            return true;
        });
    } else {
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_listener->setNotesUpgrades(true); // the doorbells take their TCP connections along (provider_bell.h)
        // The provider apps' doorbell (/api/v1/provider/bell), rung by every
        // commit that changes a provider's jobs (AnnouncingStorage).
        m_bell = new ProviderBell(
            [this](const QByteArray &authorization, int &status) -> std::optional<qint64> {
                api::ApiService *api = m_api;
                sync::Reply error;
                const std::optional<qint64> provider = api ? api->providerFor(authorization, error) : std::nullopt;
                status = api ? error.status : 404;
                return provider;
            },
            m_workers, ProviderBell::kDefaultShards, this);
        m_commitListener = m_service.addJobListener([bell = QPointer<ProviderBell>(m_bell)](const QList<qint64> &providers) {
            if (bell)
                bell->ring(providers);
        });
        connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
            while (hasPendingWebSocketConnections()) {
                std::unique_ptr<QWebSocket> socket = nextPendingWebSocketConnection();
                QTcpSocket *transport = m_listener->takeUpgraded(socket->peerAddress(), socket->peerPort());
                m_bell->adopt(std::move(socket), transport);
            }
        });
    }
    m_listener->setSslConfiguration(config);
}

SyncHttpServer::~SyncHttpServer()
{
    if (m_commitListener)
        m_service.removeCommitListener(m_commitListener); // no ring is under way after this
    if (m_bell)
        m_bell->stop(); // its threads start token checks on m_workers
    // m_workers (their token checks answer to m_bell) goes first, the bell
    // with the children after it.
}

quint16 SyncHttpServer::listenOn(const QHostAddress &address, quint16 port)
{
    if (!m_listener->listen(address, port))
        return 0;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!bind(m_listener))
        return 0;
#else
    bind(m_listener); // returns nothing before Qt 6.8
#endif
    return m_listener->serverPort();
}

int SyncHttpServer::doorbells() const
{
    return m_bell ? m_bell->listeners() : 0;
}

int SyncHttpServer::doorbellsOnListenerThread() const
{
    return m_bell ? m_bell->listenersAtHome() : 0;
}

int SyncHttpServer::doorbellConnections() const
{
    return m_bell ? m_bell->connectionsHeld() : 0;
}

QString SyncHttpServer::errorString() const
{
    return m_listener->errorString();
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
bool SyncHttpServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    if (isWebSocketUpgrade(request))
        return true; // Qt answers the upgrade itself (notify_hub.h, provider_bell.h); a 404 here would go out before the 101
    send(responder, answer(callOf(request), peerCertificate(request)));
    return true;
}

void SyncHttpServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
{
    send(responder, sync::errorReply(404, QStringLiteral("not_found"), QStringLiteral("no such path")));
}
#else
bool SyncHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (isWebSocketUpgrade(request))
        return true; // Qt answers the upgrade itself (notify_hub.h, provider_bell.h); a 404 here would go out before the 101
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    const QPointer<QTcpSocket> connection(socket);
    m_workers.start([this, call = callOf(request), peer = peerCertificate(socket), connection, responder] {
        sync::Reply reply = answer(call, peer);
        // Back on the event loop's thread, which owns the socket; a peer
        // that hung up meanwhile gets nothing (what it sent is applied or not
        // as a whole, and its retry is told "duplicate").
        QMetaObject::invokeMethod(
            this,
            [connection, responder, reply = std::move(reply)] {
                if (connection && connection->state() == QAbstractSocket::ConnectedState)
                    send(*responder, reply);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void SyncHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    send(responder, sync::errorReply(404, QStringLiteral("not_found"), QStringLiteral("no such path")));
}
#endif

SyncHttpServer::Call SyncHttpServer::callOf(const QHttpServerRequest &request)
{
    const bool post = request.method() == QHttpServerRequest::Method::Post;
    const bool get = request.method() == QHttpServerRequest::Method::Get;
    const QByteArray method = post  ? QByteArray("POST")
                              : get ? QByteArray("GET")
                              : request.method() == QHttpServerRequest::Method::Delete ? QByteArray("DELETE")
                                                                                      : QByteArray("OTHER");
    return {post, get, method, request.value("Authorization"), request.url().path(), request.query(), request.body(),
            request.value("Idempotency-Key")};
}

sync::Reply SyncHttpServer::answer(const Call &call, const QSslCertificate &peer)
{
    const QString &path = call.path;
    const bool post = call.post;
    const bool get = call.get;
    // /v1/… and /v2/… are answered alike (PROTOCOL.md: what version 2 adds,
    // a version 1 console ignores); hello says which version was asked.
    int version = 0;
    QStringView endpoint;
    for (int v = 1; v <= sync::kProtocolVersion; ++v) {
        const QString prefix = QStringLiteral("/v%1/").arg(v);
        if (path.startsWith(prefix)) {
            version = v;
            endpoint = QStringView(path).mid(prefix.size());
        }
    }
    sync::Reply reply = sync::errorReply(404, QStringLiteral("not_found"), QStringLiteral("no such path"));
    const QString apiPrefix = QStringLiteral("/api/v1/");
    try {
        if (m_kind == Kind::Enrollment && path.startsWith(apiPrefix)) {
            if (m_api)
                reply = m_api->handle(
                    {call.method, path.mid(apiPrefix.size()), call.authorization, call.body, call.query, call.idempotencyKey});
            // A provider signed out: their doorbells on this process close
            // now, not at the next token check (another process's close then).
            if (reply.status == 204 && call.method == "DELETE" && path == u"/api/v1/provider/session" && m_bell)
                m_bell->signedOut(call.authorization);
        } else if (version == 0) {
            reply = sync::errorReply(400, QStringLiteral("unsupported_version"),
                                     QStringLiteral("this server speaks protocol versions 1 and 2 (/v1/…, /v2/…)"));
        } else if (m_kind == Kind::Enrollment) {
            if (endpoint == u"enroll" && post)
                reply = m_service.enroll(call.body);
        } else {
            // Checked again per request: a certificate revoked while its
            // connection stays open stops working at once.
            const QString office = m_service.officeForCertificate(peer.toPem());
            if (office.isEmpty())
                reply = sync::errorReply(403, QStringLiteral("forbidden"),
                                         QStringLiteral("this office certificate is no longer valid"));
            else if (endpoint == u"hello" && get)
                reply = m_service.hello(office, call.query, version);
            else if (endpoint == u"push" && post)
                reply = m_service.push(office, call.body);
            else if (endpoint == u"snapshot" && post)
                reply = m_service.snapshot(office, call.body);
            else if (endpoint == u"changes" && get)
                reply = m_service.changes(office, call.query);
        }
    } catch (const std::exception &e) {
        qWarning("doorstep-server: %s %s failed: %s", post ? "POST" : "GET", qUtf8Printable(path), e.what());
        reply = sync::errorReply(500, QStringLiteral("server_error"),
                                 QStringLiteral("the server failed; nothing of this request was applied"));
    }
    return reply;
}

} // namespace doorstep::server::http
