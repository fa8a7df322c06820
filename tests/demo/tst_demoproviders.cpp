// The demo franchise's planted onboarding problems (wrong ID check digits,
// expired health certificates, missing qualifications) are caught by the
// checklist, and the expiry sweep runs cleanly over a realistic store.
#include "demo/demo_generator.h"
#include "domain/idnumber.h"
#include "itemmodels/expiring_credentials_model.h"
#include "services/provider_expiry_service.h"
#include "services/provider_review_service.h"
#include "services/provider_settings.h"
#include "services/workspace.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

namespace {
constexpr qint64 kReference = 1795000000; // 2026-11-18, as in tst_demogenerator
}

class TestDemoProviders : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

    QList<qint64> applicants()
    {
        QList<qint64> ids;
        auto st = m_ws->store().db().prepare("SELECT id FROM providers WHERE status = 'applicant' ORDER BY id");
        while (st.next())
            ids.append(st.int64(0));
        return ids;
    }
    domain::ProviderCheck check(qint64 provider, const QString &key)
    {
        for (const auto &c : ProviderReviewService(m_ws->services()).checks(provider))
            if (c.key == key)
                return c;
        return {};
    }

private slots:
    void initTestCase()
    {
        demo::DemoOptions o;
        o.providers = 240; // 12 planted: 4 of each kind
        o.orders = 1500;
        o.seed = 11;
        o.referenceSecs = kReference;
        o.kdf = store::KdfParams::fastForTests();
        const QString path = m_dir.filePath(QStringLiteral("demo.doorstep"));
        demo::createDemoStore(path, o);
        m_ws = Workspace::login(path, QStringLiteral("admin"), o.password);
        m_ws->services().setClock([] { return kReference; });
    }

    void wrongCheckDigitsAreCaught()
    {
        int planted = 0;
        for (qint64 p : applicants()) {
            const QString id = m_ws->store().db().scalar("SELECT id_number FROM providers WHERE id = ?", p).toString();
            const bool bad = domain::idCheckDigit(QStringView(id).first(17)) != id.at(17);
            planted += bad ? 1 : 0;
            QCOMPARE(check(p, QStringLiteral("id.check_digit")).state, bad ? domain::CheckState::Failed : domain::CheckState::Passed);
        }
        QVERIFY2(planted >= 4, qPrintable(QString::number(planted)));
    }

    void expiredHealthCertificatesAreCaught()
    {
        const QString today = officeDay(kReference).toString(Qt::ISODate);
        int planted = 0;
        for (qint64 p : applicants()) {
            const bool expired = m_ws->store().db().scalar(
                "SELECT max(valid_to) < ? FROM credentials WHERE provider_id = ? AND type = 'health_certificate'", today, p).toBool();
            planted += expired ? 1 : 0;
            if (expired) {
                const auto c = check(p, QStringLiteral("health_certificate"));
                QCOMPARE(c.state, domain::CheckState::Failed);
                QVERIFY(c.blocksApproval());
            }
        }
        QVERIFY2(planted >= 4, qPrintable(QString::number(planted)));
    }

    void missingQualificationsAreCaught()
    {
        int missing = 0;
        for (qint64 p : applicants()) {
            for (const auto &c : ProviderReviewService(m_ws->services()).checks(p))
                if (c.key.startsWith(QStringLiteral("qualification.")) && c.state == domain::CheckState::Missing)
                    ++missing;
        }
        QVERIFY(missing >= 1);
    }

    void noApplicantCanBeApprovedAsSeeded()
    {
        // Demo applicants have no clear background check yet, and the planted ones worse.
        ProviderReviewService review(m_ws->services());
        auto st = m_ws->store().db().prepare("SELECT id, provider_id FROM provider_applications WHERE state IN ('new','info_requested') LIMIT 10");
        int tried = 0;
        while (st.next()) {
            QVERIFY(domain::approvalBlocked(review.checks(st.int64(1))));
            QVERIFY_THROWS_EXCEPTION(ServiceError, review.approve(st.int64(0)));
            ++tried;
        }
        QCOMPARE(tried, 10);
    }

    void theExpirySweepRunsCleanlyOverTheDemo()
    {
        auto &db = m_ws->store().db();
        const int supervisorsSuspended = db.scalar("SELECT count(*) FROM providers WHERE status = 'suspended'").toInt();
        QVERIFY(supervisorsSuspended > 0);
        ProviderExpiryService expiry(m_ws->services());
        const SweepResult r = expiry.sweep();
        // Active providers whose licences lapsed lose exactly those skills, with a reason.
        QVERIFY(r.skillsSuspended > 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_skills WHERE status = 'suspended' AND suspended_reason IS NULL").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_suspensions s JOIN credentials c ON c.id = s.credential_id"
                           " WHERE c.valid_to >= ?", officeDay(kReference).toString(Qt::ISODate)).toInt(), 0);
        // The demo's own suspensions (a supervisor's, with no sweep row) are left as they were.
        QCOMPARE(db.scalar("SELECT count(*) FROM providers p WHERE status = 'suspended' AND status_reason = '健康证已过期'"
                           " AND NOT EXISTS (SELECT 1 FROM provider_suspensions s WHERE s.provider_id = p.id AND s.category_id IS NULL)").toInt(),
                 supervisorsSuspended);
        QVERIFY(!expiry.sweep().changed());

        itemmodels::ExpiringCredentialsModel model(db, m_ws->session());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(officeDay(kReference));
        QVERIFY(model.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoProviders)
#include "tst_demoproviders.moc"
