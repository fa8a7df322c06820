#include "sync/https_client.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>
#include <QTimer>

namespace doorstep::sync {
namespace {
struct HttpsText
{
    Q_DECLARE_TR_FUNCTIONS(HttpsClient)
};
} // namespace

QSslConfiguration pinnedConfiguration(const QByteArray &caPem, const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const QList<QSslCertificate> ca = QSslCertificate::fromData(caPem, QSsl::Pem);
    const QList<QSslCertificate> cert = QSslCertificate::fromData(certificatePem, QSsl::Pem);
    const QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (ca.isEmpty() || cert.isEmpty() || key.isNull())
        throw SyncError(SyncError::Kind::Tls, HttpsText::tr("The stored office certificate, key or CA cannot be read; enroll again."));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    // Setting the CA list also turns off loading the system's roots on
    // demand: our CA is the only one trusted.
    tls.setCaCertificates(ca);
    tls.setLocalCertificate(cert.first());
    tls.setPrivateKey(key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return tls;
}

HttpsClient::HttpsClient(const QSslConfiguration &tls, const std::atomic<bool> *cancel)
    : m_nam(std::make_unique<QNetworkAccessManager>())
    , m_tls(tls)
    , m_cancel(cancel)
{
}

HttpsClient::~HttpsClient() = default;

QJsonObject HttpsClient::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    return finish(m_nam->get(request));
}

QJsonObject HttpsClient::post(const QUrl &url, const QJsonObject &body)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return finish(m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
}

QJsonObject HttpsClient::finish(QNetworkReply *reply)
{
    const std::unique_ptr<QNetworkReply> owner(reply);
    bool refusedChain = false;
    if (m_chainCheck) {
        QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&, reply](const QList<QSslError> &errors) {
            if (m_chainCheck(reply->sslConfiguration().peerCertificateChain(), reply->url().host()))
                reply->ignoreSslErrors(errors);
            else
                refusedChain = true;
        });
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timeout;
    timeout.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timeout, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    timeout.start(m_timeoutMs);
    // The limit is on silence, not on the whole exchange: a push carrying a
    // credential scan may take minutes on a slow uplink while bytes move.
    const auto moving = [&](qint64, qint64) { timeout.start(m_timeoutMs); };
    QObject::connect(reply, &QNetworkReply::uploadProgress, &timeout, moving);
    QObject::connect(reply, &QNetworkReply::downloadProgress, &timeout, moving);
    QTimer cancelPoll; // Cancel is a flag another thread sets
    QObject::connect(&cancelPoll, &QTimer::timeout, reply, [&] {
        if (m_cancel && m_cancel->load())
            reply->abort();
    });
    cancelPoll.start(50);
    if (!reply->isFinished())
        loop.exec();

    if (m_cancel && m_cancel->load())
        throw SyncError(SyncError::Kind::Cancelled, HttpsText::tr("Cancelled."));
    if (timedOut)
        throw SyncError(SyncError::Kind::Network, HttpsText::tr("The server did not answer in time."));
    const QNetworkReply::NetworkError error = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (refusedChain || error == QNetworkReply::SslHandshakeFailedError)
        throw SyncError(SyncError::Kind::Tls,
                        refusedChain ? HttpsText::tr("The server's certificate does not come from the CA whose fingerprint was given.")
                                     : HttpsText::tr("The secure connection to the server failed: %1").arg(reply->errorString()));
    if (status == 0)
        throw SyncError(SyncError::Kind::Network, HttpsText::tr("Cannot reach the server: %1").arg(reply->errorString()));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (status < 200 || status >= 300) {
        const QJsonObject e = doc.object();
        const QString code = e.value(QStringLiteral("error")).toString();
        const QString message = e.value(QStringLiteral("message")).toString();
        const QString text = HttpsText::tr("The server refused the request (%1 %2): %3")
                                 .arg(QString::number(status), code, message.isEmpty() ? reply->errorString() : message);
        throw SyncError(status >= 500 || status == 429 ? SyncError::Kind::Server : SyncError::Kind::Refused, text, status, code);
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw SyncError(SyncError::Kind::Protocol, HttpsText::tr("The server's reply is not a JSON object."));
    return doc.object();
}

} // namespace doorstep::sync
