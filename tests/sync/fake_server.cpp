#include "fake_server.h"

#include <QJsonDocument>
#include <QSslKey>
#include <QSslSocket>
#include <QUrlQuery>

namespace doorstep::tests {

FakeSyncServer::FakeSyncServer(QObject *parent)
    : QObject(parent)
    , ca(makeTestCa(QStringLiteral("Doorstep test CA")))
    , m_cert(makeServerCert(ca))
{
    serve(m_enroll, false);
    serve(m_sync, true);
}

QString FakeSyncServer::enrollmentUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_enroll.serverPort());
}

QString FakeSyncServer::syncUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_sync.serverPort());
}

void FakeSyncServer::serve(QSslServer &server, bool sync)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    const QSslCertificate caCert = QSslCertificate::fromData(ca.certPem).first();
    // The chain ends in the CA, so a console can find it by its fingerprint.
    tls.setLocalCertificateChain({QSslCertificate::fromData(m_cert.certPem).first(), caCert});
    tls.setPrivateKey(QSslKey(m_cert.keyPem, QSsl::Ec));
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    if (sync) {
        tls.setCaCertificates({caCert});
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // no office certificate, no answer
    } else {
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    server.setSslConfiguration(tls);
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [this, &server, sync] {
        while (auto *socket = qobject_cast<QSslSocket *>(server.nextPendingConnection()))
            handle(socket, sync);
    });
    server.listen(QHostAddress::LocalHost, 0);
}

void FakeSyncServer::handle(QSslSocket *socket, bool sync)
{
    connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
    auto buffer = std::make_shared<QByteArray>();
    auto onData = [this, socket, sync, buffer] {
        buffer->append(socket->readAll());
        const qsizetype headerEnd = buffer->indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer->left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        qsizetype length = 0;
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer->size() < headerEnd + 4 + length)
            return;
        const QJsonObject body = QJsonDocument::fromJson(buffer->mid(headerEnd + 4, length)).object();
        const QUrl url(QString::fromLatin1(requestLine.value(1)));
        QHash<QString, QString> query;
        for (const auto &[k, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
            query.insert(k, v);
        int status = 200;
        bool drop = false;
        const QJsonObject reply = route(requestLine.value(0), url.path(), query, body, sync, &status, &drop);
        buffer->clear();
        if (drop) {
            socket->abort(); // after the commit, before the answer
            socket->deleteLater();
            return;
        }
        const QByteArray json = QJsonDocument(reply).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\nContent-Length: "
                      + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json);
        socket->disconnectFromHost();
    };
    connect(socket, &QSslSocket::readyRead, this, onData);
    if (socket->bytesAvailable() > 0)
        onData();
}

