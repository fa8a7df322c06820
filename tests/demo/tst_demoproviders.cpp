// The demo franchise's planted onboarding problems (wrong ID check digits,
// expired health certificates, missing qualifications) are caught by the
// checklist, next to applicants who can be approved as seeded; the queue's
// applicants come with scans; the demo's suspended providers are suspended
// the way the expiry sweep does it (so a renewal lifts it), and the sweep
// runs cleanly over a realistic store.
#include "demo/demo_generator.h"
#include "demo/demo_scans.h"
#include "domain/idnumber.h"
#include "domain/office_time.h"
#include "domain/scan_format.h"
#include "itemmodels/expiring_credentials_model.h"
#include "services/provider_expiry_service.h"
#include "services/provider_review_service.h"
#include "services/provider_settings.h"
#include "services/workspace.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QImage>
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
        const QString today = domain::officeDay(kReference).toString(Qt::ISODate);
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

    void someApplicantsAreApprovableAndTheRestAreBlocked()
    {
        ProviderReviewService review(m_ws->services());
        QList<std::pair<qint64, qint64>> open; // application, provider
        auto st = m_ws->store().db().prepare("SELECT id, provider_id FROM provider_applications WHERE state IN ('new','info_requested') ORDER BY id");
        while (st.next())
            open.append({st.int64(0), st.int64(1)});
        QVERIFY(open.size() >= 30); // 3 in 20 providers apply: new, asked for information, planted
        QList<std::pair<qint64, qint64>> approvable;
        int blocked = 0;
        for (const auto &[app, provider] : open) {
            const auto checks = review.checks(provider);
            if (domain::approvalBlocked(checks)) {
                ++blocked;
                QVERIFY_THROWS_EXCEPTION(ServiceError, review.approve(app));
            } else {
                approvable.append({app, provider});
            }
        }
        // Every other new applicant (1 in 40 providers) has everything in order.
        QVERIFY2(approvable.size() >= 4, qPrintable(QString::number(approvable.size())));
        QVERIFY2(blocked >= 20, qPrintable(QString::number(blocked)));
        // ... including the background check, recorded in the timeline.
        const auto [app, provider] = approvable.first();
        QCOMPARE(review.timeline(app).constLast().kind, QStringLiteral("background_check"));
        review.approve(app);
        QCOMPARE(m_ws->store().db().scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("active"));
    }

    void theQueueComesWithScans()
    {
        auto &db = m_ws->store().db();
        QVERIFY(demo::canDrawScans());
        const int scans = db.scalar("SELECT count(*) FROM credential_scans").toInt();
        QVERIFY2(scans >= 80, qPrintable(QString::number(scans))); // 240 providers: 36 applicants, each with 2 to 5 credentials
        // Each is what its MIME type says, small, and named for what it shows.
        auto st = db.prepare("SELECT s.mime, s.bytes, s.file_name, c.type FROM credential_scans s JOIN credentials c ON c.id = s.credential_id");
        QSet<QString> mimes;
        qint64 largest = 0, total = 0;
        int n = 0;
        while (st.next()) {
            const QByteArray bytes = st.blob(1);
            const auto format = domain::sniffScan(bytes);
            QVERIFY(format);
            QCOMPARE(domain::scanMime(*format), st.text(0));
            mimes.insert(st.text(0));
            largest = std::max<qint64>(largest, bytes.size());
            total += bytes.size();
            ++n;
            QCOMPARE(st.text(0) == u"image/png", st.text(3) == u"id_card");
            if (st.text(0) != u"application/pdf") {
                const QImage image = QImage::fromData(bytes);
                QVERIFY(!image.isNull());
                QVERIFY(image.width() >= 700);
            }
        }
        QCOMPARE(mimes, (QSet<QString>{QStringLiteral("image/png"), QStringLiteral("image/jpeg"), QStringLiteral("application/pdf")}));
        qInfo("%d scans, %lld KiB on average, the largest %lld KiB", n, total / n / 1024, largest / 1024);
        QVERIFY2(largest <= 64 * 1024, qPrintable(QString::number(largest)));
        // The longest-waiting applications have them; those asked for a clearer
        // health certificate have none for it.
        const qint64 first = db.scalar("SELECT provider_id FROM provider_applications WHERE state IN ('new','info_requested')"
                                       " ORDER BY submitted_at, id LIMIT 1").toLongLong();
        QVERIFY(db.scalar("SELECT count(*) FROM credential_scans s JOIN credentials c ON c.id = s.credential_id WHERE c.provider_id = ?", first).toInt() >= 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM credential_scans s JOIN credentials c ON c.id = s.credential_id"
                           " JOIN provider_applications a ON a.provider_id = c.provider_id"
                           " WHERE a.state = 'info_requested' AND c.type = 'health_certificate'").toInt(), 0);
        // Only the queue: no scans for decided providers (one applicant was approved above).
        QVERIFY(db.scalar("SELECT count(*) FROM credential_scans s JOIN credentials c ON c.id = s.credential_id"
                          " JOIN providers p ON p.id = c.provider_id WHERE p.status NOT IN ('applicant','active')").toInt() == 0);
    }

    void scansAreTheSameForTheSameSeed()
    {
        demo::DemoOptions o;
        o.providers = 40;
        o.orders = 100;
        o.seed = 5;
        o.referenceSecs = kReference;
        o.kdf = store::KdfParams::fastForTests();
        QStringList hashes[2];
        for (int run = 0; run < 2; ++run) {
            const QString path = m_dir.filePath(QStringLiteral("same%1.doorstep").arg(run));
            QElapsedTimer t;
            t.start();
            demo::createDemoStore(path, o);
            qInfo("a demo of 40 providers in %lld ms", qint64(t.elapsed()));
            auto ws = Workspace::login(path, QStringLiteral("admin"), o.password);
            auto st = ws->store().db().prepare("SELECT file_name || ' ' || sha256 FROM credential_scans ORDER BY id");
            while (st.next())
                hashes[run].append(st.text(0));
        }
        QVERIFY(!hashes[0].isEmpty());
        QCOMPARE(hashes[0], hashes[1]);
    }

    void suspendedProvidersAreSuspendedAsTheSweepDoesAndARenewalLiftsIt()
    {
        auto &db = m_ws->store().db();
        const QString today = domain::officeDay(kReference).toString(Qt::ISODate);
        const int suspended = db.scalar("SELECT count(*) FROM providers WHERE status = 'suspended'").toInt();
        QVERIFY(suspended >= 10); // one in 20
        // Each has its open suspension, tied to the lapsed health certificate,
        // and says so: the reason the sweep wrote.
        QCOMPARE(db.scalar("SELECT count(*) FROM providers p JOIN provider_suspensions s ON s.provider_id = p.id AND s.category_id IS NULL"
                           " AND s.lifted_at IS NULL JOIN credentials c ON c.id = s.credential_id"
                           " WHERE p.status = 'suspended' AND c.type = 'health_certificate' AND c.valid_to < ? AND p.status_reason = s.reason",
                           today).toInt(),
                 suspended);
        // The whole provider is suspended, not their skills.
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_skills ps JOIN providers p ON p.id = ps.provider_id"
                           " WHERE p.status = 'suspended' AND ps.status <> 'active'").toInt(), 0);
        // Recorded as demo data: nothing queued for sync.
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_outbox WHERE entity IN ('provider_suspensions','provider_flags')").toInt(), 0);

        // A renewal, uploaded and then approved, restores one.
        const qint64 provider = db.scalar("SELECT id FROM providers WHERE status = 'suspended' ORDER BY id LIMIT 1").toLongLong();
        ProviderReviewService review(m_ws->services());
        CredentialInput renewal;
        renewal.type = QStringLiteral("health_certificate");
        renewal.number = QStringLiteral("沪健20270001");
        renewal.validFrom = domain::officeDay(kReference).addDays(-1);
        renewal.validTo = domain::officeDay(kReference).addDays(364);
        const qint64 credential = review.addCredential(provider, renewal).credentialId;
        QCOMPARE(db.scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("suspended"));
        QCOMPARE(review.reviewCredential(credential, true), 1);
        QCOMPARE(db.scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("active"));
        QVERIFY(db.scalar("SELECT status_reason FROM providers WHERE id = ?", provider).isNull());
        QCOMPARE(db.scalar("SELECT lifted_by_credential_id FROM provider_suspensions WHERE provider_id = ?", provider).toLongLong(), credential);
    }

    void someActiveProvidersHaveAnOpenFlagRaisedByTheRule()
    {
        auto &db = m_ws->store().db();
        const int open = db.scalar("SELECT count(*) FROM provider_flags f JOIN providers p ON p.id = f.provider_id"
                                   " WHERE f.state = 'open' AND f.kind = 'assessment_failed_twice' AND p.status = 'active'").toInt();
        QVERIFY2(open >= 1, qPrintable(QString::number(open)));
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_flags f WHERE NOT EXISTS (SELECT 1 FROM assessment_results r"
                           " WHERE r.provider_id = f.provider_id AND r.assessment_id = f.ref_id AND r.passed = 0)").toInt(), 0);
    }

    void theExpirySweepRunsCleanlyOverTheDemo()
    {
        auto &db = m_ws->store().db();
        ProviderExpiryService expiry(m_ws->services());
        const SweepResult r = expiry.sweep();
        // The demo already suspended whoever's health certificate lapsed...
        QCOMPARE(r.providersSuspended, 0);
        // ... and leaves the lapsed licences of active providers to the sweep
        // at login: they lose exactly those skills, with a reason.
        QVERIFY(r.skillsSuspended > 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_skills WHERE status = 'suspended' AND suspended_reason IS NULL").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_suspensions s JOIN credentials c ON c.id = s.credential_id"
                           " WHERE c.valid_to >= ? AND s.lifted_at IS NULL", domain::officeDay(kReference).toString(Qt::ISODate)).toInt(), 0);
        QVERIFY(!expiry.sweep().changed());

        itemmodels::ExpiringCredentialsModel model(db, m_ws->session(), m_ws->clock()); // at kReference
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 0);
    }
};

QTEST_MAIN(TestDemoProviders)
#include "tst_demoproviders.moc"
