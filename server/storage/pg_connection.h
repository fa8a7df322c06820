#pragma once
// libpq, wrapped just enough for PgStorage: a connection that owns its PGconn,
// a result that owns its PGresult, parameters always sent separately from
// the SQL text (PQexecParams; nothing is ever spliced into a statement), and
// a bounded pool so several threads of one server process each get their own
// connection (a PGconn is not safe to share between threads) without one
// busy process taking every connection the database allows.

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QWaitCondition>

#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

struct pg_conn;
struct pg_result;

namespace doorstep::server {

// A failure PostgreSQL (or libpq) reported. sqlState() is the five-character
// SQLSTATE when the server sent one ("40P01" deadlock, "23505" unique, …).
class PgError : public std::runtime_error
{
public:
    PgError(const QString &message, const QByteArray &sqlState = QByteArray());
    QByteArray sqlState() const { return m_sqlState; }

private:
    QByteArray m_sqlState;
};

// One statement parameter, in libpq's text format except bytes, which go in
// binary so a bytea needs no escaping.
class PgParam
{
public:
    PgParam(const QString &text) : m_value(text.toUtf8()) {}
    PgParam(const char *text) : m_value(text) {}
    PgParam(qint64 value) : m_value(QByteArray::number(value)) {}
    PgParam(int value) : m_value(QByteArray::number(value)) {}
    PgParam(bool value) : m_value(value ? "t" : "f") {}
    PgParam(std::nullopt_t) : m_null(true) {}
    static PgParam bytes(const QByteArray &value);
    static PgParam optional(const std::optional<qint64> &value);

    const QByteArray &value() const { return m_value; }
    bool isNull() const { return m_null; }
    bool isBinary() const { return m_binary; }

private:
    PgParam() = default;
    QByteArray m_value;
    bool m_null = false;
    bool m_binary = false;
};

class PgResult
{
public:
    explicit PgResult(pg_result *result);
    ~PgResult();
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&) = delete;
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const; // 0 when NULL
    bool boolean(int row, int column) const;
    QByteArray raw(int row, int column) const;
    // "COMMIT", "ROLLBACK", "UPDATE 3", … (a COMMIT of a failed transaction
    // answers ROLLBACK without an error, so commit() must look).
    QByteArray commandTag() const;

private:
    pg_result *m_result;
};

class PgConnection
{
public:
    // Connects (blocking); throws PgError with libpq's message on failure.
    // connectTimeoutSeconds is libpq's connect_timeout (at least 2; 0 =
    // wait as long as the operating system does), used unless conninfo
    // names its own: an unreachable or silent server fails the connection
    // after that long instead of hanging the caller.
    explicit PgConnection(const QString &conninfo, int connectTimeoutSeconds = 0);
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Runs one statement; throws PgError unless it succeeded.
    PgResult exec(const char *sql, const QList<PgParam> &params = {});
    // Runs a script of several statements without parameters (the schema).
    void execScript(const QByteArray &sql);
    // False once the server went away; such a connection is not pooled again.
    bool healthy() const;
    // True between BEGIN and COMMIT/ROLLBACK (also in a failed transaction).
    bool inTransaction() const;
    int backendPid() const;

    // LISTEN support (pg_notice_listener.h): the socket to wait on for
    // notifications, and those that arrived, read without blocking. Throws
    // PgError once the connection broke.
    struct Notice
    {
        QByteArray channel;
        QByteArray payload;
        int senderPid = 0;
    };
    int socket() const;
    QList<Notice> takeNotices();

private:
    pg_conn *m_conn = nullptr;
};

// Connections for one conninfo, at most Options::maxConnections open at
// once (leased and idle together). acquire() hands out an idle one, or opens
// a new one while under the bound, or else waits for a lease to come back,
// up to acquireTimeoutMs, then throws PgError (the server answers 500 and
// nothing of that request is applied). Releasing keeps up to maxIdle for
// reuse and closes the rest and any broken one, which frees its place.
// Every server process has its own pool: size PostgreSQL's max_connections
// for processes × maxConnections (plus the operator's own sessions).
class PgPool
{
public:
    struct Options
    {
        int maxConnections = 16;
        int maxIdle = 8;
        int acquireTimeoutMs = 10000;
        int connectTimeoutSeconds = 5; // unless the conninfo names connect_timeout
    };

    explicit PgPool(QString conninfo);
    PgPool(QString conninfo, Options options);
    ~PgPool();

    class Lease
    {
    public:
        Lease(PgPool *pool, std::unique_ptr<PgConnection> conn);
        ~Lease();
        Lease(Lease &&) noexcept = default;
        Lease &operator=(Lease &&) = delete;
        Lease(const Lease &) = delete;
        Lease &operator=(const Lease &) = delete;
        PgConnection &operator*() { return *m_conn; }
        PgConnection *operator->() { return m_conn.get(); }

    private:
        PgPool *m_pool;
        std::unique_ptr<PgConnection> m_conn;
    };

    Lease acquire();
    const QString &conninfo() const { return m_conninfo; }
    const Options &options() const { return m_options; }
    // Connections open now, leased or idle (never above maxConnections).
    int openConnections();

private:
    void release(std::unique_ptr<PgConnection> conn);
    void forget(); // one connection fewer: closed, broken or never made

    QString m_conninfo;
    Options m_options;
    QMutex m_mutex;
    QWaitCondition m_returned;
    int m_open = 0; // leased + idle + being opened
    std::vector<std::unique_ptr<PgConnection>> m_idle;
};

} // namespace doorstep::server
