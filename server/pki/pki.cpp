#include "pki/pki.h"

#include "pki/openssl_ptr.h"

#include <QCryptographicHash>
#include <QHostAddress>

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <ctime>

namespace doorstep::server::pki {
namespace {

[[noreturn]] void fail(const char *what)
{
    const unsigned long code = ERR_get_error();
    char detail[256] = {};
    ERR_error_string_n(code, detail, sizeof detail);
    ERR_clear_error();
    throw PkiError(std::string(what) + (code ? std::string(": ") + detail : std::string()));
}

template<typename T>
T *check(T *p, const char *what)
{
    if (!p)
        fail(what);
    return p;
}

void check(int rc, const char *what)
{
    if (rc <= 0)
        fail(what);
}

BioPtr memBio(const QByteArray &data)
{
    return BioPtr(check(BIO_new_mem_buf(data.constData(), int(data.size())), "BIO_new_mem_buf"));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, n);
}

EvpPkeyPtr newEcKey()
{
    EvpPkeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        fail("EC key generation");
    return key;
}

EvpPkeyPtr readKey(const QByteArray &pem)
{
    auto bio = memBio(pem);
    return EvpPkeyPtr(check(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr), "reading a private key"));
}

X509Ptr readCert(const QByteArray &pem)
{
    auto bio = memBio(pem);
    return X509Ptr(check(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr), "reading a certificate"));
}

X509ReqPtr readCsr(const QByteArray &pem)
{
    auto bio = memBio(pem);
    return X509ReqPtr(check(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr), "reading a CSR"));
}

QByteArray keyPem(EVP_PKEY *key)
{
    BioPtr bio(check(BIO_new(BIO_s_mem()), "BIO_new"));
    check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr), "writing a key");
    return bioBytes(bio.get());
}

QByteArray certPem(X509 *cert)
{
    BioPtr bio(check(BIO_new(BIO_s_mem()), "BIO_new"));
    check(PEM_write_bio_X509(bio.get(), cert), "writing a certificate");
    return bioBytes(bio.get());
}

// 128 random bits with the top bit clear (a positive INTEGER) and the
// second bit set (always 16 bytes, so its hex has no leading zeros).
QByteArray randomSerialBytes()
{
    QByteArray bytes(16, Qt::Uninitialized);
    check(RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), int(bytes.size())), "RAND_bytes");
    bytes[0] = char((uchar(bytes[0]) & 0x7f) | 0x40);
    return bytes;
}

void setSerial(X509 *cert, const QByteArray &bytes)
{
    BignumPtr bn(check(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()),
                                 nullptr),
                       "BN_bin2bn"));
    check(BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) ? 1 : 0, "serial");
}

void setName(X509_NAME *name, const QString &cn)
{
    const QByteArray utf8 = cn.toUtf8();
    check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(utf8.constData()),
                                     int(utf8.size()), -1, 0),
          "subject name");
}

void addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509ExtensionPtr ext(check(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value), "extension"));
    check(X509_add_ext(cert, ext.get(), -1), "X509_add_ext");
}

constexpr long kDay = 24L * 3600L;

// A certificate skeleton: version 3, random serial, validity from an hour ago
// (clocks differ) for `years`, the subject's key.
X509Ptr newCert(EVP_PKEY *subjectKey, const QString &cn, int years)
{
    X509Ptr cert(check(X509_new(), "X509_new"));
    check(X509_set_version(cert.get(), 2), "version");
    setSerial(cert.get(), randomSerialBytes());
    check(X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600) ? 1 : 0, "notBefore");
    check(X509_gmtime_adj(X509_getm_notAfter(cert.get()), years * 365L * kDay) ? 1 : 0, "notAfter");
    check(X509_set_pubkey(cert.get(), subjectKey), "public key");
    setName(X509_get_subject_name(cert.get()), cn);
    return cert;
}

void signWith(X509 *cert, const KeyAndCert &ca, X509 *caCert)
{
    auto caKey = readKey(ca.keyPem);
    check(X509_set_issuer_name(cert, X509_get_subject_name(caCert)), "issuer");
    check(X509_sign(cert, caKey.get(), EVP_sha256()), "signing");
}

qint64 toEpoch(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (ASN1_TIME_to_tm(t, &tm) != 1)
        return 0;
    return qint64(timegm(&tm));
}

QByteArray serialOf(X509 *cert)
{
    BignumPtr bn(check(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr), "serial"));
    char *hex = BN_bn2hex(bn.get());
    if (!hex)
        fail("serial");
    QByteArray out(hex);
    OPENSSL_free(hex);
    return out.toLower();
}
} // namespace

QByteArray makeKeyPem()
{
    auto key = newEcKey();
    return keyPem(key.get());
}

