#include "test_pki.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <stdexcept>

namespace doorstep::tests {
namespace {

QByteArray pemOf(int (*write)(BIO *, void *), void *object)
{
    BIO *bio = BIO_new(BIO_s_mem());
    write(bio, object);
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    QByteArray out(data, qsizetype(n));
    BIO_free(bio);
    return out;
}

QByteArray certPem(X509 *x)
{
    return pemOf([](BIO *b, void *o) { return PEM_write_bio_X509(b, static_cast<X509 *>(o)); }, x);
}

QByteArray keyPem(EVP_PKEY *k)
{
    return pemOf([](BIO *b, void *o) { return PEM_write_bio_PrivateKey(b, static_cast<EVP_PKEY *>(o), nullptr, nullptr, 0, nullptr, nullptr); }, k);
}

EVP_PKEY *newKey()
{
    EVP_PKEY *key = EVP_EC_gen("P-256");
    if (!key)
        throw std::runtime_error("EC key");
    return key;
}

EVP_PKEY *readKey(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY *k = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return k;
}

X509 *readCert(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509 *x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    return x;
}

void addExt(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
}

X509 *newCert(const QString &cn, long serial)
{
    X509 *x = X509_new();
    X509_set_version(x, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x), serial);
    X509_gmtime_adj(X509_getm_notBefore(x), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x), 3600L * 24 * 30);
    const QByteArray name = cn.toUtf8();
    X509_NAME_add_entry_by_txt(X509_get_subject_name(x), "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(name.constData()), int(name.size()), -1, 0);
    return x;
}

long g_serial = 100;
} // namespace

TestCa makeTestCa(const QString &name)
{
    EVP_PKEY *key = newKey();
    X509 *x = newCert(name, ++g_serial);
    X509_set_issuer_name(x, X509_get_subject_name(x));
    X509_set_pubkey(x, key);
    addExt(x, x, NID_basic_constraints, "critical,CA:TRUE");
    addExt(x, x, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExt(x, x, NID_subject_key_identifier, "hash");
    X509_sign(x, key, EVP_sha256());
    TestCa ca{certPem(x), keyPem(key)};
    X509_free(x);
    EVP_PKEY_free(key);
    return ca;
}

static QByteArray issue(const TestCa &ca, X509 *x, EVP_PKEY *subjectKey, const char *usage, const char *san)
{
    X509 *caCert = readCert(ca.certPem);
    EVP_PKEY *caKey = readKey(ca.keyPem);
    X509_set_issuer_name(x, X509_get_subject_name(caCert));
    X509_set_pubkey(x, subjectKey);
    addExt(x, caCert, NID_basic_constraints, "critical,CA:FALSE");
    addExt(x, caCert, NID_ext_key_usage, usage);
    if (san)
        addExt(x, caCert, NID_subject_alt_name, san);
    X509_sign(x, caKey, EVP_sha256());
    const QByteArray pem = certPem(x);
    X509_free(caCert);
    EVP_PKEY_free(caKey);
    return pem;
}

TestCert makeServerCert(const TestCa &ca)
{
    EVP_PKEY *key = newKey();
    X509 *x = newCert(QStringLiteral("doorstep-server"), ++g_serial);
    TestCert out{issue(ca, x, key, "serverAuth", "IP:127.0.0.1,DNS:localhost"), keyPem(key)};
    X509_free(x);
    EVP_PKEY_free(key);
    return out;
}

QByteArray signRequest(const TestCa &ca, const QByteArray &csrPem, const QString &officeCode)
{
    BIO *bio = BIO_new_mem_buf(csrPem.constData(), int(csrPem.size()));
    X509_REQ *req = PEM_read_bio_X509_REQ(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!req)
        return {};
    EVP_PKEY *pub = X509_REQ_get_pubkey(req);
    const bool signedByKey = pub && X509_REQ_verify(req, pub) == 1;
    QByteArray pem;
    if (signedByKey) {
        X509 *x = newCert(officeCode, ++g_serial);
        pem = issue(ca, x, pub, "clientAuth", nullptr);
        X509_free(x);
    }
    EVP_PKEY_free(pub);
    X509_REQ_free(req);
    return pem;
}

} // namespace doorstep::tests
