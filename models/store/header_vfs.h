#pragma once
// A SQLite VFS shim that shifts the main database file by a fixed header
// region, so that the store stays ONE file: bytes [0, kHeaderSize) hold the
// key-slot header (readable before the database key is known, like a LUKS
// header), and SQLCipher's encrypted pages follow, kept clear of SQLite's
// lock bytes at 1 GiB (store/shifted_offsets.h). WAL, journal and shm files
// are passed through untouched. Modelled on SQLite's ext/misc/appendvfs.c.

#include <QByteArray>

struct sqlite3;

namespace doorstep::store {

inline constexpr qint64 kHeaderSize = 64 * 1024;
inline constexpr const char *kHeaderVfsName = "doorstep-header";

// Registers the shim once per process (thread-safe); returns its name.
const char *registerHeaderVfs();

// Header I/O through the file handle SQLite already holds: opening and
// closing a second descriptor on the file would drop SQLite's POSIX locks.
bool readHeader(sqlite3 *db, QByteArray *out);           // false on short file / I/O error
bool writeHeader(sqlite3 *db, qint64 offset, QByteArrayView bytes); // writes and syncs
qint64 realFileSize(sqlite3 *db);                          // including the header

// Converts a header-format-1 store (linear layout) to format 2 (the lock-byte
// gap) when that moves no byte: its file is at most 1 GiB, and no other
// connection has it open. Call before the connection's first statement.
// True when the store is format 2 afterwards; a bigger or shared format-1
// store stays as it is (a backup of it is format 2).
bool adoptGappedLayout(sqlite3 *db);

} // namespace doorstep::store
