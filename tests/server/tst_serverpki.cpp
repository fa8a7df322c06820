// The server's PKI: CA, server certificate for its SAN, office certificate
// from a CSR, fingerprints.
#include "pki/pki.h"

#include <QSslCertificate>
#include <QTest>

using namespace doorstep::server::pki;

class TestServerPki : public QObject
{
    Q_OBJECT
private slots:
    void caIsSelfSignedForTenYears()
    {
        const KeyAndCert ca = makeCa(QStringLiteral("Doorstep sync CA"));
        QVERIFY(verifies(ca.certPem, ca.certPem));
        const QSslCertificate cert(ca.certPem);
        QVERIFY(!cert.isNull());
        QVERIFY(cert.expiryDate() > QDateTime::currentDateTimeUtc().addYears(9));
        QVERIFY(cert.expiryDate() < QDateTime::currentDateTimeUtc().addYears(11));
        QVERIFY(ca.keyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
    }

    void serverCertificateVerifiesForItsNamesOnly()
    {
        const KeyAndCert ca = makeCa(QStringLiteral("CA"));
        const KeyAndCert server =
            makeServerCertificate(ca, {QStringLiteral("sync.example.cn"), QStringLiteral("10.1.2.3")});
        QVERIFY(verifies(server.certPem, ca.certPem, QStringLiteral("sync.example.cn")));
        QVERIFY(verifies(server.certPem, ca.certPem, QStringLiteral("10.1.2.3")));
        QVERIFY(!verifies(server.certPem, ca.certPem, QStringLiteral("other.example.cn")));
        QVERIFY(!verifies(server.certPem, ca.certPem, QStringLiteral("10.1.2.4")));
        const KeyAndCert otherCa = makeCa(QStringLiteral("CA"));
        QVERIFY(!verifies(server.certPem, otherCa.certPem, QStringLiteral("sync.example.cn")));
    }

    void officeCertificateFromCsr()
    {
        const KeyAndCert ca = makeCa(QStringLiteral("CA"));
        const QByteArray key = makeKeyPem();
        // The CN comes from the server, whatever the CSR asks for.
        const QByteArray csr = makeCsr(key, QStringLiteral("SOMEONE-ELSE"));
        const Issued issued = signOfficeCsr(ca, csr, QStringLiteral("SH-XH"));
        QVERIFY(verifies(issued.certPem, ca.certPem));
        QCOMPARE(commonName(issued.certPem), QStringLiteral("SH-XH"));
        QCOMPARE(issued.serial.size(), 32);
        QCOMPARE(serialHex(issued.certPem), issued.serial);
        QCOMPARE(QSslCertificate(issued.certPem).serialNumber().replace(':', QByteArray()).toLower(), issued.serial);
        QCOMPARE(notAfter(issued.certPem), issued.notAfter);
        QVERIFY(issued.notAfter > QDateTime::currentSecsSinceEpoch() + 700 * 86400);
        const Issued second = signOfficeCsr(ca, csr, QStringLiteral("SH-XH"));
        QVERIFY(second.serial != issued.serial);
    }

    void badCsrIsRefused()
    {
        const KeyAndCert ca = makeCa(QStringLiteral("CA"));
        QVERIFY_THROWS_EXCEPTION(PkiError, signOfficeCsr(ca, "not a csr", QStringLiteral("X")));
        QByteArray csr = makeCsr(makeKeyPem(), QStringLiteral("X"));
        csr[csr.size() / 2] = csr[csr.size() / 2] == 'A' ? 'B' : 'A'; // damaged
        QVERIFY_THROWS_EXCEPTION(PkiError, checkCsr(csr));
    }

    void fingerprintFormats()
    {
        const KeyAndCert ca = makeCa(QStringLiteral("CA"));
        const QByteArray der = pemToDer(ca.certPem);
        const QString fp = fingerprint(der);
        QCOMPARE(fp.size(), 95);
        QCOMPARE(fp, QString::fromLatin1(QSslCertificate(ca.certPem).digest(QCryptographicHash::Sha256).toHex(':').toUpper()));
        const QByteArray raw = QCryptographicHash::hash(der, QCryptographicHash::Sha256);
        QCOMPARE(parseFingerprint(fp), raw);
        QCOMPARE(parseFingerprint(fp.toLower().remove(u':')), raw);
        QVERIFY(!parseFingerprint(fp.left(90)));
        QVERIFY(!parseFingerprint(u'G' + fp.mid(1)));
    }
};

QTEST_GUILESS_MAIN(TestServerPki)
#include "tst_serverpki.moc"
