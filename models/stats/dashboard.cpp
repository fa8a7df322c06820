#include "stats/dashboard.h"

#include "stats/rollup_ranges.h"
#include "store/sqlite.h"

#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace doorstep::stats {
namespace {
const QDate kEpoch(1970, 1, 1);

// The filter as SQL over stats_daily / stats_order_facts (both have day,
// district_id and category_id). An unknown code becomes id -1: no rows.
struct Where
{
    QByteArray sql;
    QVariantList binds;
    qint64 districtId = 0;
    qint64 categoryId = 0;
};

qint64 idOf(store::Database &db, const QByteArray &sql, const QString &code)
{
    if (code.isEmpty())
        return 0;
    const QVariant id = db.scalar(sql, code);
    return id.isNull() ? -1 : id.toLongLong();
}

// `key`: "day" (stats_daily, …) or "month" (stats_monthly: then `period`
// runs from the first month's 1st to the last month's 1st).
Where whereOf(store::Database &db, const Filter &f, const Period &period, const char *key = "day")
{
    Where w;
    w.districtId = idOf(db, "SELECT id FROM districts WHERE adcode = ?", f.districtCode);
    w.categoryId = idOf(db, "SELECT id FROM service_categories WHERE code = ?", f.categoryCode);
    w.sql = QByteArray(" WHERE ") + key + " BETWEEN ? AND ?";
    w.binds << dayNumber(period.from) << dayNumber(period.to);
    if (w.districtId) {
        w.sql += " AND district_id = ?";
        w.binds << w.districtId;
    }
    if (w.categoryId) {
        w.sql += " AND category_id = ?";
        w.binds << w.categoryId;
    }
    return w;
}

void bindAll(store::Statement &st, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
}

// One snapshot for reads that must agree: a month less its days outside a
// period is only exact when both are read as of the same moment (a writer
// may commit between two statements). SAVEPOINT opens a deferred transaction
// when none is open (WAL: every read sees the snapshot of the first) and
// nests in a caller's, which already holds one.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(store::Database &db)
        : m_db(db)
    {
        m_db.exec("SAVEPOINT stats_read");
    }
    ~ReadSnapshot()
    {
        try {
            m_db.exec("RELEASE stats_read");
        } catch (const store::SqlError &) {
            // Nothing was written, so nothing is lost; the error that ended the reads is the one reported.
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    store::Database &m_db;
};

// The cost model of a pair of rollups (rollup_ranges.h): the days the
// daily table has rows on, from two seeks of its key (day first). A month
// read from the monthly table costs `monthInDays` days of the daily one:
// measured on the 1,000,000-order bench store (README, bench_dashboard), a
// wrong guess only reads more rows, never other figures.
RollupCost costOf(store::Database &db, const QByteArray &dailyTable, double monthInDays)
{
    RollupCost cost;
    cost.monthInDays = monthInDays;
    const QVariant first = db.scalar("SELECT min(day) FROM " + dailyTable);
    const QVariant last = db.scalar("SELECT max(day) FROM " + dailyTable);
    if (!first.isNull() && !last.isNull())
        cost.dataSpan = Period{dayFromNumber(first.toLongLong()), dayFromNumber(last.toLongLong())};
    return cost;
}
// A unit of stats_provider_weeks, _months, _quarters and _years is a row per
// provider with an order in it, a day of stats_provider_days a row per
// provider busy that day. On the bench store (14,000 providers, 2026-12):
// a day 3,888 rows, a week 11,737 (3.0 days), a month 13,983 (3.6), a
// quarter and a year 14,000 (3.6; every provider works in one).
constexpr double kProviderWeekInDays = 3.0;
constexpr double kProviderMonthInDays = 3.6;
constexpr double kProviderQuarterInDays = 3.6;
constexpr double kProviderYearInDays = 3.6;
// A month of stats_monthly is a row per district, category and status with
// an order that month (216), a day of stats_daily those of the day (214).
constexpr double kCellMonthInDays = 1;

// The columns of stats_daily summed into Totals, in this order.
const QByteArray kSums =
    "sum(orders), sum(CASE WHEN status IN ('completed','rated') THEN orders ELSE 0 END),"
    " sum(CASE WHEN status = 'cancelled' THEN orders ELSE 0 END),"
    " sum(CASE WHEN status IN ('completed','rated') THEN price_fen ELSE 0 END),"
    " sum(refund_fen), sum(refunds), sum(rated), sum(stars), sum(complaints), sum(upheld), sum(complaints_closed),"
    " sum(complaints_in_sla), sum(accepted),"
    " sum(started), sum(on_time), sum(timeouts), sum(dispatched), sum(auto_dispatched),"
    " sum(reached_dispatch), sum(reached_accept), sum(reached_complete), sum(reached_rated), sum(served_min), sum(refunded)";

Totals totalsFrom(const store::Statement &st, int first)
{
    Totals t;
    qint64 *fields[] = {&t.orders, &t.completed, &t.cancelled, &t.revenueFen, &t.refundFen, &t.refunds, &t.rated, &t.stars,
                        &t.complaints, &t.upheld, &t.complaintsClosed, &t.complaintsInSla, &t.accepted, &t.started, &t.onTime, &t.timeouts, &t.dispatched, &t.autoDispatched,
                        &t.reachedDispatch, &t.reachedAccept, &t.reachedComplete, &t.reachedRated, &t.servedMin, &t.refundedOrders};
    for (int i = 0; i < int(std::size(fields)); ++i)
        *fields[i] = st.int64(first + i);
    return t;
}

std::optional<double> ratio(qint64 num, qint64 den, double scale = 1.0)
{
    if (den == 0)
        return std::nullopt;
    return scale * double(num) / double(den);
}

// Nearest rank: the smallest minute m with at least ceil(p·N) waits ≤ m.
std::optional<int> rank(const std::map<int, qint64> &minutes, qint64 total, double p)
{
    if (total == 0)
        return std::nullopt;
    const qint64 wanted = std::max<qint64>(1, qint64(std::ceil(p * double(total))));
    qint64 seen = 0;
    for (const auto &[minute, n] : minutes) {
        seen += n;
        if (seen >= wanted)
            return minute;
    }
    return minutes.rbegin()->first;
}

// a/b against c/d without division (both denominators > 0).
int compareRatio(qint64 a, qint64 b, qint64 c, qint64 d)
{
    const qint64 l = a * d, r = c * b;
    return l < r ? -1 : l > r ? 1 : 0;
}

// The first kRanked of `all` that qualify, in `before` order, with their names.
template<class Qualifies, class Before>
QList<ProviderRank> topOf(store::Database &db, QList<ProviderRank> all, Qualifies qualifies, Before before)
{
    all.erase(std::remove_if(all.begin(), all.end(), [&](const ProviderRank &p) { return !qualifies(p); }), all.end());
    const auto end = all.begin() + std::min<qsizetype>(kRanked, all.size());
    std::partial_sort(all.begin(), end, all.end(), before);
    all.erase(end, all.end());
    for (ProviderRank &p : all)
        p.name = db.scalar("SELECT name FROM providers WHERE id = ?", p.id).toString();
    return all;
}
} // namespace

namespace {
// Every sum of Totals, for adding and subtracting them field by field.
constexpr qint64 Totals::*kTotalsFields[] = {
    &Totals::orders, &Totals::completed, &Totals::cancelled, &Totals::revenueFen, &Totals::refundFen, &Totals::refunds,
    &Totals::refundedOrders, &Totals::rated, &Totals::stars, &Totals::complaints, &Totals::upheld, &Totals::complaintsClosed,
    &Totals::complaintsInSla, &Totals::accepted, &Totals::started, &Totals::onTime, &Totals::timeouts, &Totals::dispatched,
    &Totals::autoDispatched, &Totals::reachedDispatch, &Totals::reachedAccept, &Totals::reachedComplete, &Totals::reachedRated,
    &Totals::servedMin};
static_assert(sizeof(kTotalsFields) / sizeof(kTotalsFields[0]) * sizeof(qint64) == sizeof(Totals), "a field of Totals is missing here");
} // namespace

Totals &Totals::operator+=(const Totals &o)
{
    for (const auto field : kTotalsFields)
        this->*field += o.*field;
    return *this;
}

Totals &Totals::operator-=(const Totals &o)
{
    for (const auto field : kTotalsFields)
        this->*field -= o.*field;
    return *this;
}

std::optional<double> Totals::acceptanceRate() const { return ratio(accepted, dispatched); }
std::optional<double> Totals::onTimeRate() const { return ratio(onTime, started); }
std::optional<double> Totals::autoShare() const { return ratio(autoDispatched, dispatched); }
std::optional<double> Totals::averageStars() const { return ratio(stars, rated); }
std::optional<double> Totals::complaintsPer100() const { return ratio(complaints, orders, 100.0); }
std::optional<double> Totals::cancellationRate() const { return ratio(cancelled, orders); }
std::optional<double> Totals::slaCompliance() const { return ratio(complaintsInSla, complaintsClosed); }
std::optional<double> ProviderRank::averageStars() const { return ratio(stars, ratings); }
std::optional<double> ProviderRank::upheldPer100() const { return ratio(upheld, orders, 100.0); }
std::optional<double> ProviderFigures::activePerDay() const { return ratio(activeDays, days); }
std::optional<double> ProviderFigures::utilisation() const { return ratio(servedMin, workingMin); }

int ratingBand(qint64 stars, qint64 ratings)
{
    // Average < 3, < 3.5, < 4, < 4.5, else; in integers (2·stars < 7·ratings ⇔ average < 3.5).
    if (2 * stars < 6 * ratings)
        return 0;
    if (2 * stars < 7 * ratings)
        return 1;
    if (2 * stars < 8 * ratings)
        return 2;
    if (2 * stars < 9 * ratings)
        return 3;
    return 4;
}

std::array<qint64, 8> workingMinutesByWeekday(store::Database &db)
{
    // Seven rows kept by triggers (schema v18), not the join of every active
    // provider to its hours (14,000 providers: too slow for a cold open).
    std::array<qint64, 8> minutes{};
    auto st = db.prepare("SELECT weekday, minutes FROM stats_weekly_hours");
    while (st.next())
        if (const qint64 w = st.int64(0); w >= 1 && w <= 7)
            minutes[size_t(w)] = st.int64(1);
    return minutes;
}

namespace {
ProviderFigures figuresOf(const Period &period, const QList<std::pair<qint64, qint64>> &activeByDay, qint64 servedMin,
                          const std::array<qint64, 8> &weeklyMinutes)
{
    ProviderFigures f;
    f.days = period.days();
    f.servedMin = servedMin;
    for (const auto &[day, providers] : activeByDay)
        f.activeDays += providers;
    for (QDate d = period.from; d <= period.to; d = d.addDays(1))
        f.workingMin += weeklyMinutes[size_t(d.dayOfWeek())];
    return f;
}

// stats_provider_active over a period: a row a day at most.
ProviderFigures readProviderFigures(store::Database &db, const Period &period, const std::array<qint64, 8> &weeklyMinutes,
                                    QList<std::pair<qint64, qint64>> *activeByDay)
{
    QList<std::pair<qint64, qint64>> days;
    qint64 served = 0;
    auto st = db.prepare("SELECT day, providers, served_min FROM stats_provider_active WHERE day BETWEEN ? AND ?");
    st.bind(1, dayNumber(period.from));
    st.bind(2, dayNumber(period.to));
    while (st.next()) {
        days.append({st.int64(0), st.int64(1)});
        served += st.int64(2);
    }
    if (activeByDay)
        *activeByDay = days;
    return figuresOf(period, days, served, weeklyMinutes);
}
} // namespace

ProviderFigures providerFiguresFor(store::Database &db, const Period &period, const std::array<qint64, 8> &weeklyMinutes)
{
    return readProviderFigures(db, period, weeklyMinutes, nullptr);
}

QList<ProviderRank> providersIn(store::Database &db, const Period &period)
{
    return providersIn(db, period, providerRollupCost(db));
}

QList<ProviderRank> providersIn(store::Database &db, const Period &period, const RollupCost &cost)
{
    // The cheapest mix of days, weeks, months, quarters and years of the
    // provider rollups, added or subtracted (rollup_ranges.h): 12 months read
    // a year's rows, or a few quarters' and months', instead of eleven
    // months' (~154,000 rows at 1,000,000 orders), half a month two weeks
    // and a day or two instead of fifteen days. Summed per provider here rather than
    // by SQL's GROUP BY (which would sort them in a temporary b-tree); each
    // unit's rows come by ascending id, so the map's walks stay in the nodes
    // just visited (a hash of the ids, tried, scattered them and was no faster).
    static const char *const kSelect[] = {
        "SELECT provider_id, orders, upheld, rated, stars FROM stats_provider_days WHERE day BETWEEN ? AND ?",
        "SELECT provider_id, orders, upheld, rated, stars FROM stats_provider_weeks WHERE week BETWEEN ? AND ?",
        "SELECT provider_id, orders, upheld, rated, stars FROM stats_provider_months WHERE month BETWEEN ? AND ?",
        "SELECT provider_id, orders, upheld, rated, stars FROM stats_provider_quarters WHERE quarter BETWEEN ? AND ?",
        "SELECT provider_id, orders, upheld, rated, stars FROM stats_provider_years WHERE year BETWEEN ? AND ?",
    };
    const ReadSnapshot snapshot(db);
    std::map<qint64, ProviderRank> byId;
    for (const RollupRange &r : rollupRanges(period, cost)) {
        auto st = db.prepare(kSelect[int(r.grain)]);
        st.bind(1, dayNumber(r.range.from));
        st.bind(2, dayNumber(r.range.to));
        while (st.next()) {
            ProviderRank &p = byId[st.int64(0)];
            p.id = st.int64(0);
            p.orders += r.sign * st.int64(1);
            p.upheld += r.sign * st.int64(2);
            p.ratings += r.sign * st.int64(3);
            p.stars += r.sign * st.int64(4);
        }
    }
    QList<ProviderRank> list;
    list.reserve(qsizetype(byId.size()));
    for (const auto &[id, p] : byId)
        if (p.orders != 0) // all its orders of a subtracted unit lie outside the period: absent, as when its days were added
            list.append(p);
    return list;
}

QList<qint64> activeProvidersIn(store::Database &db, const Period &period)
{
    // The rows stats_provider_active counts (served > 0), by the primary key's day range.
    std::set<qint64> ids;
    auto st = db.prepare("SELECT provider_id FROM stats_provider_days WHERE day BETWEEN ? AND ? AND served > 0");
    st.bind(1, dayNumber(period.from));
    st.bind(2, dayNumber(period.to));
    while (st.next())
        ids.insert(st.int64(0));
    return QList<qint64>(ids.cbegin(), ids.cend());
}

RollupCost providerRollupCost(store::Database &db)
{
    RollupCost cost = costOf(db, "stats_provider_days", kProviderMonthInDays);
    cost.weekInDays = kProviderWeekInDays;
    cost.quarterInDays = kProviderQuarterInDays;
    cost.yearInDays = kProviderYearInDays;
    return cost;
}

RollupCost cellRollupCost(store::Database &db)
{
    return costOf(db, "stats_daily", kCellMonthInDays);
}

qint64 dayNumber(QDate day) { return kEpoch.daysTo(day); }
QDate dayFromNumber(qint64 day) { return kEpoch.addDays(day); }

Totals totalsFor(store::Database &db, const Filter &filter)
{
    // Whole months from stats_monthly (v19), partial months' days from
    // stats_daily, or their whole month less the days outside the period.
    const auto sumOf = [&](const RollupRange &r) {
        const bool monthly = r.grain == Grain::Month; // the cells' only grains: a day and a month
        const Where w = whereOf(db, filter, r.range, monthly ? "month" : "day");
        auto st = db.prepare("SELECT " + kSums + (monthly ? " FROM stats_monthly" : " FROM stats_daily") + w.sql);
        bindAll(st, w.binds);
        return st.next() ? totalsFrom(st, 0) : Totals{};
    };
    const ReadSnapshot snapshot(db);
    Totals t;
    for (const RollupRange &r : rollupRanges(filter.period, cellRollupCost(db))) {
        if (r.sign < 0)
            t -= sumOf(r);
        else
            t += sumOf(r);
    }
    return t;
}

DispatchTimes dispatchTimesFor(store::Database &db, const Filter &filter)
{
    const Where w = whereOf(db, filter, filter.period);
    std::map<int, qint64> minutes;
    DispatchTimes t;
    QByteArray sql;
    if (!w.districtId && !w.categoryId) // the office-wide histogram: a few hundred rows a day at most
        sql = "SELECT minute, n FROM stats_dispatch_minutes" + w.sql;
    else if (!w.categoryId)
        sql = "SELECT minute, n FROM stats_dispatch_minutes_district" + w.sql;
    else if (!w.districtId)
        sql = "SELECT minute, n FROM stats_dispatch_minutes_category" + w.sql;
    else // one district and one category: their exact waits, from a covering index
        sql = "SELECT min(max(dispatch_s, 0) / 60, 10080), 1 FROM stats_order_facts INDEXED BY stats_facts_district" + w.sql
              + " AND dispatch_s IS NOT NULL";
    auto st = db.prepare(sql);
    bindAll(st, w.binds);
    while (st.next())
        minutes[int(st.int64(0))] += st.int64(1);
    for (const auto &[minute, n] : minutes)
        t.count += n;
    t.medianMinutes = rank(minutes, t.count, 0.5);
    t.p90Minutes = rank(minutes, t.count, 0.9);
    return t;
}

QList<Named> categoriesOf(store::Database &db)
{
    QList<Named> list;
    auto st = db.prepare("SELECT id, code, name, name_en FROM service_categories ORDER BY sort, id");
    while (st.next())
        list.append({st.int64(0), st.text(1), st.text(2), st.text(3)});
    return list;
}

QList<Named> districtsOf(store::Database &db)
{
    QList<Named> list;
    auto st = db.prepare("SELECT id, adcode, name, coalesce(name_en, name) FROM districts ORDER BY adcode");
    while (st.next())
        list.append({st.int64(0), st.text(1), st.text(2), st.text(3)});
    return list;
}

QList<Bucket> bucketsOf(const Period &period, Granularity granularity)
{
    QList<Bucket> list;
    if (!period.isValid())
        return list;
    QDate d = period.from;
    while (d <= period.to) {
        QDate end = d;
        if (granularity == Granularity::Week)
            end = d.addDays(7 - d.dayOfWeek());
        else if (granularity == Granularity::Month)
            end = QDate(d.year(), d.month(), d.daysInMonth());
        end = std::min(end, period.to);
        list.append({d, end});
        d = end.addDays(1);
    }
    return list;
}

namespace {
// stats_daily's columns in the order totalsFrom reads them, plus the status.
const QByteArray kCellColumns =
    "orders, CASE WHEN status IN ('completed','rated') THEN orders ELSE 0 END, CASE WHEN status = 'cancelled' THEN orders ELSE 0 END,"
    " CASE WHEN status IN ('completed','rated') THEN price_fen ELSE 0 END, refund_fen, refunds, rated, stars, complaints, upheld,"
    " complaints_closed, complaints_in_sla, accepted, started, on_time, timeouts, dispatched, auto_dispatched,"
    " reached_dispatch, reached_accept, reached_complete, reached_rated, served_min, refunded";

// Every cell of the period (all districts and categories), as stored: the
// statuses are folded in C++, which is cheaper than SQL's GROUP BY here.
// `monthly`: whole months as one cell each (stats_monthly, v19; its day is
// the month's 1st), for buckets of months; else every day.
QList<DashboardCache::Cell> readCells(store::Database &db, const Period &period, bool monthly)
{
    QList<DashboardCache::Cell> cells;
    const auto add = [&](const QByteArray &sql, const Period &range) {
        auto st = db.prepare(sql);
        st.bind(1, dayNumber(range.from));
        st.bind(2, dayNumber(range.to));
        while (st.next()) {
            const Totals t = totalsFrom(st, 3);
            const qint64 day = st.int64(0), district = st.int64(1), category = st.int64(2);
            if (!cells.isEmpty() && cells.last().day == day && cells.last().districtId == district && cells.last().categoryId == category)
                cells.last().totals += t; // the same cell, another status (rows come in key order)
            else
                cells.append({day, district, category, t});
        }
    };
    const QByteArray days = "SELECT day, district_id, category_id, " + kCellColumns + " FROM stats_daily WHERE day BETWEEN ? AND ?";
    if (!monthly) {
        add(days, period);
        return cells;
    }
    const QByteArray months = "SELECT month, district_id, category_id, " + kCellColumns + " FROM stats_monthly WHERE month BETWEEN ? AND ?";
    for (const RollupRange &r : rollupRanges(period)) // additions only: a cell is a day or a whole month
        add(r.grain == Grain::Month ? months : days, r.range);
    return cells;
}

qint64 dataVersion(store::Database &db)
{
    return db.scalar("PRAGMA data_version").toLongLong();
}
} // namespace

Dashboard loadDashboard(store::Database &db, const Filter &filter, Granularity granularity, DashboardCache *cache)
{
    Dashboard d;
    d.filter = filter;
    d.granularity = granularity;
    d.categories = categoriesOf(db);
    d.districts = districtsOf(db);
    d.buckets = bucketsOf(filter.period, granularity);
    if (!filter.period.isValid())
        return d;

    const ReadSnapshot snapshot(db); // every figure as of one moment
    DashboardCache local;
    DashboardCache &c = cache ? *cache : local;
    const qint64 version = dataVersion(db);
    const bool monthly = granularity == Granularity::Month;
    if (c.valid && c.period == filter.period && c.dataVersion == version && c.monthly && !monthly) {
        c.cells = readCells(db, filter.period, false); // months cannot be cut into days or weeks
        c.monthly = false;
    }
    if (!c.valid || c.period != filter.period || c.dataVersion != version) {
        c.valid = false;
        c.period = filter.period;
        c.dataVersion = version;
        c.cells = readCells(db, filter.period, monthly);
        c.monthly = monthly;
        // Providers (office-wide): the period's orders, ratings and upheld
        // complaints of each, their rating bands and rankings; active per day.
        const QList<ProviderRank> all = providersIn(db, filter.period);
        c.ratingBands = QList<qint64>(5, 0);
        c.ratingBandProviders = QList<QList<qint64>>(5);
        for (const ProviderRank &p : all)
            if (p.ratings > 0) {
                const int band = ratingBand(p.stars, p.ratings);
                ++c.ratingBands[band];
                c.ratingBandProviders[band].append(p.id);
            }
        const auto rated = [](const ProviderRank &p) { return p.ratings >= kMinRatings; };
        const auto busy = [](const ProviderRank &p) { return p.orders >= kMinOrders; };
        // Ties: more evidence first, then the older id.
        c.best = topOf(db, all, rated, [](const ProviderRank &a, const ProviderRank &b) {
            const int r = compareRatio(a.stars, a.ratings, b.stars, b.ratings);
            return r != 0 ? r > 0 : a.ratings != b.ratings ? a.ratings > b.ratings : a.id < b.id;
        });
        c.worst = topOf(db, all, rated, [](const ProviderRank &a, const ProviderRank &b) {
            const int r = compareRatio(a.stars, a.ratings, b.stars, b.ratings);
            return r != 0 ? r < 0 : a.ratings != b.ratings ? a.ratings > b.ratings : a.id < b.id;
        });
        c.fewestUpheld = topOf(db, all, busy, [](const ProviderRank &a, const ProviderRank &b) {
            const int r = compareRatio(a.upheld, a.orders, b.upheld, b.orders);
            return r != 0 ? r < 0 : a.orders != b.orders ? a.orders > b.orders : a.id < b.id;
        });
        c.mostUpheld = topOf(db, all, busy, [](const ProviderRank &a, const ProviderRank &b) {
            const int r = compareRatio(a.upheld, a.orders, b.upheld, b.orders);
            return r != 0 ? r > 0 : a.orders != b.orders ? a.orders > b.orders : a.id < b.id;
        });
        c.weeklyMinutes = workingMinutesByWeekday(db);
        c.providers = readProviderFigures(db, filter.period, c.weeklyMinutes, &c.activeByDay);
        c.valid = true;
    }
    d.ratingBands = c.ratingBands;
    d.ratingBandProviders = c.ratingBandProviders;
    d.best = c.best;
    d.worst = c.worst;
    d.fewestUpheld = c.fewestUpheld;
    d.mostUpheld = c.mostUpheld;
    d.providers = c.providers;

    Filter previous = filter;
    previous.period = filter.period.previous();
    Filter lastYear = filter;
    lastYear.period = filter.period.sameLastYear();
    d.previous = totalsFor(db, previous);
    d.lastYear = totalsFor(db, lastYear);
    d.dispatch = dispatchTimesFor(db, filter);
    d.dispatchPrevious = dispatchTimesFor(db, previous);
    d.dispatchLastYear = dispatchTimesFor(db, lastYear);
    d.providersPrevious = providerFiguresFor(db, previous.period, c.weeklyMinutes);
    d.providersLastYear = providerFiguresFor(db, lastYear.period, c.weeklyMinutes);

    // The period's cells spread over buckets, categories and districts.
    std::map<qint64, int> categoryIndex, districtIndex;
    for (int i = 0; i < d.categories.size(); ++i)
        categoryIndex[d.categories.at(i).id] = i;
    for (int i = 0; i < d.districts.size(); ++i)
        districtIndex[d.districts.at(i).id] = i;
    const int nb = int(d.buckets.size());
    const int nc = int(d.categories.size());
    d.orders = QList<QList<qint64>>(nb, QList<qint64>(nc, 0));
    d.revenueFen = d.orders;
    d.cancelled = QList<qint64>(nb, 0);
    d.refundFen = QList<qint64>(nb, 0);
    d.refundedOrders = QList<qint64>(nb, 0);
    d.byDistrict = QList<Totals>(d.districts.size());
    QList<int> bucketOfDay(filter.period.days(), 0);
    for (int b = 0; b < nb; ++b)
        for (QDate day = d.buckets.at(b).from; day <= d.buckets.at(b).to; day = day.addDays(1))
            bucketOfDay[int(filter.period.from.daysTo(day))] = b;
    const Where w = whereOf(db, filter, filter.period);
    const qint64 firstDay = dayNumber(filter.period.from);
    d.activeProviders = QList<double>(nb, 0.0);
    for (const auto &[day, providers] : std::as_const(c.activeByDay))
        d.activeProviders[bucketOfDay.at(int(day - firstDay))] += double(providers);
    for (int b = 0; b < nb; ++b) // a sum of days → the bucket's average per day
        d.activeProviders[b] /= double(d.buckets.at(b).from.daysTo(d.buckets.at(b).to) + 1);
    for (const DashboardCache::Cell &cell : std::as_const(c.cells)) {
        if ((w.districtId && cell.districtId != w.districtId) || (w.categoryId && cell.categoryId != w.categoryId))
            continue;
        const Totals &t = cell.totals;
        d.current += t;
        const int b = bucketOfDay.at(int(cell.day - firstDay));
        const auto ci = categoryIndex.find(cell.categoryId);
        if (ci != categoryIndex.end()) {
            d.orders[b][ci->second] += t.orders;
            d.revenueFen[b][ci->second] += t.revenueFen;
        }
        d.cancelled[b] += t.cancelled;
        d.refundFen[b] += t.refundFen;
        d.refundedOrders[b] += t.refundedOrders;
        const auto di = districtIndex.find(cell.districtId);
        if (di != districtIndex.end())
            d.byDistrict[di->second] += t;
    }
    return d;
}

} // namespace doorstep::stats
