// The statistics rollups (schema v13, v15) equal the raw query after the demo
// generator, after random sequences of writes to every table they follow
// (orders, dispatch records, refunds, ratings, complaints, timeline events,
// new and removed orders, a changed order id, the order's provider and
// duration, every stage of the timeline), after the spine's own order
// actions, and after a rolled-back transaction; and the rebuild mends them.
// The dashboard's reads of partial months (added or subtracted) agree with
// independent SQL.
#include "demo/demo_generator.h"
#include "services/order_service.h"
#include "services/store_maintenance.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "store/stats_rollups.h"
#include "../services/test_store.h"
#include "../support/stats_raw.h"
#include "stats/dashboard.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>
#include <random>
#include <set>

using namespace doorstep;

namespace {
constexpr qint64 kReference = 1795000000; // 2026-11-18, fixed for determinism

QList<qint64> ids(store::Database &db, const QByteArray &sql)
{
    QList<qint64> out;
    auto st = db.prepare(sql);
    while (st.next())
        out.append(st.int64(0));
    return out;
}
} // namespace

class TestStatsRollups : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<services::Workspace> m_ws;

    store::Database &db() { return m_ws->store().db(); }

    // One random write; every kind of change the triggers follow.
    void randomWrite(std::mt19937_64 &rng, bool inTransaction)
    {
        auto pick = [&](const QList<qint64> &list) { return list.at(int(rng() % quint64(list.size()))); };
        auto uniform = [&](int lo, int hi) { return lo + int(rng() % quint64(hi - lo + 1)); };
        const QList<qint64> orders = ids(db(), "SELECT id FROM orders ORDER BY id");
        const QList<qint64> providers = ids(db(), "SELECT id FROM providers ORDER BY id");
        const qint64 order = pick(orders);
        static const char *statuses[] = {"created", "awaiting_dispatch", "assigned", "accepted", "on_the_way", "in_service", "completed", "rated", "cancelled"};
        static const char *refundStates[] = {"requested", "approved", "paid", "rejected"};
        static const char *events[][2] = {{"accepted", "accept"}, {"in_service", "start"}, {"awaiting_dispatch", "timeout"}, {"on_the_way", "depart"},
                                          {"assigned", "assign"}, {"completed", "complete"}, {"rated", "rate"}, {"cancelled", "cancel"}};
        switch (uniform(0, 18)) {
        case 0:
            db().run("UPDATE orders SET status = ? WHERE id = ?", QString::fromLatin1(statuses[uniform(0, 8)]), order);
            break;
        case 1: {
            const qint64 shift = qint64(uniform(-3, 3)) * 86400 + uniform(-5, 5) * 3600;
            db().run("UPDATE orders SET window_start = window_start + ?, window_end = window_end + ? WHERE id = ?", shift, shift, order);
            break;
        }
        case 2:
            if (uniform(0, 4) == 0)
                db().run("UPDATE orders SET district_id = NULL WHERE id = ?", order);
            else
                db().run("UPDATE orders SET district_id = (SELECT id FROM districts ORDER BY random() LIMIT 1) WHERE id = ?", order);
            break;
        case 3:
            db().run("UPDATE orders SET category_id = (SELECT id FROM service_categories ORDER BY random() LIMIT 1), price_fen = ? WHERE id = ?",
                     uniform(1000, 90000), order);
            break;
        case 4:
            db().run("INSERT INTO dispatch_records(id, order_id, provider_id, mode, at)"
                     " SELECT ?, id, ?, ?, created_at + ? FROM orders WHERE id = ?",
                     m_ws->store().newId(), pick(providers), QString::fromLatin1(uniform(0, 1) ? "auto" : "manual"),
                     qint64(uniform(-100, 700000)), order);
            break;
        case 5:
            db().run("DELETE FROM dispatch_records WHERE id = (SELECT id FROM dispatch_records ORDER BY random() LIMIT 1)");
            break;
        case 6:
            db().run("INSERT INTO refunds(id, order_id, amount_fen, reason, status, requested_at) VALUES (?, ?, ?, '测试', ?, ?)",
                     m_ws->store().newId(), order, uniform(100, 5000), QString::fromLatin1(refundStates[uniform(0, 3)]), kReference);
            break;
        case 7:
            db().run("UPDATE refunds SET status = ?, amount_fen = ? WHERE id = (SELECT id FROM refunds ORDER BY random() LIMIT 1)",
                     QString::fromLatin1(refundStates[uniform(0, 3)]), uniform(100, 5000));
            break;
        case 8:
            db().run("INSERT OR IGNORE INTO ratings(id, order_id, provider_id, customer_id, stars, at)"
                     " SELECT ?, id, ?, customer_id, ?, ? FROM orders WHERE id = ?",
                     m_ws->store().newId(), pick(providers), uniform(1, 5), kReference, order);
            break;
        case 9:
            if (uniform(0, 1))
                db().run("DELETE FROM ratings WHERE id = (SELECT id FROM ratings ORDER BY random() LIMIT 1)");
            else
                db().run("UPDATE ratings SET stars = ? WHERE id = (SELECT id FROM ratings ORDER BY random() LIMIT 1)", uniform(1, 5));
            break;
        case 10:
            db().run("UPDATE complaints SET upheld = ?, order_id = CASE WHEN ? THEN ? ELSE order_id END,"
                     " resolved_at = CASE ? WHEN 0 THEN NULL WHEN 1 THEN resolution_due_at - 60 ELSE resolution_due_at + 60 END,"
                     " first_response_at = first_response_due_at + ? WHERE id = (SELECT id FROM complaints ORDER BY random() LIMIT 1)",
                     uniform(0, 1), uniform(0, 1), order, uniform(0, 2), qint64(uniform(-1, 1)) * 60);
            break;
        case 11: {
            const auto &e = events[uniform(0, 7)];
            db().run("INSERT INTO order_events(id, order_id, at, actor_kind, to_status, event)"
                     " SELECT ?, id, window_start + ?, 'provider', ?, ? FROM orders WHERE id = ?",
                     m_ws->store().newId(), qint64(uniform(-7200, 14400)), QString::fromLatin1(e[0]), QString::fromLatin1(e[1]), order);
            break;
        }
        case 12:
            db().run("DELETE FROM order_events WHERE id = (SELECT id FROM order_events WHERE to_status IN ('assigned','accepted','on_the_way',"
                     "'in_service','completed','rated') OR event = 'timeout' ORDER BY random() LIMIT 1)");
            break;
        case 13: {
            const qint64 id = m_ws->store().newId();
            db().run("INSERT INTO orders(id, order_no, office_id, customer_id, service_item_id, district_id, address, lat, lng, window_start,"
                     " window_end, duration_min, price_fen, payment_status, status, created_at, updated_at, category_id)"
                     " SELECT ?, 'T' || ?, office_id, customer_id, service_item_id, district_id, address, lat, lng, window_start + ?, window_end + ?,"
                     " duration_min, price_fen, payment_status, status, created_at, updated_at, category_id FROM orders WHERE id = ?",
                     id, id, qint64(uniform(0, 5)) * 86400, qint64(uniform(0, 5)) * 86400 + 86400 * 6, order);
            break;
        }
        case 14: // an order nothing refers to: removed, or given another id (as sync's id map does)
        {
            const QList<qint64> bare = ids(db(), "SELECT id FROM orders WHERE order_no LIKE 'T%' ORDER BY id");
            if (bare.isEmpty())
                break;
            const qint64 victim = pick(bare);
            if (db().scalar("SELECT count(*) FROM complaints WHERE order_id = ?1 OR reservice_order_id = ?1", victim).toLongLong() > 0)
                break;
            for (const char *table : {"dispatch_records", "refunds", "ratings", "order_events"})
                db().run("DELETE FROM " + QByteArray(table) + " WHERE order_id = ?", victim);
            db().run("UPDATE orders SET reservice_of = NULL WHERE reservice_of = ?", victim);
            if (uniform(0, 1))
                db().run("DELETE FROM orders WHERE id = ?", victim);
            else
                db().run("UPDATE orders SET id = ? WHERE id = ?", m_ws->store().newId(), victim);
            break;
        }
        case 15: // v15: the provider (or none) and the duration feed the provider days
            if (uniform(0, 3) == 0)
                db().run("UPDATE orders SET provider_id = NULL WHERE id = ?", order);
            else
                db().run("UPDATE orders SET provider_id = ?, duration_min = ? WHERE id = ?", pick(providers), uniform(30, 240), order);
            break;
        case 16: // an upheld complaint moved to another order (and so perhaps another provider)
            db().run("UPDATE complaints SET upheld = 1, order_id = ? WHERE id = (SELECT id FROM complaints ORDER BY random() LIMIT 1)", order);
            break;
        case 17: // v18: working hours of active providers, per weekday
            switch (uniform(0, 2)) {
            case 0:
                db().run("INSERT OR IGNORE INTO provider_hours(provider_id, weekday, start_min, end_min) VALUES (?, ?, ?, ?)", pick(providers),
                         uniform(1, 7), uniform(0, 10) * 60, uniform(11, 24) * 60);
                break;
            case 1:
                db().run("DELETE FROM provider_hours WHERE provider_id = (SELECT provider_id FROM provider_hours ORDER BY random() LIMIT 1)");
                break;
            default:
                db().run("UPDATE providers SET status = CASE status WHEN 'active' THEN 'suspended' ELSE 'active' END WHERE id = ?", pick(providers));
                break;
            }
            break;
        default: // through the spine: an office cancellation or a submit, where the state machine allows
            if (inTransaction)
                break; // the spine opens its own
            try {
                services::OrderService(m_ws->services())
                    .apply(order, {uniform(0, 1) ? domain::OrderEvent::Cancel : domain::OrderEvent::Submit, domain::OrderActor::Office,
                                   QStringLiteral("随机测试")});
            } catch (const std::exception &) {
                // refused by the state machine: nothing changed, which is fine here
            }
            break;
        }
    }

