#include "store/key_crypto.h"

#include "store/secret_memory.h"

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

#include <QElapsedTimer>

#include <memory>
#include <mutex>
#include <stdexcept>

namespace doorstep::store {

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        if (!m_bytes.isEmpty())
            OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
        m_bytes = other.m_bytes;
        m_bytes.detach();
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        if (!m_bytes.isEmpty() && m_bytes.isDetached())
            OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    // Only wipe buffers we own alone; a shared buffer is wiped by its last owner.
    if (!m_bytes.isEmpty() && !m_bytes.isDetached())
        return;
    if (!m_bytes.isEmpty())
        OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size()));
}

namespace crypto {
namespace {
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;
CipherCtx newCtx()
{
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx)
        throw std::runtime_error("EVP_CIPHER_CTX_new failed");
    return ctx;
}
const auto *u8(QByteArrayView v) { return reinterpret_cast<const unsigned char *>(v.data()); }
auto *u8(QByteArray &v) { return reinterpret_cast<unsigned char *>(v.data()); }
} // namespace

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    if (RAND_bytes(u8(out), n) != 1)
        throw std::runtime_error("the system random number generator failed");
    return out;
}

SecretBytes deriveKey(const QString &password, QByteArrayView salt, const KdfParams &params)
{
    QString normalized = password.normalized(QString::NormalizationForm_C);
    QByteArray pwd = normalized.toUtf8();
    wipe(normalized);
    QByteArray key(32, Qt::Uninitialized);
    const int rc = argon2id_hash_raw(params.timeCost, params.memoryKiB, params.parallelism,
                                     pwd.constData(), size_t(pwd.size()), salt.data(), size_t(salt.size()),
                                     key.data(), size_t(key.size()));
    wipe(pwd);
    if (rc != ARGON2_OK)
        throw std::runtime_error(std::string("Argon2id failed: ") + argon2_error_message(rc));
    return SecretBytes(std::move(key));
}

Sealed seal(const SecretBytes &key, const QByteArray &plaintext, QByteArrayView aad)
{
    Sealed s{randomBytes(12), QByteArray(plaintext.size(), Qt::Uninitialized), QByteArray(16, Qt::Uninitialized)};
    auto ctx = newCtx();
    int len = 0;
    if (EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, u8(key.bytes()), u8(s.nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, u8(aad), int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), u8(s.ciphertext), &len, u8(plaintext), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), u8(s.ciphertext) + len, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, u8(s.tag)) != 1)
        throw std::runtime_error("AES-256-GCM encryption failed");
    return s;
}

std::optional<SecretBytes> open(const SecretBytes &key, const Sealed &sealed, QByteArrayView aad)
{
    if (sealed.nonce.size() != 12 || sealed.tag.size() != 16)
        return std::nullopt;
    QByteArray plain(sealed.ciphertext.size(), Qt::Uninitialized);
    QByteArray tag = sealed.tag;
    auto ctx = newCtx();
    int len = 0;
    if (EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, 12, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, u8(key.bytes()), u8(sealed.nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, u8(aad), int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), u8(plain), &len, u8(sealed.ciphertext), int(sealed.ciphertext.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, u8(tag)) != 1) {
        wipe(plain);
        return std::nullopt;
    }
    const bool ok = EVP_DecryptFinal_ex(ctx.get(), u8(plain) + len, &len) == 1;
    if (!ok) {
        wipe(plain); // unauthenticated plaintext: never handed out, never left behind
        return std::nullopt;
    }
    return SecretBytes(std::move(plain));
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int n = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), u8(out), &n, EVP_sha256(), nullptr) != 1)
        throw std::runtime_error("SHA-256 failed");
    return out;
}
namespace {
using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)>;
constexpr int kX25519Size = 32;

PKey privateKeyFrom(const SecretBytes &raw)
{
    if (raw.bytes().size() != kX25519Size)
        return PKey(nullptr, &EVP_PKEY_free);
    return PKey(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, u8(raw.bytes()), kX25519Size), &EVP_PKEY_free);
}

