#pragma once
// The fixed start of every store file (see key_slots.h for the whole header):
//   [0,16)  magic "DOORSTEP-STORE-1"
//   [16,20) header format version, little-endian
// The version also says where the database's pages sit in the file
// (store/shifted_offsets.h): the header VFS reads it before SQLite does.

#include <QByteArray>
#include <QByteArrayView>
#include <QtEndian>

namespace doorstep::store {

inline constexpr QByteArrayView kStoreMagic("DOORSTEP-STORE-1");
inline constexpr qint64 kFormatVersionOffset = 16;
inline constexpr qint64 kHeaderPrefixSize = kFormatVersionOffset + 4;

// 1: pages follow the header linearly (stores made before the lock-byte gap).
inline constexpr quint32 kFormatLinear = 1;
// 2: the same, except that real bytes [1 GiB, 1 GiB + 64 KiB) hold no page.
inline constexpr quint32 kFormatGapped = 2;
// What this program writes.
inline constexpr quint32 kFormatVersion = kFormatGapped;

// The format version of a header that starts with the magic, else 0.
inline quint32 headerFormat(QByteArrayView prefix)
{
    if (prefix.size() < kHeaderPrefixSize || prefix.first(kStoreMagic.size()) != kStoreMagic)
        return 0;
    return qFromLittleEndian<quint32>(prefix.data() + kFormatVersionOffset);
}

inline void setHeaderFormat(QByteArray *header, quint32 version)
{
    if (header->size() >= kHeaderPrefixSize)
        qToLittleEndian(version, header->data() + kFormatVersionOffset);
}

inline bool isKnownFormat(quint32 version)
{
    return version == kFormatLinear || version == kFormatGapped;
}

} // namespace doorstep::store