KeyAndCert makeCa(const QString &name, int years)
{
    auto key = newEcKey();
    X509Ptr cert = newCert(key.get(), name, years);
    check(X509_set_issuer_name(cert.get(), X509_get_subject_name(cert.get())), "issuer");
    addExtension(cert.get(), cert.get(), NID_basic_constraints, "critical,CA:TRUE,pathlen:0");
    addExtension(cert.get(), cert.get(), NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(cert.get(), cert.get(), NID_subject_key_identifier, "hash");
    check(X509_sign(cert.get(), key.get(), EVP_sha256()), "signing");
    return {keyPem(key.get()), certPem(cert.get())};
}

KeyAndCert makeServerCertificate(const KeyAndCert &ca, const QStringList &hosts, int years)
{
    if (hosts.isEmpty())
        throw PkiError("a server certificate needs at least one host name");
    auto caCert = readCert(ca.certPem);
    auto key = newEcKey();
    X509Ptr cert = newCert(key.get(), hosts.first(), years);
    QStringList san;
    for (const QString &host : hosts) {
        QHostAddress address;
        san << (address.setAddress(host) ? QStringLiteral("IP:") : QStringLiteral("DNS:")) + host;
    }
    addExtension(cert.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), caCert.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(cert.get(), caCert.get(), NID_ext_key_usage, "serverAuth");
    addExtension(cert.get(), caCert.get(), NID_subject_alt_name, san.join(u',').toUtf8().constData());
    signWith(cert.get(), ca, caCert.get());
    return {keyPem(key.get()), certPem(cert.get())};
}

QByteArray makeCsr(const QByteArray &pem, const QString &cn)
{
    auto key = readKey(pem);
    X509ReqPtr req(check(X509_REQ_new(), "X509_REQ_new"));
    setName(X509_REQ_get_subject_name(req.get()), cn);
    check(X509_REQ_set_pubkey(req.get(), key.get()), "CSR key");
    check(X509_REQ_sign(req.get(), key.get(), EVP_sha256()), "CSR signing");
    BioPtr bio(check(BIO_new(BIO_s_mem()), "BIO_new"));
    check(PEM_write_bio_X509_REQ(bio.get(), req.get()), "writing a CSR");
    return bioBytes(bio.get());
}

void checkCsr(const QByteArray &csrPem)
{
    auto req = readCsr(csrPem);
    EVP_PKEY *key = X509_REQ_get0_pubkey(req.get());
    if (!key)
        fail("CSR without a public key");
    if (X509_REQ_verify(req.get(), key) != 1)
        fail("the CSR's signature does not verify");
    ERR_clear_error();
}

Issued signOfficeCsr(const KeyAndCert &ca, const QByteArray &csrPem, const QString &officeCode, int years)
{
    checkCsr(csrPem);
    auto req = readCsr(csrPem);
    auto caCert = readCert(ca.certPem);
    X509Ptr cert = newCert(X509_REQ_get0_pubkey(req.get()), officeCode, years);
    addExtension(cert.get(), caCert.get(), NID_basic_constraints, "critical,CA:FALSE");
    addExtension(cert.get(), caCert.get(), NID_key_usage, "critical,digitalSignature");
    addExtension(cert.get(), caCert.get(), NID_ext_key_usage, "clientAuth");
    signWith(cert.get(), ca, caCert.get());
    return {certPem(cert.get()), serialOf(cert.get()), toEpoch(X509_get0_notAfter(cert.get()))};
}

bool verifies(const QByteArray &pem, const QByteArray &caPem, const QString &host)
{
    try {
        auto cert = readCert(pem);
        auto caCert = readCert(caPem);
        X509StorePtr store(check(X509_STORE_new(), "X509_STORE_new"));
        check(X509_STORE_add_cert(store.get(), caCert.get()), "trust");
        X509StoreCtxPtr ctx(check(X509_STORE_CTX_new(), "X509_STORE_CTX_new"));
        check(X509_STORE_CTX_init(ctx.get(), store.get(), cert.get(), nullptr), "verify init");
        const bool chained = X509_verify_cert(ctx.get()) == 1;
        ERR_clear_error();
        if (!chained)
            return false;
        if (host.isEmpty())
            return true;
        QHostAddress address;
        if (address.setAddress(host)) {
            const QByteArray ip = host.toLatin1();
            return X509_check_ip_asc(cert.get(), ip.constData(), 0) == 1;
        }
        const QByteArray name = host.toUtf8();
        return X509_check_host(cert.get(), name.constData(), size_t(name.size()), 0, nullptr) == 1;
    } catch (const PkiError &) {
        return false;
    }
}

QByteArray pemToDer(const QByteArray &pem)
{
    auto cert = readCert(pem);
    unsigned char *out = nullptr;
    const int n = i2d_X509(cert.get(), &out);
    if (n <= 0)
        fail("DER encoding");
    QByteArray der(reinterpret_cast<const char *>(out), n);
    OPENSSL_free(out);
    return der;
}

QString commonName(const QByteArray &pem)
{
    auto cert = readCert(pem);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const int index = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
    if (index < 0)
        return {};
    ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int n = ASN1_STRING_to_UTF8(&utf8, data);
    if (n < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), n);
    OPENSSL_free(utf8);
    return text;
}

QByteArray serialHex(const QByteArray &pem)
{
    auto cert = readCert(pem);
    return serialOf(cert.get());
}

qint64 notAfter(const QByteArray &pem)
{
    auto cert = readCert(pem);
    return toEpoch(X509_get0_notAfter(cert.get()));
}

QString fingerprint(const QByteArray &der)
{
    const QByteArray digest = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

std::optional<QByteArray> parseFingerprint(const QString &text)
{
    QByteArray hex;
    for (const QChar c : text) {
        if (c == u':' || c.isSpace())
            continue;
        const char l = char(c.toLower().unicode());
        if (!((l >= '0' && l <= '9') || (l >= 'a' && l <= 'f')) || c.unicode() > 0x7f)
            return std::nullopt;
        hex.append(l);
    }
    if (hex.size() != 64)
        return std::nullopt;
    return QByteArray::fromHex(hex);
}

} // namespace doorstep::server::pki
