#pragma once
// A fault-injecting SQLite VFS for tests, in the spirit of SQLite's own
// crash and I/O-error tests: it passes every call to SQLite's default VFS
// and counts reads, writes and syncs of every file (store, WAL, header
// writes); armed, it fails the Nth call of a kind.
//
// install() makes it the default VFS. It must run before the first store is
// opened: the header VFS wraps whatever is the default when it registers, so
// the fault VFS then sits UNDER it (and under header writes), with no test
// hook in the product. Syncs are counted but not passed on: the process
// never loses power here (that is the kill -9 harness's business), and real
// fsyncs would make the sweep wait on the disk.

namespace doorstep::tests {

namespace fault {

enum class Kind {
    ReadError,  // SQLITE_IOERR_READ
    WriteError, // SQLITE_IOERR_WRITE, nothing written
    ShortWrite, // only the first 16 bytes written, then SQLITE_FULL (what SQLite's unix layer reports)
    DiskFull,   // from then on every write that grows a file fails with SQLITE_FULL
    SyncError,  // SQLITE_IOERR_FSYNC, nothing synced
};

enum class Op { Read, Write, Sync };

void install();
// Resets the counters; no fault armed.
void reset();
// Fails the `nth` (1-based, counted from now) call of the kind's operation;
// `persistent`: every later call of that operation fails too (a disk that
// went away), otherwise only that one (a glitch). DiskFull is always persistent.
void arm(Kind kind, int nth, bool persistent);
void disarm();
// How many calls of `op` were made since reset() or arm().
int count(Op op);
// Whether the armed fault has been injected at least once.
bool fired();
Op opOf(Kind kind);

} // namespace fault

} // namespace doorstep::tests
