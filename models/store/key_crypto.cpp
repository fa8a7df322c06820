#include "store/key_crypto.h"

#include "store/secret_memory.h"

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
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
