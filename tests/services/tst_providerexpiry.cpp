// Credential expiry: the sweep suspends exactly what an expired credential
// supports, catches up on days the console was closed, is idempotent, leaves
// a supervisor's suspension alone, and renewal lifts what it caused.
#include "provider_fixture.h"
#include "services/provider_expiry_service.h"
#include "services/provider_review_service.h"
#include "test_store.h"

#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

class TestProviderExpiry : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Workspace> fresh() { return tests::makeWorkspace(m_dir, QStringLiteral("e%1.doorstep").arg(++m_n)); }

    // An active cleaner-electrician: health certificate to 2026-12-31,
    // electrician licence to 2026-11-30.
    static qint64 activeProvider(tests::ProviderFixture &fx)
    {
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("李强"), fx.validId(), {fx.cleaning, fx.electrical});
        fx.credential(p, QStringLiteral("id_card"), QDate(2020, 1, 1), QDate(2040, 1, 1), QStringLiteral("approved"));
        fx.credential(p, QStringLiteral("health_certificate"), QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("approved"));
        fx.credential(p, QStringLiteral("qualification"), QDate(2023, 1, 1), QDate(2026, 11, 30), QStringLiteral("approved"), QStringLiteral("electrician"));
        return p;
    }
    static QString providerStatus(Workspace &ws, qint64 p) { return ws.store().db().scalar("SELECT status FROM providers WHERE id = ?", p).toString(); }
    static QString skillStatus(Workspace &ws, qint64 p, qint64 c)
    {
        return ws.store().db().scalar("SELECT status FROM provider_skills WHERE provider_id = ? AND category_id = ?", p, c).toString();
    }

