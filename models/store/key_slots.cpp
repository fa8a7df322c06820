#include "store/key_slots.h"

#include "store/header_format.h"
#include "store/header_vfs.h"

#include <QDataStream>
#include <QIODevice>

#include <stdexcept>

namespace doorstep::store {
namespace {
constexpr QByteArrayView kMagic = kStoreMagic;
constexpr qint64 kAreaStart = 4096;
constexpr qint64 kAreaSize = (kHeaderSize - kAreaStart) / 2;

// Authenticated data for a Password slot: binds the wrapped key to this
// store, this user and these KDF parameters, so a slot cannot be moved to
// another user or store, and its parameters cannot be weakened, without the
// tag failing.
QByteArray slotAad(const QByteArray &storeUid, const QString &username, const KdfParams &p)
{
    QByteArray aad("doorstep-slot-v1");
    QDataStream s(&aad, QIODevice::Append);
    s.setByteOrder(QDataStream::LittleEndian);
    s << storeUid << username.toUtf8() << p.timeCost << p.memoryKiB << p.parallelism;
    return aad;
}

// A KeyPair slot's wrapped private key: the same bindings, and its public key.
QByteArray privateKeyAad(const QByteArray &storeUid, const KeySlot &slot)
{
    QByteArray aad("doorstep-slot-v2-key");
    QDataStream s(&aad, QIODevice::Append);
    s.setByteOrder(QDataStream::LittleEndian);
    s << storeUid << slot.username.toUtf8() << slot.kdf.timeCost << slot.kdf.memoryKiB << slot.kdf.parallelism
      << slot.publicKey;
    return aad;
}

// The sealed data key: HKDF info and GCM authenticated data, binding the
// store, the account, its public key and the sealer's one-time key.
QByteArray dataKeyContext(const QByteArray &storeUid, const KeySlot &slot)
{
    QByteArray aad("doorstep-slot-v2-data");
    QDataStream s(&aad, QIODevice::Append);
    s.setByteOrder(QDataStream::LittleEndian);
    s << storeUid << slot.username.toUtf8() << slot.publicKey << slot.ephemeralPublic;
    return aad;
}

// Seals dataKey to slot.publicKey with a fresh one-time key pair.
void sealDataKey(const QByteArray &storeUid, KeySlot &slot, const SecretBytes &dataKey)
{
    const crypto::X25519KeyPair oneTime = crypto::generateX25519();
    slot.ephemeralPublic = oneTime.publicKey;
    const auto shared = crypto::x25519Agree(oneTime.privateKey, slot.publicKey);
    if (!shared)
        throw std::runtime_error("X25519 key agreement failed");
    const QByteArray context = dataKeyContext(storeUid, slot);
    const SecretBytes key = crypto::hkdfSha256(*shared, storeUid, context, 32);
    slot.sealedDataKey = crypto::seal(key, dataKey.bytes(), context);
}

constexpr quint16 kVersionedMark = 0xffff; // a version-1 set starts with its count (<= kMaxSlots)
constexpr quint16 kSlotSetVersion = 2;
constexpr int kNonce = 12;
constexpr int kTag = 16;
constexpr int kKey = 32;
constexpr int kSalt = 16;
constexpr int kMaxUsernameBytes = 256;

void writeFixed(QDataStream &s, const QByteArray &bytes, int size)
{
    Q_ASSERT(bytes.size() == size);
    s.writeRawData(bytes.constData(), size);
}

void writeSealed(QDataStream &s, const crypto::Sealed &sealed)
{
    writeFixed(s, sealed.nonce, kNonce);
    writeFixed(s, sealed.ciphertext, kKey);
    writeFixed(s, sealed.tag, kTag);
}

QByteArray readFixed(QDataStream &s, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (s.readRawData(bytes.data(), size) != size) {
        s.setStatus(QDataStream::ReadPastEnd);
        return {};
    }
    return bytes;
}

crypto::Sealed readSealed(QDataStream &s)
{
    crypto::Sealed sealed;
    sealed.nonce = readFixed(s, kNonce);
    sealed.ciphertext = readFixed(s, kKey);
    sealed.tag = readFixed(s, kTag);
    return sealed;
}

bool sameSealed(const crypto::Sealed &a, const crypto::Sealed &b)
{
    return a.nonce == b.nonce && a.ciphertext == b.ciphertext && a.tag == b.tag;
}

std::optional<QList<KeySlot>> parseVersion1(QDataStream &s, quint16 n)
{
    QList<KeySlot> list;
    for (int i = 0; i < n; ++i) {
        KeySlot k;
        k.kind = KeySlot::Kind::Password;
        QByteArray user;
        s >> user >> k.kdf.timeCost >> k.kdf.memoryKiB >> k.kdf.parallelism >> k.salt >> k.wrappedKey.nonce
            >> k.wrappedKey.ciphertext >> k.wrappedKey.tag;
        k.username = QString::fromUtf8(user);
        // Sizes as this program wrote them; anything else is damage.
        if (s.status() != QDataStream::Ok || user.isEmpty() || user.size() > kMaxUsernameBytes
            || !k.kdf.withinBounds() || k.salt.size() != kSalt
            || k.wrappedKey.nonce.size() != kNonce || k.wrappedKey.ciphertext.size() != kKey
            || k.wrappedKey.tag.size() != kTag)
            return std::nullopt; // a damaged or tampered area: the other one, or "header damaged"
        list.append(k);
    }
    return list;
}

std::optional<QList<KeySlot>> parseVersion2(QDataStream &s, quint16 n)
{
    QList<KeySlot> list;
    for (int i = 0; i < n; ++i) {
        KeySlot k;
        quint8 kind = 0;
        QByteArray user;
        s >> kind >> user >> k.kdf.timeCost >> k.kdf.memoryKiB >> k.kdf.parallelism;
        if (s.status() != QDataStream::Ok || user.isEmpty() || user.size() > kMaxUsernameBytes
            || !k.kdf.withinBounds())
            return std::nullopt;
        k.username = QString::fromUtf8(user);
        k.salt = readFixed(s, kSalt);
        k.wrappedKey = readSealed(s);
        if (kind == quint8(KeySlot::Kind::KeyPair)) {
            k.kind = KeySlot::Kind::KeyPair;
            k.publicKey = readFixed(s, kKey);
            k.ephemeralPublic = readFixed(s, kKey);
            k.sealedDataKey = readSealed(s);
        } else if (kind == quint8(KeySlot::Kind::Password)) {
            k.kind = KeySlot::Kind::Password;
        } else {
            return std::nullopt;
        }
        if (s.status() != QDataStream::Ok)
            return std::nullopt;
        list.append(k);
    }
    return list;
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
    s << kVersionedMark << kSlotSetVersion << quint16(list.size());
    for (const KeySlot &k : list) {
        s << quint8(k.kind) << k.username.toUtf8() << k.kdf.timeCost << k.kdf.memoryKiB << k.kdf.parallelism;
        writeFixed(s, k.salt, kSalt);
        writeSealed(s, k.wrappedKey);
        if (k.kind == KeySlot::Kind::KeyPair) {
            writeFixed(s, k.publicKey, kKey);
            writeFixed(s, k.ephemeralPublic, kKey);
            writeSealed(s, k.sealedDataKey);
        }
    }
    return out;
}

std::optional<QList<KeySlot>> parseSlotSet(const QByteArray &payload)
{
    QDataStream s(payload);
    s.setByteOrder(QDataStream::LittleEndian);
    quint16 first = 0;
    s >> first;
    if (first != kVersionedMark)
        return first <= kMaxSlots ? parseVersion1(s, first) : std::nullopt;
    quint16 version = 0;
    quint16 n = 0;
    s >> version >> n;
    if (s.status() != QDataStream::Ok || version != kSlotSetVersion || n > kMaxSlots)
        return std::nullopt;
    return parseVersion2(s, n);
}

bool KeySlot::operator==(const KeySlot &other) const
{
    return kind == other.kind && username == other.username && kdf == other.kdf && salt == other.salt
        && sameSealed(wrappedKey, other.wrappedKey) && publicKey == other.publicKey
        && ephemeralPublic == other.ephemeralPublic && sameSealed(sealedDataKey, other.sealedDataKey);
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

SlotKey SlotKey::derive(const QString &password, const KdfParams &params)
{
    SlotKey key;
    key.kdf = params;
    key.salt = crypto::randomBytes(kSalt);
    key.kek = crypto::deriveKey(password, key.salt, params);
    return key;
}

KeySlot StoreHeader::makeSlot(const QByteArray &storeUid, const QString &username, const QString &password,
                              const SecretBytes &dataKey, const KdfParams &params)
{
    return sealSlot(storeUid, username, SlotKey::derive(password, params), dataKey);
}

KeySlot StoreHeader::sealSlot(const QByteArray &storeUid, const QString &username, const SlotKey &key,
                              const SecretBytes &dataKey)
{
    KeySlot slot;
    slot.kind = KeySlot::Kind::KeyPair;
    slot.username = username;
    slot.kdf = key.kdf;
    slot.salt = key.salt;
    const crypto::X25519KeyPair pair = crypto::generateX25519();
    slot.publicKey = pair.publicKey;
    slot.wrappedKey = crypto::seal(key.kek, pair.privateKey.bytes(), privateKeyAad(storeUid, slot));
    sealDataKey(storeUid, slot, dataKey);
    return slot;
}

std::optional<KeySlot> StoreHeader::resealed(const QByteArray &storeUid, const KeySlot &slot, const SecretBytes &dataKey)
{
    if (slot.kind != KeySlot::Kind::KeyPair)
        return std::nullopt;
    KeySlot out = slot;
    sealDataKey(storeUid, out, dataKey);
    return out;
}

std::optional<SecretBytes> StoreHeader::unwrap(const KeySlot &slot, const QString &password) const
{
    if (!slot.kdf.withinBounds())
        return std::nullopt; // never run Argon2 on parameters this program would not write
    const SecretBytes kek = crypto::deriveKey(password, slot.salt, slot.kdf);
    if (slot.kind == KeySlot::Kind::Password)
        return crypto::open(kek, slot.wrappedKey, slotAad(storeUid, slot.username, slot.kdf));
    const auto privateKey = crypto::open(kek, slot.wrappedKey, privateKeyAad(storeUid, slot));
    if (!privateKey)
        return std::nullopt;
    const auto shared = crypto::x25519Agree(*privateKey, slot.ephemeralPublic);
    if (!shared)
        return std::nullopt;
    const QByteArray context = dataKeyContext(storeUid, slot);
    return crypto::open(crypto::hkdfSha256(*shared, storeUid, context, 32), slot.sealedDataKey, context);
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

std::optional<QByteArray> headerImage(const StoreHeader &header)
{
    QByteArray image = headerPrefix(header.storeUid);
    image.append(kAreaStart - image.size(), '\0');
    StoreHeader h = header;
    for (int area : {0, 1}) {
        const auto write = serializeArea(h, area);
        if (!write)
            return std::nullopt;
        image += write->bytes;
        ++h.sequence;
    }
    return image;
}

} // namespace doorstep::store
