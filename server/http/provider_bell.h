#pragma once
// The provider apps' doorbell (server/openapi.yaml, /provider/bell): a
// WebSocket at /api/v1/provider/bell on the enrollment listener, opened with
// the provider's token (Authorization: Bearer …, as every provider call).
// Whenever a commit changes the provider's job list (AnnouncingStorage's job
// listeners: a job assigned, taken back, cancelled or moved), through this
// server process or another on the same PostgreSQL (PgNoticeListener), each
// of their sockets gets {"type":"jobs","n":N}; the app then reads GET
// provider/jobs.
// A doorbell only: no job travels on it, so a lost ring costs the app's slow
// fallback poll, never a job, and a socket whose token stopped working
// hears at most that something changed.
//
// So that 5,000 providers need not ask for their jobs every few minutes
// (README, "The simulator under load"): one idle socket each instead.
//
// Refusals close the socket at once with 4000 + the HTTP status the same
// token would get (4401 no or unknown token, 4403 provider not active, 4429
// the token's rate, 4404 another path): Qt HttpServer has answered the
// upgrade before the socket reaches this class (Qt 6.4 has no hook before
// it). Bounds: a client sends nothing but control frames (anything else
// closes it; frames over 1 KiB refused), a ping every 30 s, 90 s silent and
// it is aborted, at most four sockets per provider (a fifth closes the
// oldest), and each socket's token is checked again every five minutes
// (expired, revoked or the provider suspended: closed). Tokens are checked
// on the listener's worker threads, not on its event loop: a store read
// waits for the write in progress (a disk flush), and the event loop carries
// every connection's TLS.
//
// Known limit (README, "The simulator under load"): Qt's event loop polls
// every socket it holds on each turn (poll(), no epoll), and each socket's
// TLS handshake makes its own OpenSSL context; 10 offices × 500 providers'
// doorbells on one listener thread (beside the simulator's 5,000 in one
// process) did not hold up on this 2-core machine.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QThreadPool;
class QWebSocket;
QT_END_NAMESPACE

namespace doorstep::server::http {

class ProviderBell : public QObject
{
    Q_OBJECT
public:
    // providerFor: the provider an Authorization header stands for, or
    // nothing with the HTTP status it would be refused with.
    using Authenticate = std::function<std::optional<qint64>(const QByteArray &authorization, int &status)>;
    // workers: where tokens are checked (the listener's pool, which outlives
    // every job it runs before this object goes).
    ProviderBell(Authenticate providerFor, QThreadPool &workers, QObject *parent = nullptr);
    ~ProviderBell() override;

    // A socket Qt HttpServer upgraded on the enrollment listener.
    void adopt(std::unique_ptr<QWebSocket> socket);
    // These providers' jobs changed, or with just kEveryProvider
    // (storage/sync_storage.h) anyone's may have: every socket rings once.
    // Safe from any thread: queued to the bell's.
    void ring(const QList<qint64> &providers);

    int listeners() const { return int(m_sockets.size()); }

private:
    struct Listener
    {
        qint64 provider = 0;
        QByteArray authorization; // to check the token again
        qint64 heardAt = 0;       // ms, the last frame or pong
        qint64 checkedAt = 0;     // ms, the token's last check
    };
    void ringHere(const QList<qint64> &providers);
    // The token checked: listen from now on, or close with the refusal.
    void admit(const QPointer<QWebSocket> &socket, const QByteArray &authorization, std::optional<qint64> provider,
               int status);
    void sweep();
    // The re-checks' outcome: sockets whose token no longer works, with why.
    void dropRefused(const QList<std::pair<QPointer<QWebSocket>, int>> &refused);
    static void refuse(QWebSocket *socket, int status);

    Authenticate m_providerFor;
    QThreadPool &m_workers;
    QHash<QWebSocket *, Listener> m_sockets;
    QMultiHash<qint64, QWebSocket *> m_byProvider;
    QHash<qint64, qint64> m_rings; // rings per provider (the n of a message)
    QTimer m_ping;
};

} // namespace doorstep::server::http
