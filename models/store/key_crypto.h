#pragma once
// Key derivation and key wrapping for staff key slots: Argon2id (libargon2)
// turns a password into a key-encryption key, AES-256-GCM (OpenSSL EVP) wraps
// the account's X25519 private key under it, and the store's random 256-bit
// data key is sealed to the account's public key (X25519 + HKDF-SHA256 +
// AES-256-GCM). No home-made primitives.

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>

namespace doorstep::store {

struct KdfParams
{
    quint32 timeCost = 3;
    quint32 memoryKiB = 64 * 1024;
    quint32 parallelism = 1;

    // Tuned on this machine so one derivation takes roughly 0.3-0.5 s
    // (measured once per process, then cached).
    static KdfParams calibrated();
    // Cheap parameters for tests that create many accounts; never used by
    // the console or the CLI.
    static KdfParams fastForTests() { return {1, 8 * 1024, 1}; }
    bool operator==(const KdfParams &) const = default;

    // What a slot read from a file may ask for. The header is not secret and
    // its checksum is not keyed: anyone holding the file can rewrite a slot's
    // parameters (the GCM tag then fails, but only after Argon2 has run), so a
    // slot outside these bounds is refused before any derivation: no hang, no
    // memory exhaustion. Every slot this program writes is inside them.
    static constexpr quint32 kMaxTimeCost = 64;
    static constexpr quint32 kMinMemoryKiB = 8 * 1024;
    static constexpr quint32 kMaxMemoryKiB = 1024 * 1024; // 1 GiB
    static constexpr quint32 kMaxParallelism = 16;
    bool withinBounds() const
    {
        return timeCost >= 1 && timeCost <= kMaxTimeCost && memoryKiB >= kMinMemoryKiB && memoryKiB <= kMaxMemoryKiB
            && parallelism >= 1 && parallelism <= kMaxParallelism;
    }
};

// A byte buffer that wipes itself (OPENSSL_cleanse) when destroyed. Copies
// own their own buffer (each wipes its own); a move hands the buffer over and
// leaves the source empty, so no unwiped buffer is left behind either way.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    SecretBytes(const SecretBytes &other) : m_bytes(other.m_bytes) { m_bytes.detach(); }
    SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::exchange(other.m_bytes, QByteArray())) {}
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();
    const QByteArray &bytes() const { return m_bytes; }
    bool isEmpty() const { return m_bytes.isEmpty(); }

private:
    QByteArray m_bytes;
};

namespace crypto {
QByteArray randomBytes(int n); // OpenSSL CSPRNG; throws on failure
SecretBytes deriveKey(const QString &password, QByteArrayView salt, const KdfParams &params);

struct Sealed
{
    QByteArray nonce;      // 12 bytes
    QByteArray ciphertext; // same length as the plaintext
    QByteArray tag;        // 16 bytes
};
Sealed seal(const SecretBytes &key, const QByteArray &plaintext, QByteArrayView aad);
// nullopt when the tag does not verify: wrong key or tampered data.
std::optional<SecretBytes> open(const SecretBytes &key, const Sealed &sealed, QByteArrayView aad);
QByteArray sha256(QByteArrayView data);

// X25519 (OpenSSL EVP): each account's key slot holds a key pair whose
// private half only the account's password unwraps, so an administrator can
// seal a NEW data key to every account (key rotation) without knowing their
// passwords. Keys are raw 32-byte values.
struct X25519KeyPair
{
    SecretBytes privateKey;
    QByteArray publicKey;
};
X25519KeyPair generateX25519();
// The public half of a private key; empty when the bytes are not a key.
QByteArray x25519PublicKey(const SecretBytes &privateKey);
// The shared secret; nullopt when the peer's public key is unusable (e.g.
// a low-order point from a tampered slot).
std::optional<SecretBytes> x25519Agree(const SecretBytes &privateKey, QByteArrayView peerPublic);
// HKDF-SHA256 (RFC 5869): a key of `length` bytes from a shared secret.
SecretBytes hkdfSha256(const SecretBytes &secret, QByteArrayView salt, QByteArrayView info, int length);
} // namespace crypto

} // namespace doorstep::store
