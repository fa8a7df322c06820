#pragma once
// The simulator's transport to a running doorstep-server: the apps' API on
// its enrollment listener, over server-only TLS. As the console enrolls, the
// server is trusted only when its chain ends in the CA whose SHA-256
// fingerprint was given (sync/pki.h chainEndsInPinnedCa); no trust store.
// Requests run concurrently (QNetworkAccessManager: six connections per
// host, the rest queue); answers arrive on the event loop.

#include "sim/sim_transport.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace doorstep::server::sim {

class HttpsTransport final : public Transport
{
public:
    // base: https://host:port (the enrollment listener); fingerprint: the CA's
    // SHA-256 ("AB:CD:…" or hex). Throws std::invalid_argument if unreadable.
    HttpsTransport(const QUrl &base, const QString &caFingerprint, int timeoutMs = 30000);
    void send(const SimRequest &request, Done done) override;
    int inFlight() const override { return m_inFlight; }

private:
    QNetworkAccessManager m_nam;
    QUrl m_base;
    QByteArray m_pin;
    int m_timeoutMs;
    int m_inFlight = 0;
};

} // namespace doorstep::server::sim
