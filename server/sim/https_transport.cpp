#include "sim/https_transport.h"

#include "sync/pki.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QThread>
#include <QWebSocket>

#include <stdexcept>

namespace doorstep::server::sim {

HttpsTransport::HttpsTransport(const QUrl &base, const QString &caFingerprint, int timeoutMs)
    : m_base(base), m_pin(doorstep::sync::parseFingerprint(caFingerprint)), m_timeoutMs(timeoutMs)
{
    if (m_pin.isEmpty())
        throw std::invalid_argument("the CA fingerprint is not a SHA-256 fingerprint");
    if (!m_base.isValid() || m_base.scheme() != u"https")
        throw std::invalid_argument("the server address must be https://host:port");
}

namespace {
constexpr int kBellThreads = 4;
} // namespace

HttpsTransport::~HttpsTransport()
{
    for (const auto &[thread, holder] : std::as_const(m_bellThreads)) {
        // No `rung` or `lost` calls into a simulator that is going: the
        // sockets go, quietly, on their own thread.
        QMetaObject::invokeMethod(
            holder,
            [holder] {
                for (QWebSocket *bell : holder->findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly)) {
                    bell->disconnect();
                    delete bell;
                }
            },
            Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
        delete holder;
        delete thread;
    }
}

void HttpsTransport::send(const SimRequest &request, Done done)
{
    QUrl url = m_base;
    const qsizetype q = request.path.indexOf(u'?');
    url.setPath(QStringLiteral("/api/v1/") + (q < 0 ? request.path : request.path.left(q)));
    if (q >= 0)
        url.setQuery(request.path.mid(q + 1));
    QNetworkRequest r(url);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({}); // only the pinned CA, checked below
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    r.setSslConfiguration(tls);
    r.setTransferTimeout(m_timeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!request.token.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + request.token.toLatin1());
    const QByteArray body = request.method == "POST" ? QJsonDocument(request.body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply *reply = m_nam.sendCustomRequest(r, request.method, body);
    ++m_inFlight;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [this, reply](const QList<QSslError> &errors) {
        const QList<QSslCertificate> chain = reply->sslConfiguration().peerCertificateChain();
        if (doorstep::sync::chainEndsInPinnedCa(chain, m_pin, reply->url().host())) {
            reply->ignoreSslErrors(errors);
            m_ca = chain.last(); // the doorbells trust it (openBell)
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        --m_inFlight;
        SimResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (response.status == 0)
            response.error = reply->errorString();
        else
            response.body = QJsonDocument::fromJson(reply->readAll()).object();
        done(response);
    });
}

} // namespace doorstep::server::sim

namespace doorstep::server::sim {

bool HttpsTransport::openBell(const QString &token, Ring rung, Ring lost)
{
    if (m_ca.isNull())
        return false; // no pinned answer yet: nothing to trust the socket by
    QUrl url = m_base;
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QStringLiteral("/api/v1/provider/bell"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_ca}); // the CA the fingerprint pinned, verified as usual (host name too)
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (m_bellThreads.isEmpty()) {
        for (int i = 0; i < kBellThreads; ++i) {
            auto *thread = new QThread;
            thread->setObjectName(QStringLiteral("sim doorbells %1").arg(i));
            auto *holder = new QObject;
            holder->moveToThread(thread);
            thread->start();
            m_bellThreads.append({thread, holder});
        }
    }
    QObject *holder = m_bellThreads.at(m_nextBellThread++ % kBellThreads).second;
    QObject *callbacks = &m_callbacks;
    QMetaObject::invokeMethod(holder, [holder, callbacks, request, tls, rung = std::move(rung), lost = std::move(lost)] {
        auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, holder);
        socket->setSslConfiguration(tls);
        // The simulator's calls run on its own thread, as the transport promises.
        QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [callbacks, rung](const QString &) {
            QMetaObject::invokeMethod(callbacks, rung, Qt::QueuedConnection);
        });
        QObject::connect(socket, &QWebSocket::disconnected, socket, [socket, callbacks, lost] {
            // Gone for good: the simulator opens another if it wants one.
            socket->deleteLater();
            QMetaObject::invokeMethod(callbacks, lost, Qt::QueuedConnection);
        });
        socket->open(request);
    });
    return true;
}

} // namespace doorstep::server::sim
