#include "pg_connection.h"

#include <libpq-fe.h>

#include <QDeadlineTimer>
#include <QMutexLocker>

#include <algorithm>
#include <utility>

namespace doorstep::server {

PgError::PgError(const QString &message, const QByteArray &sqlState)
    : std::runtime_error(message.toStdString()), m_sqlState(sqlState)
{
}

PgParam PgParam::bytes(const QByteArray &value)
{
    PgParam p;
    p.m_value = value;
    p.m_binary = true;
    return p;
}

PgParam PgParam::optional(const std::optional<qint64> &value)
{
    if (!value)
        return PgParam(std::nullopt);
    return PgParam(*value);
}

PgResult::PgResult(pg_result *result) : m_result(result) {}

PgResult::~PgResult()
{
    if (m_result)
        PQclear(m_result);
}

PgResult::PgResult(PgResult &&other) noexcept : m_result(std::exchange(other.m_result, nullptr)) {}

int PgResult::rows() const
{
    return PQntuples(m_result);
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    return isNull(row, column) ? 0 : raw(row, column).toLongLong();
}

bool PgResult::boolean(int row, int column) const
{
    return !isNull(row, column) && PQgetvalue(m_result, row, column)[0] == 't';
}

QByteArray PgResult::raw(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

QByteArray PgResult::commandTag() const
{
    return QByteArray(PQcmdStatus(m_result));
}

PgConnection::PgConnection(const QString &conninfo, int connectTimeoutSeconds)
{
    // The caller's string is expanded as "dbname"; libpq keeps the last value
    // of a repeated keyword, so connect_timeout, placed before it, is only a
    // default the string may override. fallback_application_name names us in
    // pg_stat_activity unless the string names itself.
    const QByteArray info = conninfo.toUtf8();
    const QByteArray timeout = QByteArray::number(connectTimeoutSeconds);
    const char *const keys[] = {"connect_timeout", "dbname", "fallback_application_name", nullptr};
    const char *const values[] = {timeout.constData(), info.constData(), "doorstep-server", nullptr};
    m_conn = PQconnectdbParams(keys, values, 1);
    if (!m_conn)
        throw PgError(QStringLiteral("libpq could not allocate a connection"));
    if (PQstatus(m_conn) != CONNECTION_OK) {
        const QString message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQfinish(m_conn);
        m_conn = nullptr;
        throw PgError(QStringLiteral("cannot connect to PostgreSQL: %1").arg(message));
    }
    // Every statement below sends its integers and times as UTC numbers; the
    // session settings only matter for the server's own messages.
    PQsetClientEncoding(m_conn, "UTF8");
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

static void throwIfFailed(pg_conn *conn, pg_result *result)
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return;
    // Only the primary message: the DETAIL line may quote a row's values
    // (personal data), and these messages end up in the server's log.
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    const QString message = QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed();
    const QByteArray state = result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    if (result)
        PQclear(result);
    throw PgError(message, state);
}

PgResult PgConnection::exec(const char *sql, const QList<PgParam> &params)
{
    std::vector<const char *> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    values.reserve(params.size());
    for (const PgParam &p : params) {
        values.push_back(p.isNull() ? nullptr : p.value().constData());
        lengths.push_back(int(p.value().size()));
        formats.push_back(p.isBinary() ? 1 : 0);
    }
    pg_result *result = PQexecParams(m_conn, sql, int(params.size()), nullptr, values.data(), lengths.data(),
                                     formats.data(), 0);
    throwIfFailed(m_conn, result);
    return PgResult(result);
}

void PgConnection::execScript(const QByteArray &sql)
{
    // PQexec (not PQexecParams) because only it runs several statements; the
    // script is the schema compiled into the binary, never outside input.
    pg_result *result = PQexec(m_conn, sql.constData());
    throwIfFailed(m_conn, result);
    PQclear(result);
}

bool PgConnection::healthy() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

bool PgConnection::inTransaction() const
{
    const PGTransactionStatusType s = PQtransactionStatus(m_conn);
    return s == PQTRANS_INTRANS || s == PQTRANS_INERROR || s == PQTRANS_ACTIVE;
}

int PgConnection::backendPid() const
{
    return PQbackendPID(m_conn);
}

int PgConnection::socket() const
{
    return PQsocket(m_conn);
}

QList<PgConnection::Notice> PgConnection::takeNotices()
{
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK)
        throw PgError(QString::fromUtf8(PQerrorMessage(m_conn)).trimmed());
    QList<Notice> notices;
    while (PGnotify *n = PQnotifies(m_conn)) {
        notices.append({QByteArray(n->relname), QByteArray(n->extra), n->be_pid});
        PQfreemem(n);
    }
    return notices;
}

PgPool::PgPool(QString conninfo) : PgPool(std::move(conninfo), Options{}) {}

PgPool::PgPool(QString conninfo, Options options) : m_conninfo(std::move(conninfo)), m_options(options)
{
    m_options.maxConnections = std::max(1, m_options.maxConnections);
}

PgPool::~PgPool() = default;

PgPool::Lease::Lease(PgPool *pool, std::unique_ptr<PgConnection> conn) : m_pool(pool), m_conn(std::move(conn)) {}

PgPool::Lease::~Lease()
{
    if (m_conn)
        m_pool->release(std::move(m_conn));
}

PgPool::Lease PgPool::acquire()
{
    const QDeadlineTimer deadline(m_options.acquireTimeoutMs);
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (!m_idle.empty()) {
            std::unique_ptr<PgConnection> conn = std::move(m_idle.back());
            m_idle.pop_back();
            if (conn->healthy())
                return Lease(this, std::move(conn));
            --m_open; // dropped by the server while idle: its place is free
        }
        if (m_open < m_options.maxConnections)
            break;
        // Every connection is leased: wait for one to come back (or to be
        // closed, freeing a place), not for ever.
        if (!m_returned.wait(&m_mutex, deadline) && m_idle.empty() && m_open >= m_options.maxConnections)
            throw PgError(QStringLiteral("all %1 connections to PostgreSQL stayed busy for %2 ms")
                              .arg(m_options.maxConnections)
                              .arg(m_options.acquireTimeoutMs));
    }
    ++m_open; // the place is taken while connecting, outside the lock
    lock.unlock();
    try {
        return Lease(this, std::make_unique<PgConnection>(m_conninfo, m_options.connectTimeoutSeconds));
    } catch (...) {
        forget();
        throw;
    }
}

int PgPool::openConnections()
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

void PgPool::forget()
{
    QMutexLocker lock(&m_mutex);
    --m_open;
    m_returned.wakeOne();
}

void PgPool::release(std::unique_ptr<PgConnection> conn)
{
    // A connection left inside a transaction (a caller forgot to end it) or
    // cut off is closed rather than handed to the next caller.
    if (conn->healthy() && !conn->inTransaction()) {
        QMutexLocker lock(&m_mutex);
        if (int(m_idle.size()) < m_options.maxIdle) {
            m_idle.push_back(std::move(conn));
            m_returned.wakeOne();
            return;
        }
    }
    conn.reset(); // PQfinish outside the lock
    forget();
}

} // namespace doorstep::server
