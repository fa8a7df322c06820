#include "store/header_vfs.h"

#include "store/header_format.h"
#include "store/shifted_offsets.h"
#include "store/vfs_shim.h"

#include <sqlite3.h>

#include <cstddef>
#include <cstring>
#include <mutex>

namespace doorstep::store {
namespace {

using shifted::Layout;

struct ShiftedFile
{
    sqlite3_file base;    // must be first: SQLite sees this
    sqlite3_file *real;   // the underlying VFS's file, allocated right after us
    bool gapped;          // the header said format 2 (or is no format-1 store): for good
};

sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

sqlite3_vfs *rootVfs()
{
    return static_cast<sqlite3_vfs *>(g_vfs.pAppData);
}

ShiftedFile *shiftedFile(sqlite3_file *f)
{
    return reinterpret_cast<ShiftedFile *>(f);
}

using vfs_shim::real;
static_assert(offsetof(ShiftedFile, real) == offsetof(vfs_shim::ShimFile, real), "a shim file starts as vfs_shim::ShimFile");

// The layout for an operation that ends at real offset `linearEnd` under the
// linear layout. Below the lock byte both layouts are the same bytes, so the
// header is read only when an operation reaches 1 GiB. A format-1 answer is
// not remembered: adoptGappedLayout() may convert the store (while it is
// still below 1 GiB) through another connection, and a stale "linear" would
// then put pages where the others do not look for them.
int layoutFor(sqlite3_file *f, sqlite3_int64 linearEnd, Layout *out)
{
    ShiftedFile *file = shiftedFile(f);
    *out = Layout::Gapped;
    if (file->gapped || linearEnd <= shifted::kLockByte)
        return SQLITE_OK;
    char prefix[kHeaderPrefixSize];
    const int rc = file->real->pMethods->xRead(file->real, prefix, int(sizeof prefix), 0);
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
        return rc; // never guess: a wrong guess misplaces pages
    if (rc == SQLITE_OK && headerFormat(QByteArrayView(prefix, sizeof prefix)) == kFormatLinear)
        *out = Layout::Linear;
    else
        file->gapped = true;
    return SQLITE_OK;
}

int xRead(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
    Layout layout;
    if (const int rc = layoutFor(f, off + kHeaderSize + amt, &layout); rc != SQLITE_OK)
        return rc;
    const shifted::Pieces pieces = shifted::split(layout, kHeaderSize, off, amt);
    int result = SQLITE_OK;
    for (int i = 0; i < pieces.count; ++i) {
        const shifted::Piece &p = pieces.at[i];
        const int rc = real(f)->pMethods->xRead(real(f), static_cast<char *>(buf) + p.bufferOffset, int(p.length), p.real);
        if (rc == SQLITE_IOERR_SHORT_READ)
            result = rc; // the root zero-filled what it could not read; go on
        else if (rc != SQLITE_OK)
            return rc;
    }
    return result;
}

int xWrite(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
    Layout layout;
    if (const int rc = layoutFor(f, off + kHeaderSize + amt, &layout); rc != SQLITE_OK)
        return rc;
    const shifted::Pieces pieces = shifted::split(layout, kHeaderSize, off, amt);
    for (int i = 0; i < pieces.count; ++i) {
        const shifted::Piece &p = pieces.at[i];
        const int rc = real(f)->pMethods->xWrite(real(f), static_cast<const char *>(buf) + p.bufferOffset,
                                                 int(p.length), p.real);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int xTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    Layout layout;
    if (const int rc = layoutFor(f, size + kHeaderSize, &layout); rc != SQLITE_OK)
        return rc;
    return real(f)->pMethods->xTruncate(real(f), shifted::realSize(layout, kHeaderSize, size));
}

int xFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    sqlite3_int64 realSize = 0;
    int rc = real(f)->pMethods->xFileSize(real(f), &realSize);
    Layout layout;
    if (rc == SQLITE_OK)
        rc = layoutFor(f, realSize, &layout);
    if (rc == SQLITE_OK)
        *size = shifted::logicalSize(layout, kHeaderSize, realSize);
    return rc;
}

int xFileControl(sqlite3_file *f, int op, void *arg)
{
    if (op == SQLITE_FCNTL_SIZE_HINT) {
        auto *hint = static_cast<sqlite3_int64 *>(arg);
        Layout layout;
        if (const int rc = layoutFor(f, *hint + kHeaderSize, &layout); rc != SQLITE_OK)
            return rc;
        *hint = shifted::realSize(layout, kHeaderSize, *hint);
    }
    if (op == SQLITE_FCNTL_MMAP_SIZE)
        return SQLITE_NOTFOUND; // memory mapping would bypass the shift
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

int xOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    sqlite3_vfs *root = rootVfs();
    if (!(flags & SQLITE_OPEN_MAIN_DB))
        return root->xOpen(root, name, file, flags, outFlags); // WAL, journals: unshifted
    auto *wrapper = reinterpret_cast<ShiftedFile *>(file);
    std::memset(wrapper, 0, sizeof(ShiftedFile));
    wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
    const int rc = root->xOpen(root, name, wrapper->real, flags, outFlags);
    wrapper->base.pMethods = rc == SQLITE_OK ? &g_methods : nullptr;
    return rc;
}

ShiftedFile *shiftedMainFile(sqlite3 *db)
{
    sqlite3_file *file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
        || file->pMethods != &g_methods)
        return nullptr;
    return reinterpret_cast<ShiftedFile *>(file);
}

} // namespace

