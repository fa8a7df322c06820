// Onboarding review through the service layer: approval guarded by the
// checklist, decisions with reasons in the timeline, scans, background
// checks, audited reveals, and who may do what.
#include "domain/scan_format.h"
#include "provider_fixture.h"
#include "services/provider_facts.h"
#include "services/provider_review_service.h"
#include "services/staff_service.h"
#include "test_store.h"

#include <QCryptographicHash>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

namespace {
ServiceError::Kind kindOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const ServiceError &e) {
        return e.kind();
    }
    return ServiceError::Kind::Store; // "did not throw" shows up as a mismatch
}

QString messageOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const ServiceError &e) {
        return e.message();
    }
    return QString();
}

QByteArray png(qsizetype size)
{
    QByteArray b("\x89PNG\r\n\x1a\n", 8);
    b.append(QByteArray(size - 8, 'x'));
    return b;
}
} // namespace

class TestProviderReview : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Workspace> fresh() { return tests::makeWorkspace(m_dir, QStringLiteral("r%1.doorstep").arg(++m_n)); }
    static QString scalar(Workspace &ws, const QByteArray &sql, qint64 id) { return ws.store().db().scalar(sql, id).toString(); }

private slots:
    // PIPL right to correction for providers: the changed fields are named in
    // the audit entry with the new name and phone masked; who may correct is
    // who reviews (administrator, supervisor), checked as real logged-in staff.
    void aProviderCorrectionIsAuditedMaskedAndLimitedToReviewers()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("王建军"), fx.validId(), {fx.cleaning});
        ProviderReviewService review(ws->services());
        const QStringList fields = review.correctProvider(p, {QStringLiteral("王建国"), QStringLiteral("13700137000"), QStringLiteral("m"),
                                                              fx.otherDistrict, QStringLiteral("长宁路1号")});
        QCOMPARE(fields, (QStringList{QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("gender"),
                                      QStringLiteral("home_district"), QStringLiteral("home_address")}));
        QCOMPARE(scalar(*ws, "SELECT phone FROM providers WHERE id = ?", p), QStringLiteral("13700137000"));
        QCOMPARE(scalar(*ws, "SELECT home_lat FROM providers WHERE id = ?", p).toDouble(), 31.22);
        auto &db = ws->store().db();
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("provider.update"));
        const QString detail = db.scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString();
        QVERIFY2(detail.contains(QStringLiteral("137****7000")) && detail.contains(QStringLiteral("home_address")), qPrintable(detail));
        for (const QString &raw : {QStringLiteral("13700137000"), QStringLiteral("13912345678"), QStringLiteral("王建国"), QStringLiteral("长宁路")})
            QVERIFY2(!detail.contains(raw), qPrintable(detail));
        // The number is kept when none is given; refusals write nothing.
        const qint64 audits = tests::count(*ws, "audit_log");
        QCOMPARE(kindOf([&] { review.correctProvider(p, {QStringLiteral("王建国"), std::nullopt, QStringLiteral("m"), fx.otherDistrict, QStringLiteral("长宁路1号")}); }),
                 ServiceError::Kind::Invalid); // nothing changed
        QCOMPARE(kindOf([&] { review.correctProvider(p, {QString(), std::nullopt, {}, 0, {}}); }), ServiceError::Kind::Invalid);
        QCOMPARE(kindOf([&] { review.correctProvider(p, {QStringLiteral("王建国"), QStringLiteral("123"), {}, 0, {}}); }), ServiceError::Kind::Invalid);
        QCOMPARE(kindOf([&] { review.correctProvider(p + 1, {QStringLiteral("某人"), std::nullopt, {}, 0, {}}); }), ServiceError::Kind::NotFound);
        QCOMPARE(kindOf([&] { review.correctProvider(p, {QStringLiteral("王建国"), std::nullopt, {}, fx.otherDistrict + 999, {}}); }),
                 ServiceError::Kind::Invalid); // no such district
        QCOMPARE(tests::count(*ws, "audit_log"), audits);
        review.correctProvider(p, {QStringLiteral("王建国"), std::nullopt, QString(), fx.otherDistrict, QStringLiteral("长宁路1号")});
        QCOMPARE(scalar(*ws, "SELECT phone FROM providers WHERE id = ?", p), QStringLiteral("13700137000"));

        StaffService staff(ws->services());
        staff.setKdf(store::KdfParams::fastForTests());
        const QList<std::pair<Role, bool>> matrix{{Role::Supervisor, true}, {Role::Dispatcher, false}, {Role::ServiceAgent, false}, {Role::Manager, false}};
        int n = 0;
        for (const auto &[role, allowed] : matrix) {
            staff.add({roleKey(role), roleDisplayName(role), role, QString(), QStringLiteral("role-password")});
            auto as = Workspace::login(ws->store().path(), roleKey(role), QStringLiteral("role-password"));
            const QString address = QStringLiteral("长宁路%1号").arg(10 + ++n);
            const auto kind = kindOf([&] { ProviderReviewService(as->services()).correctProvider(p, {QStringLiteral("王建国"), std::nullopt, {}, 0, address}); });
            QCOMPARE(kind, allowed ? ServiceError::Kind::Store : ServiceError::Kind::PermissionDenied); // Store: did not throw
            QCOMPARE(scalar(*ws, "SELECT home_address FROM providers WHERE id = ?", p) == address, allowed);
        }
        // An anonymised provider has nothing left to correct.
        db.run("UPDATE providers SET erased_at = 1 WHERE id = ?", p);
        QCOMPARE(kindOf([&] { review.correctProvider(p, {QStringLiteral("某人"), std::nullopt, {}, 0, {}}); }), ServiceError::Kind::Conflict);
    }

    void approvalIsRefusedWhileAHardCheckFailsAndAllowedAfterFixing()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = fx.provider(QStringLiteral("applicant"), QStringLiteral("王建军"), fx.validId(), {fx.cleaning, fx.electrical});
        fx.credential(p, QStringLiteral("health_certificate"), fx.today().addDays(-10), fx.today().addDays(300));
        fx.credential(p, QStringLiteral("qualification"), QDate(2024, 1, 1), QDate(2029, 1, 1), QStringLiteral("pending"), QStringLiteral("electrician"));
        const qint64 app = fx.application(p);
        ProviderReviewService review(ws->services());
        const qint64 auditBefore = tests::count(*ws, "audit_log");

        const QString refusal = messageOf([&] { review.approve(app); });
        QVERIFY2(refusal.contains(QStringLiteral("background check")), qPrintable(refusal));
        QCOMPARE(kindOf([&] { review.approve(app); }), ServiceError::Kind::Conflict);
        QCOMPARE(scalar(*ws, "SELECT state FROM provider_applications WHERE id = ?", app), QStringLiteral("new"));
        QCOMPARE(scalar(*ws, "SELECT status FROM providers WHERE id = ?", p), QStringLiteral("applicant"));
        QCOMPARE(tests::count(*ws, "audit_log"), auditBefore); // a refusal writes nothing

        // The checklist says the same.
        const auto checks = review.checks(p);
        QVERIFY(domain::approvalBlocked(checks));

        review.recordBackgroundCheck(p, QStringLiteral("上海安信背调"), domain::BackgroundCheckResult::Clear);
        QVERIFY(!domain::approvalBlocked(review.checks(p)));
        review.approve(app);
        auto &db = ws->store().db();
        QCOMPARE(scalar(*ws, "SELECT state FROM provider_applications WHERE id = ?", app), QStringLiteral("approved"));
        QCOMPARE(db.scalar("SELECT decided_by FROM provider_applications WHERE id = ?", app).toLongLong(), ws->session().staffId);
        QCOMPARE(scalar(*ws, "SELECT status FROM providers WHERE id = ?", p), QStringLiteral("active"));
        QCOMPARE(db.scalar("SELECT joined_at FROM providers WHERE id = ?", p).toLongLong(), fx.now());
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_skills WHERE provider_id = ? AND status = 'active'", p).toInt(), 2);
        QCOMPARE(db.scalar("SELECT count(*) FROM credentials WHERE provider_id = ? AND review_status = 'pending'", p).toInt(), 0);
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("provider.application.approve"));
        // The skills travel to sync with their composite key.
        QVERIFY(db.scalar("SELECT count(*) FROM sync_outbox WHERE entity = 'provider_skills' AND payload LIKE '%\"status\":\"active\"%'").toInt() >= 2);
        QStringList kinds;
        for (const ApplicationEvent &e : review.timeline(app))
            kinds.append(e.kind);
        QCOMPARE(kinds, (QStringList{QStringLiteral("submitted"), QStringLiteral("background_check"), QStringLiteral("approved")}));
        // Decided once.
        QCOMPARE(kindOf([&] { review.approve(app); }), ServiceError::Kind::Conflict);
    }

    // A state key the schema would refuse (written by something that did not
    // follow it: a newer console, a hand edit) is an error naming the row,
    // never read as some default state.
    void anUnknownStoredStateIsAnErrorNamingTheRow()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ProviderReviewService review(ws->services());
        const qint64 p = fx.provider(QStringLiteral("applicant"), QStringLiteral("赵敏"), fx.validId(), {fx.cleaning});
        const qint64 app = fx.application(p);
        const qint64 cred = review.addCredential(p, {QStringLiteral("other"), {}, QStringLiteral("X-1"), {}, {}, {}, false}).credentialId;
        auto &db = ws->store().db();
        db.exec("PRAGMA ignore_check_constraints = ON");
        db.run("UPDATE provider_applications SET state = 'archived' WHERE id = ?", app);
        db.run("UPDATE credentials SET review_status = 'maybe' WHERE id = ?", cred);
        db.exec("PRAGMA ignore_check_constraints = OFF");

        QString message = messageOf([&] { review.approve(app); });
        QVERIFY2(message.contains(u"provider_applications.state") && message.contains(QString::number(app)) && message.contains(u"\"archived\""),
                 qPrintable(message));
        QCOMPARE(messageOf([&] { review.reject(app, QStringLiteral("x")); }), message);
        QCOMPARE(scalar(*ws, "SELECT state FROM provider_applications WHERE id = ?", app), QStringLiteral("archived")); // nothing written

        message = messageOf([&] { review.checks(p); });
        QVERIFY2(message.contains(u"credentials.review_status") && message.contains(QString::number(cred)) && message.contains(u"\"maybe\""),
                 qPrintable(message));
        QVERIFY(!messageOf([&] { review.reviewCredential(cred, true); }).isEmpty());
        QCOMPARE(scalar(*ws, "SELECT review_status FROM credentials WHERE id = ?", cred), QStringLiteral("maybe"));
    }

    void everyPlantedProblemBlocksApproval()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ProviderReviewService review(ws->services());
        auto &db = ws->store().db();
        // Wrong check digit.
        const qint64 badId = fx.completeApplicant(QStringLiteral("甲"));
        QString wrong = fx.validId();
        wrong[17] = wrong[17] == u'3' ? u'7' : u'3';
        db.run("UPDATE providers SET id_number = ? WHERE id = ?", wrong, badId);
        // Health certificate that lapses in 29 days.
        const qint64 health = fx.completeApplicant(QStringLiteral("乙"));
        db.run("UPDATE credentials SET valid_to = ? WHERE provider_id = ? AND type = 'health_certificate'",
               fx.today().addDays(29).toString(Qt::ISODate), health);
        // No electrician licence for electrical work.
        const qint64 noQual = fx.completeApplicant(QStringLiteral("丙"));
        db.run("DELETE FROM credentials WHERE provider_id = ? AND type = 'qualification'", noQual);
        const QList<std::pair<qint64, QString>> cases{{badId, QStringLiteral("id.check_digit")},
                                                      {health, QStringLiteral("health_certificate")},
                                                      {noQual, QStringLiteral("qualification.electrician")}};
        for (const auto &[provider, key] : cases) {
            const qint64 app = fx.application(provider);
            QStringList failing;
            for (const auto &c : review.checks(provider))
                if (c.blocksApproval())
                    failing.append(c.key);
            QCOMPARE(failing, QStringList{key});
            QCOMPARE(kindOf([&] { review.approve(app); }), ServiceError::Kind::Conflict);
        }
        // 31 days is enough.
        db.run("UPDATE credentials SET valid_to = ? WHERE provider_id = ? AND type = 'health_certificate'",
               fx.today().addDays(31).toString(Qt::ISODate), health);
        review.approve(db.scalar("SELECT id FROM provider_applications WHERE provider_id = ?", health).toLongLong());
        QCOMPARE(scalar(*ws, "SELECT status FROM providers WHERE id = ?", health), QStringLiteral("active"));
    }

    void rejectAndRequestInformationNeedReasonsAndLandInTheTimeline()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ProviderReviewService review(ws->services());
        const qint64 p = fx.completeApplicant();
        const qint64 app = fx.application(p);
        QCOMPARE(kindOf([&] { review.requestInformation(app, QStringLiteral("  ")); }), ServiceError::Kind::Invalid);
        QCOMPARE(kindOf([&] { review.reject(app, QString()); }), ServiceError::Kind::Invalid);
        QCOMPARE(scalar(*ws, "SELECT state FROM provider_applications WHERE id = ?", app), QStringLiteral("new"));

        review.requestInformation(app, QStringLiteral("请补充清晰的健康证照片"));
        QCOMPARE(scalar(*ws, "SELECT state FROM provider_applications WHERE id = ?", app), QStringLiteral("info_requested"));
        QCOMPARE(scalar(*ws, "SELECT status FROM providers WHERE id = ?", p), QStringLiteral("applicant"));
        review.reject(app, QStringLiteral("背景调查未通过"));
        QCOMPARE(scalar(*ws, "SELECT state FROM provider_applications WHERE id = ?", app), QStringLiteral("rejected"));
        QCOMPARE(scalar(*ws, "SELECT status FROM providers WHERE id = ?", p), QStringLiteral("rejected"));
        QCOMPARE(scalar(*ws, "SELECT status_reason FROM providers WHERE id = ?", p), QStringLiteral("背景调查未通过"));

        const auto events = review.timeline(app);
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(1).kind, QStringLiteral("info_requested"));
        QCOMPARE(events.at(1).note, QStringLiteral("请补充清晰的健康证照片"));
        QCOMPARE(events.at(1).staffName, QStringLiteral("管理员"));
        QCOMPARE(events.at(2).kind, QStringLiteral("rejected"));
        QCOMPARE(events.at(2).note, QStringLiteral("背景调查未通过"));
        // The reason stays out of the audit detail (it may name the person).
        QVERIFY(!ws->store().db().scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString().contains(QStringLiteral("背景")));
        QCOMPARE(kindOf([&] { review.approve(app); }), ServiceError::Kind::Conflict);
    }

    void scansAreSniffedLimitedAndStoredWithTheirHash()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ProviderReviewService review(ws->services());
        const qint64 p = fx.completeApplicant();
        const qint64 app = fx.application(p);
        const qint64 cred = ws->store().db().scalar("SELECT id FROM credentials WHERE provider_id = ? AND type = 'health_certificate'", p).toLongLong();

        const QString tooBig = messageOf([&] { review.addScan(cred, QStringLiteral("C:/扫描/健康证.png"), png(domain::kMaxScanBytes + 1)); });
        QVERIFY2(tooBig.contains(QStringLiteral("10 MiB")) && tooBig.contains(QStringLiteral("健康证.png")), qPrintable(tooBig));
        QVERIFY2(!tooBig.contains(QStringLiteral("C:/")), qPrintable(tooBig));
        const QString gif = messageOf([&] { review.addScan(cred, QStringLiteral("photo.png"), QByteArray("GIF89a....")); });
        QVERIFY2(gif.contains(QStringLiteral("PNG, JPEG or PDF")), qPrintable(gif));
        QCOMPARE(kindOf([&] { review.addScan(cred, QStringLiteral("empty.pdf"), QByteArray()); }), ServiceError::Kind::Invalid);
        QCOMPARE(kindOf([&] { review.addScan(424242, QStringLiteral("a.pdf"), QByteArray("%PDF-1.4")); }), ServiceError::Kind::NotFound);
        QCOMPARE(tests::count(*ws, "credential_scans"), 0);

        const QByteArray ok = png(domain::kMaxScanBytes); // exactly the limit is fine
        const qint64 scan = review.addScan(cred, QStringLiteral("健康证.png"), ok);
        auto &db = ws->store().db();
        QCOMPARE(db.scalar("SELECT mime FROM credential_scans WHERE id = ?", scan).toString(), QStringLiteral("image/png"));
        QCOMPARE(db.scalar("SELECT sha256 FROM credential_scans WHERE id = ?", scan).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(ok, QCryptographicHash::Sha256).toHex()));
        QString mime;
        const qint64 audits = tests::count(*ws, "audit_log");
        QCOMPARE(review.scanBytes(scan, &mime), ok);
        QCOMPARE(mime, QStringLiteral("image/png"));
        // Opening a scan shows what the lists mask: audited, like revealing a number.
        QCOMPARE(tests::count(*ws, "audit_log"), audits + 1);
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("provider.scan_viewed"));
        const qint64 pdf = review.addScan(cred, QStringLiteral("证书.pdf"), QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"));
        QCOMPARE(db.scalar("SELECT mime FROM credential_scans WHERE id = ?", pdf).toString(), QStringLiteral("application/pdf"));
        QCOMPARE(review.timeline(app).constLast().kind, QStringLiteral("scan_added"));
    }

    void credentialsAndBackgroundChecksAreValidated()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ProviderReviewService review(ws->services());
        const qint64 p = fx.completeApplicant();
        CredentialInput in;
        in.type = QStringLiteral("qualification");
        in.qualificationCode = QStringLiteral("plumber"); // not in this catalogue
        QCOMPARE(kindOf([&] { review.addCredential(p, in); }), ServiceError::Kind::Invalid);
        in.type = QStringLiteral("passport");
        QCOMPARE(kindOf([&] { review.addCredential(p, in); }), ServiceError::Kind::Invalid);
        in.type = QStringLiteral("health_certificate");
        in.validFrom = QDate(2026, 1, 1);
        in.validTo = QDate(2025, 1, 1);
        QCOMPARE(kindOf([&] { review.addCredential(p, in); }), ServiceError::Kind::Invalid);
        QCOMPARE(kindOf([&] { review.recordBackgroundCheck(p, QString(), domain::BackgroundCheckResult::Clear); }), ServiceError::Kind::Invalid);
        // A flagged check after a clear one: the latest speaks.
        review.recordBackgroundCheck(p, QStringLiteral("上海安信背调"), domain::BackgroundCheckResult::Flagged, QStringLiteral("有不良记录"));
        QVERIFY(domain::approvalBlocked(review.checks(p)));
        // A pending credential can be reviewed once.
        in.validTo = QDate(2027, 6, 1);
        const qint64 cred = review.addCredential(p, in).credentialId;
        review.reviewCredential(cred, false, QStringLiteral("有效期与原件不符"));
        QCOMPARE(ws->store().db().scalar("SELECT review_status FROM credentials WHERE id = ?", cred).toString(), QStringLiteral("rejected"));
        QCOMPARE(kindOf([&] { review.reviewCredential(cred, true); }), ServiceError::Kind::Conflict);
    }

    void pendingCredentialsAreCorrectedThenApprovedOrRejectedWithAReason()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ProviderReviewService review(ws->services());
        auto &db = ws->store().db();
        const qint64 p = fx.completeApplicant();
        const qint64 app = fx.application(p);
        const qint64 health = db.scalar("SELECT id FROM credentials WHERE provider_id = ? AND type = 'health_certificate'", p).toLongLong();
        const qint64 qual = db.scalar("SELECT id FROM credentials WHERE provider_id = ? AND type = 'qualification'", p).toLongLong();

        // Corrected while pending: dates, number, issuer; an empty number keeps the stored one.
        CredentialInput fix;
        fix.type = QStringLiteral("id_card"); // ignored: the kind stays
        fix.issuer = QStringLiteral("上海市徐汇区疾病预防控制中心");
        fix.validFrom = fx.today().addDays(-20);
        fix.validTo = fx.today().addDays(345);
        review.updateCredential(health, fix);
        QCOMPARE(scalar(*ws, "SELECT type FROM credentials WHERE id = ?", health), QStringLiteral("health_certificate"));
        QCOMPARE(scalar(*ws, "SELECT number FROM credentials WHERE id = ?", health), QStringLiteral("N-1"));
        QCOMPARE(scalar(*ws, "SELECT issuer FROM credentials WHERE id = ?", health), fix.issuer);
        QCOMPARE(scalar(*ws, "SELECT valid_to FROM credentials WHERE id = ?", health), fx.today().addDays(345).toString(Qt::ISODate));
        fix.number = QStringLiteral("沪健20260042");
        review.updateCredential(health, fix);
        QCOMPARE(scalar(*ws, "SELECT number FROM credentials WHERE id = ?", health), QStringLiteral("沪健20260042"));
        fix.validTo = fix.validFrom.addDays(-1);
        QCOMPARE(kindOf([&] { review.updateCredential(health, fix); }), ServiceError::Kind::Invalid);
        QCOMPARE(kindOf([&] { review.updateCredential(4242, fix); }), ServiceError::Kind::NotFound);

        // A rejection needs a reason; it lands in the timeline, not in the audit detail.
        QCOMPARE(kindOf([&] { review.reviewCredential(qual, false); }), ServiceError::Kind::Invalid);
        QCOMPARE(kindOf([&] { review.reviewCredential(qual, false, QStringLiteral("  ")); }), ServiceError::Kind::Invalid);
        QCOMPARE(scalar(*ws, "SELECT review_status FROM credentials WHERE id = ?", qual), QStringLiteral("pending"));
        QCOMPARE(review.reviewCredential(qual, false, QStringLiteral("证书照片模糊，无法辨认编号")), 0);
        QCOMPARE(scalar(*ws, "SELECT review_status FROM credentials WHERE id = ?", qual), QStringLiteral("rejected"));
        QCOMPARE(db.scalar("SELECT reviewer_id FROM credentials WHERE id = ?", qual).toLongLong(), ws->session().staffId);
        QVERIFY(!db.scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString().contains(QStringLiteral("模糊")));
        // Rejected, the licence no longer counts: the checklist says so.
        bool qualificationFails = false;
        for (const auto &c : review.checks(p))
            qualificationFails |= c.key == u"qualification.electrician" && c.state == domain::CheckState::Failed;
        QVERIFY(qualificationFails);
        // Reviewed once; and no more corrections after review.
        QCOMPARE(kindOf([&] { review.reviewCredential(qual, true); }), ServiceError::Kind::Conflict);
        QCOMPARE(kindOf([&] { review.updateCredential(qual, fix); }), ServiceError::Kind::Conflict);
        review.reviewCredential(health, true);
        QCOMPARE(scalar(*ws, "SELECT review_status FROM credentials WHERE id = ?", health), QStringLiteral("approved"));

        QStringList kinds, notes;
        for (const ApplicationEvent &e : review.timeline(app)) {
            kinds.append(e.kind);
            notes.append(e.note);
        }
        QCOMPARE(kinds, (QStringList{QStringLiteral("submitted"), QStringLiteral("credential_edited"), QStringLiteral("credential_edited"),
                                     QStringLiteral("credential_rejected"), QStringLiteral("credential_approved")}));
        QCOMPARE(notes.at(1), QStringLiteral("health_certificate"));
        QCOMPARE(notes.at(3), QStringLiteral("qualification:electrician\n证书照片模糊，无法辨认编号"));
        QCOMPARE(notes.at(4), QStringLiteral("health_certificate"));

        // Once the application is decided, a rejection's reason still lands in
        // the provider's (latest) application, so it is not lost.
        review.reject(app, QStringLiteral("资质不全"));
        const qint64 late = review.addCredential(p, {QStringLiteral("other"), {}, QStringLiteral("X-1"), {}, {}, {}, false}).credentialId;
        review.reviewCredential(late, false, QStringLiteral("与本人无关的证件"));
        QCOMPARE(review.timeline(app).constLast().kind, QStringLiteral("credential_rejected"));
        QVERIFY(review.timeline(app).constLast().note.endsWith(QStringLiteral("与本人无关的证件")));
    }

    void theLatestRecordedBackgroundCheckSpeaksEverywhere()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ProviderReviewService review(ws->services());
        auto &db = ws->store().db();
        const qint64 p = fx.provider(QStringLiteral("applicant"), QStringLiteral("赵敏"), fx.validId(), {fx.cleaning});
        QVERIFY(!latestBackgroundCheck(db, p));
        // Checked last week, recorded now.
        const qint64 lastWeek = fx.now() - 7 * 86400;
        const qint64 clear = review.recordBackgroundCheck(p, QStringLiteral("上海安信背调 BJ-2026-0012"), domain::BackgroundCheckResult::Clear, QStringLiteral("无犯罪记录"), lastWeek);
        auto latest = latestBackgroundCheck(db, p);
        QVERIFY(latest);
        QCOMPARE(latest->id, clear);
        QCOMPARE(latest->result, domain::BackgroundCheckResult::Clear);
        QCOMPARE(latest->checkedAt, lastWeek);
        QCOMPARE(latest->agency, QStringLiteral("上海安信背调 BJ-2026-0012"));
        QCOMPARE(latest->note, QStringLiteral("无犯罪记录"));
        // Not in the future.
        QCOMPARE(kindOf([&] { review.recordBackgroundCheck(p, QStringLiteral("x"), domain::BackgroundCheckResult::Clear, {}, fx.now() + 3600); }),
                 ServiceError::Kind::Invalid);
        // A re-check requested afterwards (pending, no date) is the latest: it
        // speaks, even though the clear one has a later checked_at than NULL.
        review.recordBackgroundCheck(p, QStringLiteral("上海安信背调"), domain::BackgroundCheckResult::Pending, {}, lastWeek);
        latest = latestBackgroundCheck(db, p);
        QCOMPARE(latest->result, domain::BackgroundCheckResult::Pending);
        QCOMPARE(latest->checkedAt, qint64(0));
        domain::ProviderCheck check;
        for (const auto &c : review.checks(p))
            if (c.key == u"background_check")
                check = c;
        QCOMPARE(check.state, domain::CheckState::Missing);
        // A result for an earlier date, recorded later, is still the latest recorded.
        review.recordBackgroundCheck(p, QStringLiteral("上海安信背调"), domain::BackgroundCheckResult::Clear, {}, lastWeek - 86400);
        QCOMPARE(latestBackgroundCheck(db, p)->result, domain::BackgroundCheckResult::Clear);
        for (const auto &c : review.checks(p))
            if (c.key == u"background_check")
                QCOMPARE(c.state, domain::CheckState::Passed);
    }

    void revealIsAuditedAndMaskedInTheLog()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ProviderReviewService review(ws->services());
        const qint64 p = fx.completeApplicant();
        QCOMPARE(review.revealIdNumber(p), fx.validId());
        auto &db = ws->store().db();
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("provider.reveal_id_number"));
        QCOMPARE(db.scalar("SELECT entity_id FROM audit_log ORDER BY seq DESC LIMIT 1").toLongLong(), p);
        QVERIFY(!db.scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString().contains(fx.validId()));
        QCOMPARE(review.revealPhone(p), QStringLiteral("13912345678"));
        QCOMPARE(db.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("provider.reveal_phone"));
        QCOMPARE(kindOf([&] { review.revealPhone(987654); }), ServiceError::Kind::NotFound);
    }

    void permissionBoundaries()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = fx.completeApplicant();
        const qint64 app = fx.application(p);
        const qint64 cred = ws->store().db().scalar("SELECT id FROM credentials WHERE provider_id = ? LIMIT 1", p).toLongLong();
        for (Role role : {Role::Dispatcher, Role::ServiceAgent, Role::Manager}) {
            Session s = ws->session();
            s.role = role;
            ServiceLayer layer(ws->store(), s);
            layer.setClock([] { return tests::ProviderFixture::now(); });
            ProviderReviewService review(layer);
            const auto denied = ServiceError::Kind::PermissionDenied;
            QCOMPARE(kindOf([&] { review.approve(app); }), denied);
            QCOMPARE(kindOf([&] { review.reject(app, QStringLiteral("不合适")); }), denied);
            QCOMPARE(kindOf([&] { review.requestInformation(app, QStringLiteral("补充材料")); }), denied);
            QCOMPARE(kindOf([&] { review.addScan(cred, QStringLiteral("a.pdf"), QByteArray("%PDF-1.4")); }), denied);
            QCOMPARE(kindOf([&] { review.addCredential(p, {QStringLiteral("other"), {}, {}, {}, {}, {}, true}); }), denied);
            QCOMPARE(kindOf([&] { review.recordBackgroundCheck(p, QStringLiteral("x"), domain::BackgroundCheckResult::Clear); }), denied);
            QCOMPARE(kindOf([&] { review.revealIdNumber(p); }), denied);
            QCOMPARE(kindOf([&] { review.revealPhone(p); }), denied);
            // Everyone may read the checklist and the timeline.
            QVERIFY(!review.checks(p).isEmpty());
            QCOMPARE(review.timeline(app).size(), 1);
        }
        QCOMPARE(ws->store().db().scalar("SELECT state FROM provider_applications WHERE id = ?", app).toString(), QStringLiteral("new"));
        // A supervisor reviews.
        Session supervisor = ws->session();
        supervisor.role = Role::Supervisor;
        ServiceLayer layer(ws->store(), supervisor);
        layer.setClock([] { return tests::ProviderFixture::now(); });
        ProviderReviewService review(layer);
        QCOMPARE(review.revealPhone(p), QStringLiteral("13912345678"));
        review.approve(app);
        QCOMPARE(ws->store().db().scalar("SELECT state FROM provider_applications WHERE id = ?", app).toString(), QStringLiteral("approved"));
    }
};

QTEST_GUILESS_MAIN(TestProviderReview)
#include "tst_providerreview.moc"
