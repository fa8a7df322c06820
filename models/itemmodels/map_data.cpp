#include "itemmodels/map_data.h"

#include "store/sqlite.h"

#include <algorithm>

namespace doorstep::itemmodels {

namespace {
bool reachedDoor(const QString &statusKey)
{
    return statusKey == QLatin1String("in_service") || statusKey == QLatin1String("completed") || statusKey == QLatin1String("rated");
}

map::LatLng toLatLng(dispatch::GeoPoint p)
{
    return {p.lat, p.lng};
}

bool hasPlace(dispatch::GeoPoint p)
{
    return p.lat != 0 || p.lng != 0; // providers without a home address load as (0, 0)
}
} // namespace

QList<MapDistrict> mapDistricts(store::Database &db)
{
    QList<MapDistrict> out;
    auto st = db.prepare("SELECT id, name, lat, lng FROM districts ORDER BY adcode");
    while (st.next())
        out.append({st.int64(0), st.text(1), {st.real(2), st.real(3)}});
    return out;
}

MapOrders mapOrders(store::Database &db, qint64 dayStart, qint64 dayEnd, qint64 districtId, qint64 categoryId,
                    const MapArea &area, int limit)
{
    QByteArray sql = "SELECT o.id, o.order_no, o.status, coalesce(o.provider_id, 0), o.window_start, o.lat, o.lng"
                     " FROM orders o WHERE o.window_start >= ? AND o.window_start < ? AND o.status <> 'cancelled'";
    if (districtId)
        sql += " AND o.district_id = ?";
    if (categoryId)
        sql += " AND o.category_id = ?";
    if (!area.isEmpty())
        sql += " AND o.lat BETWEEN ? AND ? AND o.lng BETWEEN ? AND ?";
    sql += " ORDER BY o.window_start, o.id LIMIT ?";
    auto st = db.prepare(sql);
    int pos = 0;
    st.bind(++pos, dayStart);
    st.bind(++pos, dayEnd);
    if (districtId)
        st.bind(++pos, districtId);
    if (categoryId)
        st.bind(++pos, categoryId);
    if (!area.isEmpty())
        for (const double bound : {area.south, area.north, area.west, area.east})
            st.bind(++pos, bound);
    st.bind(++pos, limit + 1);
    MapOrders out;
    while (st.next()) {
        if (out.orders.size() == limit) {
            out.truncated = true;
            break;
        }
        out.orders.append({st.int64(0), st.text(1), st.text(2), st.int64(3), st.int64(4), {st.real(5), st.real(6)}});
    }
    return out;
}

QHash<qint64, qint64> reachedTimes(store::Database &db, const QList<qint64> &orderIds)
{
    QHash<qint64, qint64> out;
    constexpr qsizetype kChunk = 400; // well below SQLite's 999 parameters
    for (qsizetype from = 0; from < orderIds.size(); from += kChunk) {
        const QList<qint64> chunk = orderIds.mid(from, kChunk);
        auto st = db.prepare("SELECT order_id, max(at) FROM order_events WHERE order_id IN (" + store::placeholders(chunk.size()) +
                             ") AND to_status IN ('in_service','completed','rated') GROUP BY order_id");
        for (int i = 0; i < chunk.size(); ++i)
            st.bind(i + 1, chunk.at(i));
        while (st.next())
            out.insert(st.int64(0), st.int64(1));
    }
    return out;
}

QHash<qint64, ReportedPosition> reportedPositions(store::Database &db, const QList<qint64> &providerIds)
{
    QHash<qint64, ReportedPosition> out;
    constexpr qsizetype kChunk = 400; // well below SQLite's 999 parameters
    for (qsizetype from = 0; from < providerIds.size(); from += kChunk) {
        const QList<qint64> chunk = providerIds.mid(from, kChunk);
        auto st = db.prepare("SELECT provider_id, lat, lng, at FROM sync_positions WHERE provider_id IN (" +
                             store::placeholders(chunk.size()) + ")");
        for (int i = 0; i < chunk.size(); ++i)
            st.bind(i + 1, chunk.at(i));
        while (st.next())
            out.insert(st.int64(0), {{st.real(1), st.real(2)}, st.int64(3)});
    }
    return out;
}

ProviderPosition lastKnownPosition(const dispatch::ProviderDay &day, const QList<JobBlock> &jobs,
                                   const QHash<qint64, qint64> &reached, qint64 now,
                                   const std::optional<ReportedPosition> &reported)
{
    ProviderPosition out;
    out.providerId = day.providerId;
    for (const JobBlock &job : jobs) {
        const auto at = reached.constFind(job.orderId);
        if (!reachedDoor(job.statusKey) || at == reached.constEnd() || *at > now || *at <= out.since)
            continue;
        const auto place = std::find_if(day.jobs.cbegin(), day.jobs.cend(), [&](const dispatch::ScheduledJob &j) { return j.orderId == job.orderId; });
        if (place == day.jobs.cend())
            continue;
        out = {day.providerId, toLatLng(place->where), ProviderPosition::Source::Job, *at, job.orderId, true};
    }
    // The app's report, unless a job reached since says more (a report
    // dated after now is a clock off, not a place to show).
    if (reported && reported->at <= now && reported->at >= out.since)
        out = {day.providerId, reported->where, ProviderPosition::Source::Reported, reported->at, 0, true};
    if (!out.known && hasPlace(day.home))
        out = {day.providerId, toLatLng(day.home), ProviderPosition::Source::Home, 0, 0, true};
    return out;
}

QList<RouteStop> plannedRoute(const dispatch::ProviderDay &day)
{
    QList<RouteStop> out;
    if (hasPlace(day.home))
        out.append({0, 0, toLatLng(day.home)});
    std::vector<dispatch::ScheduledJob> jobs = day.jobs;
    std::sort(jobs.begin(), jobs.end(), [](const auto &a, const auto &b) { return a.start < b.start; });
    for (const auto &job : jobs)
        out.append({job.orderId, job.start, toLatLng(job.where)});
    return out;
}

Tone pinTone(const QString &statusKey)
{
    if (statusKey == QLatin1String("created") || statusKey == QLatin1String("awaiting_dispatch"))
        return Tone::Late;
    if (statusKey == QLatin1String("assigned") || statusKey == QLatin1String("accepted"))
        return Tone::Attention;
    if (statusKey == QLatin1String("on_the_way") || statusKey == QLatin1String("in_service"))
        return Tone::Good;
    return Tone::Quiet;
}

} // namespace doorstep::itemmodels
