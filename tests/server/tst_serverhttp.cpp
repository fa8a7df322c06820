// doorstep-server's HTTPS endpoints end to end, in-process: a real server on
// 127.0.0.1 (random ports) and a QNetworkAccessManager client presenting an
// office certificate. TLS failures must come with no HTTP answer at all.
#include "api/api_service.h"
#include "api/code_sender.h"
#include "http/sync_http_server.h"
#include "pki/pki.h"
#include "storage/embedded_storage.h"
#include "sync/enrollment_code.h"
#include "sync/sync_service.h"

#include "store/key_crypto.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <atomic>

using namespace doorstep::server;

namespace {
const QString kUid = QStringLiteral("0123456789abcdef0123456789abcdef");

struct Answer
{
    int status = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QJsonObject body;
};

struct Client
{
    QSslCertificate cert;
    QSslKey key;
};

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestServerHttp : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    pki::KeyAndCert m_ca;
    std::unique_ptr<EmbeddedStorage> m_storage;
    std::unique_ptr<sync::SyncService> m_service;
    std::unique_ptr<http::SyncHttpServer> m_sync;
    std::unique_ptr<http::SyncHttpServer> m_enroll;
    quint16 m_syncPort = 0;
    quint16 m_enrollPort = 0;
    Client m_officeA;
    api::RecordingCodeSender m_codes;
    std::unique_ptr<api::ApiService> m_api;
    QByteArray m_authorization; // sent by call() when set
    QByteArray m_idempotencyKey; // likewise

    QString addOffice(const QString &code, const QString &district)
    {
        const QString enrollment = sync::newEnrollmentCode();
        m_storage->addOffice({code, code, {district}, 1}, sync::enrollmentCodeHash(enrollment),
                             QDateTime::currentSecsSinceEpoch() + 3600);
        return enrollment;
    }

    Answer call(const QByteArray &method, quint16 port, const QString &path, const QByteArray &body,
                const std::optional<Client> &client, const QSslCertificate &pinnedCa = QSslCertificate(),
                QNetworkAccessManager *shared = nullptr)
    {
        QNetworkAccessManager own; // by default a fresh one: no connection or TLS session reused between calls
        QNetworkAccessManager &nam = shared ? *shared : own;
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({pinnedCa.isNull() ? QSslCertificate(m_ca.certPem) : pinnedCa});
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (client) {
            tls.setLocalCertificate(client->cert);
            tls.setPrivateKey(client->key);
        }
        request.setSslConfiguration(tls);
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        if (!m_idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", m_idempotencyKey);
        QNetworkReply *reply = method == "GET"      ? nam.get(request)
                               : method == "DELETE" ? nam.deleteResource(request)
                                                    : nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(20000))
            qWarning("no answer in time");
        Answer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.error = reply->error();
        a.body = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return a;
    }

    Client enroll(const QString &code)
    {
        const QByteArray keyPem = pki::makeKeyPem();
        const Answer a = call("POST", m_enrollPort, QStringLiteral("/v1/enroll"),
                              json({{QStringLiteral("code"), code},
                                    {QStringLiteral("csr"), QString::fromLatin1(pki::makeCsr(keyPem, QStringLiteral("x")))},
                                    {QStringLiteral("store_uid"), kUid}}),
                              std::nullopt);
        if (a.status != 200)
            return Client();
        return {QSslCertificate(a.body.value(QStringLiteral("certificate")).toString().toLatin1()), QSslKey(keyPem, QSsl::Ec)};
    }

    QByteArray push(qint64 id, const QJsonObject &change)
    {
        return json({{QStringLiteral("store_uid"), kUid}, {QStringLiteral("epoch"), 1},
                     {QStringLiteral("mutations"), QJsonArray{QJsonObject{{QStringLiteral("id"), id},
                                                                          {QStringLiteral("changes"), QJsonArray{change}}}}}});
    }

