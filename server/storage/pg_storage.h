#pragma once
// SyncStorage on PostgreSQL 15 through libpq, for a platform that runs
// several doorstep-server processes against one database. Everything the
// server knows lives in the database (schema: pg_schema.sql), so processes
// share nothing else; they serialise through row locks (mutation counters)
// and transaction-scoped advisory locks (providers). Safe to use from several
// threads: each transaction and each call borrows its own connection from a
// bounded pool (PgPool: 16 by default; a caller waits up to 10 s for one,
// connecting gives up after 5 s). A transaction gives its connection back
// when it commits.
//
// Errors: PgError (pg_connection.h) for anything the database reports;
// std::invalid_argument for a pull cursor this backend did not write.

#include "pg_connection.h"
#include "pg_notice_listener.h"
#include "sync_storage.h"

#include <QString>

#include <memory>

namespace doorstep::server {

class PgStorage final : public SyncStorage
{
public:
    // conninfo as libpq takes it, e.g. "postgresql:///doorstep?host=/run/postgresql"
    // or "host=db.internal dbname=doorstep user=doorstep". Connects, and
    // creates or upgrades the schema; throws PgError.
    explicit PgStorage(const QString &conninfo, PgPool::Options pool = {});
    ~PgStorage() override;

    static constexpr int SchemaVersion = 4;

    std::unique_ptr<StorageTransaction> begin() override;
    int concurrentTransactions() const override { return m_pool.options().maxConnections; }

    // Hears the commits of the other server processes on this database
    // (their transactions' tellOtherProcesses and tellOtherProcessesJobs),
    // skipping this storage's own.
    std::unique_ptr<PgNoticeListener> listenToOtherProcesses(PgNoticeListener::Heard heard,
                                                             PgNoticeListener::HeardJobs heardJobs = {});

    void addOffice(const OfficeInfo &office, const QByteArray &codeHash, qint64 codeExpiresAt) override;
    std::optional<OfficeInfo> office(const QString &code) override;
    QList<OfficeInfo> offices() override;
    std::optional<OfficeInfo> redeemCode(const QByteArray &codeHash, qint64 now) override;
    void recordCertificate(const QString &office, const QByteArray &serial, qint64 notAfter, qint64 at) override;
    void revokeCertificate(const QByteArray &serial, qint64 at) override;
    void revokeOffice(const QString &office, qint64 at) override;
    bool certificateValid(const QString &office, const QByteArray &serial, qint64 now) override;

    qint64 lastMutationId(const MutationKey &key) override;
    void recordAuditHead(const QString &office, qint64 seq, const QString &hash, qint64 at) override;
    void touch(const QString &office, qint64 at) override;
    QList<OfficeStatus> status() override;

    ChangePage changesSince(const QString &office, const QByteArray &cursor, int limit) override;

private:
    void migrate();

    PgPool m_pool;
    QByteArray m_instanceTag; // random: tells this process's notices from the others'
};

} // namespace doorstep::server
