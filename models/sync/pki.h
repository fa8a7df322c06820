#pragma once
// The few pieces of X.509 the console needs, on OpenSSL's EVP and X509 APIs
// (no home-made crypto): the office key and its certificate request, a CA's
// SHA-256 fingerprint, and checking that a server's chain ends in the CA an
// administrator pinned by fingerprint.
#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace doorstep::sync {

struct KeyAndRequest
{
    QByteArray keyPem; // PKCS#8, unencrypted: it is kept inside the encrypted store
    QByteArray csrPem;
};

// A fresh EC P-256 key and a PKCS#10 request signed with it (SHA-256).
KeyAndRequest makeKeyAndRequest(const QString &commonName);

// "AB:CD:…" or plain hex, any case, spaces allowed → 32 bytes; empty when it
// is not a SHA-256 fingerprint.
QByteArray parseFingerprint(const QString &text);
QString formatFingerprint(const QByteArray &sha256); // "AB:CD:…"
QByteArray fingerprintOf(const QSslCertificate &certificate); // SHA-256 of the DER

// True when `chain` (as the server presented it) holds a CA certificate with
// that fingerprint, the leaf verifies up to it (and only it) and is valid for
// `host`. Qt's verdict is not used: the pinned CA is not in any trust store.
bool chainEndsInPinnedCa(const QList<QSslCertificate> &chain, const QByteArray &fingerprint, const QString &host);

// True when the certificate is for this private key.
bool certificateMatchesKey(const QByteArray &certificatePem, const QByteArray &keyPem);

} // namespace doorstep::sync
