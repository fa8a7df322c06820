#pragma once
// The two HTTPS endpoints of doorstep-server (PROTOCOL.md, "Two listeners"):
// enrollment and the apps' API (server-only TLS, 64 KiB bodies, 20
// requests/s per address)
// and sync (mutual TLS against our CA, 8 MiB bodies). Routing only: the
// protocol is sync::SyncService. One QAbstractHttpServer per listener, each
// bound to a GuardedSslServer.
//
// Requests are answered on a pool of worker threads per listener (sync 4,
// enrollment 2), not on the event loop: a push that holds the storage for
// seconds must not keep enrollment, hello or other offices' requests (nor
// the socket guard's reading of their bodies) waiting behind it. The storage
// is safe to call from several threads (sync_storage.h): PostgreSQL gives
// each transaction a connection of its own; the embedded store lets one
// transaction in at a time, so there a request waits for the push in
// progress, not for every push queued. The answer is written back on the
// event loop's thread. (Qt 6.4; on Qt 6.7+ requests are still answered on
// the event loop: moving the responder there is not tried yet.)

#include "http/guarded_ssl_server.h"

#include <QAbstractHttpServer>
#include <QSslCertificate>
#include <QSslKey>
#include <QThreadPool>
#include <QUrlQuery>

QT_BEGIN_NAMESPACE
class QHttpServerResponder;
QT_END_NAMESPACE

namespace doorstep::server {
class SyncStorage;
}
namespace doorstep::server::sync {
class SyncService;
struct Reply;
}
namespace doorstep::server::api {
class ApiService;
}

namespace doorstep::server::http {

class NotifyHub;
class ProviderBell;

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
    ~SyncHttpServer() override;

    // Starts listening; 0 (and errorString) when the address cannot be bound.
    quint16 listenOn(const QHostAddress &address, quint16 port);
    QString errorString() const;
    // The per-address request rate (limitsFor's by default; 0 = none): behind
    // a reverse proxy every request comes from the proxy's one address.
    void setRequestsPerSecond(int perSecond) { m_listener->setRequestsPerSecond(perSecond); }
    // The socket guard's request and idle timeouts (limitsFor's by default).
    void setTimeouts(int requestMs, int idleMs) { m_listener->setTimeouts(requestMs, idleMs); }

    static ListenerLimits limitsFor(Kind kind);
    // Worker threads answering requests. Sync: a few pushes at once. The
    // apps' API (many short transactions): 2 where the store runs one
    // transaction at a time (more would only queue on its lock); where it runs
    // several (PostgreSQL), half its pool up to 8, as a request there mostly
    // waits on round trips to the database, and the sync listener's 4 still
    // find connections (README, "The simulator under load").
    static int workersFor(Kind kind, const SyncStorage &storage);
    // The apps' API (/api/v1/…) on the enrollment listener: server-only TLS,
    // its body limit and per-address rate, and the provider apps' doorbell
    // (http/provider_bell.h). Not owned; none = 404. Set on this object's thread.
    void setApi(api::ApiService *api) { m_api = api; }
    // Open provider doorbells, and how many of them live on this object's
    // thread rather than a doorbell thread of their own (provider_bell.h).
    int doorbells() const;
    int doorbellsOnListenerThread() const;
    // Their TCP connections still held, closed ones not yet deleted
    // included (tests: none is kept after its doorbell closed).
    int doorbellConnections() const;

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
    // What a handler needs of a request, copied: Qt reuses the request
    // object for the connection's next one.
    struct Call
    {
        bool post = false;
        bool get = false;
        QByteArray method; // POST, GET, DELETE or OTHER, as the apps' API takes it
        QByteArray authorization;
        QString path;
        QUrlQuery query;
        QByteArray body;
        QByteArray idempotencyKey; // the apps' API (api/idempotency.cpp)
    };
    static Call callOf(const QHttpServerRequest &request);
    // The protocol's answer; thread-safe (runs on a worker).
    sync::Reply answer(const Call &call, const QSslCertificate &peer);

    Kind m_kind;
    sync::SyncService &m_service;
    GuardedSslServer *m_listener;
    api::ApiService *m_api = nullptr;
    NotifyHub *m_notify = nullptr; // the sync listener's live notices
    int m_commitListener = 0;      // its registration with the service
    ProviderBell *m_bell = nullptr; // the enrollment listener's provider doorbell
    QThreadPool m_workers; // last: destroyed (waiting for its running requests) first
};

} // namespace doorstep::server::http
