// Training, assessments, deactivation flags and the reward/penalty ledger:
// the rules fire when they should and only then, in the same transaction as
// the event, and a supervisor decides every flag.
#include "provider_fixture.h"
#include "services/ledger_rules.h"
#include "services/provider_discipline_service.h"
#include "services/provider_ratings.h"
#include "test_store.h"

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
    return ServiceError::Kind::Store;
}
} // namespace

class TestProviderDiscipline : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Workspace> fresh() { return tests::makeWorkspace(m_dir, QStringLiteral("d%1.doorstep").arg(++m_n)); }

    // A rated order, written the way OrderService writes one, then the hook.
    static provider_ratings::Outcome rate(Workspace &ws, tests::ProviderFixture &fx, qint64 provider, int stars, qint64 at,
                                          const QString &comment = {})
    {
        auto &db = ws.store().db();
        qint64 customer = db.scalar("SELECT id FROM customers LIMIT 1").toLongLong();
        if (!customer) {
            customer = fx.newId();
            db.run("INSERT INTO customers(id, office_id, name, phone, created_at, updated_at) VALUES (?, ?, '赵敏', '13800138000', 0, 0)", customer, fx.office);
        }
        const qint64 item = db.scalar("SELECT id FROM service_items WHERE category_id = ? LIMIT 1", fx.cleaning).toLongLong();
        const qint64 order = fx.newId();
        db.run("INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, address, lat, lng, window_start, window_end, duration_min,"
               " price_fen, payment_status, status, provider_id, created_at, updated_at)"
               " VALUES (?, ?, ?, ?, ?, '漕溪北路 88 号', 31.1, 121.4, ?, ?, 60, 10000, 'paid', 'completed', ?, ?, ?)",
               order, QStringLiteral("DS%1").arg(order), fx.office, customer, item, at - 7200, at - 3600, provider, at - 9000, at - 9000);
        ws.services().setClock([at] { return at; });
        return ws.services().perform(Permission::OrderCreate, QStringLiteral("order.rate"), [&](ActionContext &ctx) {
            const qint64 id = ctx.newId();
            ctx.db().run("INSERT INTO ratings(id, order_id, provider_id, customer_id, stars, comment, at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         id, order, provider, customer, stars, comment.isEmpty() ? QString() : comment, at);
            ctx.db().run("UPDATE orders SET status = 'rated' WHERE id = ?", order);
            return provider_ratings::ratingRecorded(ctx, id);
        });
    }
    static int points(Workspace &ws, qint64 p) { return ws.store().db().scalar("SELECT points FROM providers WHERE id = ?", p).toInt(); }
    static qint64 base() { return tests::ProviderFixture::now() - 60 * 86400; }

private slots:
    void twoFailedAttemptsAtTheSameAssessmentRaiseAFlag()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("张伟"), fx.validId(), {fx.cleaning});
        ProviderDisciplineService discipline(ws->services());
        const AssessmentOutcome pass = discipline.recordAssessment(p, fx.assessment, 60); // the pass mark itself passes
        QVERIFY(pass.passed);
        QCOMPARE(pass.passMark, 60);
        QVERIFY(pass.ledger.isEmpty());
        const AssessmentOutcome first = discipline.recordAssessment(p, fx.assessment, 59, fx.now() - 86400);
        QVERIFY(!first.passed);
        QVERIFY(!first.flagId);
        QCOMPARE(first.ledger.size(), 1);               // rule "assessment_failed"
        QCOMPARE(points(*ws, p), -10);
        // A different assessment's failure does not count towards this one.
        const qint64 other = fx.newId();
        ws->store().db().run("INSERT INTO assessments(id, code, title, title_en, pass_mark) VALUES (?, 'safety', '安全', 'Safety', 80)", other);
        QVERIFY(!discipline.recordAssessment(p, other, 70).flagId);
        const AssessmentOutcome second = discipline.recordAssessment(p, fx.assessment, 30);
        QVERIFY(second.flagId);
        auto &db = ws->store().db();
        QCOMPARE(db.scalar("SELECT kind FROM provider_flags WHERE id = ?", *second.flagId).toString(), QStringLiteral("assessment_failed_twice"));
        QVERIFY(db.scalar("SELECT detail FROM provider_flags WHERE id = ?", *second.flagId).toString().contains(QStringLiteral("服务规范考核")));
        // One open flag at a time.
        QVERIFY(!discipline.recordAssessment(p, fx.assessment, 20).flagId);
        QCOMPARE(tests::count(*ws, "provider_flags"), 1);
        QCOMPARE(kindOf([&] { discipline.recordAssessment(p, fx.assessment, 101); }), ServiceError::Kind::Invalid);
        QCOMPARE(kindOf([&] { discipline.recordAssessment(p, 4242, 50); }), ServiceError::Kind::NotFound);
    }

    void confirmDeactivatesAndOverrideNeedsAReason()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ProviderDisciplineService discipline(ws->services());
        const qint64 a = fx.provider(QStringLiteral("active"), QStringLiteral("甲"), fx.validId(), {fx.cleaning});
        const qint64 b = fx.provider(QStringLiteral("active"), QStringLiteral("乙"), fx.validId(QDate(1985, 3, 3)), {fx.cleaning});
        for (qint64 p : {a, b}) {
            discipline.recordAssessment(p, fx.assessment, 10, fx.now() - 2 * 86400);
            discipline.recordAssessment(p, fx.assessment, 10, fx.now() - 86400);
        }
        auto &db = ws->store().db();
        const qint64 flagA = db.scalar("SELECT id FROM provider_flags WHERE provider_id = ?", a).toLongLong();
        const qint64 flagB = db.scalar("SELECT id FROM provider_flags WHERE provider_id = ?", b).toLongLong();
        QVERIFY(flagA && flagB);

        discipline.confirmFlag(flagA, QStringLiteral("经面谈确认"));
        QCOMPARE(db.scalar("SELECT status FROM providers WHERE id = ?", a).toString(), QStringLiteral("deactivated"));
        QVERIFY(db.scalar("SELECT status_reason FROM providers WHERE id = ?", a).toString().contains(QStringLiteral("经面谈确认")));
        QCOMPARE(db.scalar("SELECT state FROM provider_flags WHERE id = ?", flagA).toString(), QStringLiteral("confirmed"));
        QCOMPARE(kindOf([&] { discipline.overrideFlag(flagA, QStringLiteral("再给一次机会")); }), ServiceError::Kind::Conflict);

        QCOMPARE(kindOf([&] { discipline.overrideFlag(flagB, QStringLiteral(" ")); }), ServiceError::Kind::Invalid);
        discipline.overrideFlag(flagB, QStringLiteral("考场设备故障，成绩无效"));
        QCOMPARE(db.scalar("SELECT status FROM providers WHERE id = ?", b).toString(), QStringLiteral("active"));
        QCOMPARE(db.scalar("SELECT decision_reason FROM provider_flags WHERE id = ?", flagB).toString(), QStringLiteral("考场设备故障，成绩无效"));
        // After the decision only fresh failures count: one more is not two.
        ws->services().setClock([] { return tests::ProviderFixture::now() + 86400; });
        QVERIFY(!discipline.recordAssessment(b, fx.assessment, 10).flagId);
        ws->services().setClock([] { return tests::ProviderFixture::now() + 2 * 86400; });
        QVERIFY(discipline.recordAssessment(b, fx.assessment, 10).flagId);
    }

    void confirmingNeedsAReasonAndSettlesTheProvidersOtherFlags()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ProviderDisciplineService discipline(ws->services());
        auto &db = ws->store().db();
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("钱多多"), fx.validId(), {fx.cleaning});
        const qint64 other = fx.provider(QStringLiteral("active"), QStringLiteral("孙小美"), fx.validId(QDate(1986, 6, 6)), {fx.cleaning});
        // Two rules proposed deactivating p; one proposed it for someone else.
        for (qint64 who : {p, other}) {
            discipline.recordAssessment(who, fx.assessment, 10, fx.now() - 2 * 86400);
            discipline.recordAssessment(who, fx.assessment, 10, fx.now() - 86400);
        }
        const qint64 lowRating = fx.newId();
        db.run("INSERT INTO provider_flags(id, provider_id, kind, detail, raised_at) VALUES (?, ?, 'low_rating', '最近 20 单平均 2.90 星', ?)",
               lowRating, p, fx.now() - 3600);
        const qint64 failed = db.scalar("SELECT id FROM provider_flags WHERE provider_id = ? AND kind = 'assessment_failed_twice'", p).toLongLong();
        const qint64 audits = tests::count(*ws, "audit_log");
        QCOMPARE(kindOf([&] { discipline.confirmFlag(failed, QStringLiteral(" ")); }), ServiceError::Kind::Invalid);
        QCOMPARE(tests::count(*ws, "audit_log"), audits);
        QCOMPARE(db.scalar("SELECT state FROM provider_flags WHERE id = ?", failed).toString(), QStringLiteral("open"));

        QCOMPARE(discipline.confirmFlag(failed, QStringLiteral("两次考核不合格，面谈后确认停用")), 1);
        QCOMPARE(db.scalar("SELECT status FROM providers WHERE id = ?", p).toString(), QStringLiteral("deactivated"));
        QVERIFY(db.scalar("SELECT status_reason FROM providers WHERE id = ?", p).toString().contains(QStringLiteral("面谈后确认停用")));
        QCOMPARE(db.scalar("SELECT decision_reason FROM provider_flags WHERE id = ?", failed).toString(), QStringLiteral("两次考核不合格，面谈后确认停用"));
        // The low-rating flag is settled with it, saying why; nobody else's is touched.
        QCOMPARE(db.scalar("SELECT state FROM provider_flags WHERE id = ?", lowRating).toString(), QStringLiteral("confirmed"));
        QVERIFY(db.scalar("SELECT decision_reason FROM provider_flags WHERE id = ?", lowRating).toString().contains(QStringLiteral("面谈后确认停用")));
        QCOMPARE(db.scalar("SELECT decided_by FROM provider_flags WHERE id = ?", lowRating).toLongLong(), ws->session().staffId);
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_flags WHERE provider_id = ? AND state = 'open'", other).toInt(), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_flags WHERE provider_id = ? AND state = 'open'", p).toInt(), 0);
        QCOMPARE(tests::count(*ws, "audit_log"), audits + 1); // one action
        QCOMPARE(db.scalar("SELECT count(*) FROM sync_outbox WHERE entity = 'provider_flags'").toInt() >= 2, true);
        QVERIFY(!db.scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString().contains(QStringLiteral("面谈")));
    }

    void fiveFiveStarRatingsInARowEarnOneReward()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("王芳"), fx.validId(), {fx.cleaning});
        qint64 t = base();
        for (int i = 0; i < 4; ++i)
            QVERIFY(rate(*ws, fx, p, 5, t += 3600).ledger.isEmpty());
        const auto fifth = rate(*ws, fx, p, 5, t += 3600);
        QCOMPARE(fifth.ledger.size(), 1);
        QCOMPARE(fifth.ledger.first().points, 10);
        QCOMPARE(fifth.ledger.first().amountFen, 2000);
        QCOMPARE(points(*ws, p), 10);
        // The sixth starts a new streak; a 4 breaks it.
        for (int i = 0; i < 3; ++i)
            QVERIFY(rate(*ws, fx, p, 5, t += 3600).ledger.isEmpty());
        QVERIFY(rate(*ws, fx, p, 4, t += 3600).ledger.isEmpty());
        for (int i = 0; i < 4; ++i)
            QVERIFY(rate(*ws, fx, p, 5, t += 3600).ledger.isEmpty());
        QCOMPARE(rate(*ws, fx, p, 5, t += 3600).ledger.size(), 1);
        QCOMPARE(points(*ws, p), 20);
        auto &db = ws->store().db();
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_ledger WHERE provider_id = ? AND source = 'rating'", p).toInt(), 2);
        QCOMPARE(db.scalar("SELECT rating_count FROM providers WHERE id = ?", p).toInt(), 14);
        QCOMPARE(db.scalar("SELECT rating_avg_x100 FROM providers WHERE id = ?", p).toInt(), 493); // 69 / 14 = 4.93
    }

    void aOneStarRatingCostsPointsAndRulesAreData()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("刘洋"), fx.validId(), {fx.cleaning});
        const auto out = rate(*ws, fx, p, 1, base(), QStringLiteral("迟到一小时"));
        QCOMPARE(out.ledger.size(), 1);
        QCOMPARE(points(*ws, p), -5);
        QVERIFY(rate(*ws, fx, p, 2, base() + 3600).ledger.isEmpty());
        // An office that makes a 1-star cost 8 points gets 8 points, without a new build.
        ws->store().db().run("UPDATE ledger_rules SET points = -8 WHERE code = 'one_star'");
        rate(*ws, fx, p, 1, base() + 7200);
        QCOMPARE(points(*ws, p), -13);
        // A switched-off rule does not fire.
        ws->store().db().run("UPDATE ledger_rules SET active = 0 WHERE code = 'one_star'");
        QVERIFY(rate(*ws, fx, p, 1, base() + 9000).ledger.isEmpty());
    }

    void anUpheldComplaintIsChargedOnce()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("陈静"), fx.validId(), {fx.cleaning});
        rate(*ws, fx, p, 3, base());
        auto &db = ws->store().db();
        const qint64 complaint = fx.newId();
        db.run("INSERT INTO complaints(id, order_id, customer_id, provider_id, category, description, status, upheld, opened_at,"
               " first_response_due_at, first_response_warn_at, resolution_due_at, resolution_warn_at)"
               " SELECT ?, id, customer_id, provider_id, 'attitude', '态度差', 'resolved', 1, 0, 0, 0, 0, 0 FROM orders",
               complaint);
        const auto charge = [&] {
            return ws->services().perform(Permission::ComplaintHandle, QStringLiteral("complaint.resolve"),
                                          [&](ActionContext &ctx) { return ledger::complaintUpheld(ctx, complaint); });
        };
        const auto first = charge();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().amountFen, -5000);
        QVERIFY(charge().isEmpty());
        QCOMPARE(points(*ws, p), -20);
        QCOMPARE(db.scalar("SELECT source FROM provider_ledger WHERE provider_id = ?", p).toString(), QStringLiteral("complaint"));
    }

    void aLowAverageOverTheLatestOrdersRaisesAFlag()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        ws->store().db().run("UPDATE settings SET value = '5' WHERE key = 'provider_low_rating_orders'");
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("周杰"), fx.validId(), {fx.cleaning});
        qint64 t = base();
        rate(*ws, fx, p, 5, t += 3600);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!rate(*ws, fx, p, 2, t += 3600).flagId); // fewer than 5 ratings: too few to judge
        QVERIFY(rate(*ws, fx, p, 4, t += 3600).flagId);      // the fifth completes the window: 15 / 5 = 3.0 < 3.5
        QVERIFY(!rate(*ws, fx, p, 1, t += 3600).flagId);     // one open flag at a time
        QCOMPARE(tests::count(*ws, "provider_flags"), 1);
        const qint64 flag = ws->store().db().scalar("SELECT id FROM provider_flags").toLongLong();
        QCOMPARE(ws->store().db().scalar("SELECT kind FROM provider_flags").toString(), QStringLiteral("low_rating"));
        ProviderDisciplineService(ws->services()).overrideFlag(flag, QStringLiteral("客户恶意差评，已核实"));
        // Good ratings afterwards: no new flag.
        for (int i = 0; i < 5; ++i)
            QVERIFY(!rate(*ws, fx, p, 5, t += 3600).flagId);
    }

    void manualEntriesNeedAReasonAndTheRightRole()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("孙丽"), fx.validId(), {fx.cleaning});
        ProviderDisciplineService discipline(ws->services());
        QCOMPARE(kindOf([&] { discipline.addLedgerEntry(p, 5, 0, QString()); }), ServiceError::Kind::Invalid);
        QCOMPARE(kindOf([&] { discipline.addLedgerEntry(p, 0, 0, QStringLiteral("无")); }), ServiceError::Kind::Invalid);
        const qint64 e = discipline.addLedgerEntry(p, 15, 3000, QStringLiteral("客户来信表扬"));
        QCOMPARE(points(*ws, p), 15);
        QCOMPARE(ws->store().db().scalar("SELECT source FROM provider_ledger WHERE id = ?", e).toString(), QStringLiteral("manual"));
        QCOMPARE(ws->store().db().scalar("SELECT staff_id FROM provider_ledger WHERE id = ?", e).toLongLong(), ws->session().staffId);
        for (Role role : {Role::Manager, Role::Dispatcher, Role::ServiceAgent}) {
            Session s = ws->session();
            s.role = role;
            ServiceLayer layer(ws->store(), s);
            ProviderDisciplineService other(layer);
            QCOMPARE(kindOf([&] { other.addLedgerEntry(p, -5, 0, QStringLiteral("迟到")); }), ServiceError::Kind::PermissionDenied);
            QCOMPARE(kindOf([&] { other.recordAssessment(p, fx.assessment, 90); }), ServiceError::Kind::PermissionDenied);
            QCOMPARE(kindOf([&] { other.recordCourseCompletion(p, fx.course); }), ServiceError::Kind::PermissionDenied);
            QCOMPARE(kindOf([&] { other.confirmFlag(1, QStringLiteral("x")); }), ServiceError::Kind::PermissionDenied);
            QCOMPARE(kindOf([&] { other.overrideFlag(1, QStringLiteral("x")); }), ServiceError::Kind::PermissionDenied);
        }
        QCOMPARE(points(*ws, p), 15);
        // A supervisor may.
        Session supervisor = ws->session();
        supervisor.role = Role::Supervisor;
        ServiceLayer layer(ws->store(), supervisor);
        ProviderDisciplineService(layer).recordCourseCompletion(p, fx.course, fx.now() - 3600);
        QCOMPARE(tests::count(*ws, "course_completions"), 1);
        QCOMPARE(kindOf([&] { ProviderDisciplineService(layer).recordCourseCompletion(p, fx.course, QDateTime::currentSecsSinceEpoch() + 86400 * 400); }),
                 ServiceError::Kind::Invalid);
    }

    void ratingSummary()
    {
        auto ws = fresh();
        tests::ProviderFixture fx(*ws);
        const qint64 p = fx.provider(QStringLiteral("active"), QStringLiteral("吴倩"), fx.validId(), {fx.cleaning});
        const qint64 oct = tests::ProviderFixture::at(QDate(2026, 10, 10));
        const qint64 nov = tests::ProviderFixture::at(QDate(2026, 11, 10));
        rate(*ws, fx, p, 5, oct, QStringLiteral("很干净"));
        rate(*ws, fx, p, 3, oct + 3600);
        rate(*ws, fx, p, 4, nov, QStringLiteral("准时"));
        const auto s = provider_ratings::summary(ws->store().db(), p, fx.now());
        QCOMPARE(s.count, 3);
        QCOMPARE(s.averageX100, 400);
        QCOMPARE(s.byMonth.size(), 2);
        QCOMPARE(s.byMonth.at(0).month, QStringLiteral("2026-10"));
        QCOMPARE(s.byMonth.at(0).averageX100, 400);
        QCOMPARE(s.byMonth.at(1).count, 1);
        QCOMPARE(s.recent.size(), 2);
        QCOMPARE(s.recent.first().comment, QStringLiteral("准时"));
        QVERIFY(s.recent.first().orderNo.startsWith(QStringLiteral("DS")));
    }
};

QTEST_GUILESS_MAIN(TestProviderDiscipline)
#include "tst_providerdiscipline.moc"
