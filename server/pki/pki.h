#pragma once
// The sync server's private PKI, with OpenSSL's EVP/X509 API only: a CA
// (EC P-256, 10 years), the server's TLS certificate for its host names, and
// office client certificates signed from the console's CSR. Everything goes
// in and out as PEM; fingerprints are SHA-256 of the DER certificate.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>

namespace doorstep::server::pki {

class PkiError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

struct KeyAndCert
{
    QByteArray keyPem;  // PKCS#8, unencrypted: the caller keeps it owner-only
    QByteArray certPem;
};

struct Issued
{
    QByteArray certPem;
    QByteArray serial;  // lowercase hex, 32 digits (128 bits, top bit clear)
    qint64 notAfter = 0;
};

QByteArray makeKeyPem(); // EC P-256
KeyAndCert makeCa(const QString &commonName, int years = 10);
// SAN: each entry is an IP address when it parses as one, else a DNS name.
KeyAndCert makeServerCertificate(const KeyAndCert &ca, const QStringList &hosts, int years = 2);
// A PKCS#10 request (used by tests and the console's enrollment).
QByteArray makeCsr(const QByteArray &keyPem, const QString &commonName);
// Parses and checks the CSR's own signature; throws PkiError otherwise.
void checkCsr(const QByteArray &csrPem);
// Signs the CSR's public key as an office client certificate: CN = office
// code (whatever the CSR asked), clientAuth only, 2 years, random serial.
Issued signOfficeCsr(const KeyAndCert &ca, const QByteArray &csrPem, const QString &officeCode, int years = 2);

// True when certPem was issued by the CA (signature and validity period)
// and, if host is given, names it in its SAN.
bool verifies(const QByteArray &certPem, const QByteArray &caPem, const QString &host = QString());

QByteArray pemToDer(const QByteArray &certPem);
QString commonName(const QByteArray &certPem);
QByteArray serialHex(const QByteArray &certPem); // as Issued::serial
qint64 notAfter(const QByteArray &certPem);
// "AB:CD:…" (95 characters) of the DER certificate.
QString fingerprint(const QByteArray &der);
// Accepts "AB:CD:…" or plain hex, any case, spaces ignored: the 32 bytes, or
// nullopt for anything else.
std::optional<QByteArray> parseFingerprint(const QString &text);

} // namespace doorstep::server::pki
