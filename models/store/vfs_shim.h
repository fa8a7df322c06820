#pragma once
// What every SQLite VFS shim here shares (the header VFS, and the tests'
// fault-injecting VFS): a shim's file begins with SQLite's sqlite3_file and a
// pointer to the wrapped VFS's file (allocated right after the shim's own
// struct), and the shim VFS's pAppData is the wrapped ("root") VFS. The
// functions below fill a method table with plain forwards; a shim then sets
// the few methods it changes. Header-only: the test VFS does not link the
// store.
#include <sqlite3.h>

namespace doorstep::store::vfs_shim {

struct ShimFile
{
    sqlite3_file base;  // must be first: SQLite sees this
    sqlite3_file *real; // the wrapped VFS's file
};

inline sqlite3_file *real(sqlite3_file *f)
{
    return reinterpret_cast<ShimFile *>(f)->real;
}

inline sqlite3_vfs *root(sqlite3_vfs *shim)
{
    return static_cast<sqlite3_vfs *>(shim->pAppData);
}

// Every io method forwards to the real file. Version 2: no xFetch/xUnfetch,
// so memory mapping stays off (a shim that moves or counts I/O needs that).
inline void forwardIoMethods(sqlite3_io_methods &m)
{
    m = sqlite3_io_methods{};
    m.iVersion = 2;
    m.xClose = [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); };
    m.xRead = [](sqlite3_file *f, void *buf, int amt, sqlite3_int64 off) { return real(f)->pMethods->xRead(real(f), buf, amt, off); };
    m.xWrite = [](sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off) {
        return real(f)->pMethods->xWrite(real(f), buf, amt, off);
    };
    m.xTruncate = [](sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); };
    m.xSync = [](sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); };
    m.xFileSize = [](sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); };
    m.xLock = [](sqlite3_file *f, int level) { return real(f)->pMethods->xLock(real(f), level); };
    m.xUnlock = [](sqlite3_file *f, int level) { return real(f)->pMethods->xUnlock(real(f), level); };
    m.xCheckReservedLock = [](sqlite3_file *f, int *out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); };
    m.xFileControl = [](sqlite3_file *f, int op, void *arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); };
    m.xSectorSize = [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); };
    m.xDeviceCharacteristics = [](sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); };
    m.xShmMap = [](sqlite3_file *f, int page, int size, int extend, void volatile **pp) {
        return real(f)->pMethods->xShmMap(real(f), page, size, extend, pp);
    };
    m.xShmLock = [](sqlite3_file *f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); };
    m.xShmBarrier = [](sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); };
    m.xShmUnmap = [](sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); };
}

// A version-2 VFS named `name` over `rootVfs` whose files are `shimFileSize`
// bytes of shim followed by the root's file; every method but xOpen forwards
// to the root (the shim sets xOpen, and any other it changes).
inline void forwardVfs(sqlite3_vfs &v, sqlite3_vfs *rootVfs, const char *name, int shimFileSize)
{
    v = sqlite3_vfs{};
    v.iVersion = 2;
    v.szOsFile = shimFileSize + rootVfs->szOsFile;
    v.mxPathname = rootVfs->mxPathname;
    v.zName = name;
    v.pAppData = rootVfs;
    v.xDelete = [](sqlite3_vfs *s, const char *file, int syncDir) { return root(s)->xDelete(root(s), file, syncDir); };
    v.xAccess = [](sqlite3_vfs *s, const char *file, int flags, int *out) { return root(s)->xAccess(root(s), file, flags, out); };
    v.xFullPathname = [](sqlite3_vfs *s, const char *file, int n, char *out) { return root(s)->xFullPathname(root(s), file, n, out); };
    v.xDlOpen = [](sqlite3_vfs *s, const char *file) { return root(s)->xDlOpen(root(s), file); };
    v.xDlError = [](sqlite3_vfs *s, int n, char *msg) { root(s)->xDlError(root(s), n, msg); };
    v.xDlSym = [](sqlite3_vfs *s, void *h, const char *sym) { return root(s)->xDlSym(root(s), h, sym); };
    v.xDlClose = [](sqlite3_vfs *s, void *h) { root(s)->xDlClose(root(s), h); };
    v.xRandomness = [](sqlite3_vfs *s, int n, char *out) { return root(s)->xRandomness(root(s), n, out); };
    v.xSleep = [](sqlite3_vfs *s, int us) { return root(s)->xSleep(root(s), us); };
    v.xCurrentTime = [](sqlite3_vfs *s, double *t) { return root(s)->xCurrentTime(root(s), t); };
    v.xGetLastError = [](sqlite3_vfs *s, int n, char *out) { return root(s)->xGetLastError(root(s), n, out); };
    v.xCurrentTimeInt64 = [](sqlite3_vfs *s, sqlite3_int64 *t) { return root(s)->xCurrentTimeInt64(root(s), t); };
}

} // namespace doorstep::store::vfs_shim
