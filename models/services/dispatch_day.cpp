#include "services/dispatch_day.h"

#include "domain/office_time.h"
#include "services/office_settings.h"
#include "services/service_error.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

#include <QHash>

namespace doorstep::services {
namespace {

constexpr qint64 kDay = 86400;

} // namespace

dispatch::FeasibilityRules loadFeasibilityRules(const OfficeSettings &office)
{
    using namespace settings;
    dispatch::FeasibilityRules r;
    r.roadFactor = office.value(RoadFactor);
    r.speedKmh = office.value(SpeedKmh);
    r.longTravelMinutes = office.whole(LongTravelMinutes);
    r.lowRatingX100 = office.whole(LowRatingX100);
    r.minRatedJobs = office.whole(MinRatedJobs);
    r.heavyDayJobs = office.whole(HeavyDayJobs);
    return r;
}

SettingValues feasibilityRuleValues(const dispatch::FeasibilityRules &r)
{
    using namespace settings;
    return {{&RoadFactor, r.roadFactor},           {&SpeedKmh, r.speedKmh},
            {&LongTravelMinutes, r.longTravelMinutes}, {&LowRatingX100, r.lowRatingX100},
            {&MinRatedJobs, r.minRatedJobs},       {&HeavyDayJobs, r.heavyDayJobs}};
}

std::optional<OrderForDispatch> loadOrderForDispatch(store::Database &db, qint64 orderId)
{
    auto st = db.prepare("SELECT o.order_no, o.status, si.category_id, si.required_qualification, o.window_start, o.window_end,"
                         " o.duration_min, o.lat, o.lng, o.provider_id, o.planned_start, o.preferred_provider_id, o.priority,"
                         " o.customer_id, o.district_id, o.reservice_provider, r.provider_id"
                         " FROM orders o JOIN service_items si ON si.id = o.service_item_id LEFT JOIN orders r ON r.id = o.reservice_of"
                         " WHERE o.id = ?");
    st.bind(1, orderId);
    if (!st.next())
        return std::nullopt;
    OrderForDispatch o;
    o.orderNo = st.text(0);
    o.status = st.text(1);
    o.place.orderId = orderId;
    o.place.categoryId = st.int64(2);
    o.place.requiredQualification = st.text(3).toStdString();
    o.place.windowStart = st.int64(4);
    o.place.windowEnd = st.int64(5);
    o.place.durationMin = int(st.int64(6));
    o.place.where = {st.real(7), st.real(8)};
    o.providerId = st.int64(9);
    o.plannedStart = st.int64(10);
    o.preferredProviderId = st.int64(11);
    o.priority = int(st.int64(12));
    o.districtId = st.int64(14);
    o.place.districtId = o.districtId; // NULL reads as 0: no district
    auto blocked = db.prepare("SELECT provider_id FROM customer_blocked_providers WHERE customer_id = ?");
    blocked.bind(1, st.int64(13));
    while (blocked.next())
        o.place.blockedProviders.push_back(blocked.int64(0));
    // A return visit for which the customer asked for another provider: the
    // original one is refused like a provider the customer blocked.
    if (st.text(15) == u"another" && !st.isNull(16))
        o.place.blockedProviders.push_back(st.int64(16));
    return o;
}

std::vector<std::int64_t> providersWhoDeclined(store::Database &db, qint64 orderId)
{
    // Both tables are read by their (order_id, at) index.
    auto st = db.prepare("SELECT DISTINCT (SELECT r.provider_id FROM dispatch_records r WHERE r.order_id = e.order_id"
                         " AND (r.at < e.at OR (r.at = e.at AND r.id < e.id)) ORDER BY r.at DESC, r.id DESC LIMIT 1)"
                         " FROM order_events e WHERE e.order_id = ? AND e.event IN ('decline', 'timeout')");
    st.bind(1, orderId);
    std::vector<std::int64_t> out;
    while (st.next())
        if (!st.isNull(0)) // a decline with no record before it (a store that lost its history) names no one
            out.push_back(st.int64(0));
    return out;
}

QList<dispatch::ProviderDay> loadProviderDays(store::Database &db, const QList<qint64> &providerIds, qint64 anyTimeThatDay)
{
    QList<dispatch::ProviderDay> out;
    if (providerIds.isEmpty())
        return out;
    const qint64 dayStart = domain::officeDayStart(anyTimeThatDay);
    const int weekday = domain::officeWeekday(anyTimeThatDay);
    const QString date = domain::officeDate(anyTimeThatDay);
    QHash<qint64, qsizetype> index;

    // In chunks, to stay far below SQLite's 999 bound parameters.
    for (qsizetype from = 0; from < providerIds.size(); from += 400) {
        const QList<qint64> ids = providerIds.mid(from, 400);
        const QByteArray in = store::placeholders(ids.size());
        auto bindIds = [&](store::Statement &st, int first) {
            for (qsizetype i = 0; i < ids.size(); ++i)
                st.bind(int(first + i), ids.at(i));
        };

        auto p = db.prepare("SELECT id, status, home_lat, home_lng, daily_job_limit, rating_avg_x100, rating_count, points"
                            " FROM providers WHERE id IN (" + in + ")");
        bindIds(p, 1);
        QHash<qint64, dispatch::ProviderDay> chunk;
        while (p.next()) {
            dispatch::ProviderDay d;
            d.providerId = p.int64(0);
            d.active = storedState<domain::ProviderStatus>(p.text(1), d.providerId) == domain::ProviderStatus::Active;
            d.home = {p.real(2), p.real(3)};
            d.dailyJobLimit = int(p.int64(4));
            d.ratingX100 = int(p.int64(5));
            d.ratingCount = int(p.int64(6));
            d.points = int(p.int64(7));
            chunk.insert(d.providerId, d);
        }

        auto skills = db.prepare("SELECT provider_id, category_id, status FROM provider_skills WHERE provider_id IN (" + in + ")");
        bindIds(skills, 1);
        while (skills.next()) {
            auto it = chunk.find(skills.int64(0));
            if (it == chunk.end())
                continue;
            switch (storedState<domain::SkillStatus>(skills.text(2), skills.int64(0))) {
            case domain::SkillStatus::Active: it->activeSkills.push_back(skills.int64(1)); break;
            case domain::SkillStatus::Suspended: it->suspendedSkills.push_back(skills.int64(1)); break;
            case domain::SkillStatus::Applied: break; // not offered yet
            }
        }

        // The districts each provider serves: the district rule (checkPlacement).
        auto areas = db.prepare("SELECT provider_id, district_id FROM provider_districts WHERE provider_id IN (" + in + ")");
        bindIds(areas, 1);
        while (areas.next())
            if (auto it = chunk.find(areas.int64(0)); it != chunk.end())
                it->districts.push_back(areas.int64(1));

        auto quals = db.prepare("SELECT provider_id, qualification_code FROM credentials WHERE type = 'qualification'"
                                " AND review_status = 'approved' AND (valid_from IS NULL OR valid_from <= ?)"
                                " AND (valid_to IS NULL OR valid_to >= ?) AND provider_id IN (" + in + ")");
        quals.bind(1, date);
        quals.bind(2, date);
        bindIds(quals, 3);
        while (quals.next())
            if (auto it = chunk.find(quals.int64(0)); it != chunk.end())
                it->qualifications.push_back(quals.text(1).toStdString());

        // A day off (provider_days_off, set in the provider's app) leaves no working hours that day.
        auto hours = db.prepare("SELECT provider_id, start_min, end_min FROM provider_hours h WHERE weekday = ? AND provider_id IN (" + in
                                + ") AND NOT EXISTS (SELECT 1 FROM provider_days_off o WHERE o.provider_id = h.provider_id AND o.day = ?)"
                                  " ORDER BY provider_id, start_min");
        hours.bind(1, weekday);
        bindIds(hours, 2);
        hours.bind(int(ids.size() + 2), date);
        while (hours.next())
            if (auto it = chunk.find(hours.int64(0)); it != chunk.end())
                it->workingHours.push_back({dayStart + hours.int64(1) * 60, dayStart + hours.int64(2) * 60});

        // Jobs whose planned start falls on that day; orders_provider_window
        // narrows by window, which lies within a day of the planned start.
        auto jobs = db.prepare("SELECT provider_id, id, planned_start, duration_min, lat, lng FROM orders"
                               " WHERE provider_id IN (" + in + ") AND window_start >= ? AND window_start < ?"
                               " AND planned_start >= ? AND planned_start < ? AND status <> 'cancelled' ORDER BY planned_start");
        bindIds(jobs, 1);
        jobs.bind(int(ids.size() + 1), dayStart - kDay);
        jobs.bind(int(ids.size() + 2), dayStart + kDay);
        jobs.bind(int(ids.size() + 3), dayStart);
        jobs.bind(int(ids.size() + 4), dayStart + kDay);
        while (jobs.next())
            if (auto it = chunk.find(jobs.int64(0)); it != chunk.end())
                it->jobs.push_back({jobs.int64(1), jobs.int64(2), int(jobs.int64(3)), {jobs.real(4), jobs.real(5)}});

        // Other offices' jobs of a provider shared with them (sync_bookings,
        // pulled: the slot only), so a dispatcher offline is warned of a
        // clash the server would refuse. Placed at the district's centre
        // for travel: the customer's address never leaves that office.
        auto shared = db.prepare("SELECT b.provider_id, b.order_id, b.start_at, (b.end_at - b.start_at) / 60, d.lat, d.lng"
                                 " FROM sync_bookings b LEFT JOIN districts d ON d.id = b.district_id"
                                 " WHERE b.provider_id IN (" + in + ") AND b.start_at >= ? AND b.start_at < ?"
                                 " AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.id = b.order_id) ORDER BY b.start_at");
        bindIds(shared, 1);
        shared.bind(int(ids.size() + 1), dayStart);
        shared.bind(int(ids.size() + 2), dayStart + kDay);
        while (shared.next())
            if (auto it = chunk.find(shared.int64(0)); it != chunk.end())
                it->jobs.push_back({shared.int64(1), shared.int64(2), int(shared.int64(3)), {shared.real(4), shared.real(5)}});

        for (qint64 id : ids)
            if (auto it = chunk.find(id); it != chunk.end() && !index.contains(id)) {
                index.insert(id, out.size());
                out.append(*it);
            }
    }
    return out;
}

std::optional<dispatch::ProviderDay> loadProviderDay(store::Database &db, qint64 providerId, qint64 anyTimeThatDay)
{
    const auto days = loadProviderDays(db, {providerId}, anyTimeThatDay);
    if (days.isEmpty())
        return std::nullopt;
    return days.front();
}

QString orderNumber(store::Database &db, qint64 orderId)
{
    // Another office's order is known here by its booking only (sync_bookings).
    return db.scalar("SELECT order_no FROM orders WHERE id = ?1"
                     " UNION ALL SELECT order_no FROM sync_bookings WHERE order_id = ?1 LIMIT 1", orderId).toString();
}

} // namespace doorstep::services
