#pragma once
// Independent SQL for the statistics figures: straight from orders, the
// timeline, dispatch records, ratings, complaints and working hours, never
// from the rollups. Shared by tst_stats_ui (the demo store) and
// tst_statsrollups (random stores).
#include "domain/office_time.h"
#include "stats/dashboard.h"
#include "store/sqlite.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <optional>

namespace doorstep::tests::stats_raw {

inline qint64 dayStart(QDate d)
{
    return domain::officeDayStart(domain::officeNoon(d));
}

// The filter's orders straight from the orders table.
inline QByteArray whereRaw(store::Database &db, const stats::Filter &f, QVariantList *binds)
{
    QByteArray sql = " WHERE o.window_start >= ? AND o.window_start < ?";
    *binds << dayStart(f.period.from) << dayStart(f.period.to.addDays(1));
    if (!f.districtCode.isEmpty()) {
        sql += " AND o.district_id = ?";
        *binds << db.scalar("SELECT id FROM districts WHERE adcode = ?", f.districtCode);
    }
    if (!f.categoryCode.isEmpty()) {
        sql += " AND o.service_item_id IN (SELECT si.id FROM service_items si JOIN service_categories c ON c.id = si.category_id WHERE c.code = ?)";
        *binds << f.categoryCode;
    }
    return sql;
}

inline qint64 rawScalar(store::Database &db, const QByteArray &select, const stats::Filter &f)
{
    QVariantList binds;
    const QByteArray where = whereRaw(db, f, &binds);
    auto st = db.prepare(select + where);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    return st.next() ? st.int64(0) : 0;
}

inline std::optional<int> rawRank(store::Database &db, const stats::Filter &f, double p)
{
    QVariantList binds;
    const QByteArray where = whereRaw(db, f, &binds);
    auto st = db.prepare("SELECT (SELECT d.at FROM dispatch_records d WHERE d.order_id = o.id ORDER BY d.at, d.id LIMIT 1) - o.created_at FROM orders o"
                         + where);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    QList<int> minutes;
    while (st.next())
        if (!st.isNull(0))
            minutes << int(std::min<qint64>(std::max<qint64>(st.int64(0), 0) / 60, 10080));
    if (minutes.isEmpty())
        return std::nullopt;
    std::sort(minutes.begin(), minutes.end());
    const qint64 k = std::max<qint64>(1, qint64(std::ceil(p * double(minutes.size()))));
    return minutes.at(int(k - 1));
}

// Orders of the filter that reached at least `stage` (2 dispatched … 5 rated), from the
// timeline, dispatch records, ratings and status: not from the rollups.
inline qint64 rawReached(store::Database &db, const stats::Filter &f, int stage)
{
    static const char *const levels[] = {"'assigned'", "'accepted','on_the_way','in_service'", "'completed'", "'rated'"};
    QByteArray statuses;
    for (int k = stage; k <= 5; ++k)
        statuses += (statuses.isEmpty() ? "" : ",") + QByteArray(levels[k - 2]);
    return rawScalar(db,
                     "SELECT count(*) FROM orders o JOIN (SELECT 1) ON (o.status IN (" + statuses + ")"
                     " OR EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.to_status IN (" + statuses + "))"
                     + (stage <= 2 ? " OR EXISTS (SELECT 1 FROM dispatch_records d WHERE d.order_id = o.id)" : "")
                     + " OR EXISTS (SELECT 1 FROM ratings g WHERE g.order_id = o.id))",
                     f);
}

// The providers of a period straight from orders, complaints, ratings and working hours.
struct RawProviders
{
    qint64 activeDays = 0, servedMin = 0, workingMin = 0;
    QList<stats::ProviderRank> all;
};

inline RawProviders rawProviders(store::Database &db, const stats::Period &period)
{
    RawProviders r;
    const qint64 from = dayStart(period.from), to = dayStart(period.to.addDays(1));
    r.activeDays = db.scalar("SELECT count(*) FROM (SELECT DISTINCT (window_start + 28800) / 86400, provider_id FROM orders"
                             " WHERE provider_id IS NOT NULL AND status <> 'cancelled' AND window_start >= ? AND window_start < ?)",
                             from, to)
                       .toLongLong();
    r.servedMin = db.scalar("SELECT coalesce(sum(duration_min), 0) FROM orders WHERE provider_id IS NOT NULL AND status <> 'cancelled'"
                            " AND window_start >= ? AND window_start < ?",
                            from, to)
                      .toLongLong();
    for (QDate d = period.from; d <= period.to; d = d.addDays(1))
        r.workingMin += db.scalar("SELECT coalesce(sum(h.end_min - h.start_min), 0) FROM provider_hours h JOIN providers p ON p.id = h.provider_id"
                                  " WHERE p.status = 'active' AND h.weekday = ?",
                                  d.dayOfWeek())
                            .toLongLong();
    auto st = db.prepare("SELECT o.provider_id, count(*),"
                         " sum((SELECT count(*) FROM complaints c WHERE c.order_id = o.id AND c.upheld = 1)),"
                         " sum((SELECT count(*) FROM ratings g WHERE g.order_id = o.id)),"
                         " sum((SELECT coalesce(sum(g.stars), 0) FROM ratings g WHERE g.order_id = o.id)), p.name"
                         " FROM orders o JOIN providers p ON p.id = o.provider_id WHERE o.window_start >= ? AND o.window_start < ?"
                         " GROUP BY o.provider_id");
    st.bind(1, from);
    st.bind(2, to);
    while (st.next()) {
        stats::ProviderRank p;
        p.id = st.int64(0);
        p.orders = st.int64(1);
        p.upheld = st.int64(2);
        p.ratings = st.int64(3);
        p.stars = st.int64(4);
        p.name = st.text(5);
        r.all.append(p);
    }
    return r;
}

// The first five of `all` passing `ok`, by `key` (smaller first), ties by more `evidence`, then id.
template<class Ok, class Key, class Evidence>
QList<qint64> rawTop(QList<stats::ProviderRank> all, Ok ok, Key key, Evidence evidence)
{
    all.erase(std::remove_if(all.begin(), all.end(), [&](const stats::ProviderRank &p) { return !ok(p); }), all.end());
    std::sort(all.begin(), all.end(), [&](const stats::ProviderRank &a, const stats::ProviderRank &b) {
        const double ka = key(a), kb = key(b);
        if (std::abs(ka - kb) > 1e-9)
            return ka < kb;
        return evidence(a) != evidence(b) ? evidence(a) > evidence(b) : a.id < b.id;
    });
    QList<qint64> ids;
    for (int i = 0; i < std::min<int>(int(all.size()), stats::kRanked); ++i)
        ids << all.at(i).id;
    return ids;
}

inline QList<qint64> idsOf(const QList<stats::ProviderRank> &list)
{
    QList<qint64> ids;
    for (const stats::ProviderRank &p : list)
        ids << p.id;
    return ids;
}

// The office-wide provider figures of the period, its 环比 and 同比 periods, each bucket, the bands and rankings.
inline void compareProviders(store::Database &db, const stats::Dashboard &d)
{
    const stats::Period &period = d.filter.period;
    const std::pair<const stats::ProviderFigures *, stats::Period> periods[] = {
        {&d.providers, period}, {&d.providersPrevious, period.previous()}, {&d.providersLastYear, period.sameLastYear()}};
    for (const auto &[figures, p] : periods) {
        const RawProviders raw = rawProviders(db, p);
        QCOMPARE(figures->days, p.days());
        QCOMPARE(figures->activeDays, raw.activeDays);
        QCOMPARE(figures->servedMin, raw.servedMin);
        QCOMPARE(figures->workingMin, raw.workingMin);
    }
    for (int b = 0; b < d.buckets.size(); ++b) {
        const stats::Period p{d.buckets.at(b).from, d.buckets.at(b).to};
        QCOMPARE(d.activeProviders.at(b), double(rawProviders(db, p).activeDays) / double(p.days()));
    }
    const RawProviders raw = rawProviders(db, period);
    QList<qint64> bands(5, 0);
    for (const stats::ProviderRank &p : raw.all)
        if (p.ratings > 0) {
            const double avg = double(p.stars) / double(p.ratings);
            ++bands[avg < 3.0 ? 0 : avg < 3.5 ? 1 : avg < 4.0 ? 2 : avg < 4.5 ? 3 : 4];
        }
    QCOMPARE(d.ratingBands, bands);
    const auto rated = [](const stats::ProviderRank &p) { return p.ratings >= stats::kMinRatings; };
    const auto busy = [](const stats::ProviderRank &p) { return p.orders >= stats::kMinOrders; };
    const auto avg = [](const stats::ProviderRank &p) { return double(p.stars) / double(p.ratings); };
    const auto per100 = [](const stats::ProviderRank &p) { return 100.0 * double(p.upheld) / double(p.orders); };
    const auto ratings = [](const stats::ProviderRank &p) { return p.ratings; };
    const auto orders = [](const stats::ProviderRank &p) { return p.orders; };
    QCOMPARE(idsOf(d.best), rawTop(raw.all, rated, [&](const stats::ProviderRank &p) { return -avg(p); }, ratings));
    QCOMPARE(idsOf(d.worst), rawTop(raw.all, rated, avg, ratings));
    QCOMPARE(idsOf(d.fewestUpheld), rawTop(raw.all, busy, per100, orders));
    QCOMPARE(idsOf(d.mostUpheld), rawTop(raw.all, busy, [&](const stats::ProviderRank &p) { return -per100(p); }, orders));
    for (const QList<stats::ProviderRank> *list : {&d.best, &d.worst, &d.fewestUpheld, &d.mostUpheld})
        for (const stats::ProviderRank &p : *list) {
            const auto it = std::find_if(raw.all.begin(), raw.all.end(), [&](const stats::ProviderRank &r) { return r.id == p.id; });
            QVERIFY(it != raw.all.end());
            QCOMPARE(p.orders, it->orders);
            QCOMPARE(p.upheld, it->upheld);
            QCOMPARE(p.ratings, it->ratings);
            QCOMPARE(p.stars, it->stars);
            QCOMPARE(p.name, it->name);
        }
}

} // namespace doorstep::tests::stats_raw
