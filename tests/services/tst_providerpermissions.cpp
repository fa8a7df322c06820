// Who may decide about providers, walked as real logged-in staff of every
// role (as tst_permissions does for the whole matrix): reviewing and
// correcting credentials and recording background checks need
// ProviderReview; ledger entries, assessments, courses and the decision on a
// deactivation flag need ProviderDiscipline; opening a scan (it shows the
// full ID number) needs ProviderRevealPersonal. A dispatcher, a service agent
// and a manager are refused before anything is written (no row changes, no
// audit entry, nothing queued), on real targets; a supervisor may.
#include "provider_fixture.h"
#include "services/provider_discipline_service.h"
#include "services/provider_review_service.h"
#include "services/staff_service.h"
#include "test_store.h"

#include <QTest>

#include <map>

using namespace doorstep;
using namespace doorstep::services;

namespace {
bool refused(const std::function<void()> &f)
{
    try {
        f();
    } catch (const ServiceError &e) {
        if (e.kind() != ServiceError::Kind::PermissionDenied)
            qWarning() << "refused, but not for the permission:" << e.message();
        return e.kind() == ServiceError::Kind::PermissionDenied;
    }
    return false;
}
} // namespace

class TestProviderPermissions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::map<Role, std::unique_ptr<Workspace>> m_as;
    qint64 m_provider = 0, m_application = 0, m_credential = 0, m_flag = 0, m_course = 0, m_assessment = 0, m_scan = 0;

    // What the refused attempts must leave exactly as it was.
    QString footprint()
    {
        auto &db = m_as.at(Role::Administrator)->store().db();
        QStringList parts;
        for (const char *sql : {"SELECT count(*) FROM audit_log", "SELECT count(*) FROM sync_outbox", "SELECT count(*) FROM background_checks",
                                "SELECT count(*) FROM provider_ledger", "SELECT count(*) FROM assessment_results",
                                "SELECT count(*) FROM course_completions", "SELECT count(*) FROM credentials",
                                "SELECT review_status || coalesce(number, '') || coalesce(valid_to, '') FROM credentials WHERE id = ?1",
                                "SELECT state FROM provider_flags WHERE id = ?1", "SELECT status || points FROM providers WHERE id = ?2"}) {
            auto st = db.prepare(QByteArray(sql));
            if (QByteArray(sql).contains("?1"))
                st.bind(1, QByteArray(sql).contains("provider_flags") ? m_flag : m_credential);
            if (QByteArray(sql).contains("?2"))
                st.bind(2, m_provider);
            parts.append(st.next() ? st.text(0) : QStringLiteral("-"));
        }
        return parts.join(u'|');
    }

