#pragma once
// A throwaway PostgreSQL cluster for tests: initdb into a temporary
// directory, started on a Unix socket in that directory only (no TCP),
// fsync off, trust authentication for the role "postgres"; stopped and
// removed by the destructor, also when a test failed.
//
// PostgreSQL refuses to run as root. When the test runs as root (as in CI)
// the directory is given to the "postgres" system user and initdb/pg_ctl run
// through `runuser -u postgres --`; otherwise they run as the current user.
// Should the test process die without its destructors, a detached watcher
// shell stops the cluster and removes the directory within a second.

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace doorstep::tests {

class PgCluster
{
public:
    PgCluster();
    // durable: fsync and synchronous commit on, as a production cluster runs
    // (the benchmarks); the tests' default turns them off.
    explicit PgCluster(bool durable);
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // Starts the cluster; false with error() saying why (binaries missing,
    // no postgres user, initdb or start failing, with the server's log).
    bool start();
    QString error() const { return m_error; }

    // A new empty database; its libpq connection string (conninfo()).
    // Empty string on failure (error() says why).
    QString createDatabase(const QString &name);
    QString conninfo(const QString &database) const;

    // Where initdb and pg_ctl are looked for: $DOORSTEP_PG_BINDIR, else
    // /usr/lib/postgresql/15/bin (Debian's postgresql-15).
    static QString binDir();

private:
    bool run(const QString &program, const QStringList &args, int timeoutMs);
    void startWatcher(const QString &pgCtl, const QString &data);
    void stop();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_error;
    bool m_started = false;
    bool m_asPostgresUser = false;
    bool m_durable = false;
};

} // namespace doorstep::tests
