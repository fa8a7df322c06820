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
// The sockets live on a few threads of their own (bell_shard.h): Qt's event
// loop polls every socket it holds on each turn, and 5,000 idle doorbells on
// the listener's loop starved its requests. A provider's sockets all go to
// one shard (their id picks it), so the four-socket bound holds.

#include <QList>
#include <QObject>
#include <QPointer>

#include <atomic>

#include <functional>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpSocket;
class QThread;
class QThreadPool;
class QWebSocket;
QT_END_NAMESPACE

namespace doorstep::server::http {

class BellShard;

class ProviderBell : public QObject
{
    Q_OBJECT
public:
    // providerFor: the provider an Authorization header stands for, or
    // nothing with the HTTP status it would be refused with.
    using Authenticate = std::function<std::optional<qint64>(const QByteArray &authorization, int &status)>;
    // workers: where tokens are checked (the listener's pool: it must
    // outlive stop()). shards: threads the
    // sockets live on (0: all on this object's thread, as tests may want).
    ProviderBell(Authenticate providerFor, QThreadPool &workers, int shards = kDefaultShards, QObject *parent = nullptr);
    ~ProviderBell() override;
    static constexpr int kDefaultShards = 4;
    // Closes every socket and stops the doorbell threads (their pings and
    // token re-checks start jobs on `workers`): the owner calls it before the
    // pool goes. The destructor calls it too.
    void stop();

    // A socket Qt HttpServer upgraded on the enrollment listener, and the TCP
    // connection under it (GuardedSslServer::takeUpgraded) so that both can
    // move to a shard's thread; without it the socket stays on this thread.
    void adopt(std::unique_ptr<QWebSocket> socket, QTcpSocket *transport);
    // These providers' jobs changed, or with just kEveryProvider
    // (storage/sync_storage.h) anyone's may have: every socket rings once.
    // Safe from any thread: queued to the shards' threads.
    void ring(const QList<qint64> &providers);

    // The token of this Authorization header was revoked (the provider
    // signed out): its sockets close with 4401. Safe from any thread.
    void signedOut(const QByteArray &authorization);

    // Open doorbells, and those of them on this object's thread; safe from
    // any thread.
    int listeners() const;
    int listenersAtHome() const;
    // The doorbells' TCP connections the shards still own (waits for each
    // shard's thread; for tests).
    int connectionsHeld() const;

private:
    // The token checked: hand the socket to its provider's shard, or close
    // it with the refusal.
    void admit(const QPointer<QWebSocket> &socket, const QPointer<QTcpSocket> &transport,
               const QByteArray &authorization, std::optional<qint64> provider, int status);
    BellShard *shardFor(qint64 provider) const;

    Authenticate m_providerFor;
    QThreadPool &m_workers;
    BellShard *m_home; // on this thread: sockets whose TCP connection is unknown
    std::atomic<bool> m_homeUsed{false};
    bool m_stopped = false; // this object's thread only
    QList<std::pair<QThread *, BellShard *>> m_shards;
};

} // namespace doorstep::server::http
