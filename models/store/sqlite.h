#pragma once
// A thin RAII layer over the SQLCipher C API. Qt's QSQLITE driver links the
// system's plain libsqlite3, which must never share a process with SQLCipher,
// so the store talks to SQLCipher directly through these few classes.

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace doorstep::store {

// Raised for any SQLCipher failure; carries the (extended) result code so the
// caller can tell "busy" from "damaged" from "constraint".
class SqlError : public std::runtime_error
{
public:
    SqlError(int code, const QString &message);
    int code() const { return m_code; }
    int primaryCode() const { return m_code & 0xff; }
    QString message() const { return QString::fromUtf8(what()); }
    bool isConstraint() const;
    bool isDamage() const; // page authentication failed, malformed image, not a database
    bool isBusy() const;   // SQLITE_BUSY / SQLITE_LOCKED: another connection holds the lock
    bool isIo() const;     // the file system failed: I/O error, disk full, cannot open

private:
    int m_code;
};

class Statement
{
public:
    Statement(sqlite3 *db, const QByteArray &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;

    // Binding: 1-based positions, as in SQLite.
    Statement &bind(int pos, qint64 value);
    Statement &bind(int pos, int value) { return bind(pos, qint64(value)); }
    Statement &bind(int pos, bool value) { return bind(pos, qint64(value ? 1 : 0)); }
    Statement &bind(int pos, double value);
    Statement &bind(int pos, const QString &value);   // NULL for a null QString
    Statement &bind(int pos, QStringView value);
    Statement &bind(int pos, const char *utf8) = delete; // say what you mean: QStringLiteral
    Statement &bindBlob(int pos, QByteArrayView value);
    Statement &bindNull(int pos);
    Statement &bind(int pos, const QVariant &value);

    template<typename... Args>
    Statement &bindAll(const Args &...args)
    {
        int pos = 0;
        (bind(++pos, args), ...);
        return *this;
    }

    // Binds, runs and resets: for a prepared INSERT reused in a loop.
    template<typename... Args>
    void execWith(const Args &...args)
    {
        bindAll(args...);
        exec();
        reset();
    }

    // Steps once; true while a row is available.
    bool next();
    // Runs a statement that returns no rows.
    void exec();
    void reset();

    int columnCount() const;
    QString columnName(int col) const;
    bool isNull(int col) const;
    qint64 int64(int col) const;
    int int32(int col) const { return int(int64(col)); }
    double real(int col) const;
    QString text(int col) const;
    QByteArray blob(int col) const;
    QVariant value(int col) const; // typed as stored

private:
    void check(int rc) const;
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens through the named VFS (nullptr: SQLite's default).
    void open(const QString &path, int flags, const char *vfs);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }

    void exec(const QByteArray &sql); // one or more statements, no results
    Statement prepare(const QByteArray &sql) { return Statement(m_db, sql); }
    template<typename... Args>
    void run(const QByteArray &sql, const Args &...args)
    {
        prepare(sql).bindAll(args...).exec();
    }
    // First column of the first row, or `fallback` when there is no row.
    template<typename... Args>
    QVariant scalar(const QByteArray &sql, const Args &...args)
    {
        auto st = prepare(sql);
        st.bindAll(args...);
        return st.next() ? st.value(0) : QVariant();
    }
    qint64 lastInsertRowId() const;
    int changes() const;
    // SQLite's progress handler: `stop(context)` is asked every `steps`
    // virtual machine steps and stops the running statement (SqlError,
    // interrupted) by answering true. nullptr removes it.
    void setProgressHandler(int steps, int (*stop)(void *context), void *context);

private:
    sqlite3 *m_db = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back by the destructor unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();
    // Ends the transaction now rather than in the destructor, so that work
    // which must follow the rollback (restoring the key-slot header) can.
    void rollback();

private:
    Database &m_db;
    bool m_done = false;
};

// "?,?,?" for an IN list of n bound values (callers keep n well below
// SQLite's 999 parameters, e.g. by chunks of 400).
inline QByteArray placeholders(qsizetype n)
{
    QByteArray s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? ",?" : "?";
    return s;
}

} // namespace doorstep::store
