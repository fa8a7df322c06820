#include "store/key_slots.h"

#include "store/header_format.h"
#include "store/header_vfs.h"

#include <QDataStream>
#include <QIODevice>

namespace doorstep::store {
namespace {
constexpr QByteArrayView kMagic = kStoreMagic;
constexpr qint64 kAreaStart = 4096;
constexpr qint64 kAreaSize = (kHeaderSize - kAreaStart) / 2;

// Authenticated data for a slot: binds the wrapped key to this store, this
// user and these KDF parameters, so a slot cannot be moved to another user
// or store, and its parameters cannot be weakened, without the tag failing.
QByteArray slotAad(const QByteArray &storeUid, const QString &username, const KdfParams &p)
{
    QByteArray aad("doorstep-slot-v1");
    QDataStream s(&aad, QIODevice::Append);
    s.setByteOrder(QDataStream::LittleEndian);
    s << storeUid << username.toUtf8() << p.timeCost << p.memoryKiB << p.parallelism;
    return aad;
}

QByteArray areaChecksum(const QByteArray &uid, quint64 seq, const QByteArray &payload)
{
    QByteArray data = uid;
    QDataStream s(&data, QIODevice::Append);
    s.setByteOrder(QDataStream::LittleEndian);
    s << seq << quint32(payload.size());
    data += payload;
    return crypto::sha256(data);
}

} // namespace

QByteArray serializeSlotSet(const QList<KeySlot> &list)
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s << quint16(list.size());
    for (const KeySlot &k : list)
        s << k.username.toUtf8() << k.kdf.timeCost << k.kdf.memoryKiB << k.kdf.parallelism << k.salt
          << k.wrappedKey.nonce << k.wrappedKey.ciphertext << k.wrappedKey.tag;
    return out;
}

std::optional<QList<KeySlot>> parseSlotSet(const QByteArray &payload)
{
    QDataStream s(payload);
    s.setByteOrder(QDataStream::LittleEndian);
    quint16 n = 0;
    s >> n;
    if (n > kMaxSlots)
        return std::nullopt;
    QList<KeySlot> list;
    for (int i = 0; i < n; ++i) {
        KeySlot k;
        QByteArray user;
        s >> user >> k.kdf.timeCost >> k.kdf.memoryKiB >> k.kdf.parallelism >> k.salt >> k.wrappedKey.nonce
            >> k.wrappedKey.ciphertext >> k.wrappedKey.tag;
        k.username = QString::fromUtf8(user);
        if (s.status() != QDataStream::Ok || !k.kdf.withinBounds())
            return std::nullopt; // a damaged or tampered area: the other one, or "header damaged"
        list.append(k);
    }
    return list;
}

namespace {
struct AreaRead
{
    bool valid = false;
    quint64 seq = 0;
    QByteArray payload;
    QList<KeySlot> keySlots;
};

AreaRead readArea(const QByteArray &bytes, const QByteArray &uid, int area)
{
    const QByteArray raw = bytes.mid(kAreaStart + area * kAreaSize, kAreaSize);
    QDataStream s(raw);
    s.setByteOrder(QDataStream::LittleEndian);
    quint64 seq = 0;
    quint32 len = 0;
    s >> seq >> len;
    if (s.status() != QDataStream::Ok || seq == 0 || len > kAreaSize - 12 - 32)
        return {};
    const QByteArray payload = raw.mid(12, len);
    const QByteArray sum = raw.mid(12 + len, 32);
    if (sum != areaChecksum(uid, seq, payload))
        return {};
    auto list = parseSlotSet(payload);
    if (!list)
        return {};
    return {true, seq, payload, *list};
}
} // namespace

const KeySlot *StoreHeader::slotFor(const QString &username) const
{
    for (const KeySlot &k : keySlots)
        if (k.username.compare(username, Qt::CaseInsensitive) == 0)
            return &k;
    return nullptr;
}

KeySlot StoreHeader::makeSlot(const QByteArray &storeUid, const QString &username, const QString &password,
                              const SecretBytes &dataKey, const KdfParams &params)
{
    KeySlot slot;
    slot.username = username;
    slot.kdf = params;
    slot.salt = crypto::randomBytes(16);
    const SecretBytes kek = crypto::deriveKey(password, slot.salt, params);
    slot.wrappedKey = crypto::seal(kek, dataKey.bytes(), slotAad(storeUid, username, params));
    return slot;
}

std::optional<SecretBytes> StoreHeader::unwrap(const KeySlot &slot, const QString &password) const
{
    if (!slot.kdf.withinBounds())
        return std::nullopt; // never run Argon2 on parameters this program would not write
    const SecretBytes kek = crypto::deriveKey(password, slot.salt, slot.kdf);
    return crypto::open(kek, slot.wrappedKey, slotAad(storeUid, slot.username, slot.kdf));
}

bool hasStoreMagic(QByteArrayView bytes)
{
    return bytes.size() >= kMagic.size() && bytes.first(kMagic.size()) == kMagic;
}

QByteArray headerPrefix(const QByteArray &storeUid)
{
    QByteArray out = kMagic.toByteArray();
    QDataStream s(&out, QIODevice::Append);
    s.setByteOrder(QDataStream::LittleEndian);
    s << kFormatVersion;
    out += storeUid;
    return out;
}

HeaderParse parseHeader(const QByteArray &bytes)
{
    HeaderParse result;
    if (bytes.size() < kHeaderSize || !hasStoreMagic(bytes)) {
        result.problem = HeaderProblem::NotAStore;
        return result;
    }
    // Format 1 and 2 differ only in where the pages sit (header_format.h).
    if (!isKnownFormat(headerFormat(bytes))) {
        result.problem = HeaderProblem::UnsupportedVersion;
        return result;
    }
    const QByteArray uid = bytes.mid(kMagic.size() + 4, 16);
    const AreaRead a = readArea(bytes, uid, 0);
    const AreaRead b = readArea(bytes, uid, 1);
    if (!a.valid && !b.valid) {
        result.problem = HeaderProblem::Damaged;
        return result;
    }
    const bool useB = b.valid && (!a.valid || b.seq > a.seq);
    const AreaRead &chosen = useB ? b : a;
    result.activeArea = useB ? 1 : 0;
    result.header.storeUid = uid;
    result.header.sequence = chosen.seq;
    result.header.keySlots = chosen.keySlots;
    result.areasAgree = a.valid && b.valid && a.payload == b.payload;
    return result;
}

std::optional<AreaWrite> serializeArea(const StoreHeader &header, int area)
{
    const QByteArray payload = serializeSlotSet(header.keySlots);
    if (header.keySlots.size() > kMaxSlots || payload.size() > kAreaSize - 12 - 32)
        return std::nullopt;
    QByteArray bytes;
    QDataStream s(&bytes, QIODevice::WriteOnly);
    s.setByteOrder(QDataStream::LittleEndian);
    s << header.sequence << quint32(payload.size());
    bytes += payload;
    bytes += areaChecksum(header.storeUid, header.sequence, payload);
    bytes.append(kAreaSize - bytes.size(), '\0');
    return AreaWrite{kAreaStart + area * kAreaSize, bytes};
}

} // namespace doorstep::store
