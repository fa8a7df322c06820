#pragma once
// libpq, wrapped just enough for PgStorage: a connection that owns its PGconn,
// a result that owns its PGresult, parameters always sent separately from
// the SQL text (PQexecParams; nothing is ever spliced into a statement), and
// a small pool so several threads of one server process each get their own
// connection (a PGconn is not safe to share between threads).

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>

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
    explicit PgConnection(const QString &conninfo);
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

private:
    pg_conn *m_conn = nullptr;
};

// Connections for one conninfo. acquire() hands out an idle one or opens a
// new one (no upper bound: the server's own thread pool bounds it); release
// keeps up to maxIdle for reuse and closes the rest or any broken one.
class PgPool
{
public:
    explicit PgPool(QString conninfo, int maxIdle = 8);
    ~PgPool();

    class Lease
    {
    public:
        Lease(PgPool *pool, std::unique_ptr<PgConnection> conn);
        ~Lease();
        Lease(Lease &&) noexcept = default;
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

private:
    void release(std::unique_ptr<PgConnection> conn);

    QString m_conninfo;
    int m_maxIdle;
    QMutex m_mutex;
    std::vector<std::unique_ptr<PgConnection>> m_idle;
};

} // namespace doorstep::server
