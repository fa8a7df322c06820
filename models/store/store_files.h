#pragma once
// The store's files on disk: created readable by their owner only, renamed
// into place durably, and locked exclusively while they are replaced.

#include "store/sqlite.h"

#include <QString>

struct sqlite3_file;

namespace doorstep::store {

// Creates an empty file that only its owner may read or write (0600 on POSIX;
// on Windows Qt gives the owner an ACL of its own). It must not exist yet:
// StoreError::AlreadyExists. Create a store or backup file this way BEFORE
// SQLite writes anything, so no byte of it is ever readable by others; SQLite
// gives the -wal, -shm and -journal companions the main file's mode.
void createOwnerOnlyFile(const QString &path);

// Flushes a file's data to the disk (fsync; FlushFileBuffers on Windows).
// Call it only when no SQLite connection has the file open: on POSIX,
// closing any descriptor of a file drops the process's locks on it.
bool syncFile(const QString &path);
// Makes renames, links and removals inside a directory durable (fsync of the
// directory on POSIX; NTFS journals its metadata, so a no-op on Windows).
bool syncDirectory(const QString &dirPath);

// Gives `from` the name `to` in one step, replacing a file already there
// (rename(2); MoveFileEx with REPLACE_EXISTING on Windows, which fails while
// any handle has `to` open). At every instant `to` is the old or the new file.
bool replaceFile(const QString &from, const QString &to);

// An exclusive lock on a store file, taken through SQLite's own locking (so
// it sees connections in this process as well as in others). Every open
// connection to a WAL-mode store keeps a SHARED lock on the file for as long
// as it is open, so the lock is refused while any console or CLI command has
// the store open: StoreError::Busy, at once (waiting would not help). While
// it is held, others cannot open the store (they wait, then read "busy").
class ExclusiveStoreLock
{
public:
    explicit ExclusiveStoreLock(const QString &path);
    ~ExclusiveStoreLock();
    ExclusiveStoreLock(const ExclusiveStoreLock &) = delete;
    ExclusiveStoreLock &operator=(const ExclusiveStoreLock &) = delete;

private:
    Database m_db;
    sqlite3_file *m_file = nullptr;
};

// A free name next to `path` for keeping a replaced store: PATH.before-restore,
// else PATH.before-restore-2, -3, ... (neither the name nor its -wal exists).
QString keepAsideName(const QString &path);
// Gives the store at `path`, with its WAL, the name `keep` as well, without
// copying its data (hard links; a copy where links are unsupported), so the
// pair stays whole whatever happens to `path` next. Throws StoreError::Io.
void keepStoreAs(const QString &path, const QString &keep);

} // namespace doorstep::store
