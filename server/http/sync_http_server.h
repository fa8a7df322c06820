#pragma once
// The two HTTPS endpoints of doorstep-server (PROTOCOL.md, "Two listeners"):
// enrollment and the apps' API (server-only TLS, 64 KiB bodies, 20
// requests/s per address)
// and sync (mutual TLS against our CA, 8 MiB bodies). Routing only: the
// protocol is sync::SyncService. One QAbstractHttpServer per listener, each
// bound to a GuardedSslServer.

#include "http/guarded_ssl_server.h"

#include <QAbstractHttpServer>
#include <QSslCertificate>
#include <QSslKey>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
QT_END_NAMESPACE

namespace doorstep::server::sync {
class SyncService;
}
namespace doorstep::server::api {
class ApiService;
}

namespace doorstep::server::http {

class NotifyHub;

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
    QSslCertificate ca;
};

class SyncHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    enum class Kind { Enrollment, Sync };
    SyncHttpServer(Kind kind, sync::SyncService &service, const TlsIdentity &tls, QObject *parent = nullptr);

    // Starts listening; 0 (and errorString) when the address cannot be bound.
    quint16 listenOn(const QHostAddress &address, quint16 port);
    QString errorString() const;
    // The per-address request rate (limitsFor's by default; 0 = none): behind
    // a reverse proxy every request comes from the proxy's one address.
    void setRequestsPerSecond(int perSecond) { m_listener->setRequestsPerSecond(perSecond); }

    static ListenerLimits limitsFor(Kind kind);
    // The apps' API (/api/v1/…) on the enrollment listener: server-only TLS,
    // its body limit and per-address rate. Not owned; none = 404.
    void setApi(api::ApiService *api) { m_api = api; }

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    void serve(const QHttpServerRequest &request, const QSslCertificate &peer, QHttpServerResponder &responder);

    Kind m_kind;
    sync::SyncService &m_service;
    GuardedSslServer *m_listener;
    api::ApiService *m_api = nullptr;
    NotifyHub *m_notify = nullptr; // the sync listener's live notices
};

} // namespace doorstep::server::http
