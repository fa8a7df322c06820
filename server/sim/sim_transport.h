#pragma once
// How doorstep-sim reaches the apps' API (/api/v1/): over HTTPS to a running
// doorstep-server (https_transport.h), or in process through
// ApiService::handle (inprocess_transport.h) so tests need no network. The
// simulator sees only this: a request out, a status and JSON back.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace doorstep::server::sim {

struct SimRequest
{
    QByteArray method;   // GET, POST, DELETE
    QString path;        // after /api/v1/, with its query
    QString token;       // empty: none
    QJsonObject body;    // POST only
    QString endpoint;    // the path with ids left out ("provider/jobs/{id}/accept"), for the statistics
};

struct SimResponse
{
    int status = 0;      // 0: no answer (connection dropped, TLS refused, timeout)
    QJsonObject body;
    QString error;       // why, when status is 0
};

class Transport
{
public:
    using Done = std::function<void(const SimResponse &)>;
    virtual ~Transport() = default;
    // Sends the request; `done` runs once with the answer, on the caller's
    // thread (at once for the in-process transport, later for HTTPS).
    virtual void send(const SimRequest &request, Done done) = 0;
    // Requests sent and not answered yet.
    virtual int inFlight() const = 0;

    // The provider app's doorbell (the server's provider/bell): opens it with
    // the provider's token; `rung` runs on the caller's thread when it is
    // open ("ready") and whenever the server says their jobs changed, `lost`
    // once when it closes or never opens. False when this transport has none
    // (the in-process one: the provider polls, and a virtual-time run stays
    // the same for a seed).
    using Ring = std::function<void()>;
    virtual bool openBell(const QString &token, Ring rung, Ring lost)
    {
        Q_UNUSED(token);
        Q_UNUSED(rung);
        Q_UNUSED(lost);
        return false;
    }
};

// Looks up the one-time code the server sent to a phone (the simulator's
// customers "read their SMS"); empty when none arrived.
using CodeSource = std::function<QString(const QString &phone)>;

} // namespace doorstep::server::sim
