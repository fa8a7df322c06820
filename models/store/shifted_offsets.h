#pragma once
// Where a byte of the database (a "logical" offset, as SQLite sees the file)
// lives in the store file (the "real" offset), given the header in front.
//
// SQLite's OS layer locks the bytes [kLockByte, kLockByte + 512) of the REAL
// file (PENDING_BYTE, RESERVED_BYTE and the SHARED range), and the pager keeps
// the LOGICAL page holding kLockByte empty so that no data sits under a lock.
// Shifting the file by the header moves the data but not the locks: with a
// plain shift, real byte kLockByte holds logical byte kLockByte - header, an
// ordinary page. POSIX locks are advisory and do not care, but Windows locks
// are mandatory: while a second console holds its SHARED lock there, writing
// that page fails. So the gapped layout leaves a hole of kLockGap real bytes
// at kLockByte that never holds data:
//
//   logical [0, kLockByte - header)  ->  real [header, kLockByte)
//   logical [kLockByte - header, ..) ->  real [kLockByte + kLockGap, ..)
//
// Below 1 GiB of real size both layouts are the same bytes; stores written
// before the gap existed (header format 1) keep the linear layout.
// Pure functions, tested on their own (tests/store/tst_shiftedoffsets).

#include <QtGlobal>

namespace doorstep::store::shifted {

inline constexpr qint64 kLockByte = 0x40000000; // SQLite's PENDING_BYTE (real offset of the lock bytes)
// 64 KiB: SQLite's largest page size, so with any page size a page never
// straddles the hole and real pages stay aligned.
inline constexpr qint64 kLockGap = 64 * 1024;

enum class Layout {
    Linear, // real = logical + header: header format 1
    Gapped, // real bytes [kLockByte, kLockByte + kLockGap) hold no data
};

// The first logical offset that lies after the hole (for Gapped).
constexpr qint64 firstLogicalAfterGap(qint64 header)
{
    return kLockByte - header;
}

constexpr qint64 realOffset(Layout layout, qint64 header, qint64 logical)
{
    const qint64 real = logical + header;
    return layout == Layout::Gapped && real >= kLockByte ? real + kLockGap : real;
}

// The real size of a file holding `logicalSize` bytes of database. A database
// ending exactly at the hole does not pay for it.
constexpr qint64 realSize(Layout layout, qint64 header, qint64 logicalSize)
{
    const qint64 real = logicalSize + header;
    return layout == Layout::Gapped && real > kLockByte ? real + kLockGap : real;
}

// The database size SQLite sees for a real file size: the header and the hole
// do not count; a file ending inside the header or the hole is cut there.
constexpr qint64 logicalSize(Layout layout, qint64 header, qint64 realSize)
{
    if (realSize <= header)
        return 0;
    if (layout == Layout::Linear || realSize <= kLockByte)
        return realSize - header;
    if (realSize <= kLockByte + kLockGap)
        return kLockByte - header;
    return realSize - header - kLockGap;
}

// One contiguous run of an I/O request.
struct Piece
{
    qint64 logical = 0; // where it starts in the database
    qint64 real = 0;    // where it starts in the file
    qint64 length = 0;
    qint64 bufferOffset = 0; // where it starts in the caller's buffer
};

struct Pieces
{
    int count = 0;
    Piece at[2];
};

// Splits a read or write of `length` bytes at `logical` into the runs that
// are contiguous in the file: one, or two when it straddles the hole.
constexpr Pieces split(Layout layout, qint64 header, qint64 logical, qint64 length)
{
    Pieces out;
    const qint64 boundary = firstLogicalAfterGap(header);
    if (layout == Layout::Gapped && logical < boundary && logical + length > boundary) {
        const qint64 first = boundary - logical;
        out.count = 2;
        out.at[0] = {logical, logical + header, first, 0};
        out.at[1] = {boundary, realOffset(layout, header, boundary), length - first, first};
        return out;
    }
    out.count = 1;
    out.at[0] = {logical, realOffset(layout, header, logical), length, 0};
    return out;
}

} // namespace doorstep::store::shifted