    // A live-notice socket (/v2/notify) as the console opens it; messages
    // are collected into `heard`.
    std::unique_ptr<QWebSocket> listen(const QString &path, const std::optional<Client> &client, QStringList *heard)
    {
        auto ws = std::make_unique<QWebSocket>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(m_ca.certPem)});
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        if (client) {
            tls.setLocalCertificate(client->cert);
            tls.setPrivateKey(client->key);
        }
        ws->setSslConfiguration(tls);
        connect(ws.get(), &QWebSocket::textMessageReceived, this, [heard](const QString &m) {
            heard->append(QJsonDocument::fromJson(m.toUtf8()).object().value(QStringLiteral("type")).toString());
        });
        ws->open(QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(m_syncPort).arg(path)));
        return ws;
    }

    // A provider app's doorbell (/api/v1/provider/bell) on the enrollment
    // listener; message types into `heard`, the close code into `closeCode`.
    std::unique_ptr<QWebSocket> doorbell(const QByteArray &authorization, QStringList *heard, int *closeCode,
                                         const QString &path = QStringLiteral("/api/v1/provider/bell"))
    {
        auto ws = std::make_unique<QWebSocket>();
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(m_ca.certPem)});
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        ws->setSslConfiguration(tls);
        connect(ws.get(), &QWebSocket::textMessageReceived, this, [heard](const QString &m) {
            heard->append(QJsonDocument::fromJson(m.toUtf8()).object().value(QStringLiteral("type")).toString());
        });
        QWebSocket *raw = ws.get();
        connect(ws.get(), &QWebSocket::disconnected, this, [raw, closeCode] { *closeCode = int(raw->closeCode()); });
        QNetworkRequest request(QUrl(QStringLiteral("wss://127.0.0.1:%1%2").arg(m_enrollPort).arg(path)));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        ws->open(request);
        return ws;
    }

    bool stillServing()
    {
        return call("GET", m_syncPort, QStringLiteral("/v1/hello?store_uid=%1&epoch=1").arg(kUid), {}, m_officeA).status == 200;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_ca = pki::makeCa(QStringLiteral("Test CA"));
        const pki::KeyAndCert server = pki::makeServerCertificate(m_ca, {QStringLiteral("127.0.0.1"), QStringLiteral("localhost")});
        m_storage = EmbeddedStorage::create(m_dir.filePath(QStringLiteral("server.db")),
                                            doorstep::store::SecretBytes(doorstep::store::crypto::randomBytes(32)));
        m_service = std::make_unique<sync::SyncService>(*m_storage, m_ca, QString());
        const http::TlsIdentity tls{QSslCertificate(server.certPem), QSslKey(server.keyPem, QSsl::Ec), QSslCertificate(m_ca.certPem)};
        QVERIFY(!tls.key.isNull());
        m_sync = std::make_unique<http::SyncHttpServer>(http::SyncHttpServer::Kind::Sync, *m_service, tls);
        m_enroll = std::make_unique<http::SyncHttpServer>(http::SyncHttpServer::Kind::Enrollment, *m_service, tls);
        m_api = std::make_unique<api::ApiService>(*m_storage, m_codes);
        m_enroll->setApi(m_api.get());
        m_syncPort = m_sync->listenOn(QHostAddress::LocalHost, 0);
        m_enrollPort = m_enroll->listenOn(QHostAddress::LocalHost, 0);
        QVERIFY(m_syncPort && m_enrollPort);
        m_service->setSyncUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_syncPort));
        const QString code = addOffice(QStringLiteral("SH-A"), QStringLiteral("310104"));
        m_officeA = enroll(code);
        QVERIFY(!m_officeA.cert.isNull());
    }

    void enrollmentCodeWorksOnce()
    {
        const QString code = addOffice(QStringLiteral("SH-C"), QStringLiteral("310106"));
        const QByteArray keyPem = pki::makeKeyPem();
        const QByteArray body = json({{QStringLiteral("code"), code},
                                      {QStringLiteral("csr"), QString::fromLatin1(pki::makeCsr(keyPem, QStringLiteral("x")))}});
        const Answer first = call("POST", m_enrollPort, QStringLiteral("/v1/enroll"), body, std::nullopt);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body.value(QStringLiteral("sync_url")).toString(), QStringLiteral("https://127.0.0.1:%1").arg(m_syncPort));
        QCOMPARE(first.body.value(QStringLiteral("ca")).toString().toLatin1(), m_ca.certPem);
        QCOMPARE(pki::commonName(first.body.value(QStringLiteral("certificate")).toString().toLatin1()), QStringLiteral("SH-C"));
        const Answer second = call("POST", m_enrollPort, QStringLiteral("/v1/enroll"), body, std::nullopt);
        QCOMPARE(second.status, 401);
        QCOMPARE(second.body.value(QStringLiteral("error")).toString(), QStringLiteral("unknown_code"));
        // The sync paths are not on the enrollment listener.
        QCOMPARE(call("POST", m_enrollPort, QStringLiteral("/v1/push"), push(1, {}), std::nullopt).status, 404);
    }

    // The apps' API end to end over TLS on the enrollment listener (its
    // behaviour is tst_serverapi's): a code, a token, a call, sign-out, 204
    // without a body; the sync listener does not serve it.
    void appsApiIsServedOnTheEnrollmentListener()
    {
        const QString phone = QStringLiteral("13812345678");
        QCOMPARE(call("POST", m_enrollPort, QStringLiteral("/api/v1/customer/otp"), json({{QStringLiteral("phone"), phone}}),
                      std::nullopt).status, 202);
        const Answer session = call("POST", m_enrollPort, QStringLiteral("/api/v1/customer/session"),
                                    json({{QStringLiteral("phone"), phone}, {QStringLiteral("code"), m_codes.lastCode(phone)}}),
                                    std::nullopt);
        QCOMPARE(session.status, 200);
        QCOMPARE(call("GET", m_enrollPort, QStringLiteral("/api/v1/orders"), {}, std::nullopt).status, 401);
        m_authorization = "Bearer " + session.body.value(QStringLiteral("token")).toString().toLatin1();
        const Answer orders = call("GET", m_enrollPort, QStringLiteral("/api/v1/orders"), {}, std::nullopt);
        QCOMPARE(orders.status, 200);
        QVERIFY(orders.body.value(QStringLiteral("orders")).isArray());
        QCOMPARE(call("GET", m_enrollPort, QStringLiteral("/api/v1/catalogue?adcode=999999"), {}, std::nullopt).status, 422);
        QCOMPARE(call("POST", m_enrollPort, QStringLiteral("/api/v1/orders"), "{", std::nullopt).status, 400);
        // The Idempotency-Key header reaches the API: the key's first answer
        // is kept, and the same key with another body is refused.
        m_idempotencyKey = "http-1";
        QCOMPARE(call("POST", m_enrollPort, QStringLiteral("/api/v1/orders"), "{", std::nullopt).status, 400);
        const Answer reused = call("POST", m_enrollPort, QStringLiteral("/api/v1/orders"), "[]", std::nullopt);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.body.value(QStringLiteral("error")).toString(), QStringLiteral("idempotency_key_reused"));
        m_idempotencyKey.clear();
        QCOMPARE(call("DELETE", m_enrollPort, QStringLiteral("/api/v1/customer/session"), {}, std::nullopt).status, 204);
        QCOMPARE(call("GET", m_enrollPort, QStringLiteral("/api/v1/orders"), {}, std::nullopt).status, 401);
        m_authorization.clear();
        QVERIFY(call("GET", m_syncPort, QStringLiteral("/api/v1/orders"), {}, m_officeA).status != 200);
        QVERIFY(stillServing());
    }

    void pushPullRoundTripAndRetry()
    {
        const QByteArray body = push(1, {{QStringLiteral("entity"), QStringLiteral("customers")}, {QStringLiteral("id"), 42},
                                         {QStringLiteral("op"), QStringLiteral("upsert")},
                                         {QStringLiteral("row"), QJsonObject{{QStringLiteral("name"), QStringLiteral("王芳")}}}});
        Answer a = call("POST", m_syncPort, QStringLiteral("/v1/push"), body, m_officeA);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.body.value(QStringLiteral("results")).toArray().first()[QStringLiteral("status")].toString(), QStringLiteral("applied"));
        a = call("POST", m_syncPort, QStringLiteral("/v1/push"), body, m_officeA);
        QCOMPARE(a.body.value(QStringLiteral("results")).toArray().first()[QStringLiteral("status")].toString(), QStringLiteral("duplicate"));
        a = call("GET", m_syncPort, QStringLiteral("/v1/changes?limit=100"), {}, m_officeA);
        QCOMPARE(a.status, 200);
        const QJsonArray changes = a.body.value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first()[QStringLiteral("row")][QStringLiteral("name")].toString(), QStringLiteral("王芳"));
        QCOMPARE(changes.first()[QStringLiteral("office")].toString(), QStringLiteral("SH-A"));
        a = call("GET", m_syncPort, QStringLiteral("/v1/hello?store_uid=%1&epoch=1").arg(kUid), {}, m_officeA);
        QCOMPARE(a.body.value(QStringLiteral("last_id")).toInteger(), 1);
    }

    void severalRequestsOnOneConnection()
    {
        // Keep-alive: the socket guard follows request boundaries, so the
        // second and third requests on one connection are served too.
        QNetworkAccessManager nam;
        const QString hello = QStringLiteral("/v1/hello?store_uid=%1&epoch=1").arg(kUid);
        QCOMPARE(call("GET", m_syncPort, hello, {}, m_officeA, QSslCertificate(), &nam).status, 200);
        const QByteArray body = push(2, {{QStringLiteral("entity"), QStringLiteral("customers")}, {QStringLiteral("id"), 43},
                                         {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("row"), QJsonObject{}}});
        QCOMPARE(call("POST", m_syncPort, QStringLiteral("/v1/push"), body, m_officeA, QSslCertificate(), &nam).status, 200);
        QCOMPARE(call("POST", m_syncPort, QStringLiteral("/v1/push"), "{", m_officeA, QSslCertificate(), &nam).status, 400);
        QCOMPARE(call("GET", m_syncPort, hello, {}, m_officeA, QSslCertificate(), &nam).body.value(QStringLiteral("last_id")).toInteger(), 2);
    }

    void officeWritingAnotherOfficesOrderIsRejected()
    {
        const Client b = enroll(addOffice(QStringLiteral("SH-B"), QStringLiteral("310105")));
        QVERIFY(!b.cert.isNull());
        const QJsonObject districtB{{QStringLiteral("entity"), QStringLiteral("districts")}, {QStringLiteral("id"), 2002},
                                    {QStringLiteral("row"), QJsonObject{{QStringLiteral("adcode"), QStringLiteral("310105")}}}};
        QCOMPARE(call("POST", m_syncPort, QStringLiteral("/v1/snapshot"),
                      json({{QStringLiteral("store_uid"), kUid}, {QStringLiteral("epoch"), 1}, {QStringLiteral("rows"), QJsonArray{districtB}}}), b)
                     .status,
                 200);
        const QJsonObject order{{QStringLiteral("entity"), QStringLiteral("orders")}, {QStringLiteral("id"), 3003},
                                {QStringLiteral("op"), QStringLiteral("upsert")},
                                {QStringLiteral("row"), QJsonObject{{QStringLiteral("district_id"), 2002}}}};
        QCOMPARE(call("POST", m_syncPort, QStringLiteral("/v1/push"), push(1, order), b)
                     .body.value(QStringLiteral("results")).toArray().first()[QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));
        const Answer a = call("POST", m_syncPort, QStringLiteral("/v1/push"), push(50, order), m_officeA);
        QCOMPARE(a.status, 200);
        const QJsonObject result = a.body.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(result.value(QStringLiteral("reason")).toString(), QStringLiteral("not_owner"));
    }

    // A push the server is still working on (held inside the service here,
    // as a long transaction on a busy database holds it) keeps neither
    // enrollment waiting nor gets cut off by the socket guard's timeouts: once
    // a push over HTTPS outlasted them and the client saw "Connection closed".
    void enrollmentIsAnsweredWhileALongPushRuns()
    {
        // Declared first: they outlive the server below, whose destructor
        // waits for its worker threads.
        QSemaphore entered, release;
        std::atomic<bool> armed{true};
        const pki::KeyAndCert serverId = pki::makeServerCertificate(m_ca, {QStringLiteral("127.0.0.1")});
        http::SyncHttpServer slowSync(http::SyncHttpServer::Kind::Sync, *m_service,
                                      {QSslCertificate(serverId.certPem), QSslKey(serverId.keyPem, QSsl::Ec),
                                       QSslCertificate(m_ca.certPem)});
        slowSync.setTimeouts(300, 300); // the push below takes longer than both
        const quint16 port = slowSync.listenOn(QHostAddress::LocalHost, 0);
        QVERIFY(port);

        // The first request to read the clock on a worker thread (the push's
        // certificate check; the handshake's check runs on this thread) stops
        // there until released.
        QThread *const eventLoop = QThread::currentThread();
        m_service->setClock([&] {
            if (QThread::currentThread() != eventLoop && armed.exchange(false)) {
                entered.release();
                release.acquire();
            }
            return QDateTime::currentSecsSinceEpoch();
        });
        const QByteArray body = push(100, {{QStringLiteral("entity"), QStringLiteral("customers")}, {QStringLiteral("id"), 44},
                                           {QStringLiteral("op"), QStringLiteral("upsert")},
                                           {QStringLiteral("row"), QJsonObject{{QStringLiteral("name"), QStringLiteral("李雷")}}}});
        QNetworkAccessManager nam;
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/push").arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates({QSslCertificate(m_ca.certPem)});
        config.setLocalCertificate(m_officeA.cert);
        config.setPrivateKey(m_officeA.key);
        request.setSslConfiguration(config);
        // However this test ends, the held push goes on (or the server's
        // destructor would wait for it forever).
        const auto unblock = qScopeGuard([&] {
            if (!armed && release.available() == 0)
                release.release();
            m_service->setClock([] { return QDateTime::currentSecsSinceEpoch(); });
        });
        std::unique_ptr<QNetworkReply> pushReply(nam.post(request, body));
        QSignalSpy pushFinished(pushReply.get(), &QNetworkReply::finished);
        QTRY_VERIFY2_WITH_TIMEOUT(entered.available() == 1, qPrintable(pushReply->errorString()), 20000);

        // Enrollment is answered while the push waits.
        const Client c = enroll(addOffice(QStringLiteral("SH-D"), QStringLiteral("310107")));
        QVERIFY2(!c.cert.isNull(), "enrollment was not answered while a push ran");
        QVERIFY(pushFinished.isEmpty());

        QTest::qWait(1000); // past the guard's request and idle timeouts
        release.release();
        QVERIFY(pushFinished.wait(20000));
        QCOMPARE(pushReply->error(), QNetworkReply::NoError);
        QCOMPARE(pushReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject answer = QJsonDocument::fromJson(pushReply->readAll()).object();
        QCOMPARE(answer.value(QStringLiteral("results")).toArray().first()[QStringLiteral("status")].toString(),
                 QStringLiteral("applied"));
    }

    void wrongPinnedCaIsRefused()
    {
        const pki::KeyAndCert other = pki::makeCa(QStringLiteral("Someone else"));
        const Answer a = call("GET", m_syncPort, QStringLiteral("/v1/hello?store_uid=%1&epoch=1").arg(kUid), {}, m_officeA,
                              QSslCertificate(other.certPem));
        QCOMPARE(a.status, 0);
        QCOMPARE(a.error, QNetworkReply::SslHandshakeFailedError);
    }

    void noClientCertificateGetsNoHttpAnswer()
    {
        const Answer a = call("GET", m_syncPort, QStringLiteral("/v1/hello?store_uid=%1&epoch=1").arg(kUid), {}, std::nullopt);
        QCOMPARE(a.status, 0);
        QVERIFY(a.error != QNetworkReply::NoError);
        // A certificate from another CA is no better.
        const pki::KeyAndCert other = pki::makeCa(QStringLiteral("Other"));
        const QByteArray key = pki::makeKeyPem();
        const pki::Issued foreign = pki::signOfficeCsr(other, pki::makeCsr(key, QStringLiteral("SH-A")), QStringLiteral("SH-A"));
        const Answer b = call("GET", m_syncPort, QStringLiteral("/v1/hello?store_uid=%1&epoch=1").arg(kUid), {},
                              Client{QSslCertificate(foreign.certPem), QSslKey(key, QSsl::Ec)});
        QCOMPARE(b.status, 0);
        QVERIFY(b.error != QNetworkReply::NoError);
        QVERIFY(stillServing());
    }

    void revokedCertificateIsRefused()
    {
        const Client d = enroll(addOffice(QStringLiteral("SH-D"), QStringLiteral("310107")));
        QVERIFY(!d.cert.isNull());
        const QString hello = QStringLiteral("/v1/hello?store_uid=%1&epoch=1").arg(kUid);
        QCOMPARE(call("GET", m_syncPort, hello, {}, d).status, 200);
        m_storage->revokeOffice(QStringLiteral("SH-D"), QDateTime::currentSecsSinceEpoch());
        const Answer a = call("GET", m_syncPort, hello, {}, d);
        QCOMPARE(a.status, 0);
        QVERIFY(a.error != QNetworkReply::NoError);
        QVERIFY(stillServing());
    }

    // Live notices: an office listening on /v2/notify hears "ready", then
    // "changes" when another office's push gives it rows, and nothing for
    // its own; a wrong path, no certificate or a revoked one hears nothing
    // (or is cut off), and plain requests on the listener still work.
    void liveNoticesOverWebSocket()
    {
        const Client e = enroll(addOffice(QStringLiteral("SH-E"), QStringLiteral("310108")));
        const Client f = enroll(addOffice(QStringLiteral("SH-F"), QStringLiteral("310109")));
        QVERIFY(!e.cert.isNull() && !f.cert.isNull());
        QStringList heardE, heardF, heardWrongPath, heardAnonymous;
        auto wsE = listen(QStringLiteral("/v2/notify"), e, &heardE);
        auto wsF = listen(QStringLiteral("/v2/notify"), f, &heardF);
        auto wrongPath = listen(QStringLiteral("/v2/hello"), e, &heardWrongPath);
        auto anonymous = listen(QStringLiteral("/v2/notify"), std::nullopt, &heardAnonymous);
        QTRY_COMPARE(heardE, QStringList{QStringLiteral("ready")});
        QTRY_COMPARE(heardF, QStringList{QStringLiteral("ready")});
        QTRY_COMPARE(wrongPath->state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(anonymous->state(), QAbstractSocket::UnconnectedState);
        QVERIFY(heardWrongPath.isEmpty() && heardAnonymous.isEmpty());
        QVERIFY(stillServing());

        // F adds a customer (shared with every office): E hears, F does not.
        const QByteArray body = push(1, {{QStringLiteral("entity"), QStringLiteral("customers")}, {QStringLiteral("id"), 5005},
                                         {QStringLiteral("op"), QStringLiteral("upsert")},
                                         {QStringLiteral("row"), QJsonObject{{QStringLiteral("name"), QStringLiteral("李娜")}}}});
        QCOMPARE(call("POST", m_syncPort, QStringLiteral("/v2/push"), body, f).status, 200);
        QTRY_COMPARE(heardE, (QStringList{QStringLiteral("ready"), QStringLiteral("changes")}));
        // The same push again changes nothing (duplicate): nobody is told.
        QCOMPARE(call("POST", m_syncPort, QStringLiteral("/v2/push"), body, f).status, 200);
        QTest::qWait(300);
        QCOMPARE(heardE.size(), 2);
        QCOMPARE(heardF, QStringList{QStringLiteral("ready")});

        // E's certificate revoked while listening: the next notice closes it instead.
        m_storage->revokeOffice(QStringLiteral("SH-E"), QDateTime::currentSecsSinceEpoch());
        const QByteArray again = push(2, {{QStringLiteral("entity"), QStringLiteral("customers")}, {QStringLiteral("id"), 5006},
                                          {QStringLiteral("op"), QStringLiteral("upsert")},
                                          {QStringLiteral("row"), QJsonObject{{QStringLiteral("name"), QStringLiteral("张伟")}}}});
        QCOMPARE(call("POST", m_syncPort, QStringLiteral("/v2/push"), again, f).status, 200);
        QTRY_COMPARE(wsE->state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(heardE.size(), 2);
        QCOMPARE(wsF->state(), QAbstractSocket::ConnectedState);
        QVERIFY(stillServing());
    }

    // The provider apps' doorbell: a job the office assigns rings its
    // provider's socket and nobody else's; the provider's own accept rings
    // nobody; taking the job to another provider rings both. No token or a
    // wrong one is refused (401 over plain HTTP, close code 4401 on the
    // socket), as is another path; the listener still serves. The sockets
    // live on doorbell threads, and signing out closes one at once.
    void providerDoorbellRingsOnlyItsProvider()
    {
        const QString office = QStringLiteral("SH-G");
        addOffice(office, QStringLiteral("310110"));
        const auto snap = [](const QString &entity, qint64 id, const QJsonObject &row) {
            return QJsonObject{{QStringLiteral("entity"), entity}, {QStringLiteral("id"), id}, {QStringLiteral("row"), row}};
        };
        const auto provider = [](int n) {
            return QJsonObject{{QStringLiteral("office_id"), 7001}, {QStringLiteral("name"), QStringLiteral("师傅%1").arg(n)},
                               {QStringLiteral("phone"), QStringLiteral("1370000700%1").arg(n)},
                               {QStringLiteral("status"), QStringLiteral("active")}};
        };
        const QString uid = QStringLiteral("77777777777777777777777777777777");
        QCOMPARE(m_service->snapshot(office, json({{QStringLiteral("store_uid"), uid}, {QStringLiteral("epoch"), 1},
                                                   {QStringLiteral("page"), 1}, {QStringLiteral("final"), true},
                                                   {QStringLiteral("rows"),
                                                    QJsonArray{snap(QStringLiteral("offices"), 7001, {{QStringLiteral("code"), office}}),
                                                               snap(QStringLiteral("districts"), 7002, {{QStringLiteral("adcode"), QStringLiteral("310110")}}),
                                                               snap(QStringLiteral("providers"), 7101, provider(1)),
                                                               snap(QStringLiteral("providers"), 7102, provider(2))}}}))
                     .status,
                 200);
        // Returns a QByteArray, not the QStringBuilder that "Bearer " + … would
        // deduce: that one refers to a temporary which dies with the lambda.
        const auto signIn = [this](qint64 id) -> QByteArray {
            const Answer a = call("POST", m_enrollPort, QStringLiteral("/api/v1/provider/session"),
                                  json({{QStringLiteral("provider_id"), QString::number(id)},
                                        {QStringLiteral("secret"), m_api->issueProviderSecret(id)}}),
                                  std::nullopt);
            return "Bearer " + a.body.value(QStringLiteral("token")).toString().toLatin1();
        };
        const QByteArray tokenA = signIn(7101), tokenB = signIn(7102);

        // Plain HTTP on the doorbell's path: 401 without a token, 426 with one.
        QCOMPARE(call("GET", m_enrollPort, QStringLiteral("/api/v1/provider/bell"), {}, std::nullopt).status, 401);
        m_authorization = tokenA;
        QCOMPARE(call("GET", m_enrollPort, QStringLiteral("/api/v1/provider/bell"), {}, std::nullopt).status, 426);
        m_authorization.clear();

        QStringList heardA, heardB, heardNone, heardWrong, heardPath;
        int closedA = 0, closedB = 0, closedNone = 0, closedWrong = 0, closedPath = 0;
        auto bellA = doorbell(tokenA, &heardA, &closedA);
        auto bellB = doorbell(tokenB, &heardB, &closedB);
        auto none = doorbell({}, &heardNone, &closedNone);
        auto wrong = doorbell("Bearer not-a-token", &heardWrong, &closedWrong);
        auto path = doorbell(tokenA, &heardPath, &closedPath, QStringLiteral("/api/v1/provider/jobs"));
        QTRY_COMPARE(heardA, QStringList{QStringLiteral("ready")});
        QTRY_COMPARE(heardB, QStringList{QStringLiteral("ready")});
        QTRY_COMPARE(closedNone, 4401);
        QTRY_COMPARE(closedWrong, 4401);
        QTRY_COMPARE(closedPath, 4404);
        QVERIFY(heardNone.isEmpty() && heardWrong.isEmpty() && heardPath.isEmpty());
        // Both live on doorbell threads, not on the listener's event loop
        // (which polls every socket it holds on each turn: provider_bell.h).
        QCOMPARE(m_enroll->doorbells(), 2);
        QCOMPARE(m_enroll->doorbellsOnListenerThread(), 0);

        // The office assigns an order to A: A hears, B does not.
        const qint64 start = QDateTime::currentSecsSinceEpoch() + 7200;
        QJsonObject order{{QStringLiteral("district_id"), 7002}, {QStringLiteral("status"), QStringLiteral("assigned")},
                          {QStringLiteral("provider_id"), 7101},  {QStringLiteral("planned_start"), start},
                          {QStringLiteral("window_start"), start}, {QStringLiteral("window_end"), start + 7200},
                          {QStringLiteral("duration_min"), 60}};
        qint64 mutation = 0;
        const auto assign = [&](const QJsonObject &row) {
            const QJsonObject change{{QStringLiteral("entity"), QStringLiteral("orders")}, {QStringLiteral("id"), 7201},
                                     {QStringLiteral("op"), QStringLiteral("upsert")}, {QStringLiteral("row"), row}};
            return m_service->push(office, json({{QStringLiteral("store_uid"), uid}, {QStringLiteral("epoch"), 1},
                                                 {QStringLiteral("mutations"),
                                                  QJsonArray{QJsonObject{{QStringLiteral("id"), ++mutation},
                                                                         {QStringLiteral("changes"), QJsonArray{change}}}}}}))
                .status;
        };
        QCOMPARE(assign(order), 200);
        QTRY_COMPARE(heardA, (QStringList{QStringLiteral("ready"), QStringLiteral("jobs")}));
        // A's own accept changes A's job but rings nobody: their app made it.
        m_authorization = tokenA;
        QCOMPARE(call("POST", m_enrollPort, QStringLiteral("/api/v1/provider/jobs/7201/accept"), "{}", std::nullopt).status, 200);
        m_authorization.clear();
        QTest::qWait(300);
        QCOMPARE(heardA.size(), 2);
        QCOMPARE(heardB, QStringList{QStringLiteral("ready")});

        // The office gives the job to B: both hear (A's list loses it).
        order.insert(QStringLiteral("provider_id"), 7102);
        QCOMPARE(assign(order), 200);
        QTRY_COMPARE(heardB, (QStringList{QStringLiteral("ready"), QStringLiteral("jobs")}));
        QTRY_COMPARE(heardA.size(), 3);
        QCOMPARE(bellA->state(), QAbstractSocket::ConnectedState);

        // Another server process on the same PostgreSQL changed A's jobs
        // (its notice, handed in by PgNoticeListener): A hears, B does not.
        // After that listener lost its connection (notices lost meanwhile):
        // every socket hears once.
        m_service->heardJobsFromOtherProcess({7101});
        QTRY_COMPARE(heardA.size(), 4);
        m_service->heardJobsFromOtherProcess({kEveryProvider});
        QTRY_COMPARE(heardA.size(), 5);
        QTRY_COMPARE(heardB.size(), 3);
        QTest::qWait(300);
        QCOMPARE(heardB, (QStringList{QStringLiteral("ready"), QStringLiteral("jobs"), QStringLiteral("jobs")}));
        QCOMPARE(heardA.size(), 5);

        // An app that talks on the doorbell is cut off.
        bellB->sendTextMessage(QStringLiteral("hello"));
        QTRY_COMPARE(bellB->state(), QAbstractSocket::UnconnectedState);
        // Forgotten on its doorbell thread.
        QTRY_COMPARE(m_enroll->doorbells(), 1);
        // A signs out: their doorbell closes now, as a refused token's does.
        m_authorization = tokenA;
        QCOMPARE(call("DELETE", m_enrollPort, QStringLiteral("/api/v1/provider/session"), {}, std::nullopt).status, 204);
        m_authorization.clear();
        QTRY_COMPARE(closedA, 4401);
        QTRY_COMPARE(m_enroll->doorbells(), 0);
        // Neither doorbell's TCP connection is kept once it closed (at most
        // 10 s for a peer that does not close its side).
        QTRY_COMPARE_WITH_TIMEOUT(m_enroll->doorbellConnections(), 0, 15000);
        QVERIFY(stillServing());
    }

    void malformedJsonIs400AndTheServerStillServes()
    {
        for (const QByteArray &body : {QByteArray("{\"store_uid\":"), QByteArray("[1,2]"), QByteArray("\xff\xfe")}) {
            const Answer a = call("POST", m_syncPort, QStringLiteral("/v1/push"), body, m_officeA);
            QCOMPARE(a.status, 400);
            QCOMPARE(a.body.value(QStringLiteral("error")).toString(), QStringLiteral("bad_request"));
        }
        QCOMPARE(call("POST", m_enrollPort, QStringLiteral("/v1/enroll"), "nope", std::nullopt).status, 400);
        QCOMPARE(call("GET", m_syncPort, QStringLiteral("/v2/hello"), {}, m_officeA).status, 400);
        QVERIFY(stillServing());
    }

    void oversizedBodyIsRefusedAndTheServerStillServes()
    {
        // Just over what the sync listener takes (24 MiB: room for a push
        // that carries a 10 MiB credential scan).
        const QByteArray big(http::SyncHttpServer::limitsFor(http::SyncHttpServer::Kind::Sync).maxBody + 1024, ' ');
        const Answer a = call("POST", m_syncPort, QStringLiteral("/v1/push"), big, m_officeA);
        QVERIFY2(a.status == 413 || (a.status == 0 && a.error != QNetworkReply::NoError), qPrintable(QString::number(a.status)));
        const Answer e = call("POST", m_enrollPort, QStringLiteral("/v1/enroll"), QByteArray(100 * 1024, ' '), std::nullopt);
        QVERIFY2(e.status == 413 || (e.status == 0 && e.error != QNetworkReply::NoError), qPrintable(QString::number(e.status)));
        QVERIFY(stillServing());
    }

    void guardRefusesHugeHeadersAndChunkedBodies()
    {
        const auto raw = [this](const QByteArray &request) {
            QSslSocket socket;
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates({QSslCertificate(m_ca.certPem)});
            socket.setSslConfiguration(tls);
            // The server runs on this thread: wait with the event loop running.
            QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
            QSignalSpy closed(&socket, &QAbstractSocket::disconnected);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_enrollPort);
            if (!encrypted.wait(10000))
                return QByteArray("no TLS");
            socket.write(request);
            QByteArray answer;
            if (closed.isEmpty())
                closed.wait(10000);
            answer += socket.readAll();
            return answer.left(answer.indexOf("\r\n"));
        };
        QCOMPARE(raw("POST /v1/enroll HTTP/1.1\r\nHost: x\r\nX-Pad: " + QByteArray(20000, 'a') + "\r\n\r\n"),
                 QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
        QCOMPARE(raw("POST /v1/enroll HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
                 QByteArray("HTTP/1.1 411 Length Required"));
        QCOMPARE(raw("POST /v1/enroll HTTP/1.1\r\nHost: x\r\nContent-Length: 70000\r\n\r\n"),
                 QByteArray("HTTP/1.1 413 Payload Too Large"));
        QVERIFY(stillServing());
    }

    void enrollmentRateIsLimitedPerAddress()
    {
        http::GuardedSslServer guard(http::SyncHttpServer::limitsFor(http::SyncHttpServer::Kind::Enrollment));
        qint64 now = 1'000'000'000'000;
        guard.setClock([&now] { return now; });
        const QHostAddress a(QStringLiteral("10.0.0.1")), b(QStringLiteral("10.0.0.2"));
        for (int i = 0; i < 20; ++i)
            QVERIFY(guard.admitRequest(a));
        QVERIFY(!guard.admitRequest(a)); // the 21st in one second
        QVERIFY(guard.admitRequest(b));  // another address is not held up
        now += 1000;
        QVERIFY(guard.admitRequest(a));
        // The sync listener has no rate limit.
        http::GuardedSslServer sync(http::SyncHttpServer::limitsFor(http::SyncHttpServer::Kind::Sync));
        for (int i = 0; i < 100; ++i)
            QVERIFY(sync.admitRequest(a));
        // `run --enroll-rate N` (behind a reverse proxy every request comes
        // from one address): another rate, or none at all with 0.
        guard.setRequestsPerSecond(0);
        for (int i = 0; i < 100; ++i)
            QVERIFY(guard.admitRequest(a));
        guard.setRequestsPerSecond(100);
        now += 1000;
        for (int i = 0; i < 100; ++i)
            QVERIFY(guard.admitRequest(a));
        QVERIFY(!guard.admitRequest(a));
    }

    void cleanupTestCase()
    {
        if (m_enroll)
            m_enroll->setApi(nullptr);
        m_sync.reset();
        m_enroll.reset();
        m_api.reset();
        m_service.reset();
        m_storage.reset();
    }
};

QTEST_GUILESS_MAIN(TestServerHttp)
#include "tst_serverhttp.moc"
