// The hash chain: any edit, deletion or cut is found, at the right entry.
#include "services/audit_log.h"
#include "services/staff_service.h"
#include "test_store.h"

#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

class TestAuditLog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Workspace> withHistory()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("audit%1.doorstep").arg(++m_n));
        StaffService staff(ws->services());
        staff.setKdf(store::KdfParams::fastForTests());
        for (int i = 0; i < 5; ++i)
            staff.add({QStringLiteral("user%1").arg(i), QStringLiteral("员工%1").arg(i), Role::Dispatcher, QString(), QStringLiteral("password%1").arg(i)});
        return ws;
    }

private slots:
    void anIntactChainVerifies()
    {
        auto ws = withHistory();
        const AuditVerification v = audit::verify(ws->store().db());
        QVERIFY2(v.ok, qPrintable(v.reason));
        QCOMPARE(v.entries, tests::count(*ws, "audit_log"));
        QVERIFY(v.entries >= 6);
        // Entries carry no passwords, and personal data only masked.
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM audit_log WHERE detail LIKE '%password1%'").toInt(), 0);
    }

    void anEditedEntryIsFoundAtItsPosition()
    {
        auto ws = withHistory();
        ws->store().db().run("UPDATE audit_log SET username = 'mallory' WHERE seq = 3");
        const AuditVerification v = audit::verify(ws->store().db());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(3));
        QVERIFY(v.reason.contains(QStringLiteral("altered")));
    }

    void aRecomputedHashBreaksTheNextLink()
    {
        auto ws = withHistory();
        // An attacker rewrites entry 2's detail and its own hash; entry 3 still points at the old hash.
        ws->store().db().run("UPDATE audit_log SET detail = '{}', hash = 'f00d' WHERE seq = 2");
        const AuditVerification v = audit::verify(ws->store().db());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(2));
    }

    void aDeletedEntryIsFound()
    {
        auto ws = withHistory();
        // An attacker with the raw key can switch foreign keys off first.
        ws->store().db().exec("PRAGMA foreign_keys = OFF");
        ws->store().db().run("DELETE FROM audit_log WHERE seq = 4");
        const AuditVerification v = audit::verify(ws->store().db());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, qint64(4));
        QVERIFY(v.reason.contains(QStringLiteral("missing")));
    }

    void aCutTailIsFound()
    {
        auto ws = withHistory();
        const qint64 last = ws->store().db().scalar("SELECT max(seq) FROM audit_log").toLongLong();
        ws->store().db().exec("PRAGMA foreign_keys = OFF");
        ws->store().db().run("DELETE FROM audit_log WHERE seq >= ?", last - 1);
        const AuditVerification v = audit::verify(ws->store().db());
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBrokenSeq, last - 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
