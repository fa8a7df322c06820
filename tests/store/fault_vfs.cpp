#include "fault_vfs.h"

#include "store/vfs_shim.h"

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

// The plain forwards are the store's shim plumbing (store/vfs_shim.h).
using FaultFile = store::vfs_shim::ShimFile;
using store::vfs_shim::real;

sqlite3_vfs *rootVfs()
{
    return store::vfs_shim::root(&g_vfs);
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

int xFileControl(sqlite3_file *f, int op, void *arg)
{
    if (op == SQLITE_FCNTL_MMAP_SIZE)
        return SQLITE_NOTFOUND; // mapped pages would bypass the counted reads and writes
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

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
    store::vfs_shim::forwardIoMethods(g_methods); // version 2: no xFetch, memory mapping stays off
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xSync = xSync;
    g_methods.xFileControl = xFileControl;
    store::vfs_shim::forwardVfs(g_vfs, root, "doorstep-faults", int(sizeof(FaultFile)));
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
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