private slots:
    void initTestCase()
    {
        m_ws = tests::makeWorkspace(m_dir);
        demo::DemoOptions o;
        o.providers = 80;
        o.orders = 1500;
        o.seed = 14;
        o.referenceSecs = kReference;
        o.kdf = store::KdfParams::fastForTests();
        demo::seedDemo(*m_ws, o);
    }

    void demoGeneratorKeepsThemExact()
    {
        QCOMPARE(tests::count(*m_ws, "stats_order_facts"), tests::count(*m_ws, "orders"));
        QVERIFY(tests::count(*m_ws, "stats_daily") > 100);
        QVERIFY(tests::count(*m_ws, "stats_dispatch_minutes") > 100);
        QVERIFY(tests::count(*m_ws, "stats_provider_days") > 100);
        QVERIFY(tests::count(*m_ws, "stats_provider_active") > 30);
        QVERIFY(tests::count(*m_ws, "stats_provider_months") > 80);
        QVERIFY(tests::count(*m_ws, "stats_monthly") > 10);
        QVERIFY(db().scalar("SELECT sum(minutes) FROM stats_weekly_hours").toLongLong() > 0);
        QCOMPARE(store::rollupProblems(db()), QStringList());
    }

    void randomSequencesKeepThemExact_data()
    {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed : {1u, 2u, 3u, 4u, 5u, 6u})
            QTest::addRow("seed %llu", seed) << seed;
    }

    void randomSequencesKeepThemExact()
    {
        QFETCH(quint64, seed);
        std::mt19937_64 rng(seed);
        for (int batch = 0; batch < 4; ++batch) {
            {
                store::Transaction tx(db());
                for (int i = 0; i < 60; ++i)
                    randomWrite(rng, true);
                tx.commit();
            }
            for (int i = 0; i < 8; ++i)
                randomWrite(rng, false); // the spine's order actions run here in their own transactions
            QCOMPARE(store::rollupProblems(db()), QStringList());
        }
        // A rolled-back transaction leaves them as they were.
        const qint64 before = db().scalar("SELECT sum(orders * 7 + price_fen + dispatched) FROM stats_daily").toLongLong();
        {
            store::Transaction tx(db());
            for (int i = 0; i < 30; ++i)
                randomWrite(rng, true);
        }
        QCOMPARE(db().scalar("SELECT sum(orders * 7 + price_fen + dispatched) FROM stats_daily").toLongLong(), before);
        QCOMPARE(store::rollupProblems(db()), QStringList());
    }

    // After the random sequences: the dashboard's funnel and provider figures
    // equal independent SQL over the sources, for the whole span and a month.
    void dashboardAgreesWithRawSqlOnARandomStore()
    {
        using namespace tests::stats_raw;
        const QDate first = stats::dayFromNumber(db().scalar("SELECT min((window_start + 28800) / 86400) FROM orders").toLongLong());
        const QDate last = stats::dayFromNumber(db().scalar("SELECT max((window_start + 28800) / 86400) FROM orders").toLongLong());
        // The whole span; its whole months only (read from stats_provider_months); its last 30 days.
        const QDate firstWhole = QDate(first.year(), first.month(), 1).addMonths(1);
        const QDate lastWholeEnd = QDate(last.year(), last.month(), 1).addDays(-1);
        QVERIFY(firstWhole < lastWholeEnd);
        for (const stats::Period &period :
             {stats::Period{first, last}, stats::Period{firstWhole, lastWholeEnd}, stats::Period{last.addDays(-29), last}}) {
            stats::Filter f;
            f.period = period;
            const stats::Dashboard d = stats::loadDashboard(db(), f, stats::Granularity::Month);
            QVERIFY(d.current.orders > 0);
            QCOMPARE(d.current.orders, rawScalar(db(), "SELECT count(*) FROM orders o", f));
            QCOMPARE(d.current.reachedDispatch, rawReached(db(), f, 2));
            QCOMPARE(d.current.reachedAccept, rawReached(db(), f, 3));
            QCOMPARE(d.current.reachedComplete, rawReached(db(), f, 4));
            QCOMPARE(d.current.reachedRated, rawReached(db(), f, 5));
            compareProviders(db(), d);
            if (QTest::currentTestFailed())
                return;
            // By month the whole months come from stats_monthly (v19); by day or week (the same cache, read
            // again by day) every figure and bucket sum is the same.
            stats::DashboardCache cache;
            const stats::Dashboard byMonth = stats::loadDashboard(db(), f, stats::Granularity::Month, &cache);
            QVERIFY(cache.monthly || period.days() < 28);
            const stats::Dashboard byWeek = stats::loadDashboard(db(), f, stats::Granularity::Week, &cache);
            QVERIFY(!cache.monthly);
            for (const stats::Dashboard *other : {&byMonth, &byWeek}) {
                QCOMPARE(other->current.orders, d.current.orders);
                QCOMPARE(other->current.revenueFen, d.current.revenueFen);
                QCOMPARE(other->current.refundedOrders, d.current.refundedOrders);
                QCOMPARE(other->current.reachedRated, d.current.reachedRated);
                QCOMPARE(other->current.servedMin, d.current.servedMin);
                QCOMPARE(other->current.complaintsInSla, d.current.complaintsInSla);
                QCOMPARE(other->previous.orders, d.previous.orders);
                QCOMPARE(other->lastYear.orders, d.lastYear.orders);
                for (int i = 0; i < d.districts.size(); ++i)
                    QCOMPARE(other->byDistrict.at(i).orders, d.byDistrict.at(i).orders);
            }
            qint64 weekSum = 0;
            for (const QList<qint64> &bucket : byWeek.orders)
                for (qint64 n : bucket)
                    weekSum += n;
            qint64 monthSum = 0;
            for (const QList<qint64> &bucket : byMonth.orders)
                for (qint64 n : bucket)
                    monthSum += n;
            QCOMPARE(weekSum, monthSum);
            QCOMPARE(d.previous.orders, rawScalar(db(), "SELECT count(*) FROM orders o", stats::Filter{period.previous(), {}, {}}));
        }
    }

    // A month the period covers in part is read as its days inside the
    // period, or as its whole row less the days outside it, whichever reads
    // fewer rows: a day of the data span costs 1, a month `monthInDays`.
    void rollupRangesAddOrSubtractWhicheverReadsLess()
    {
        using R = stats::RollupRange;
        constexpr auto D = stats::Grain::Day, M = stats::Grain::Month;
        const auto d = [](int y, int m, int day) { return QDate(y, m, day); };
        const stats::RollupCost wide{{d(2025, 1, 1), d(2026, 12, 31)}, 5};
        // The last 30 days on 3 December: November less its first 3 days, December's 3 days.
        QCOMPARE(stats::rollupRanges({d(2026, 11, 4), d(2026, 12, 3)}, wide),
                 (QList<R>{{M, {d(2026, 11, 1), d(2026, 11, 1)}, 1}, {D, {d(2026, 11, 1), d(2026, 11, 3)}, -1},
                           {D, {d(2026, 12, 1), d(2026, 12, 3)}, 1}}));
        // This month on the 14th: the days after the data's last day cost nothing, so the month less them …
        QCOMPARE(stats::rollupRanges({d(2026, 12, 1), d(2026, 12, 14)}, stats::RollupCost{{d(2025, 1, 1), d(2026, 12, 14)}, 5}),
                 (QList<R>{{M, {d(2026, 12, 1), d(2026, 12, 1)}, 1}, {D, {d(2026, 12, 15), d(2026, 12, 31)}, -1}}));
        // … but its days while the 17 days after them hold data (bookings ahead).
        QCOMPARE(stats::rollupRanges({d(2026, 12, 1), d(2026, 12, 14)}, wide), (QList<R>{{D, {d(2026, 12, 1), d(2026, 12, 14)}, 1}}));
        // Ties add: 17 days inside, 13 outside + a month of 4.
        QCOMPARE(stats::rollupRanges({d(2026, 11, 1), d(2026, 11, 17)}, stats::RollupCost{wide.dataSpan, 4}),
                 (QList<R>{{D, {d(2026, 11, 1), d(2026, 11, 17)}, 1}}));
        QCOMPARE(stats::rollupRanges({d(2026, 11, 1), d(2026, 11, 18)}, stats::RollupCost{wide.dataSpan, 4}),
                 (QList<R>{{M, {d(2026, 11, 1), d(2026, 11, 1)}, 1}, {D, {d(2026, 11, 19), d(2026, 11, 30)}, -1}}));
        // Across a year: added days run on into one range; subtracted months join their whole neighbours.
        QCOMPARE(stats::rollupRanges({d(2025, 12, 20), d(2026, 1, 10)}, wide), (QList<R>{{D, {d(2025, 12, 20), d(2026, 1, 10)}, 1}}));
        QCOMPARE(stats::rollupRanges({d(2025, 11, 3), d(2026, 1, 28)}, wide),
                 (QList<R>{{M, {d(2025, 11, 1), d(2026, 1, 1)}, 1}, {D, {d(2025, 11, 1), d(2025, 11, 2)}, -1},
                           {D, {d(2026, 1, 29), d(2026, 1, 31)}, -1}}));
        // Additions only (cells a day or a month each): the days, the whole months, the days.
        const stats::Period spring{d(2026, 2, 15), d(2026, 5, 14)};
        QCOMPARE(stats::rollupRanges(spring), (QList<R>{{D, {d(2026, 2, 15), d(2026, 2, 28)}, 1}, {M, {d(2026, 3, 1), d(2026, 4, 1)}, 1},
                                                         {D, {d(2026, 5, 1), d(2026, 5, 14)}, 1}}));
        QCOMPARE(stats::rollupRanges({d(2025, 1, 1), d(2025, 12, 31)}, wide), (QList<R>{{M, {d(2025, 1, 1), d(2025, 12, 1)}, 1}}));
        // No data at all: nothing is worth subtracting.
        QCOMPARE(stats::rollupRanges({d(2026, 11, 4), d(2026, 11, 30)}, stats::RollupCost{}), (QList<R>{{D, {d(2026, 11, 4), d(2026, 11, 30)}, 1}}));
        QVERIFY(stats::rollupRanges(stats::Period{d(2026, 2, 2), d(2026, 2, 1)}, wide).isEmpty());
    }

    // With weeks and years as well: twelve months are a year's rows less a
    // month and a few days, not eleven months'; half a month is two weeks and
    // a day, not fifteen days. Whatever the plan, every day of the period is
    // counted once and no other day at all (checked on random periods).
    void rollupRangesUseWeeksAndYearsWhereTheyReadLess()
    {
        using R = stats::RollupRange;
        constexpr auto D = stats::Grain::Day, W = stats::Grain::Week, M = stats::Grain::Month, Q = stats::Grain::Quarter, Y = stats::Grain::Year;
        const auto d = [](int y, int m, int day) { return QDate(y, m, day); };
        // Bench store ratios; data until 6 December 2026 (a Sunday).
        const stats::RollupCost cost{.dataSpan = {d(2025, 1, 1), d(2026, 12, 6)}, .monthInDays = 3.6, .weekInDays = 3.2, .quarterInDays = 3.6,
                                     .yearInDays = 3.7};
        // Last 12 months by month on 6 December: 2026 less December's days after the 6th (no data: free).
        QCOMPARE(stats::rollupRanges({d(2026, 1, 1), d(2026, 12, 6)}, cost),
                 (QList<R>{{Y, {d(2026, 1, 1), d(2026, 1, 1)}, 1}, {D, {d(2026, 12, 7), d(2026, 12, 31)}, -1}}));
        // Monday 14 to Sunday 27 September: two weeks.
        QCOMPARE(stats::rollupRanges({d(2026, 9, 14), d(2026, 9, 27)}, cost), (QList<R>{{W, {d(2026, 9, 14), d(2026, 9, 21)}, 1}}));
        // Tuesday 15 to Monday 28 September: those two weeks less the Monday, and the Monday after.
        QCOMPARE(stats::rollupRanges({d(2026, 9, 15), d(2026, 9, 28)}, cost),
                 (QList<R>{{W, {d(2026, 9, 14), d(2026, 9, 21)}, 1}, {D, {d(2026, 9, 14), d(2026, 9, 14)}, -1},
                           {D, {d(2026, 9, 28), d(2026, 9, 28)}, 1}}));
        // A custom year from the 15th: far fewer rows than eleven months and two half months' days.
        const auto next = [&](stats::Grain g, QDate u) {
            return g == D ? u.addDays(1) : g == W ? u.addDays(7) : g == M ? u.addMonths(1) : g == Q ? u.addMonths(3) : u.addYears(1);
        };
        const auto rowsOf = [&](const QList<R> &plan) {
            double rows = 0;
            for (const R &r : plan) {
                const double unit = r.grain == D   ? 1
                                    : r.grain == W ? cost.weekInDays
                                    : r.grain == M ? cost.monthInDays
                                    : r.grain == Q ? cost.quarterInDays
                                                   : cost.yearInDays;
                int units = 0;
                for (QDate u = r.range.from; u <= r.range.to; u = next(r.grain, u))
                    ++units;
                rows += unit * units;
            }
            return rows;
        };
        const stats::Period year{d(2025, 12, 15), d(2026, 12, 14)};
        QVERIFY2(rowsOf(stats::rollupRanges(year, cost)) < 0.5 * rowsOf(stats::rollupRanges(year, stats::RollupCost{cost.dataSpan, 3.6})),
                 "a year from the 15th reads under half the rows of days and months alone");
        // Twelve months from July: four quarters, one query.
        const stats::RollupCost dense{.dataSpan = {d(2024, 1, 1), d(2026, 12, 31)}, .monthInDays = 3.6, .weekInDays = 3.0, .quarterInDays = 3.6,
                                      .yearInDays = 3.6};
        QCOMPARE(stats::rollupRanges({d(2025, 7, 1), d(2026, 6, 30)}, dense), (QList<R>{{Q, {d(2025, 7, 1), d(2026, 4, 1)}, 1}}));
        // Twelve whole months from any month's 1st: at most seven units of a
        // month's cost (eleven or twelve without quarters and years).
        for (QDate first = d(2025, 1, 1); first <= d(2025, 12, 1); first = first.addMonths(1)) {
            const double rows = rowsOf(stats::rollupRanges({first, first.addYears(1).addDays(-1)}, dense));
            QVERIFY2(rows <= 7 * 3.6 + 0.01, qPrintable(first.toString(Qt::ISODate) + u": " + QString::number(rows)));
        }

        // Every day of the period once, none outside it, for random periods and costs.
        std::mt19937 random(20261203);
        for (int i = 0; i < 400; ++i) {
            const QDate from = d(2024, 6, 1).addDays(std::uniform_int_distribution<int>(0, 900)(random));
            const stats::Period period{from, from.addDays(std::uniform_int_distribution<int>(0, 500)(random))};
            const stats::Period span{d(2024, 6, 1).addDays(std::uniform_int_distribution<int>(0, 400)(random)),
                                     d(2026, 12, 31).addDays(-std::uniform_int_distribution<int>(0, 400)(random))};
            std::uniform_real_distribution<double> unit(0.5, 40);
            const stats::RollupCost drawn{.dataSpan = span, .monthInDays = unit(random), .weekInDays = i % 3 ? unit(random) : 0,
                                          .quarterInDays = i % 5 ? unit(random) : 0, .yearInDays = i % 2 ? unit(random) : 0};
            std::map<QDate, int> counted;
            for (const R &r : stats::rollupRanges(period, drawn)) {
                QVERIFY(r.grain != W || drawn.weekInDays > 0);
                QVERIFY(r.grain != Y || drawn.yearInDays > 0);
                QVERIFY(r.grain != Q || drawn.quarterInDays > 0);
                for (QDate u = r.range.from; u <= r.range.to;) {
                    const QDate after = next(r.grain, u);
                    QVERIFY(r.grain != W || u.dayOfWeek() == 1);
                    QVERIFY(r.grain < M || u.day() == 1);
                    QVERIFY(r.grain != Q || u.month() % 3 == 1);
                    QVERIFY(r.grain != Y || u.month() == 1);
                    for (QDate day = u; day < after; day = day.addDays(1))
                        counted[day] += r.sign;
                    u = after;
                }
            }
            for (QDate day = period.from; day <= period.to; day = day.addDays(1))
                QCOMPARE(counted[day], 1);
            for (const auto &[day, n] : counted)
                if (day < period.from || day > period.to)
                    QCOMPARE(n, 0);
        }
    }

    // Periods that start and end mid-month, whose partial months the
    // providers' sums and the totals add day by day or take as the month
    // less its other days, and across a year: every provider's sums equal
    // independent SQL over the orders, the totals the sums of single days
    // (which never subtract) and the raw counts, and the dashboard's figures
    // (bands, rankings, 环比, 同比) the raw ones.
    void partialMonthsAddedOrSubtractedAgreeWithRawSql()
    {
        using namespace tests::stats_raw;
        const QDate last = stats::dayFromNumber(db().scalar("SELECT max((window_start + 28800) / 86400) FROM orders").toLongLong());
        const QDate m(last.year(), last.month(), 1);
        // Mid-month ends and a year's turn; a year and twelve months, read
        // mostly from the years and weeks (v23). Together their plans use
        // every grain of the provider rollups, added and subtracted.
        const stats::Period cases[] = {
            {m.addMonths(-3).addDays(14), m.addMonths(-2).addDays(9)}, // 15th to 10th
            {m.addMonths(-3).addDays(2), m.addMonths(-2).addDays(26)}, // 3rd to 27th
            {QDate(last.year() - 1, 12, 20), QDate(last.year(), 1, 10)},
            {QDate(last.year() - 1, 12, 3), QDate(last.year(), 1, 28)},
            {m.addMonths(-2).addDays(14), m.addDays(13)},               // two half months and a whole one
            stats::presetPeriod(stats::PeriodPreset::Last12Months, last),
            {m.addMonths(-11).addDays(14), m.addMonths(1).addDays(13)}, // a custom year from a 15th
        };
        std::set<std::pair<stats::Grain, int>> used;
        for (const stats::Period &period : cases) {
            for (const stats::RollupRange &r : stats::rollupRanges(period, stats::providerRollupCost(db())))
                used.insert({r.grain, r.sign});
            // Every provider's sums, exactly the providers with an order in the period.
            RawProviders raw = rawProviders(db(), period);
            QVERIFY(!raw.all.isEmpty());
            std::sort(raw.all.begin(), raw.all.end(), [](const stats::ProviderRank &a, const stats::ProviderRank &b) { return a.id < b.id; });
            const QList<stats::ProviderRank> sums = stats::providersIn(db(), period);
            QCOMPARE(sums.size(), raw.all.size());
            for (int i = 0; i < sums.size(); ++i) {
                QCOMPARE(sums.at(i).id, raw.all.at(i).id);
                QCOMPARE(sums.at(i).orders, raw.all.at(i).orders);
                QCOMPARE(sums.at(i).upheld, raw.all.at(i).upheld);
                QCOMPARE(sums.at(i).ratings, raw.all.at(i).ratings);
                QCOMPARE(sums.at(i).stars, raw.all.at(i).stars);
            }
            // The totals (office-wide and of the biggest district), whichever way their months are read.
            const QString district = db().scalar("SELECT d.adcode FROM orders o JOIN districts d ON d.id = o.district_id"
                                                 " GROUP BY d.id ORDER BY count(*) DESC, d.id LIMIT 1")
                                         .toString();
            for (const QString &code : {QString(), district}) {
                const stats::Filter f{period, code, {}};
                const stats::Totals t = stats::totalsFor(db(), f);
                stats::Totals byDay;
                for (QDate day = period.from; day <= period.to; day = day.addDays(1))
                    byDay += stats::totalsFor(db(), stats::Filter{{day, day}, code, {}});
                for (const auto field : {&stats::Totals::orders, &stats::Totals::completed, &stats::Totals::cancelled, &stats::Totals::revenueFen,
                                         &stats::Totals::refundFen, &stats::Totals::refunds, &stats::Totals::refundedOrders, &stats::Totals::rated,
                                         &stats::Totals::stars, &stats::Totals::complaints, &stats::Totals::upheld, &stats::Totals::complaintsClosed,
                                         &stats::Totals::complaintsInSla, &stats::Totals::accepted, &stats::Totals::started, &stats::Totals::onTime,
                                         &stats::Totals::timeouts, &stats::Totals::dispatched, &stats::Totals::autoDispatched,
                                         &stats::Totals::reachedDispatch, &stats::Totals::reachedAccept, &stats::Totals::reachedComplete,
                                         &stats::Totals::reachedRated, &stats::Totals::servedMin})
                    QCOMPARE(t.*field, byDay.*field);
                QCOMPARE(t.orders, rawScalar(db(), "SELECT count(*) FROM orders o", f));
                QCOMPARE(t.revenueFen,
                         rawScalar(db(), "SELECT coalesce(sum(o.price_fen), 0) FROM orders o JOIN (SELECT 1) ON o.status IN ('completed','rated')", f));
            }
            // The dashboard: its providers (bands, rankings, per day), 环比 and 同比.
            stats::Filter f;
            f.period = period;
            const stats::Dashboard d = stats::loadDashboard(db(), f, stats::Granularity::Day);
            QVERIFY(d.current.orders > 0);
            compareProviders(db(), d);
            QCOMPARE(d.previous.orders, rawScalar(db(), "SELECT count(*) FROM orders o", stats::Filter{period.previous(), {}, {}}));
            QCOMPARE(d.lastYear.orders, rawScalar(db(), "SELECT count(*) FROM orders o", stats::Filter{period.sameLastYear(), {}, {}}));
            if (QTest::currentTestFailed())
                return;
        }
        for (const stats::Grain grain : {stats::Grain::Day, stats::Grain::Week, stats::Grain::Month, stats::Grain::Quarter, stats::Grain::Year})
            QVERIFY2(used.count({grain, 1}) + used.count({grain, -1}) > 0, "a grain of the provider rollups no case reads");
        QVERIFY2(std::any_of(used.begin(), used.end(), [](const auto &u) { return u.second < 0; }), "no case subtracts");
    }

    void verifyFindsADamagedRollupAndTheRebuildMendsIt()
    {
        services::StoreMaintenance maintenance(m_ws->services());
        QVERIFY(maintenance.verify().ok());
        db().exec("UPDATE stats_daily SET price_fen = price_fen + 100 WHERE day = (SELECT max(day) FROM stats_daily)");
        db().exec("DELETE FROM stats_dispatch_minutes WHERE day = (SELECT min(day) FROM stats_dispatch_minutes)");
        db().exec("UPDATE stats_provider_active SET providers = providers + 1 WHERE day = (SELECT max(day) FROM stats_provider_active)");
        const services::VerifyReport damaged = maintenance.verify();
        QVERIFY(!damaged.ok());
        QCOMPARE(damaged.rollupProblems.size(), 3);
        QVERIFY(damaged.pageProblems.isEmpty());
        const qint64 audited = tests::count(*m_ws, "audit_log");
        QCOMPARE(maintenance.rebuildRollups(), tests::count(*m_ws, "orders"));
        QCOMPARE(tests::count(*m_ws, "audit_log"), audited + 1);
        QCOMPARE(db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("store.rebuild_rollups"));
        QVERIFY(maintenance.verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestStatsRollups)
#include "tst_statsrollups.moc"
