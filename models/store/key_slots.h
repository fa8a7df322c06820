#pragma once
// The store header: a LUKS-like set of key slots, one per staff account, kept
// in the first kHeaderSize bytes of the store file (see header_vfs.h).
//
// Layout (little-endian):
//   [0,16)    magic "DOORSTEP-STORE-1"
//   [16,20)   header format version (1 or 2, see header_format.h)
//   [20,36)   store uid: 16 random bytes, bound into every slot and checksum
//   [4096, 4096+kAreaSize)            slot area A
//   [4096+kAreaSize, 4096+2*kAreaSize) slot area B
// An area is: u64 sequence, u32 payload length, payload, SHA-256(uid|seq|len|payload).
// A change writes the new set twice (Store::writeHeaderSlots): first into the
// area NOT holding the newest valid copy, then into the other one, syncing
// after each. A crash during either write leaves the other area whole, and
// once both are written no area keeps a removed or replaced slot.

#include "store/key_crypto.h"

#include <QList>
#include <QString>

#include <optional>

namespace doorstep::store {

struct KeySlot
{
    // Password: the data key wrapped under the password's key (slots written
    // before 2026-12-02; replaced by a KeyPair slot at the account's next
    // login). KeyPair: the account's X25519 private key wrapped under the
    // password's key, and the data key sealed to its public key, so a new
    // data key can be sealed to every account without their passwords.
    enum class Kind : quint8 { Password = 1, KeyPair = 2 };

    Kind kind = Kind::KeyPair;
    QString username; // not secret; the slot reveals nothing without the password
    KdfParams kdf;
    QByteArray salt;  // 16 bytes
    crypto::Sealed wrappedKey;    // Password: the data key; KeyPair: the private key
    QByteArray publicKey;         // KeyPair: 32 bytes
    QByteArray ephemeralPublic;   // KeyPair: 32 bytes, the sealer's one-time key
    crypto::Sealed sealedDataKey; // KeyPair: the data key

    bool operator==(const KeySlot &other) const;
};

// The slow half of making a slot: a key-encryption key derived from a
// password (Argon2id, ~0.4 s) under a fresh salt. It needs nothing from the
// store, so the console derives it on a worker thread and seals the slot on
// the thread that owns the store (Store::addSlot/replaceSlot), where the data
// key in force at that moment is wrapped.
struct SlotKey
{
    KdfParams kdf;
    QByteArray salt; // 16 bytes
    SecretBytes kek;

    static SlotKey derive(const QString &password, const KdfParams &params);
};

struct StoreHeader
{
    QByteArray storeUid; // 16 bytes
    quint64 sequence = 0;
    QList<KeySlot> keySlots;

    const KeySlot *slotFor(const QString &username) const;

    // Creates a KeyPair slot: a fresh key pair whose private key is wrapped
    // under a key derived from password, and dataKey sealed to its public key.
    static KeySlot makeSlot(const QByteArray &storeUid, const QString &username, const QString &password,
                            const SecretBytes &dataKey, const KdfParams &params);
    // The same account's slot holding another data key (key rotation): no
    // password needed. nullopt for a Password slot, which only its password
    // can rewrap.
    static std::optional<KeySlot> resealed(const QByteArray &storeUid, const KeySlot &slot, const SecretBytes &dataKey);
    // The fast half: a fresh key pair, its private key wrapped under a key
    // derived beforehand, dataKey sealed to its public key.
    static KeySlot sealSlot(const QByteArray &storeUid, const QString &username, const SlotKey &key,
                            const SecretBytes &dataKey);
    // The data key, or nullopt when the password is wrong.
    std::optional<SecretBytes> unwrap(const KeySlot &slot, const QString &password) const;
};

enum class HeaderProblem { None, NotAStore, UnsupportedVersion, Damaged, TooManySlots };

struct HeaderParse
{
    HeaderProblem problem = HeaderProblem::None;
    StoreHeader header;
    int activeArea = 0; // 0 = A, 1 = B: which area holds `header`
    // Both areas valid and holding the same slot set. False after a crash
    // between the two writes of a change (or a damaged area): Store::open
    // then rewrites both.
    bool areasAgree = false;
};

HeaderParse parseHeader(const QByteArray &bytes);

// The slot set alone, as the header's areas carry it. The database keeps the
// committed set in this form (meta.key_slots), so the two can be compared.
// Written as version 2 (each slot tagged with its kind); version 1 sets
// (Password slots only, no version mark) are still read.
QByteArray serializeSlotSet(const QList<KeySlot> &slots);
std::optional<QList<KeySlot>> parseSlotSet(const QByteArray &payload); // nullopt: damaged or out of bounds
bool hasStoreMagic(QByteArrayView bytes);

// The fixed prefix (magic, version, uid) written once at creation.
QByteArray headerPrefix(const QByteArray &storeUid);
// Serialises the slot set for area `area` (offset, bytes) or TooManySlots.
struct AreaWrite
{
    qint64 offset = 0;
    QByteArray bytes;
};
std::optional<AreaWrite> serializeArea(const StoreHeader &header, int area);

// A whole header (prefix and both areas holding `header`'s slots), for a new
// file such as a re-encrypted copy; nullopt when the slots do not fit.
std::optional<QByteArray> headerImage(const StoreHeader &header);

inline constexpr int kMaxSlots = 200;

} // namespace doorstep::store
