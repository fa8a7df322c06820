#include "fault_vfs.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace doorstep::tests::fault {
namespace {

struct State
{
    bool armed = false;
    Kind kind = Kind::WriteError;
    int nth = 0;
    bool persistent = false;
    bool fired = false;
    int counts[3] = {0, 0, 0};
};

State g_state;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

struct FaultFile
{
    sqlite3_file base;  // must be first
    sqlite3_file *real; // the default VFS's file, allocated right after us
};

sqlite3_vfs *rootVfs()
{
    return static_cast<sqlite3_vfs *>(g_vfs.pAppData);
}

sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<FaultFile *>(f)->real;
}

// Counts a call of `op`; true when the armed fault applies to it.
bool strikes(Op op)
{
    const int n = ++g_state.counts[int(op)];
    if (!g_state.armed || opOf(g_state.kind) != op)
        return false;
    const bool persistent = g_state.persistent || g_state.kind == Kind::DiskFull;
    if (n == g_state.nth || (persistent && n > g_state.nth)) {
        g_state.fired = true;
        return true;
    }
    return false;
}

int xClose(sqlite3_file *f)
{
    return real(f)->pMethods->xClose(real(f));
}

int xRead(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
    if (strikes(Op::Read))
        return SQLITE_IOERR_READ;
    return real(f)->pMethods->xRead(real(f), buf, amt, off);
}

int xWrite(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
    if (strikes(Op::Write)) {
        switch (g_state.kind) {
        case Kind::ShortWrite:
            // Torn early, so that even a short record (a key-slot area's few
            // hundred bytes of payload, then zeros) is cut before its checksum.
            real(f)->pMethods->xWrite(real(f), buf, std::min(amt - 1, 16), off);
            return SQLITE_FULL;
        case Kind::DiskFull: {
            sqlite3_int64 size = 0;
            if (real(f)->pMethods->xFileSize(real(f), &size) == SQLITE_OK && off + amt <= size)
                break; // overwriting needs no new space
            return SQLITE_FULL;
        }
        default:
            return SQLITE_IOERR_WRITE;
        }
    }
    return real(f)->pMethods->xWrite(real(f), buf, amt, off);
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}

int xSync(sqlite3_file *f, int flags)
{
    if (strikes(Op::Sync))
        return SQLITE_IOERR_FSYNC;
    // Nothing here loses power: what a sync guarantees is never tested, and a
    // real fsync per call would make the sweep wait on the disk.
    (void)f;
    (void)flags;
    return SQLITE_OK;
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); }
int xLock(sqlite3_file *f, int level) { return real(f)->pMethods->xLock(real(f), level); }
int xUnlock(sqlite3_file *f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
int xCheckReservedLock(sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int xFileControl(sqlite3_file *f, int op, void *arg)
{
    if (op == SQLITE_FCNTL_MMAP_SIZE)
        return SQLITE_NOTFOUND; // mapped pages would bypass the counted reads and writes
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int xSectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
int xDeviceCharacteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int xShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **pp)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, pp);
}
int xShmLock(sqlite3_file *f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void xShmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
int xShmUnmap(sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *wrapper = reinterpret_cast<FaultFile *>(file);
    std::memset(wrapper, 0, sizeof(FaultFile));
    wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
    const int rc = rootVfs()->xOpen(rootVfs(), name, wrapper->real, flags, outFlags);
    wrapper->base.pMethods = rc == SQLITE_OK ? &g_methods : nullptr;
    return rc;
}

int xDelete(sqlite3_vfs *, const char *name, int) { return rootVfs()->xDelete(rootVfs(), name, 0); } // no directory fsync either
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out) { return rootVfs()->xAccess(rootVfs(), name, flags, out); }
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out) { return rootVfs()->xFullPathname(rootVfs(), name, n, out); }
void *xDlOpen(sqlite3_vfs *, const char *name) { return rootVfs()->xDlOpen(rootVfs(), name); }
void xDlError(sqlite3_vfs *, int n, char *msg) { rootVfs()->xDlError(rootVfs(), n, msg); }
void (*xDlSym(sqlite3_vfs *, void *h, const char *sym))(void) { return rootVfs()->xDlSym(rootVfs(), h, sym); }
void xDlClose(sqlite3_vfs *, void *h) { rootVfs()->xDlClose(rootVfs(), h); }
int xRandomness(sqlite3_vfs *, int n, char *out) { return rootVfs()->xRandomness(rootVfs(), n, out); }
int xSleep(sqlite3_vfs *, int us) { return rootVfs()->xSleep(rootVfs(), us); }
int xCurrentTime(sqlite3_vfs *, double *t) { return rootVfs()->xCurrentTime(rootVfs(), t); }
int xGetLastError(sqlite3_vfs *, int n, char *s) { return rootVfs()->xGetLastError(rootVfs(), n, s); }
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *t) { return rootVfs()->xCurrentTimeInt64(rootVfs(), t); }

} // namespace

Op opOf(Kind kind)
{
    switch (kind) {
    case Kind::ReadError:
        return Op::Read;
    case Kind::SyncError:
        return Op::Sync;
    default:
        return Op::Write;
    }
}

void install()
{
    if (g_vfs.zName)
        return;
    sqlite3_vfs *root = sqlite3_vfs_find(nullptr);
    g_methods = sqlite3_io_methods{};
    g_methods.iVersion = 2; // no xFetch: memory mapping stays off
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;

    g_vfs = sqlite3_vfs{};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(sizeof(FaultFile)) + root->szOsFile;
    g_vfs.mxPathname = root->mxPathname;
    g_vfs.zName = "doorstep-faults";
    g_vfs.pAppData = root;
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 1);
}

void reset()
{
    g_state = State{};
}

void arm(Kind kind, int nth, bool persistent)
{
    g_state = State{};
    g_state.armed = true;
    g_state.kind = kind;
    g_state.nth = nth;
    g_state.persistent = persistent;
}

void disarm()
{
    g_state.armed = false;
}

int count(Op op)
{
    return g_state.counts[int(op)];
}

bool fired()
{
    return g_state.fired;
}

} // namespace doorstep::tests::fault