QJsonObject FakeSyncServer::route(const QByteArray &method, const QString &path, const QHash<QString, QString> &query,
                                  const QJsonObject &body, bool sync, int *status, bool *drop)
{
    const QJsonObject office{{QStringLiteral("code"), officeCode}, {QStringLiteral("name"), QStringLiteral("徐汇店")},
                             {QStringLiteral("districts"), QJsonArray{QStringLiteral("310104")}},
                             {QStringLiteral("node"), node}};
    auto error = [status](int code, const char *key, const char *message) {
        *status = code;
        return QJsonObject{{QStringLiteral("error"), QString::fromLatin1(key)}, {QStringLiteral("message"), QString::fromLatin1(message)}};
    };
    if (!sync && method == "POST" && path == u"/v2/enroll") {
        if (body.value(QStringLiteral("code")).toString() != enrollCode)
            return error(401, "unknown_code", "The enrollment code is unknown, used or expired.");
        enrollCode.clear(); // a code works once
        const QByteArray cert = signRequest(ca, body.value(QStringLiteral("csr")).toString().toLatin1(), officeCode);
        if (cert.isEmpty())
            return error(400, "bad_request", "The certificate request is not valid.");
        return {{QStringLiteral("office"), office},
                {QStringLiteral("certificate"), QString::fromLatin1(cert)},
                {QStringLiteral("ca"), QString::fromLatin1(ca.certPem)},
                {QStringLiteral("sync_url"), syncUrl()}};
    }
    if (!sync)
        return error(404, "not_found", "No such path on this listener.");
    if (method == "GET" && path == u"/v2/hello") {
        const QString key = query.value(QStringLiteral("store_uid")) + u'/' + query.value(QStringLiteral("epoch"));
        return {{QStringLiteral("protocol"), 2}, {QStringLiteral("office"), office}, {QStringLiteral("last_id"), lastId.value(key)},
                {QStringLiteral("server_time"), 1796200000}};
    }
    if (method == "POST" && path == u"/v2/push") {
        ++pushRequests;
        pushSizes.append(int(body.value(QStringLiteral("mutations")).toArray().size()));
        lastAuditHead = body.value(QStringLiteral("audit_head")).toObject();
        const QString key = body.value(QStringLiteral("store_uid")).toString() + u'/'
            + QString::number(body.value(QStringLiteral("epoch")).toInteger());
        QJsonArray results;
        for (const QJsonValue &v : body.value(QStringLiteral("mutations")).toArray()) {
            const QJsonObject m = v.toObject();
            const qint64 id = m.value(QStringLiteral("id")).toInteger();
            if (id <= lastId.value(key)) {
                ++duplicatesAnswered;
                results.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("duplicate")}});
                continue;
            }
            lastId[key] = id;
            const QJsonObject condition = m.value(QStringLiteral("condition")).toObject();
            if (busyOrders.contains(condition.value(QStringLiteral("order_id")).toInteger())) {
                results.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("rejected")},
                                           {QStringLiteral("reason"), QStringLiteral("provider_busy")},
                                           {QStringLiteral("message"), QStringLiteral("The provider is booked by SH-JA at that time.")},
                                           {QStringLiteral("conflict"), QJsonObject{{QStringLiteral("office"), QStringLiteral("SH-JA")},
                                                                                    {QStringLiteral("order_no"), QStringLiteral("DS-JA-1")}}}});
                continue;
            }
            appliedCount[id] += 1;
            for (const QJsonValue &c : m.value(QStringLiteral("changes")).toArray()) {
                QJsonObject change = c.toObject();
                change.insert(QStringLiteral("office"), officeCode); // its own mutation, coming back in /v2/changes
                changes.append(change);
            }
            results.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("applied")}});
        }
        if (dropPushReplies > 0) {
            --dropPushReplies;
            *drop = true;
            return {};
        }
        return {{QStringLiteral("results"), results}, {QStringLiteral("last_id"), lastId.value(key)}};
    }
    if (method == "POST" && path == u"/v2/snapshot") {
        QJsonArray idMap;
        for (const QJsonValue &r : body.value(QStringLiteral("rows")).toArray()) {
            snapshotRows.append(r);
            const QJsonObject o = r.toObject();
            const QString code = o.value(QStringLiteral("row")).toObject().value(QStringLiteral("code")).toString();
            if (o.value(QStringLiteral("entity")).toString() == u"service_items" && platformItems.contains(code))
                idMap.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("service_items")},
                                         {QStringLiteral("local"), o.value(QStringLiteral("id"))},
                                         {QStringLiteral("platform"), platformItems.value(code)}});
        }
        snapshotFinal = body.value(QStringLiteral("final")).toBool();
        return {{QStringLiteral("id_map"), idMap}, {QStringLiteral("refused"), QJsonArray()}};
    }
    if (method == "GET" && path == u"/v2/changes") {
        const qsizetype from = query.value(QStringLiteral("cursor")).toLongLong();
        const qsizetype limit = query.value(QStringLiteral("limit")).toLongLong();
        pullLimits.append(int(limit));
        QJsonArray page;
        for (qsizetype i = from; i < changes.size() && page.size() < limit; ++i)
            page.append(changes.at(i));
        const qsizetype next = from + page.size();
        return {{QStringLiteral("changes"), page}, {QStringLiteral("cursor"), QString::number(next)},
                {QStringLiteral("more"), next < changes.size()}};
    }
    return error(404, "not_found", "No such path.");
}

} // namespace doorstep::tests
