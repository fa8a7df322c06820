#include "sync/pki.h"

#include "sync/sync_error.h"

#include <QCryptographicHash>
#include <QHostAddress>

#include <openssl/bio.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>
#include <vector>

namespace doorstep::sync {
namespace {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using Req = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509_free>>;
using CertStore = std::unique_ptr<X509_STORE, Deleter<X509_STORE_free>>;
using StoreCtx = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX_free>>;
// sk_X509_free is a macro: it needs a function to point at. The stack does
// not own its certificates (they are held by `intermediates` below).
void freeStack(STACK_OF(X509) *stack)
{
    sk_X509_free(stack);
}
using CertStack = std::unique_ptr<STACK_OF(X509), Deleter<freeStack>>;

[[noreturn]] void fail(const char *what)
{
    throw SyncError(SyncError::Kind::Tls, QString::fromLatin1(what));
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(n));
}

Cert fromDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return Cert(d2i_X509(nullptr, &p, long(der.size())));
}

Cert fromPem(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

} // namespace

KeyAndRequest makeKeyAndRequest(const QString &commonName)
{
    PKeyCtx kctx(EVP_PKEY_CTX_new_id(EVP_PKEY_EC, nullptr));
    EVP_PKEY *raw = nullptr;
    if (!kctx || EVP_PKEY_keygen_init(kctx.get()) <= 0
        || EVP_PKEY_CTX_set_ec_paramgen_curve_nid(kctx.get(), NID_X9_62_prime256v1) <= 0
        || EVP_PKEY_keygen(kctx.get(), &raw) <= 0)
        fail("cannot make an EC P-256 key");
    const PKey key(raw);

    Req req(X509_REQ_new());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME *name = req ? X509_REQ_get_subject_name(req.get()) : nullptr;
    if (!req || X509_REQ_set_version(req.get(), 0) != 1 || !name
        || X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                      int(cn.size()), -1, 0) != 1
        || X509_REQ_set_pubkey(req.get(), key.get()) != 1 || X509_REQ_sign(req.get(), key.get(), EVP_sha256()) <= 0)
        fail("cannot make the certificate request");

    KeyAndRequest out;
    Bio keyBio(BIO_new(BIO_s_mem()));
    Bio reqBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !reqBio || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_X509_REQ(reqBio.get(), req.get()) != 1)
        fail("cannot write the key or the request");
    out.keyPem = drain(keyBio.get());
    out.csrPem = drain(reqBio.get());
    return out;
}

QByteArray parseFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text)
        if (c != u':' && !c.isSpace())
            hex.append(c);
    static const QString digits = QStringLiteral("0123456789abcdefABCDEF");
    if (hex.size() != 64)
        return {};
    for (const QChar c : hex)
        if (!digits.contains(c))
            return {};
    return QByteArray::fromHex(hex.toLatin1());
}

QString formatFingerprint(const QByteArray &sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QByteArray fingerprintOf(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

bool chainEndsInPinnedCa(const QList<QSslCertificate> &chain, const QByteArray &fingerprint, const QString &host)
{
    if (chain.isEmpty() || fingerprint.size() != 32)
        return false;
    Cert ca;
    for (const QSslCertificate &c : chain)
        if (fingerprintOf(c) == fingerprint)
            ca = fromDer(c.toDer());
    Cert leaf = fromDer(chain.first().toDer());
    if (!ca || !leaf)
        return false;
    CertStore store(X509_STORE_new());
    CertStack untrusted(sk_X509_new_null());
    if (!store || !untrusted || X509_STORE_add_cert(store.get(), ca.get()) != 1)
        return false;
    std::vector<Cert> intermediates;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        intermediates.push_back(fromDer(chain.at(i).toDer()));
        if (intermediates.back())
            sk_X509_push(untrusted.get(), intermediates.back().get());
    }
    StoreCtx ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), untrusted.get()) != 1)
        return false;
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    const QByteArray name = host.toUtf8();
    if (QHostAddress(host).isNull())
        X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size()));
    else
        X509_VERIFY_PARAM_set1_ip_asc(param, name.constData());
    return X509_verify_cert(ctx.get()) == 1;
}

bool certificateMatchesKey(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    Cert cert = fromPem(certificatePem);
    Bio bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    PKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    return cert && key && X509_check_private_key(cert.get(), key.get()) == 1;
}

} // namespace doorstep::sync
