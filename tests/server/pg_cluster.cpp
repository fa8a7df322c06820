#include "pg_cluster.h"

#include "pg_connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace doorstep::tests {

PgCluster::PgCluster() = default;
PgCluster::PgCluster(bool durable) : m_durable(durable) {}

PgCluster::~PgCluster()
{
    stop();
}

QString PgCluster::binDir()
{
    return qEnvironmentVariable("DOORSTEP_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin"));
}

bool PgCluster::run(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.setWorkingDirectory(m_dir->path()); // readable by postgres, unlike the build tree may be
    if (m_asPostgresUser)
        p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                                       QStringLiteral("--"), program}
                                               + args);
    else
        p.start(program, args);
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        QFile log(m_dir->filePath(QStringLiteral("server.log")));
        const QString logText = log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
        m_error = QStringLiteral("%1 %2 failed (%3): %4%5\n%6")
                      .arg(program, args.join(u' '), p.errorString(), QString::fromUtf8(p.readAllStandardError()),
                           QString::fromUtf8(p.readAllStandardOutput()), logText);
        return false;
    }
    return true;
}

bool PgCluster::start()
{
    const QString bin = binDir();
    const QString initdb = bin + QStringLiteral("/initdb");
    const QString pgCtl = bin + QStringLiteral("/pg_ctl");
    if (!QFileInfo(initdb).isExecutable() || !QFileInfo(pgCtl).isExecutable()) {
        m_error = QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) not found in %1: install "
                                 "postgresql-15 (packaging/dev.sh does) or set DOORSTEP_PG_BINDIR")
                      .arg(bin);
        return false;
    }
    m_asPostgresUser = geteuid() == 0;
    // As root the postgres user must be able to reach the directory, which a
    // private TMPDIR may not allow; /tmp always does. The path stays short:
    // a Unix socket path has a limit of about 100 bytes.
    const QString base = m_asPostgresUser ? QStringLiteral("/tmp") : QDir::tempPath();
    m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/doorstep-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        m_error = QStringLiteral("cannot make a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    if (m_asPostgresUser) {
        const passwd *pw = getpwnam("postgres");
        if (!pw) {
            m_error = QStringLiteral("running as root, but there is no 'postgres' system user to run PostgreSQL "
                                     "as (the postgresql-15 package creates it)");
            return false;
        }
        if (chown(QFile::encodeName(m_dir->path()).constData(), pw->pw_uid, pw->pw_gid) != 0) {
            m_error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir->path());
            return false;
        }
    }
    const QString data = m_dir->filePath(QStringLiteral("data"));
    if (!run(initdb,
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
              QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
             120000))
        return false;
    // No TCP at all; the socket only in our directory (so no port clash with
    // anything else on the machine); durability off, it is thrown away
    // (unless a benchmark asks for a cluster that syncs as production does).
    const QString options = QStringLiteral("-c listen_addresses='' -c unix_socket_directories=%1 %2")
                                .arg(m_dir->path(), m_durable ? QStringLiteral("-c max_connections=200")
                                                              : QStringLiteral("-c fsync=off -c synchronous_commit=off -c full_page_writes=off"));
    m_started = true; // from here on, stop() tries even if start fails half-way
    startWatcher(pgCtl, data);
    if (!run(pgCtl,
             {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir->filePath(QStringLiteral("server.log")),
              QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
              QStringLiteral("start")},
             90000))
        return false;
    return true;
}

void PgCluster::startWatcher(const QString &pgCtl, const QString &data)
{
    // The destructor does not run if the test crashes (a sanitizer abort, a
    // std::terminate): a detached shell waits for this process to end, then
    // stops the cluster and removes the directory, so no postgres outlives the
    // run. After a normal end it finds both gone and exits within a second.
    static const QString script = QStringLiteral(
        "pid=$1; dir=$2; shift 2; "
        "while kill -0 \"$pid\" 2>/dev/null; do sleep 1; done; "
        "\"$@\" >/dev/null 2>&1; rm -rf \"$dir\"");
    QStringList args{QStringLiteral("-c"), script, QStringLiteral("sh"),
                     QString::number(QCoreApplication::applicationPid()), m_dir->path()};
    if (m_asPostgresUser)
        args << QStringLiteral("runuser") << QStringLiteral("-u") << QStringLiteral("postgres") << QStringLiteral("--");
    args << pgCtl << QStringLiteral("-D") << data << QStringLiteral("-m") << QStringLiteral("immediate")
         << QStringLiteral("stop");
    QProcess::startDetached(QStringLiteral("/bin/sh"), args);
}

void PgCluster::stop()
{
    if (!m_started)
        return;
    m_started = false;
    // immediate: nothing here needs a clean shutdown, and it is quickest.
    run(binDir() + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
         QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
        60000);
}

QString PgCluster::conninfo(const QString &database) const
{
    return QStringLiteral("host=%1 dbname=%2 user=postgres").arg(m_dir->path(), database);
}

QString PgCluster::createDatabase(const QString &name)
{
    // An identifier cannot be a statement parameter: accept only a plain name.
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z0-9_]{0,40}$"));
    if (!plain.match(name).hasMatch()) {
        m_error = QStringLiteral("not a plain database name: %1").arg(name);
        return {};
    }
    try {
        server::PgConnection admin(conninfo(QStringLiteral("postgres")));
        // FILE_COPY copies the template's files (about 5x quicker here than
        // PostgreSQL 15's default of writing it all to the WAL).
        admin.exec(QStringLiteral("CREATE DATABASE %1 STRATEGY = FILE_COPY").arg(name).toUtf8().constData());
    } catch (const server::PgError &e) {
        m_error = QString::fromUtf8(e.what());
        return {};
    }
    return conninfo(name);
}

} // namespace doorstep::tests
