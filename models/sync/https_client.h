#pragma once
// JSON over HTTPS for one thread: its own QNetworkAccessManager, each request
// waited for in a local event loop (a sync round is a sequence of requests,
// run on a worker thread in the console and on the main thread in the CLI).
// Failures become SyncError: a dropped connection or a timeout is Network
// (retried), a TLS failure is Tls, and an error reply carries its code.
#include "sync/sync_error.h"

#include <QJsonObject>
#include <QSslConfiguration>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace doorstep::sync {

class HttpsClient
{
public:
    // Called during the handshake with the server's chain: true accepts it
    // despite Qt's own verdict (enrollment pins a CA by fingerprint before it
    // has it). Without a check, only `tls`'s CA certificates are trusted.
    using ChainCheck = std::function<bool(const QList<QSslCertificate> &chain, const QString &host)>;

    explicit HttpsClient(const QSslConfiguration &tls, const std::atomic<bool> *cancel = nullptr);
    ~HttpsClient();
    void setChainCheck(ChainCheck check) { m_chainCheck = std::move(check); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    QJsonObject get(const QUrl &url);
    QJsonObject post(const QUrl &url, const QJsonObject &body);

private:
    QJsonObject finish(QNetworkReply *reply);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    QSslConfiguration m_tls;
    const std::atomic<bool> *m_cancel;
    ChainCheck m_chainCheck;
    int m_timeoutMs = 30000;
};

// Pinned trust for the sync listener: only `caPem` is a root, our office
// certificate and key are presented. Throws SyncError::Tls when unreadable.
QSslConfiguration pinnedConfiguration(const QByteArray &caPem, const QByteArray &certificatePem, const QByteArray &keyPem);

} // namespace doorstep::sync
