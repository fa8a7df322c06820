// Manual dispatch through the service layer: every call re-checks the rules
// inside its transaction, refusals name the rule and write nothing, soft
// warnings need a confirmation, moves and take-backs are one audited action
// each and leave the timeline and dispatch history readable.
#include "demo/demo_generator.h"
#include "domain/office_time.h"
#include "services/dispatch_day.h"
#include "services/dispatch_service.h"
#include "services/order_service.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

class TestDispatchService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_customer = 0, m_item = 0, m_p1 = 0, m_p2 = 0;
    int m_weeks = 0;
    static constexpr qint64 kThursday10 = 1804125600; // 2027-03-04 10:00 Shanghai

    store::Database &db() { return m_ws->store().db(); }
    qint64 scalar(const QByteArray &sql, qint64 id) { return db().scalar(sql, id).toLongLong(); }
    qint64 auditCount() { return db().scalar("SELECT count(*) FROM audit_log").toLongLong(); }

    // A fresh Thursday for each test function: no jobs of other tests on it.
    qint64 nextThursday() { return kThursday10 + qint64(m_weeks++) * 7 * 86400; }
    qint64 newOrder(qint64 windowStart)
    {
        return OrderService(m_ws->services()).create({m_customer, m_item, windowStart, windowStart + 7200, {}, {}, true});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("dispatch.doorstep"));
        demo::DemoOptions o;
        o.providers = 80;
        o.orders = 100;
        o.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, o);
        m_ws = Workspace::login(m_path, QStringLiteral("dispatcher"), o.password);
        m_item = db().scalar("SELECT id FROM service_items WHERE code = 'clean_basic_2h'").toLongLong();
        const qint64 category = scalar("SELECT category_id FROM service_items WHERE id = ?", m_item);
        // Two providers of the service who serve the same district (serving
        // the order's district is a dispatch rule), and a customer there.
        auto st = db().prepare("SELECT p.id, pd.district_id FROM providers p JOIN provider_skills s ON s.provider_id = p.id"
                               " JOIN provider_districts pd ON pd.provider_id = p.id"
                               " JOIN provider_hours h ON h.provider_id = p.id AND h.weekday = 4 AND h.start_min <= 540 AND h.end_min >= 960"
                               " WHERE p.status = 'active' AND s.status = 'active' AND s.category_id = ?"
                               " AND EXISTS (SELECT 1 FROM customers c WHERE c.district_id = pd.district_id AND c.lat IS NOT NULL)"
                               " ORDER BY pd.district_id, p.id");
        st.bind(1, category);
        qint64 district = 0, lastDistrict = 0, lastProvider = 0;
        while (!district && st.next()) {
            if (st.int64(1) == lastDistrict) {
                m_p1 = lastProvider;
                m_p2 = st.int64(0);
                district = lastDistrict;
            }
            lastDistrict = st.int64(1);
            lastProvider = st.int64(0);
        }
        QVERIFY(m_p1 && m_p2);
        m_customer = db().scalar("SELECT id FROM customers WHERE district_id = ? AND lat IS NOT NULL LIMIT 1", district).toLongLong();
        // Generous soft thresholds so only the rule a test sets up fires.
        db().exec("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES ('dispatch.long_travel_minutes', '600', 0),"
                  " ('dispatch.low_rating_x100', '0', 0), ('dispatch.heavy_day_jobs', '99', 0)");
        db().exec("UPDATE providers SET daily_job_limit = 6");
    }

    void assignWritesTheJobAndItsHistory()
    {
        const qint64 day = nextThursday();
        const qint64 id = newOrder(day);
        DispatchService d(m_ws->services());
        const PlacementCheck c = d.check(id, m_p1, day + 1800);
        QVERIFY2(c.allowed(), qPrintable(c.hard.join(u' ')));
        const qint64 before = auditCount();
        d.assign(id, m_p1, day + 1800, false);
        QCOMPARE(db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(), QStringLiteral("assigned"));
        QCOMPARE(scalar("SELECT planned_start FROM orders WHERE id = ?", id), day + 1800);
        QCOMPARE(scalar("SELECT count(*) FROM dispatch_records WHERE order_id = ? AND undone_at IS NULL", id), 1);
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("dispatch.assign"));
        // The provider's day now holds the job.
        const auto loaded = loadProviderDay(db(), m_p1, day);
        QVERIFY(loaded);
        QVERIFY(std::any_of(loaded->jobs.begin(), loaded->jobs.end(), [&](const auto &j) { return j.orderId == id && j.start == day + 1800; }));
    }

    // A day off the provider set in the app (provider_days_off, schema v20):
    // no working hours that day for the planner, the other days untouched.
    void aDayOffLeavesNoWorkingHours()
    {
        const qint64 day = nextThursday();
        QVERIFY(!loadProviderDay(db(), m_p1, day)->workingHours.empty());
        db().run("INSERT INTO provider_days_off(provider_id, day) VALUES (?, ?)", m_p1, domain::officeDate(day));
        QVERIFY(loadProviderDay(db(), m_p1, day)->workingHours.empty());
        QVERIFY(!loadProviderDay(db(), m_p1, day + 7 * 86400)->workingHours.empty());
        const auto both = loadProviderDays(db(), {m_p1, m_p2}, day);
        QCOMPARE(both.size(), 2);
        for (const auto &p : both)
            QCOMPARE(p.workingHours.empty(), p.providerId == m_p1);
        db().run("DELETE FROM provider_days_off WHERE provider_id = ?", m_p1);
    }

    void aClashIsRefusedByNameAndWritesNothing()
    {
        const qint64 day = nextThursday();
        const qint64 first = newOrder(day);
        const qint64 second = newOrder(day);
        DispatchService d(m_ws->services());
        d.assign(first, m_p1, day, false);
        const QString firstNo = orderNumber(db(), first);

        const PlacementCheck c = d.check(second, m_p1, day + 3600);
        QVERIFY(!c.allowed());
        QCOMPARE(c.verdict.firstHard()->rule, dispatch::Rule::Overlap);
        QVERIFY2(c.hard.join(u' ').contains(firstNo), qPrintable(c.hard.join(u' ')));

        const qint64 before = auditCount();
        try {
            d.assign(second, m_p1, day + 3600, true);
            QFAIL("a clashing job was assigned");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Conflict);
            QVERIFY(e.message().contains(firstNo));
        }
        QCOMPARE(auditCount(), before);
        QCOMPARE(db().scalar("SELECT status FROM orders WHERE id = ?", second).toString(), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(scalar("SELECT count(*) FROM dispatch_records WHERE order_id = ?", second), 0);

        // Same address, so no travel: 12:00, the end of the window, is the
        // first start after the 2-hour first job.
        const auto earliest = d.earliestStart(second, m_p1);
        QCOMPARE(earliest, std::optional<qint64>(day + 7200));
        QVERIFY(d.check(second, m_p2, day).allowed());
    }

    void aStaleCheckDoesNotBeatTheTransaction()
    {
        // Two dispatchers look at the same free slot; the second write loses.
        const qint64 day = nextThursday();
        const qint64 a = newOrder(day), b = newOrder(day);
        DispatchService d(m_ws->services());
        QVERIFY(d.check(a, m_p1, day).allowed());
        QVERIFY(d.check(b, m_p1, day).allowed());
        d.assign(a, m_p1, day, false);
        QVERIFY_THROWS_EXCEPTION(ServiceError, d.assign(b, m_p1, day, false));
    }

    void softWarningsNeedAConfirmation()
    {
        const qint64 day = nextThursday();
        const qint64 id = newOrder(day);
        db().exec("UPDATE settings SET value = '1' WHERE key = 'dispatch.heavy_day_jobs'");
        auto restore = qScopeGuard([&] { db().exec("UPDATE settings SET value = '99' WHERE key = 'dispatch.heavy_day_jobs'"); });
        const qint64 other = newOrder(day - 2 * 3600); // 08:00-10:00
        DispatchService d(m_ws->services());
        const PlacementCheck first = d.check(other, m_p2, day - 2 * 3600 + 1800);
        QVERIFY2(first.allowed() && first.warnings.isEmpty(), qPrintable(first.hard.join(u' ') + first.warnings.join(u' ')));
        d.assign(other, m_p2, day - 2 * 3600 + 1800, false);

        const PlacementCheck c = d.check(id, m_p2, day + 3600);
        QVERIFY(c.allowed());
        QCOMPARE(c.warnings.size(), 1);
        QCOMPARE(c.verdict.violations.front().rule, dispatch::Rule::HeavyDay);
        QVERIFY_THROWS_EXCEPTION(ServiceError, d.assign(id, m_p2, day + 3600, false));
        QCOMPARE(db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(), QStringLiteral("awaiting_dispatch"));
        d.assign(id, m_p2, day + 3600, true);
        QCOMPARE(scalar("SELECT provider_id FROM orders WHERE id = ?", id), m_p2);
        QVERIFY(db().scalar("SELECT detail FROM audit_log ORDER BY seq DESC LIMIT 1").toString().contains(u"warnings_confirmed\":true"));
    }

    void moveToAnotherProviderIsOneAction()
    {
        const qint64 day = nextThursday();
        const qint64 id = newOrder(day);
        DispatchService d(m_ws->services());
        d.assign(id, m_p1, day, false);
        const qint64 events = scalar("SELECT count(*) FROM order_events WHERE order_id = ?", id);
        const qint64 before = auditCount();
        d.move(id, m_p2, day + 1800, false);
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("dispatch.move"));
        QCOMPARE(scalar("SELECT provider_id FROM orders WHERE id = ?", id), m_p2);
        QCOMPARE(scalar("SELECT planned_start FROM orders WHERE id = ?", id), day + 1800);
        QCOMPARE(db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(), QStringLiteral("assigned"));
        // Timeline: taken from the first provider (with the reason), given to the second.
        QCOMPARE(scalar("SELECT count(*) FROM order_events WHERE order_id = ?", id), events + 2);
        QCOMPARE(db().scalar("SELECT to_status FROM order_events WHERE order_id = ? ORDER BY at DESC, id DESC LIMIT 1 OFFSET 1", id).toString(),
                 QStringLiteral("awaiting_dispatch"));
        QCOMPARE(scalar("SELECT count(*) FROM dispatch_records WHERE order_id = ?", id), 2);

        // Same provider, another time: no status change, still in the timeline.
        d.move(id, m_p2, day + 3600, false);
        QCOMPARE(scalar("SELECT planned_start FROM orders WHERE id = ?", id), day + 3600);
        QCOMPARE(scalar("SELECT count(*) FROM order_events WHERE order_id = ?", id), events + 3);

        // A move that breaks a rule leaves the job where it was.
        QVERIFY_THROWS_EXCEPTION(ServiceError, d.move(id, m_p1, day + 4 * 3600, false)); // outside the window
        QCOMPARE(scalar("SELECT provider_id FROM orders WHERE id = ?", id), m_p2);
        QCOMPARE(scalar("SELECT planned_start FROM orders WHERE id = ?", id), day + 3600);
    }

    void acceptedJobsDoNotMove()
    {
        const qint64 day = nextThursday();
        const qint64 id = newOrder(day);
        DispatchService d(m_ws->services());
        d.assign(id, m_p1, day, false);
        OrderService(m_ws->services()).apply(id, {domain::OrderEvent::Accept, domain::OrderActor::Provider});
        try {
            d.move(id, m_p2, day, false);
            QFAIL("an accepted job moved");
        } catch (const ServiceError &e) {
            QVERIFY(e.message().contains(orderNumber(db(), id)));
        }
        QVERIFY_THROWS_EXCEPTION(ServiceError, d.unassign(id, QStringLiteral("undo")));
    }

    void unassignMarksTheDispatchUndone()
    {
        const qint64 day = nextThursday();
        const qint64 id = newOrder(day);
        DispatchService d(m_ws->services());
        d.assign(id, m_p1, day, false);
        QVERIFY_THROWS_EXCEPTION(ServiceError, d.unassign(id, QString())); // a reason is required
        d.unassign(id, QStringLiteral("Customer called: prefers another provider"));
        QCOMPARE(db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(scalar("SELECT provider_id IS NULL AND planned_start IS NULL FROM orders WHERE id = ?", id), 1);
        QCOMPARE(scalar("SELECT count(*) FROM dispatch_records WHERE order_id = ? AND undone_at IS NOT NULL", id), 1);
        QCOMPARE(db().scalar("SELECT note FROM order_events WHERE order_id = ? ORDER BY at DESC, id DESC LIMIT 1", id).toString(),
                 QStringLiteral("Customer called: prefers another provider"));
    }

    void onlyDispatchersDispatch()
    {
        const qint64 day = nextThursday();
        const qint64 id = newOrder(day);
        for (const char *user : {"manager", "agent", "supervisor"}) {
            auto ws = Workspace::login(m_path, QString::fromLatin1(user), demo::DemoOptions().password);
            try {
                DispatchService(ws->services()).assign(id, m_p1, day, true);
                QFAIL(user);
            } catch (const ServiceError &e) {
                QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
            }
        }
        QCOMPARE(db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(), QStringLiteral("awaiting_dispatch"));
    }

    void rulesComeFromTheOfficeSettings()
    {
        db().exec("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES ('dispatch.speed_kmh', '11', 0)");
        const auto rules = loadFeasibilityRules(OfficeSettings(db()));
        QCOMPARE(rules.speedKmh, 11.0);
        QCOMPARE(rules.longTravelMinutes, 600);
        QCOMPARE(rules.roadFactor, dispatch::FeasibilityRules().roadFactor);
        db().exec("DELETE FROM settings WHERE key = 'dispatch.speed_kmh'");
    }
};

QTEST_GUILESS_MAIN(TestDispatchService)
#include "tst_dispatchservice.moc"
