#pragma once
// The one place every committed write of the server passes through, so the
// live notices (http/notify_hub) need no call at each write site: a
// SyncStorage that forwards to a backend and, after each transaction
// commits, tells its listeners which offices' change logs got entries and
// from which origin. A push, a snapshot, an app's order or a provider's
// accept (server/api), the server's own accept timeouts: all ring the same
// way. A transaction rolled back (destroyed without commit) tells nothing.
//
// SyncService owns one over the backend it is given and hands it out as
// storage(); every other writer (ApiService) must be built on that, not on
// the bare backend, or its commits ring no console.
//
// It also tells job listeners which providers' job lists changed (the
// provider apps' doorbell, http/provider_bell.h): an order given to or taken
// from a provider, cancelled, or moved, whoever wrote it. The provider's own
// steps (accept, on the way, …) ring nobody: their app made them. Other
// server processes on the same PostgreSQL hear those providers too
// (StorageTransaction::tellOtherProcessesJobs, announceJobsFromOtherProcess).

#include "storage/sync_storage.h"

#include <QMap>
#include <QMutex>
#include <QReadWriteLock>

#include <functional>

namespace doorstep::server {

class AnnouncingStorage : public SyncStorage
{
public:
    // audiences: office codes ("*" = all), no duplicates; origin: the office
    // whose write made the entries ("platform" for the server's own).
    // Called on the thread that committed, after the commit.
    using Listener = std::function<void(const QStringList &audiences, const QString &origin)>;
    // providers: ids whose jobs changed in one committed transaction, no
    // duplicates; or just {kEveryProvider}: any provider's jobs may have
    // changed (another process's notices were lost while the listener was
    // reconnecting), ring them all. Called on the thread that committed,
    // after the commit, or on the notice listener's thread for another
    // process's commit: job listeners always hear every process.
    using JobListener = std::function<void(const QList<qint64> &providers)>;

    explicit AnnouncingStorage(SyncStorage &backend) : m_backend(backend) {}

    // Whether a listener also hears the commits of other server processes
    // that share the backend (PostgreSQL; PgNoticeListener): ringing
    // consoles does, work that the committing process already does for its
    // own commits (paying back refunds after a push) does not.
    enum class Hears { EveryProcess, ThisProcess };

    // Thread-safe.
    int addListener(Listener listener, Hears hears = Hears::EveryProcess);
    void removeListener(int id);
    void announce(QStringList audiences, const QString &origin) const;
    void announceFromOtherProcess(QStringList audiences, const QString &origin) const;
    // Office codes without duplicates or empties, as listeners get them.
    static QStringList audiencesOf(QStringList told);
    int addJobListener(JobListener listener);
    void announceJobs(const QList<qint64> &providers) const;
    // Another server process committed these providers' job changes
    // (PgNoticeListener), or {kEveryProvider}. Ids that are no provider's
    // (a malformed notice) are dropped.
    void announceJobsFromOtherProcess(QList<qint64> providers) const;

    std::unique_ptr<StorageTransaction> begin() override;
    int concurrentTransactions() const override { return m_backend.concurrentTransactions(); }
    void addOffice(const OfficeInfo &office, const QByteArray &codeHash, qint64 codeExpiresAt) override
    {
        m_backend.addOffice(office, codeHash, codeExpiresAt);
    }
    std::optional<OfficeInfo> office(const QString &code) override { return m_backend.office(code); }
    QList<OfficeInfo> offices() override { return m_backend.offices(); }
    std::optional<OfficeInfo> redeemCode(const QByteArray &codeHash, qint64 now) override
    {
        return m_backend.redeemCode(codeHash, now);
    }
    void recordCertificate(const QString &office, const QByteArray &serial, qint64 notAfter, qint64 at) override
    {
        m_backend.recordCertificate(office, serial, notAfter, at);
    }
    void revokeCertificate(const QByteArray &serial, qint64 at) override { m_backend.revokeCertificate(serial, at); }
    void revokeOffice(const QString &office, qint64 at) override { m_backend.revokeOffice(office, at); }
    bool certificateValid(const QString &office, const QByteArray &serial, qint64 now) override
    {
        return m_backend.certificateValid(office, serial, now);
    }
    qint64 lastMutationId(const MutationKey &key) override { return m_backend.lastMutationId(key); }
    void recordAuditHead(const QString &office, qint64 seq, const QString &hash, qint64 at) override
    {
        m_backend.recordAuditHead(office, seq, hash, at);
    }
    void touch(const QString &office, qint64 at) override { m_backend.touch(office, at); }
    QList<OfficeStatus> status() override { return m_backend.status(); }
    ChangePage changesSince(const QString &office, const QByteArray &cursor, int limit) override
    {
        return m_backend.changesSince(office, cursor, limit);
    }

private:
    void tell(const QStringList &audiences, const QString &origin, bool fromOtherProcess) const;

    SyncStorage &m_backend;
    mutable QMutex m_mutex;
    // Held for reading while listeners are called (outside m_mutex), for
    // writing by removeListener: once it returns, no call to the removed
    // listener is still running on another thread (its owner may go). So a
    // listener must not add or remove listeners.
    mutable QReadWriteLock m_calling;
    QMap<int, std::pair<Listener, Hears>> m_listeners;
    QMap<int, JobListener> m_jobListeners; // removeListener removes either kind
    int m_nextListener = 0;
};

} // namespace doorstep::server