private slots:
    void initTestCase()
    {
        auto admin = tests::makeWorkspace(m_dir, QStringLiteral("roles.doorstep"));
        const QString path = admin->store().path();
        {
            tests::ProviderFixture fx(*admin);
            m_provider = fx.completeApplicant();
            m_application = fx.application(m_provider);
            m_credential = admin->store().db().scalar("SELECT id FROM credentials WHERE provider_id = ? AND type = 'health_certificate'",
                                                      m_provider).toLongLong();
            m_course = fx.course;
            m_assessment = fx.assessment;
            m_scan = ProviderReviewService(admin->services())
                         .addScan(m_credential, QStringLiteral("健康证.png"), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'x'));
            m_flag = fx.newId();
            admin->store().db().run("INSERT INTO provider_flags(id, provider_id, kind, ref_id, detail, raised_at) VALUES (?, ?, 'low_rating', NULL,"
                                    " '最近 20 单平均 2.90 星', ?)", m_flag, m_provider, fx.now());
        }
        StaffService staff(admin->services());
        staff.setKdf(store::KdfParams::fastForTests());
        for (Role r : allRoles())
            if (r != Role::Administrator)
                staff.add({roleKey(r), roleDisplayName(r), r, QString(), QStringLiteral("role-password")});
        m_as[Role::Administrator] = std::move(admin);
        for (Role r : allRoles())
            if (r != Role::Administrator) {
                m_as[r] = Workspace::login(path, roleKey(r), QStringLiteral("role-password"));
                m_as[r]->services().setClock([] { return tests::ProviderFixture::now(); });
            }
    }

    void rolesWithoutThePermissionAreRefusedAndLeaveNoTrace()
    {
        for (Role role : {Role::Dispatcher, Role::ServiceAgent, Role::Manager}) {
            Workspace &ws = *m_as.at(role);
            QVERIFY(!ws.session().can(Permission::ProviderReview));
            QVERIFY(!ws.session().can(Permission::ProviderDiscipline));
            ProviderReviewService review(ws.services());
            ProviderDisciplineService discipline(ws.services());
            const QString before = footprint();
            const QString who = roleKey(role);
            CredentialInput fix;
            fix.number = QStringLiteral("沪健99999999");
            fix.validTo = tests::ProviderFixture::today().addYears(2);
            QVERIFY2(refused([&] { review.reviewCredential(m_credential, true); }), qPrintable(who));
            QVERIFY2(refused([&] { review.reviewCredential(m_credential, false, QStringLiteral("照片不清楚")); }), qPrintable(who));
            QVERIFY2(refused([&] { review.updateCredential(m_credential, fix); }), qPrintable(who));
            QVERIFY2(refused([&] { review.recordBackgroundCheck(m_provider, QStringLiteral("上海安信背调"), domain::BackgroundCheckResult::Clear); }), qPrintable(who));
            QVERIFY2(refused([&] { review.recordBackgroundCheck(m_provider, QStringLiteral("上海安信背调"), domain::BackgroundCheckResult::Flagged, {}, 1); }),
                     qPrintable(who));
            QVERIFY2(refused([&] { discipline.addLedgerEntry(m_provider, -5, -2000, QStringLiteral("迟到")); }), qPrintable(who));
            QVERIFY2(refused([&] { discipline.addLedgerEntry(m_provider, 10, 0, QStringLiteral("表扬")); }), qPrintable(who));
            QVERIFY2(refused([&] { discipline.confirmFlag(m_flag, QStringLiteral("确认停用")); }), qPrintable(who));
            QVERIFY2(refused([&] { discipline.overrideFlag(m_flag, QStringLiteral("继续合作")); }), qPrintable(who));
            QVERIFY2(refused([&] { discipline.recordAssessment(m_provider, m_assessment, 20); }), qPrintable(who));
            QVERIFY2(refused([&] { discipline.recordCourseCompletion(m_provider, m_course); }), qPrintable(who));
            // A scan shows the full ID number: it is not theirs to open.
            QVERIFY2(refused([&] { review.scanBytes(m_scan); }), qPrintable(who));
            QCOMPARE(footprint(), before);
            // Reading stays open to them.
            QVERIFY(!review.checks(m_provider).isEmpty());
            QCOMPARE(review.timeline(m_application).size(), 2); // submitted, scan added
        }
    }

    void aSupervisorMay()
    {
        Workspace &ws = *m_as.at(Role::Supervisor);
        ProviderReviewService review(ws.services());
        ProviderDisciplineService discipline(ws.services());
        auto &db = ws.store().db();
        const qint64 audits = tests::count(ws, "audit_log");
        CredentialInput fix;
        fix.number = QStringLiteral("沪健20260001");
        fix.validFrom = tests::ProviderFixture::today().addDays(-10);
        fix.validTo = tests::ProviderFixture::today().addDays(355);
        review.updateCredential(m_credential, fix);
        QCOMPARE(review.reviewCredential(m_credential, true), 0);
        QCOMPARE(db.scalar("SELECT review_status FROM credentials WHERE id = ?", m_credential).toString(), QStringLiteral("approved"));
        review.recordBackgroundCheck(m_provider, QStringLiteral("上海安信背调"), domain::BackgroundCheckResult::Clear);
        discipline.addLedgerEntry(m_provider, 5, 0, QStringLiteral("客户表扬"));
        discipline.recordCourseCompletion(m_provider, m_course);
        discipline.recordAssessment(m_provider, m_assessment, 90);
        discipline.overrideFlag(m_flag, QStringLiteral("差评来自同一位客户，已核实"));
        QVERIFY(!review.scanBytes(m_scan).isEmpty());
        QCOMPARE(db.scalar("SELECT state FROM provider_flags WHERE id = ?", m_flag).toString(), QStringLiteral("overridden"));
        QCOMPARE(tests::count(ws, "audit_log"), audits + 8); // one audited action each, opening the scan too
    }
};

QTEST_GUILESS_MAIN(TestProviderPermissions)
#include "tst_providerpermissions.moc"
