#include "stats/dashboard.h"

#include "domain/office_time.h"
#include "store/sqlite.h"

#include <QVariant>

#include <algorithm>
#include <cmath>
#include <map>

namespace doorstep::stats {
namespace {
const QDate kEpoch(1970, 1, 1);

// UTC seconds of the office midnight starting `day` (window_start bounds).
qint64 dayStart(QDate day)
{
    return domain::officeDayStart(domain::officeNoon(day));
}

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

Where whereOf(store::Database &db, const Filter &f, const Period &period)
{
    Where w;
    w.districtId = idOf(db, "SELECT id FROM districts WHERE adcode = ?", f.districtCode);
    w.categoryId = idOf(db, "SELECT id FROM service_categories WHERE code = ?", f.categoryCode);
    w.sql = " WHERE day BETWEEN ? AND ?";
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

// The columns of stats_daily summed into Totals, in this order.
const QByteArray kSums =
    "sum(orders), sum(CASE WHEN status IN ('completed','rated') THEN orders ELSE 0 END),"
    " sum(CASE WHEN status = 'cancelled' THEN orders ELSE 0 END),"
    " sum(CASE WHEN status IN ('completed','rated') THEN price_fen ELSE 0 END),"
    " sum(refund_fen), sum(refunds), sum(rated), sum(stars), sum(complaints), sum(upheld), sum(accepted),"
    " sum(started), sum(on_time), sum(timeouts), sum(dispatched), sum(auto_dispatched)";

Totals totalsFrom(const store::Statement &st, int first)
{
    Totals t;
    qint64 *fields[] = {&t.orders, &t.completed, &t.cancelled, &t.revenueFen, &t.refundFen, &t.refunds, &t.rated, &t.stars,
                        &t.complaints, &t.upheld, &t.accepted, &t.started, &t.onTime, &t.timeouts, &t.dispatched, &t.autoDispatched};
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

QList<ProviderRank> ranked(store::Database &db, bool best, const Period &period)
{
    QList<ProviderRank> list;
    auto st = db.prepare(QByteArray("SELECT id, name, rating_avg_x100, rating_count FROM providers"
                                    " WHERE status = 'active' AND rating_count >= ? ORDER BY rating_avg_x100 ")
                         + (best ? "DESC" : "ASC") + ", rating_count DESC, id LIMIT 5");
    st.bind(1, kMinRatings);
    while (st.next())
        list.append({st.int64(0), st.text(1), double(st.int64(2)) / 100.0, st.int64(3), 0, 0});
    const qint64 from = dayStart(period.from);
    const qint64 to = dayStart(period.to.addDays(1));
    for (ProviderRank &p : list) {
        p.orders = db.scalar("SELECT count(*) FROM orders WHERE provider_id = ? AND window_start >= ? AND window_start < ?", p.id, from, to)
                       .toLongLong();
        p.upheld = db.scalar("SELECT count(*) FROM complaints c JOIN orders o ON o.id = c.order_id WHERE c.provider_id = ? AND c.upheld = 1"
                             " AND o.window_start >= ? AND o.window_start < ?",
                             p.id, from, to)
                       .toLongLong();
    }
    return list;
}
} // namespace

Totals &Totals::operator+=(const Totals &o)
{
    orders += o.orders;
    completed += o.completed;
    cancelled += o.cancelled;
    revenueFen += o.revenueFen;
    refundFen += o.refundFen;
    refunds += o.refunds;
    rated += o.rated;
    stars += o.stars;
    complaints += o.complaints;
    upheld += o.upheld;
    accepted += o.accepted;
    started += o.started;
    onTime += o.onTime;
    timeouts += o.timeouts;
    dispatched += o.dispatched;
    autoDispatched += o.autoDispatched;
    return *this;
}

std::optional<double> Totals::acceptanceRate() const { return ratio(accepted, dispatched); }
std::optional<double> Totals::onTimeRate() const { return ratio(onTime, started); }
std::optional<double> Totals::autoShare() const { return ratio(autoDispatched, dispatched); }
std::optional<double> Totals::averageStars() const { return ratio(stars, rated); }
std::optional<double> Totals::complaintsPer100() const { return ratio(complaints, orders, 100.0); }
std::optional<double> Totals::cancellationRate() const { return ratio(cancelled, orders); }

qint64 dayNumber(QDate day) { return kEpoch.daysTo(day); }
QDate dayFromNumber(qint64 day) { return kEpoch.addDays(day); }

Totals totalsFor(store::Database &db, const Filter &filter)
{
    const Where w = whereOf(db, filter, filter.period);
    auto st = db.prepare("SELECT " + kSums + " FROM stats_daily" + w.sql);
    bindAll(st, w.binds);
    return st.next() ? totalsFrom(st, 0) : Totals{};
}

DispatchTimes dispatchTimesFor(store::Database &db, const Filter &filter)
{
    const Where w = whereOf(db, filter, filter.period);
    std::map<int, qint64> minutes;
    DispatchTimes t;
    if (!w.districtId && !w.categoryId) {
        // The office-wide histogram: a few hundred rows a day at most.
        auto st = db.prepare("SELECT minute, n FROM stats_dispatch_minutes" + w.sql);
        bindAll(st, w.binds);
        while (st.next())
            minutes[int(st.int64(0))] += st.int64(1);
    } else {
        // One district or category: its exact waits, from a covering index.
        auto st = db.prepare("SELECT min(max(dispatch_s, 0) / 60, 10080) FROM stats_order_facts INDEXED BY "
                             + QByteArray(w.districtId ? "stats_facts_district" : "stats_facts_category") + w.sql
                             + " AND dispatch_s IS NOT NULL");
        bindAll(st, w.binds);
        while (st.next())
            ++minutes[int(st.int64(0))];
    }
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

Dashboard loadDashboard(store::Database &db, const Filter &filter, Granularity granularity)
{
    Dashboard d;
    d.filter = filter;
    d.granularity = granularity;
    d.categories = categoriesOf(db);
    d.districts = districtsOf(db);
    d.buckets = bucketsOf(filter.period, granularity);
    if (!filter.period.isValid())
        return d;

    Filter previous = filter;
    previous.period = filter.period.previous();
    Filter lastYear = filter;
    lastYear.period = filter.period.sameLastYear();
    d.previous = totalsFor(db, previous);
    d.lastYear = totalsFor(db, lastYear);
    d.dispatch = dispatchTimesFor(db, filter);
    d.dispatchPrevious = dispatchTimesFor(db, previous);
    d.dispatchLastYear = dispatchTimesFor(db, lastYear);

    // The period's cells, summed per day × district × category in SQL (the
    // statuses folded), then spread over buckets, categories and districts.
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
    d.byDistrict = QList<Totals>(d.districts.size());
    QList<int> bucketOfDay(filter.period.days(), 0);
    for (int b = 0; b < nb; ++b)
        for (QDate day = d.buckets.at(b).from; day <= d.buckets.at(b).to; day = day.addDays(1))
            bucketOfDay[int(filter.period.from.daysTo(day))] = b;

    const Where w = whereOf(db, filter, filter.period);
    auto st = db.prepare("SELECT day, district_id, category_id, " + kSums + " FROM stats_daily" + w.sql
                         + " GROUP BY day, district_id, category_id");
    bindAll(st, w.binds);
    const qint64 firstDay = dayNumber(filter.period.from);
    while (st.next()) {
        const Totals t = totalsFrom(st, 3);
        d.current += t;
        const int b = bucketOfDay.at(int(st.int64(0) - firstDay));
        const auto c = categoryIndex.find(st.int64(2));
        if (c != categoryIndex.end()) {
            d.orders[b][c->second] += t.orders;
            d.revenueFen[b][c->second] += t.revenueFen;
        }
        d.cancelled[b] += t.cancelled;
        d.refundFen[b] += t.refundFen;
        const auto di = districtIndex.find(st.int64(1));
        if (di != districtIndex.end())
            d.byDistrict[di->second] += t;
    }

    // Providers: the current averages of everyone rated (not per period: a
    // rating belongs to the provider), and the period's orders of the ranked.
    d.ratingBands = QList<qint64>(5, 0);
    auto bands = db.prepare("SELECT CASE WHEN rating_avg_x100 < 300 THEN 0 WHEN rating_avg_x100 < 350 THEN 1"
                            " WHEN rating_avg_x100 < 400 THEN 2 WHEN rating_avg_x100 < 450 THEN 3 ELSE 4 END AS band, count(*)"
                            " FROM providers WHERE status = 'active' AND rating_count > 0 GROUP BY band");
    while (bands.next())
        d.ratingBands[int(bands.int64(0))] = bands.int64(1);
    d.best = ranked(db, true, filter.period);
    d.worst = ranked(db, false, filter.period);

    // After-sales: complaints about the period's orders that are closed, and
    // how many met both deadlines (first response, resolution).
    QByteArray sla = "SELECT count(*), coalesce(sum(c.first_response_at IS NOT NULL AND c.first_response_at <= c.first_response_due_at"
                     " AND c.resolved_at <= c.resolution_due_at), 0)"
                     " FROM complaints c JOIN orders o ON o.id = c.order_id"
                     " WHERE c.resolved_at IS NOT NULL AND o.window_start >= ? AND o.window_start < ?";
    QVariantList binds{dayStart(filter.period.from), dayStart(filter.period.to.addDays(1))};
    if (w.districtId) {
        sla += " AND o.district_id = ?";
        binds << w.districtId;
    }
    if (w.categoryId) {
        sla += " AND o.category_id = ?";
        binds << w.categoryId;
    }
    auto s = db.prepare(sla);
    bindAll(s, binds);
    if (s.next()) {
        d.complaintsClosed = s.int64(0);
        d.complaintsInSla = s.int64(1);
    }
    return d;
}

} // namespace doorstep::stats