QByteArray rawPublic(EVP_PKEY *key)
{
    QByteArray out(kX25519Size, Qt::Uninitialized);
    size_t len = kX25519Size;
    if (EVP_PKEY_get_raw_public_key(key, u8(out), &len) != 1 || len != kX25519Size)
        return {};
    return out;
}
} // namespace

X25519KeyPair generateX25519()
{
    PKeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr), &EVP_PKEY_CTX_free);
    EVP_PKEY *raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_keygen(ctx.get(), &raw) != 1)
        throw std::runtime_error("X25519 key generation failed");
    PKey key(raw, &EVP_PKEY_free);
    QByteArray priv(kX25519Size, Qt::Uninitialized);
    size_t len = kX25519Size;
    if (EVP_PKEY_get_raw_private_key(key.get(), u8(priv), &len) != 1 || len != kX25519Size) {
        wipe(priv);
        throw std::runtime_error("X25519 key export failed");
    }
    X25519KeyPair pair{SecretBytes(std::move(priv)), rawPublic(key.get())};
    if (pair.publicKey.isEmpty())
        throw std::runtime_error("X25519 key export failed");
    return pair;
}

QByteArray x25519PublicKey(const SecretBytes &privateKey)
{
    const PKey key = privateKeyFrom(privateKey);
    return key ? rawPublic(key.get()) : QByteArray();
}

std::optional<SecretBytes> x25519Agree(const SecretBytes &privateKey, QByteArrayView peerPublic)
{
    if (peerPublic.size() != kX25519Size)
        return std::nullopt;
    const PKey own = privateKeyFrom(privateKey);
    const PKey peer(EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, u8(peerPublic), kX25519Size),
                    &EVP_PKEY_free);
    if (!own || !peer)
        return std::nullopt;
    PKeyCtx ctx(EVP_PKEY_CTX_new(own.get(), nullptr), &EVP_PKEY_CTX_free);
    QByteArray secret(kX25519Size, Qt::Uninitialized);
    size_t len = kX25519Size;
    // OpenSSL refuses an all-zero result (a low-order peer point).
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) != 1
        || EVP_PKEY_derive(ctx.get(), u8(secret), &len) != 1 || len != kX25519Size) {
        wipe(secret);
        return std::nullopt;
    }
    return SecretBytes(std::move(secret));
}

SecretBytes hkdfSha256(const SecretBytes &secret, QByteArrayView salt, QByteArrayView info, int length)
{
    PKeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr), &EVP_PKEY_CTX_free);
    QByteArray out(length, Qt::Uninitialized);
    size_t len = size_t(length);
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) != 1
        || EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), u8(salt), int(salt.size())) != 1
        || EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), u8(secret.bytes()), int(secret.bytes().size())) != 1
        || EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), u8(info), int(info.size())) != 1
        || EVP_PKEY_derive(ctx.get(), u8(out), &len) != 1 || len != size_t(length)) {
        wipe(out);
        throw std::runtime_error("HKDF-SHA256 failed");
    }
    return SecretBytes(std::move(out));
}
} // namespace crypto

KdfParams KdfParams::calibrated()
{
    static std::once_flag once;
    static KdfParams tuned;
    std::call_once(once, [] {
        // 64 MiB of memory makes GPU guessing expensive; then raise the time
        // cost until one derivation takes ~0.4 s on this machine.
        KdfParams p{1, 64 * 1024, 1};
        const QByteArray salt(16, '\x5a');
        QElapsedTimer t;
        t.start();
        (void)crypto::deriveKey(QStringLiteral("calibration"), salt, p);
        const double oneRoundMs = std::max<qint64>(1, t.elapsed());
        p.timeCost = quint32(std::clamp(400.0 / oneRoundMs, 2.0, 12.0));
        tuned = p;
    });
    return tuned;
}

} // namespace doorstep::store
