#pragma once
#include <QCoreApplication>
#include <QString>

#include <stdexcept>

namespace doorstep::store {
class SqlError;
}

namespace doorstep::store {

// Why a store could not be opened or used, with a message a person can act on.
class StoreError : public std::runtime_error
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)
public:
    enum class Kind {
        NotFound,        // no file at that path
        AlreadyExists,   // refusing to overwrite
        NotAStore,       // some other file
        Truncated,       // shorter than a store can be / cut mid-page
        HeaderDamaged,   // both key-slot areas fail their checksums
        UnknownUser,     // no key slot for that user name
        WrongPassword,   // the slot's tag does not verify
        Damaged,         // key is right but pages fail authentication / malformed
        TooNew,          // made by a newer Doorstep (schema version)
        Busy,            // locked by another process for too long
        TooManyAccounts, // header full
        Io,              // anything else from the file system or SQLCipher
        Cancelled,       // the user stopped a long operation; nothing changed
        Replaced,        // the file was replaced (re-encrypted, restored) while being opened
    };
    StoreError(Kind kind, const QString &detail = QString());
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromUtf8(what()); }
    static QString describe(Kind kind);
    // A failure SQLCipher reported, worded for a person: damage, busy or a
    // file-system failure say so plainly (SQLite's own words stay out);
    // anything else keeps SQLite's text, which only a developer can act on.
    static StoreError fromSql(const SqlError &e);
    // The file system failed a read or write (not the store's content).
    static StoreError diskError() { return StoreError(Kind::Io, tr("the disk reported an error")); }

private:
    Kind m_kind;
};

} // namespace doorstep::store
