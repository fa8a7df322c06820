#pragma once
// The simulator's transport to a running doorstep-server: the apps' API on
// its enrollment listener, over server-only TLS. As the console enrolls, the
// server is trusted only when its chain ends in the CA whose SHA-256
// fingerprint was given (sync/pki.h chainEndsInPinnedCa); no trust store.
// Requests run concurrently (QNetworkAccessManager: six connections per
// host, the rest queue); answers arrive on the event loop. Each provider's
// doorbell is a WebSocket of its own (an app's connection), trusted by the
// CA the first pinned answer presented. The doorbells live on a few threads
// of their own, as the server's do (server/http/bell_shard.h): thousands of
// idle sockets on the simulator's loop would be polled on its every turn.

#include "sim/sim_transport.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>

#include <QList>
#include <QObject>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace doorstep::server::sim {

class HttpsTransport final : public Transport
{
public:
    // base: https://host:port (the enrollment listener); fingerprint: the CA's
    // SHA-256 ("AB:CD:…" or hex). Throws std::invalid_argument if unreadable.
    HttpsTransport(const QUrl &base, const QString &caFingerprint, int timeoutMs = 30000);
    ~HttpsTransport() override;
    void send(const SimRequest &request, Done done) override;
    int inFlight() const override { return m_inFlight; }
    bool openBell(const QString &token, Ring rung, Ring lost) override;

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_pin;
    int m_timeoutMs;
    int m_inFlight = 0;
    QSslCertificate m_ca; // the pinned CA, once a server presented it
    QObject m_callbacks;  // on the caller's thread: where `rung` and `lost` run
    QList<std::pair<QThread *, QObject *>> m_bellThreads; // each with the doorbells it holds as children
    int m_nextBellThread = 0;
};

} // namespace doorstep::server::sim
