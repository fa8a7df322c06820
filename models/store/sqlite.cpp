#include "store/sqlite.h"

#include <sqlite3.h>

namespace doorstep::store {

SqlError::SqlError(int code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
{
}

bool SqlError::isConstraint() const
{
    return primaryCode() == SQLITE_CONSTRAINT;
}

bool SqlError::isDamage() const
{
    const int c = primaryCode();
    return c == SQLITE_NOTADB || c == SQLITE_CORRUPT;
}

bool SqlError::isBusy() const
{
    const int c = primaryCode();
    return c == SQLITE_BUSY || c == SQLITE_LOCKED;
}

bool SqlError::isIo() const
{
    const int c = primaryCode();
    return c == SQLITE_IOERR || c == SQLITE_FULL || c == SQLITE_CANTOPEN;
}

static QString errorText(sqlite3 *db, int rc)
{
    const char *msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return QString::fromUtf8(msg ? msg : sqlite3_errstr(rc));
}

Statement::Statement(sqlite3 *db, const QByteArray &sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        const QString text = errorText(db, rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw SqlError(sqlite3_extended_errcode(db), text + u" [" + QString::fromUtf8(sql).simplified().left(120) + u']');
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        throw SqlError(sqlite3_extended_errcode(m_db), errorText(m_db, rc));
}

Statement &Statement::bind(int pos, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, pos, value));
    return *this;
}

Statement &Statement::bind(int pos, double value)
{
    check(sqlite3_bind_double(m_stmt, pos, value));
    return *this;
}

Statement &Statement::bind(int pos, const QString &value)
{
    if (value.isNull())
        return bindNull(pos);
    return bind(pos, QStringView(value));
}

Statement &Statement::bind(int pos, QStringView value)
{
    const QByteArray utf8 = value.toUtf8();
    check(sqlite3_bind_text(m_stmt, pos, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindBlob(int pos, QByteArrayView value)
{
    check(sqlite3_bind_blob64(m_stmt, pos, value.data(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement &Statement::bindNull(int pos)
{
    check(sqlite3_bind_null(m_stmt, pos));
    return *this;
}

Statement &Statement::bind(int pos, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return bindNull(pos);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(pos, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return bind(pos, value.toDouble());
    case QMetaType::QByteArray:
        return bindBlob(pos, value.toByteArray());
    default:
        return bind(pos, value.toString());
    }
}

bool Statement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = sqlite3_extended_errcode(m_db);
    const QString text = errorText(m_db, rc);
    sqlite3_reset(m_stmt);
    throw SqlError(code, text);
}

void Statement::exec()
{
    while (next()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

QString Statement::columnName(int col) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, col));
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

qint64 Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return QString();
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col));
}

QByteArray Statement::blob(int col) const
{
    const void *p = sqlite3_column_blob(m_stmt, col);
    return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

QVariant Statement::value(int col) const
{
    switch (sqlite3_column_type(m_stmt, col)) {
    case SQLITE_INTEGER:
        return int64(col);
    case SQLITE_FLOAT:
        return real(col);
    case SQLITE_TEXT:
        return text(col);
    case SQLITE_BLOB:
        return blob(col);
    default:
        return QVariant();
    }
}

Database::~Database()
{
    close();
}

void Database::open(const QString &path, int flags, const char *vfs)
{
    close();
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, vfs);
    if (rc != SQLITE_OK) {
        const QString text = errorText(m_db, rc);
        const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
        close();
        throw SqlError(code, text);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void Database::exec(const QByteArray &z)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(m_db, z.constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw SqlError(sqlite3_extended_errcode(m_db), text);
    }
}

void Database::setProgressHandler(int steps, int (*stop)(void *context), void *context)
{
    sqlite3_progress_handler(m_db, stop ? steps : 0, stop, context);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    rollback();
}

void Transaction::rollback()
{
    if (m_done)
        return;
    m_done = true;
    try {
        m_db.exec("ROLLBACK");
    } catch (const SqlError &) {
        // The transaction may already have been rolled back by SQLite
        // itself (e.g. after SQLITE_FULL); nothing more to undo.
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace doorstep::store