private slots:
    void nothingDueWritesNothing()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = activeProvider(fx);
        const qint64 audits = tests::count(*ws, "audit_log");
        const SweepResult r = ProviderExpiryService(ws->services()).sweep(QDate(2026, 11, 30)); // the licence's last day
        QVERIFY(!r.changed());
        QCOMPARE(tests::count(*ws, "audit_log"), audits);
        QCOMPARE(skillStatus(*ws, p, fx.electrical), QStringLiteral("active"));
    }

    void expiredQualificationSuspendsOnlyTheSkillsThatNeedIt()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = activeProvider(fx);
        ProviderExpiryService expiry(ws->services());
        const SweepResult r = expiry.sweep(QDate(2026, 12, 1));
        QCOMPARE(r.skillsSuspended, 1);
        QCOMPARE(r.providersSuspended, 0);
        QCOMPARE(skillStatus(*ws, p, fx.electrical), QStringLiteral("suspended"));
        QCOMPARE(skillStatus(*ws, p, fx.cleaning), QStringLiteral("active"));
        QCOMPARE(providerStatus(*ws, p), QStringLiteral("active"));
        auto &db = ws->store().db();
        const QString reason = db.scalar("SELECT suspended_reason FROM provider_skills WHERE provider_id = ? AND category_id = ?", p, fx.electrical).toString();
        QVERIFY2(reason.contains(QStringLiteral("低压电工作业证")) && reason.contains(QStringLiteral("2026-11-30")), qPrintable(reason));
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("provider.expiry_sweep"));
        QCOMPARE(tests::count(*ws, "provider_suspensions"), 1);

        // Idempotent: the same day, or any later one, adds nothing.
        const qint64 audits = tests::count(*ws, "audit_log");
        QVERIFY(!expiry.sweep(QDate(2026, 12, 1)).changed());
        QVERIFY(!expiry.sweep(QDate(2026, 12, 5)).changed());
        QCOMPARE(tests::count(*ws, "audit_log"), audits);
        QCOMPARE(tests::count(*ws, "provider_suspensions"), 1);
    }

    void catchUpAfterTheConsoleWasClosedOnTheExpiryDay()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = activeProvider(fx);
        // Nobody opened the console between 2026-12-31 and 2027-01-20.
        const SweepResult r = ProviderExpiryService(ws->services()).sweep(QDate(2027, 1, 20));
        QCOMPARE(r.providersSuspended, 1);
        QCOMPARE(r.skillsSuspended, 1);
        QCOMPARE(providerStatus(*ws, p), QStringLiteral("suspended"));
        const QString reason = ws->store().db().scalar("SELECT status_reason FROM providers WHERE id = ?", p).toString();
        QVERIFY2(reason.contains(QStringLiteral("2026-12-31")), qPrintable(reason));
        // The sweep's own "today" comes from the clock when not given.
        ws->services().setClock([] { return tests::ProviderFixture::at(QDate(2027, 1, 21)); });
        QVERIFY(!ProviderExpiryService(ws->services()).sweep().changed());
    }

    void renewalLiftsExactlyWhatItCaused()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = activeProvider(fx);
        ws->services().setClock([] { return tests::ProviderFixture::at(QDate(2027, 1, 20)); });
        ProviderExpiryService(ws->services()).sweep();
        QCOMPARE(providerStatus(*ws, p), QStringLiteral("suspended"));

        ProviderReviewService review(ws->services());
        // A pending renewal lifts nothing until it is approved.
        CredentialInput health{QStringLiteral("health_certificate"), {}, QStringLiteral("沪健123"), QStringLiteral("上海市疾控"),
                               QDate(2027, 1, 18), QDate(2028, 1, 17), false};
        const CredentialAdded waiting = review.addCredential(p, health);
        const qint64 pending = waiting.credentialId;
        QCOMPARE(providerStatus(*ws, p), QStringLiteral("suspended"));
        QCOMPARE(waiting.lifted.suspensionsLifted, 0);
        QVERIFY(!waiting.lifted.providerReactivated);
        review.reviewCredential(pending, true);
        QCOMPARE(providerStatus(*ws, p), QStringLiteral("active"));
        QVERIFY(ws->store().db().scalar("SELECT status_reason FROM providers WHERE id = ?", p).isNull());
        // The licence is still expired: that skill stays suspended.
        QCOMPARE(skillStatus(*ws, p, fx.electrical), QStringLiteral("suspended"));
        QCOMPARE(ws->store().db().scalar("SELECT lifted_by_credential_id FROM provider_suspensions WHERE category_id IS NULL").toLongLong(), pending);

        // A renewal that starts in the future does not cover today.
        CredentialInput licence{QStringLiteral("qualification"), QStringLiteral("electrician"), QStringLiteral("Q2"), {},
                                QDate(2027, 2, 1), QDate(2031, 1, 31), true};
        const CredentialAdded early = review.addCredential(p, licence);
        QCOMPARE(skillStatus(*ws, p, fx.electrical), QStringLiteral("suspended"));
        QCOMPARE(early.lifted.suspensionsLifted, 0);
        QCOMPARE(early.lifted.skillsRestored, 0);
        licence.validFrom = QDate(2027, 1, 15);
        // The service says what the renewal lifted (the renew page only shows it).
        const CredentialAdded renewed = review.addCredential(p, licence);
        QCOMPARE(skillStatus(*ws, p, fx.electrical), QStringLiteral("active"));
        QCOMPARE(renewed.lifted.suspensionsLifted, 1);
        QCOMPARE(renewed.lifted.skillsRestored, 1);
        QVERIFY(!renewed.lifted.providerReactivated); // the provider was active already
        QVERIFY(ws->store().db().scalar("SELECT suspended_reason FROM provider_skills WHERE provider_id = ? AND category_id = ?", p, fx.electrical).isNull());
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM provider_suspensions WHERE lifted_at IS NULL").toInt(), 0);
        // And the next sweep finds nothing to do.
        QVERIFY(!ProviderExpiryService(ws->services()).sweep().changed());
    }

    void twoWholeCausesNeedTwoRenewals()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = activeProvider(fx);
        ws->store().db().run("UPDATE credentials SET valid_to = '2027-01-01' WHERE provider_id = ? AND type = 'id_card'", p);
        ws->services().setClock([] { return tests::ProviderFixture::at(QDate(2027, 1, 20)); });
        const SweepResult r = ProviderExpiryService(ws->services()).sweep();
        QCOMPARE(r.providersSuspended, 1);
        QCOMPARE(r.suspensionsRecorded, 3); // ID card, health certificate, licence
        ProviderReviewService review(ws->services());
        const CredentialAdded first =
            review.addCredential(p, {QStringLiteral("health_certificate"), {}, {}, {}, QDate(2027, 1, 19), QDate(2028, 1, 18), true});
        QCOMPARE(providerStatus(*ws, p), QStringLiteral("suspended"));
        QCOMPARE(first.lifted.suspensionsLifted, 1);
        QVERIFY(!first.lifted.providerReactivated); // the ID card still keeps them suspended
        const QString remaining = ws->store().db().scalar("SELECT status_reason FROM providers WHERE id = ?", p).toString();
        QVERIFY2(remaining.contains(QStringLiteral("2027-01-01")) && !remaining.contains(QStringLiteral("2026-12-31")), qPrintable(remaining));
        const CredentialAdded second =
            review.addCredential(p, {QStringLiteral("id_card"), {}, {}, {}, QDate(2027, 1, 19), QDate(2047, 1, 18), true});
        QCOMPARE(providerStatus(*ws, p), QStringLiteral("active"));
        QVERIFY(second.lifted.providerReactivated);
    }

    void aSupervisorsSuspensionIsNeitherTakenOverNorLifted()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = activeProvider(fx);
        auto &db = ws->store().db();
        db.run("UPDATE providers SET status = 'suspended', status_reason = '投诉调查中' WHERE id = ?", p);
        db.run("UPDATE provider_skills SET status = 'suspended', suspended_reason = '投诉调查中' WHERE provider_id = ?", p);
        ws->services().setClock([] { return tests::ProviderFixture::at(QDate(2027, 1, 20)); });
        QVERIFY(!ProviderExpiryService(ws->services()).sweep().changed());
        const CredentialAdded added = ProviderReviewService(ws->services())
                                          .addCredential(p, {QStringLiteral("health_certificate"), {}, {}, {}, QDate(2027, 1, 19), QDate(2028, 1, 18), true});
        QCOMPARE(providerStatus(*ws, p), QStringLiteral("suspended"));
        QVERIFY(!added.lifted.providerReactivated);
        QCOMPARE(added.lifted.skillsRestored, 0);
        QCOMPARE(db.scalar("SELECT status_reason FROM providers WHERE id = ?", p).toString(), QStringLiteral("投诉调查中"));
    }

    void applicantsAndRenewedCredentialsAreNotSuspended()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 applicant = fx.completeApplicant();
        fx.credential(applicant, QStringLiteral("health_certificate"), QDate(2024, 1, 1), QDate(2025, 1, 1), QStringLiteral("approved"));
        const qint64 renewed = activeProvider(fx);
        fx.credential(renewed, QStringLiteral("health_certificate"), QDate(2026, 12, 20), QDate(2027, 12, 19), QStringLiteral("approved"));
        fx.credential(renewed, QStringLiteral("qualification"), QDate(2026, 11, 1), QDate(2030, 11, 1), QStringLiteral("approved"), QStringLiteral("electrician"));
        QVERIFY(!ProviderExpiryService(ws->services()).sweep(QDate(2027, 1, 20)).changed());
        QCOMPARE(providerStatus(*ws, renewed), QStringLiteral("active"));
        QCOMPARE(providerStatus(*ws, applicant), QStringLiteral("applicant"));
    }

    void anyRoleOpeningTheConsoleRunsIt()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = activeProvider(fx);
        Session dispatcher = ws->session();
        dispatcher.role = Role::Dispatcher;
        ServiceLayer layer(ws->store(), dispatcher);
        QVERIFY(ProviderExpiryService(layer).sweep(QDate(2027, 1, 20)).changed());
        QCOMPARE(providerStatus(*ws, p), QStringLiteral("suspended"));
        // Sync sees the skill with its key.
        QVERIFY(ws->store().db().scalar("SELECT count(*) FROM sync_outbox WHERE entity = 'provider_skills' AND payload LIKE '%suspended%'").toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestProviderExpiry)
#include "tst_providerexpiry.moc"
