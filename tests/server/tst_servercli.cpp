// doorstep-server's commands as an operator runs them: init, offices add,
// offices revoke, status (on both backends); bad arguments (exit 2), a wrong
// key (exit 3), a key file others may read (refused).
#include "../support/child_process.h"
#include "api/api_service.h"
#include "api/code_sender.h"
#include "data_dir.h"
#include "pg_cluster.h"
#include "pg_storage.h"
#include "pki/pki.h"
#include "storage/embedded_storage.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

namespace {
using Run = doorstep::tests::ChildRun;

Run server(const QStringList &args, const QByteArray &stdinData = {})
{
    return doorstep::tests::runChild(QStringLiteral(DOORSTEP_SERVER), args, stdinData, 60000);
}
} // namespace

class TestServerCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString data() const { return m_tmp.filePath(QStringLiteral("data")); }
    QString keyFile() const { return m_tmp.filePath(QStringLiteral("server.key")); }

private slots:
    void initCreatesAnOwnerOnlyServer()
    {
        const Run r = server({QStringLiteral("init"), QStringLiteral("--data"), data(), QStringLiteral("--host"),
                              QStringLiteral("sync.example.cn"), QStringLiteral("--host"), QStringLiteral("10.0.0.5"),
                              QStringLiteral("--key-file"), keyFile()});
        QCOMPARE(r.code, 0);
        // The last line is the CA's fingerprint, as the consoles need it.
        const QString fp = r.lines().last();
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{2}:){31}[0-9A-F]{2}$")).match(fp).hasMatch());
        QFile ca(data() + QStringLiteral("/ca.crt"));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        const QByteArray caPem = ca.readAll();
        QCOMPARE(fp, doorstep::server::pki::fingerprint(doorstep::server::pki::pemToDer(caPem)));
        QFile cert(data() + QStringLiteral("/server.crt"));
        QVERIFY(cert.open(QIODevice::ReadOnly));
        QVERIFY(doorstep::server::pki::verifies(cert.readAll(), caPem, QStringLiteral("10.0.0.5")));
        const auto others = QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
        for (const QString &f : {QStringLiteral("/ca.key"), QStringLiteral("/server.key"), QStringLiteral("/server.db")})
            QVERIFY2(!(QFile::permissions(data() + f) & others), qPrintable(f));
        QVERIFY(!(QFile::permissions(keyFile()) & others));
        QVERIFY(!(QFile::permissions(data()) & (others | QFile::ExeGroup | QFile::ExeOther)));
        // A second init refuses to overwrite.
        QCOMPARE(server({QStringLiteral("init"), QStringLiteral("--data"), data(), QStringLiteral("--host"), QStringLiteral("x")}).code, 2);
    }

    void officesAddPrintsACode()
    {
        const Run r = server({QStringLiteral("offices"), QStringLiteral("add"), QStringLiteral("徐汇店"), QStringLiteral("--code"),
                              QStringLiteral("SH-XH"), QStringLiteral("--districts"), QStringLiteral("310104,310105"),
                              QStringLiteral("--data"), data(), QStringLiteral("--key-file"), keyFile()});
        QCOMPARE(r.code, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$")).match(r.lines().last()).hasMatch(),
                 qPrintable(r.lines().last()));
        // The same office twice, or a district already served, is refused.
        QCOMPARE(server({QStringLiteral("offices"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--code"),
                         QStringLiteral("SH-XH"), QStringLiteral("--data"), data(), QStringLiteral("--key-file"), keyFile()})
                     .code,
                 2);
        QCOMPARE(server({QStringLiteral("offices"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--code"),
                         QStringLiteral("SH-CN"), QStringLiteral("--districts"), QStringLiteral("310105"), QStringLiteral("--data"),
                         data(), QStringLiteral("--key-file"), keyFile()})
                     .code,
                 2);
    }

    void statusListsOfficesWithTheKeyOnStdin()
    {
        QFile key(keyFile());
        QVERIFY(key.open(QIODevice::ReadOnly));
        const Run r = server({QStringLiteral("status"), QStringLiteral("--data"), data(), QStringLiteral("--key-stdin")}, key.readAll());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.lines().size(), 1);
        QVERIFY(r.lines().first().startsWith(QStringLiteral("SH-XH (徐汇店): last sync never, applied 0, rejected 0")));
        QCOMPARE(server({QStringLiteral("offices"), QStringLiteral("revoke"), QStringLiteral("SH-XH"), QStringLiteral("--data"), data(),
                         QStringLiteral("--key-file"), keyFile()})
                     .code,
                 0);
    }

    // What an operator compares with `doorstep-cli verify` on a console: the
    // audit-chain head the server holds for each office, whichever backend
    // keeps it. (The head gets there through a push: tst_syncprotocol and
    // tst_twoservers; here it is written through the storage directly.)
    void statusPrintsTheAuditHeadItHolds()
    {
        const QString hash(64, u'e');
        const qint64 at = 1796200000;
        const QString when = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).toString(Qt::ISODate);
        const QString expected =
            QStringLiteral("last sync %1, applied 0, rejected 0, audit head 5120 %2").arg(when, hash);
        {
            auto embedded = doorstep::server::EmbeddedStorage::open(data() + QStringLiteral("/server.db"),
                                                                    doorstep::server::readKeyFile(keyFile()));
            embedded->recordAuditHead(QStringLiteral("SH-XH"), 5120, hash, at);
        }
        const Run e = server({QStringLiteral("status"), QStringLiteral("--data"), data(), QStringLiteral("--key-file"), keyFile()});
        QCOMPARE(e.code, 0);
        QVERIFY2(e.lines().first().startsWith(QStringLiteral("SH-XH (徐汇店): ")) && e.lines().first().endsWith(expected),
                 qPrintable(e.out));

        doorstep::tests::PgCluster cluster;
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        const QString conninfo = cluster.createDatabase(QStringLiteral("status"));
        QVERIFY2(!conninfo.isEmpty(), qPrintable(cluster.error()));
        {
            doorstep::server::PgStorage pg(conninfo);
            pg.addOffice({QStringLiteral("SH-PD"), QStringLiteral("浦东店"), {}, 1}, {}, 0);
            pg.recordAuditHead(QStringLiteral("SH-PD"), 5120, hash, at);
        }
        const Run p = server({QStringLiteral("status"), QStringLiteral("--data"), data(), QStringLiteral("--postgres"), conninfo});
        QCOMPARE(p.code, 0);
        QCOMPARE(p.lines().size(), 1);
        QCOMPARE(p.lines().first(), QStringLiteral("SH-PD (浦东店): ") + expected);
    }

    // Onboarding approved a provider and the row synced: the operator issues
    // the provider app's credential, printed once; it signs the provider in.
    void providersCredentialIsPrintedOnce()
    {
        constexpr qint64 provider = 7301234567890123456;
        {
            auto embedded = doorstep::server::EmbeddedStorage::open(data() + QStringLiteral("/server.db"),
                                                                    doorstep::server::readKeyFile(keyFile()));
            auto tx = embedded->begin();
            tx->putRow({QStringLiteral("providers"), provider, QStringLiteral("SH-XH"),
                        QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}, false, {}},
                       QStringLiteral("SH-XH"), {QStringLiteral("SH-XH")});
            tx->commit();
        }
        const QStringList args{QStringLiteral("providers"), QStringLiteral("credential"), QString::number(provider),
                               QStringLiteral("--data"), data(), QStringLiteral("--key-file"), keyFile()};
        const Run r = server(args);
        QCOMPARE(r.code, 0);
        const QString secret = r.lines().last();
        QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{22}$")).match(secret).hasMatch(), qPrintable(r.out));
        {
            auto embedded = doorstep::server::EmbeddedStorage::open(data() + QStringLiteral("/server.db"),
                                                                    doorstep::server::readKeyFile(keyFile()));
            doorstep::server::api::RecordingCodeSender codes;
            doorstep::server::api::ApiService api(*embedded, codes);
            const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("provider_id"), QString::number(provider)},
                                                              {QStringLiteral("secret"), secret}})
                                        .toJson();
            QCOMPARE(api.handle({"POST", QStringLiteral("provider/session"), {}, body, {}}).status, 200);
        }
        // A provider the platform does not know, or no id: refused.
        QCOMPARE(server({QStringLiteral("providers"), QStringLiteral("credential"), QStringLiteral("42"), QStringLiteral("--data"),
                         data(), QStringLiteral("--key-file"), keyFile()}).code, 1);
        QCOMPARE(server({QStringLiteral("providers"), QStringLiteral("credential"), QStringLiteral("x"), QStringLiteral("--data"),
                         data(), QStringLiteral("--key-file"), keyFile()}).code, 2);

        // Every active provider of an office at once, "ID SECRET" lines (the
        // demo's simulator signs in with them); another office's: none.
        const Run all = server({QStringLiteral("providers"), QStringLiteral("credential"), QStringLiteral("--office"),
                                QStringLiteral("SH-XH"), QStringLiteral("--data"), data(), QStringLiteral("--key-file"), keyFile()});
        QCOMPARE(all.code, 0);
        QCOMPARE(all.lines().size(), 1);
        const QStringList words = all.lines().first().split(u' ');
        QCOMPARE(words.size(), 2);
        QCOMPARE(words.first(), QString::number(provider));
        QVERIFY(words.last() != secret); // a new credential
        const Run none = server({QStringLiteral("providers"), QStringLiteral("credential"), QStringLiteral("--office"),
                                 QStringLiteral("SH-BS"), QStringLiteral("--data"), data(), QStringLiteral("--key-file"), keyFile()});
        QCOMPARE(none.code, 0);
        QVERIFY(none.lines().isEmpty());
    }

    void runServesEnrollmentAndSync()
    {
        const Run added = server({QStringLiteral("offices"), QStringLiteral("add"), QStringLiteral("Run"), QStringLiteral("--code"),
                                  QStringLiteral("SH-RUN"), QStringLiteral("--districts"), QStringLiteral("310106"),
                                  QStringLiteral("--data"), data(), QStringLiteral("--key-file"), keyFile()});
        QCOMPARE(added.code, 0);
        QProcess run;
        run.start(QStringLiteral(DOORSTEP_SERVER),
                  {QStringLiteral("run"), QStringLiteral("--data"), data(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                   QStringLiteral("--enroll-listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--key-file"), keyFile()});
        QByteArray printed;
        while (printed.count('\n') < 2 && run.waitForReadyRead(20000))
            printed += run.readAllStandardOutput();
        const QList<QByteArray> lines = printed.split('\n');
        QCOMPARE(lines.size(), 3);
        const QRegularExpression port(QStringLiteral(":(\\d+)"));
        const int syncPort = port.match(QString::fromUtf8(lines.at(0))).captured(1).toInt();
        const int enrollPort = port.match(QString::fromUtf8(lines.at(1))).captured(1).toInt();
        QVERIFY(syncPort > 0 && enrollPort > 0 && syncPort != enrollPort);

        QFile caFile(data() + QStringLiteral("/ca.crt"));
        QVERIFY(caFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({QSslCertificate(caFile.readAll())});
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        QNetworkAccessManager nam;
        // The certificate names sync.example.cn and 10.0.0.5: connect to the
        // loopback address but check the certificate against the name.
        QNetworkRequest request(QUrl(QStringLiteral("https://127.0.0.1:%1/v1/enroll").arg(enrollPort)));
        request.setSslConfiguration(tls);
        request.setPeerVerifyName(QStringLiteral("sync.example.cn"));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray key = doorstep::server::pki::makeKeyPem();
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("code"), added.lines().last()},
                                                          {QStringLiteral("csr"), QString::fromLatin1(doorstep::server::pki::makeCsr(key, QStringLiteral("x")))}})
                                    .toJson(QJsonDocument::Compact);
        QNetworkReply *reply = nam.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        QCOMPARE(answer.value(QStringLiteral("sync_url")).toString(), QStringLiteral("https://sync.example.cn:%1").arg(syncPort));
        QCOMPARE(answer.value(QStringLiteral("office")).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("SH-RUN"));
        // SIGTERM (systemctl stop) ends it cleanly; then SIGKILL on a second run.
        run.terminate();
        QVERIFY(run.waitForFinished(20000));
        QCOMPARE(run.exitStatus(), QProcess::NormalExit);
        QCOMPARE(run.exitCode(), 0);
        // The code was spent in the server's store: it survives the restart.
        const Run status = server({QStringLiteral("status"), QStringLiteral("--data"), data(), QStringLiteral("--key-file"), keyFile()});
        QCOMPARE(status.code, 0);
    }

    void wrongKeyAndBadArguments()
    {
        const QByteArray wrong = QByteArray(64, 'a') + '\n';
        const Run r = server({QStringLiteral("status"), QStringLiteral("--data"), data(), QStringLiteral("--key-stdin")}, wrong);
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("wrong key")));
        QCOMPARE(server({QStringLiteral("status"), QStringLiteral("--data"), data()}).code, 2); // no key
        QCOMPARE(server({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(server({QStringLiteral("run"), QStringLiteral("--data"), data(), QStringLiteral("--listen"), QStringLiteral("nowhere"),
                         QStringLiteral("--key-file"), keyFile()})
                     .code,
                 2);
        for (const QString &rate : {QStringLiteral("many"), QStringLiteral("-1")}) {
            const Run badRate = server({QStringLiteral("run"), QStringLiteral("--data"), data(), QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--enroll-rate"), rate, QStringLiteral("--key-file"), keyFile()});
            QCOMPARE(badRate.code, 2);
            QVERIFY2(badRate.err.contains(QStringLiteral("--enroll-rate")), qPrintable(badRate.err));
        }
        QCOMPARE(server({QStringLiteral("offices"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--code"), QStringLiteral("a b"),
                         QStringLiteral("--data"), data(), QStringLiteral("--key-file"), keyFile()})
                     .code,
                 2);
        // A key file others may read is refused.
        const QString open = m_tmp.filePath(QStringLiteral("open.key"));
        QVERIFY(QFile::copy(keyFile(), open));
        QVERIFY(QFile::setPermissions(open, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const Run o = server({QStringLiteral("status"), QStringLiteral("--data"), data(), QStringLiteral("--key-file"), open});
        QCOMPARE(o.code, 2);
        QVERIFY(o.err.contains(QStringLiteral("chmod 600")));
    }
};

QTEST_GUILESS_MAIN(TestServerCli)
#include "tst_servercli.moc"
