#include "server_process.h"

#include "../support/child_process.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>

namespace doorstep::tests {

ServerProcess::ServerProcess(QString conninfo) : m_conninfo(std::move(conninfo)) {}

ServerProcess::~ServerProcess()
{
    kill();
}

QStringList ServerProcess::storageArgs() const
{
    QStringList args{QStringLiteral("--data"), m_dir.filePath(QStringLiteral("data"))};
    if (m_conninfo.isEmpty())
        args << QStringLiteral("--key-file") << m_dir.filePath(QStringLiteral("server.key"));
    else
        args << QStringLiteral("--postgres") << m_conninfo;
    return args;
}

bool ServerProcess::command(const QStringList &args, QStringList *out)
{
    const ChildRun r = runChild(QStringLiteral(DOORSTEP_SERVER), args, {}, 60000);
    if (r.code != 0) {
        m_error = QStringLiteral("doorstep-server %1: %2").arg(args.join(u' '), r.err);
        return false;
    }
    *out = r.lines();
    return true;
}

bool ServerProcess::init()
{
    QStringList out;
    if (!command(QStringList{QStringLiteral("init"), QStringLiteral("--host"), QStringLiteral("127.0.0.1")} + storageArgs(), &out))
        return false;
    m_fingerprint = out.value(out.size() - 1);
    return true;
}

QString ServerProcess::addOffice(const QString &code, const QString &name, const QStringList &districts)
{
    QStringList out;
    if (!command(QStringList{QStringLiteral("offices"), QStringLiteral("add"), name, QStringLiteral("--code"), code,
                             QStringLiteral("--districts"), districts.join(u',')}
                     + storageArgs(),
                 &out))
        return {};
    return out.value(out.size() - 1);
}

bool ServerProcess::start()
{
    m_run.start(QStringLiteral(DOORSTEP_SERVER),
                QStringList{QStringLiteral("run"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_syncPort),
                            QStringLiteral("--enroll-listen"), QStringLiteral("127.0.0.1:%1").arg(m_enrollPort)}
                    + storageArgs() + runOptions);
    // It prints the two listeners once both are bound.
    QByteArray printed;
    while (printed.count('\n') < 2 && m_run.waitForReadyRead(20000))
        printed += m_run.readAllStandardOutput();
    const QList<QByteArray> lines = printed.split('\n');
    static const QRegularExpression port(QStringLiteral(":(\\d+)"));
    if (lines.size() < 2) {
        m_error = QStringLiteral("doorstep-server run: %1").arg(QString::fromUtf8(m_run.readAllStandardError()));
        kill();
        return false;
    }
    m_syncPort = quint16(port.match(QString::fromUtf8(lines.at(0))).captured(1).toUInt());
    m_enrollPort = quint16(port.match(QString::fromUtf8(lines.at(1))).captured(1).toUInt());
    return m_syncPort && m_enrollPort;
}

void ServerProcess::kill()
{
    if (m_run.state() == QProcess::NotRunning)
        return;
    m_run.kill();
    m_run.waitForFinished(20000);
}

QByteArray ServerProcess::caPem() const
{
    QFile file(m_dir.filePath(QStringLiteral("data/ca.crt")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject ServerProcess::api(const QByteArray &method, const QString &path, const QJsonObject &body,
                               const QString &token, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(enrollUrl() + QStringLiteral("/api/v1/") + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({QSslCertificate(caPem())});
    request.setSslConfiguration(tls);
    QNetworkReply *reply = method == "GET" ? nam.get(request) : nam.post(request, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(20000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject out = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return out;
}

QString ServerProcess::waitForSignInCode()
{
    static const QRegularExpression code(QStringLiteral("sign-in code for [^:]*: (\\d{6})"));
    for (int i = 0; i < 100; ++i) {
        m_log += m_run.readAllStandardError();
        QRegularExpressionMatchIterator it = code.globalMatch(QString::fromUtf8(m_log));
        QString last;
        while (it.hasNext())
            last = it.next().captured(1);
        if (!last.isEmpty()) {
            m_log.clear(); // the next call waits for the next code
            return last;
        }
        m_run.waitForReadyRead(100);
    }
    return {};
}

QString ServerProcess::providerCredential(qint64 providerId)
{
    QStringList out;
    if (!command(QStringList{QStringLiteral("providers"), QStringLiteral("credential"), QString::number(providerId)} + storageArgs(),
                 &out))
        return {};
    return out.value(out.size() - 1);
}

QStringList ServerProcess::providerCredentials(const QString &officeCode)
{
    QStringList out;
    if (!command(QStringList{QStringLiteral("providers"), QStringLiteral("credential"), QStringLiteral("--office"), officeCode}
                     + storageArgs(),
                 &out))
        return {};
    return out;
}

QStringList ServerProcess::status()
{
    QStringList out;
    command(QStringList{QStringLiteral("status")} + storageArgs(), &out);
    return out;
}

} // namespace doorstep::tests