const char *registerHeaderVfs()
{
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs *root = sqlite3_vfs_find(nullptr);
        // Plain forwards (store/vfs_shim.h), then what the shift changes;
        // version 2 leaves memory mapping off, which would bypass the shift.
        vfs_shim::forwardIoMethods(g_methods);
        g_methods.xRead = xRead;
        g_methods.xWrite = xWrite;
        g_methods.xTruncate = xTruncate;
        g_methods.xFileSize = xFileSize;
        g_methods.xFileControl = xFileControl;
        // WAL and journals pass through unshifted (xOpen); the rest of the
        // VFS is the root's.
        vfs_shim::forwardVfs(g_vfs, root, kHeaderVfsName, int(sizeof(ShiftedFile)));
        g_vfs.xOpen = xOpen;
        sqlite3_vfs_register(&g_vfs, 0);
    });
    return kHeaderVfsName;
}

qint64 realFileSize(sqlite3 *db)
{
    ShiftedFile *f = shiftedMainFile(db);
    sqlite3_int64 size = -1;
    if (!f || f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK)
        return -1;
    return size;
}

bool adoptGappedLayout(sqlite3 *db)
{
    ShiftedFile *f = shiftedMainFile(db);
    if (!f)
        return false;
    sqlite3_file *r = f->real;
    char prefix[kHeaderPrefixSize];
    if (r->pMethods->xRead(r, prefix, int(sizeof prefix), 0) != SQLITE_OK)
        return false;
    const quint32 format = headerFormat(QByteArrayView(prefix, sizeof prefix));
    if (format != kFormatLinear)
        return format == kFormatGapped;
    // Alone? In WAL mode every open connection holds a SHARED lock on the
    // database file until it closes, so EXCLUSIVE is refused while any other
    // connection (in this process or another) has the store open.
    bool converted = false;
    if (r->pMethods->xLock(r, SQLITE_LOCK_SHARED) == SQLITE_OK) {
        sqlite3_int64 size = 0;
        if (r->pMethods->xLock(r, SQLITE_LOCK_RESERVED) == SQLITE_OK
            && r->pMethods->xLock(r, SQLITE_LOCK_EXCLUSIVE) == SQLITE_OK
            && r->pMethods->xFileSize(r, &size) == SQLITE_OK && size <= shifted::kLockByte) {
            const quint32 version = qToLittleEndian(kFormatGapped);
            converted = r->pMethods->xWrite(r, &version, 4, kFormatVersionOffset) == SQLITE_OK
                && r->pMethods->xSync(r, SQLITE_SYNC_FULL) == SQLITE_OK;
            f->gapped = converted;
        }
        r->pMethods->xUnlock(r, SQLITE_LOCK_NONE);
    }
    return converted;
}

bool readHeader(sqlite3 *db, QByteArray *out)
{
    ShiftedFile *f = shiftedMainFile(db);
    if (!f || realFileSize(db) < kHeaderSize)
        return false;
    out->resize(kHeaderSize);
    return f->real->pMethods->xRead(f->real, out->data(), int(kHeaderSize), 0) == SQLITE_OK;
}

bool writeHeader(sqlite3 *db, qint64 offset, QByteArrayView bytes)
{
    ShiftedFile *f = shiftedMainFile(db);
    if (!f || offset < 0 || offset + bytes.size() > kHeaderSize)
        return false;
    return f->real->pMethods->xWrite(f->real, bytes.data(), int(bytes.size()), offset) == SQLITE_OK
        && f->real->pMethods->xSync(f->real, SQLITE_SYNC_FULL) == SQLITE_OK;
}

} // namespace doorstep::store
