#include "store/store_error.h"

#include "store/sqlite.h"

#include <sqlite3.h>

namespace doorstep::store {

StoreError::StoreError(Kind kind, const QString &detail)
    : std::runtime_error((detail.isEmpty() ? describe(kind) : describe(kind) + u" (" + detail + u')').toStdString())
    , m_kind(kind)
{
}

StoreError StoreError::fromSql(const SqlError &e)
{
    if (e.isDamage())
        return StoreError(Kind::Damaged);
    if (e.primaryCode() == SQLITE_BUSY || e.primaryCode() == SQLITE_LOCKED)
        return StoreError(Kind::Busy);
    if (e.primaryCode() == SQLITE_FULL)
        return StoreError(Kind::Io, tr("the disk is full"));
    if (e.isIo())
        return diskError();
    return StoreError(Kind::Io, e.message());
}

QString StoreError::describe(Kind kind)
{
    switch (kind) {
    case Kind::NotFound:
        return tr("The store file does not exist.");
    case Kind::AlreadyExists:
        return tr("A file already exists at that path; it was left untouched.");
    case Kind::NotAStore:
        return tr("This file is not a Doorstep store.");
    case Kind::Truncated:
        return tr("The store file is truncated: part of it is missing. Restore it from a backup.");
    case Kind::HeaderDamaged:
        return tr("The store's key-slot header is damaged, so no account can unlock it. Restore it from a backup.");
    case Kind::UnknownUser:
        return tr("There is no account with that user name in this store.");
    case Kind::WrongPassword:
        return tr("The password is wrong.");
    case Kind::Damaged:
        return tr("The store is damaged or has been tampered with: its pages fail authentication. Restore it from a backup.");
    case Kind::TooNew:
        return tr("This store was written by a newer version of Doorstep; update the console.");
    case Kind::Busy:
        return tr("The store is locked by another program; try again in a moment.");
    case Kind::TooManyAccounts:
        return tr("The store has no room for another staff account.");
    case Kind::Io:
        return tr("The store could not be read or written.");
    case Kind::Cancelled:
        return tr("Cancelled; the store was left as it was.");
    case Kind::Replaced:
        return tr("The store file was replaced (re-encrypted or restored) while it was being opened; open it again.");
    }
    return QString();
}

} // namespace doorstep::store
