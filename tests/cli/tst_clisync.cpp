// doorstep-cli enroll and sync against the test double of the server (in this
// process: the commands run as child processes while the event loop serves).
#include "../support/child_process.h"
#include "../sync/fake_server.h"
#include "services/customer_service.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "sync/pki.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

namespace {
using Run = tests::ChildRun;
} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_store;
    tests::FakeSyncServer m_server;

    // The child talks to the server in this process: wait with the event loop running.
    Run cli(const QStringList &args, const QByteArray &input)
    {
        return tests::runChild(QStringLiteral(DOORSTEP_CLI), args, input);
    }
    QStringList login(const QString &command, const QString &user = QStringLiteral("boss")) const
    {
        return {command, QStringLiteral("--store"), m_store, QStringLiteral("--user"), user, QStringLiteral("--password-stdin")};
    }
    QString fingerprint() const
    {
        return sync::formatFingerprint(sync::fingerprintOf(QSslCertificate::fromData(m_server.ca.certPem).first()));
    }
    QStringList enrollArgs(const QString &fp, const QString &code) const
    {
        return login(QStringLiteral("enroll")) + QStringList{QStringLiteral("--server"), m_server.enrollmentUrl(),
                                                              QStringLiteral("--ca-fingerprint"), fp, QStringLiteral("--code"), code};
    }

private slots:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("office.doorstep"));
        services::NewStoreSpec spec;
        spec.officeName = QStringLiteral("徐汇店");
        spec.adminUsername = QStringLiteral("boss");
        spec.adminDisplayName = QStringLiteral("店长");
        spec.adminPassword = QStringLiteral("boss-password");
        spec.kdf = store::KdfParams::fastForTests();
        auto ws = services::Workspace::create(m_store, spec);
        services::CustomerService(ws->services()).add({QStringLiteral("王秀英"), QStringLiteral("13912345678"), {}, 0, {}, 0, 0, {}});
    }

    void syncBeforeEnrollingIsRefused()
    {
        const Run r = cli(login(QStringLiteral("sync")), "boss-password\n");
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QStringLiteral("not enrolled")), qPrintable(r.err));
    }

    void enrollChecksTheFingerprintThenTheCode()
    {
        const Run usage = cli({QStringLiteral("enroll"), QStringLiteral("--store"), m_store}, "boss-password\n");
        QCOMPARE(usage.code, 1);
        const QString other = sync::formatFingerprint(QByteArray(32, '\x11'));
        const Run wrongCa = cli(enrollArgs(other, m_server.enrollCode), "boss-password\n");
        QCOMPARE(wrongCa.code, 6);
        QVERIFY2(wrongCa.err.contains(QStringLiteral("fingerprint")), qPrintable(wrongCa.err));
        QVERIFY(!m_server.enrollCode.isEmpty()); // never sent to that server
        const Run wrongCode = cli(enrollArgs(fingerprint(), QStringLiteral("WRONG")), "boss-password\n");
        QCOMPARE(wrongCode.code, 6);
        QVERIFY2(wrongCode.err.contains(QStringLiteral("unknown_code")), qPrintable(wrongCode.err));

        const Run ok = cli(enrollArgs(fingerprint(), m_server.enrollCode), "boss-password\n");
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(QStringLiteral("enrolled as office SH-XH")));
        QVERIFY(m_server.snapshotFinal);
        QVERIFY(m_server.snapshotRows.size() > 0);
    }

    void syncPrintsTheRoundOnItsLastLine()
    {
        {
            auto ws = services::Workspace::login(m_store, QStringLiteral("boss"), QStringLiteral("boss-password"));
            services::CustomerService(ws->services()).add({QStringLiteral("李强"), QStringLiteral("13812345678"), {}, 0, {}, 0, 0, {}});
        }
        const Run r = cli(login(QStringLiteral("sync")), "boss-password\n");
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.last(), QStringLiteral("pushed=1 applied=1 rejected=0 pulled=0"));

        // Nothing new: an empty round.
        const Run again = cli(login(QStringLiteral("sync")), "boss-password\n");
        QCOMPARE(again.out.trimmed().split(u'\n').last(), QStringLiteral("pushed=0 applied=0 rejected=0 pulled=0"));
    }
};

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_clisync.moc"
