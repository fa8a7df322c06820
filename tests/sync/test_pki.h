#pragma once
// A throwaway PKI for the sync tests, made in the test process with OpenSSL
// (nothing outside the repository): a CA, a server certificate for
// 127.0.0.1/localhost, and signing an office's certificate request.
#include <QByteArray>
#include <QString>

namespace doorstep::tests {

struct TestCa
{
    QByteArray certPem;
    QByteArray keyPem;
};

struct TestCert
{
    QByteArray certPem;
    QByteArray keyPem;
};

TestCa makeTestCa(const QString &name);
TestCert makeServerCert(const TestCa &ca);
// The office certificate: CN = officeCode, the request's public key.
QByteArray signRequest(const TestCa &ca, const QByteArray &csrPem, const QString &officeCode);

} // namespace doorstep::tests
