#pragma once
// Reads what the dispatch rules need from the store: an order waiting to be
// placed, a provider's day (hours, skills, qualifications, jobs) and the
// office's rule settings. Read-only; the writers are DispatchService and
// OrderService, which call these inside their transaction.
#include "feasibility/feasibility.h"

#include <QList>
#include <QString>

#include <optional>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

class ServiceLayer;

// Settings keys (table settings) with the defaults of dispatch::FeasibilityRules.
namespace dispatch_settings {
inline constexpr char16_t RoadFactor[] = u"dispatch.road_factor";
inline constexpr char16_t SpeedKmh[] = u"dispatch.speed_kmh";
inline constexpr char16_t LongTravelMinutes[] = u"dispatch.long_travel_minutes";
inline constexpr char16_t LowRatingX100[] = u"dispatch.low_rating_x100";
inline constexpr char16_t MinRatedJobs[] = u"dispatch.min_rated_jobs";
inline constexpr char16_t HeavyDayJobs[] = u"dispatch.heavy_day_jobs";
} // namespace dispatch_settings

dispatch::FeasibilityRules loadFeasibilityRules(store::Database &db);
// Saves the keys that differ from the stored values, each through
// SettingsService (Permission::SettingsEdit, one audit entry per key).
// Refuses values outside sane ranges with ServiceError::Invalid, writing nothing.
void saveFeasibilityRules(ServiceLayer &services, const dispatch::FeasibilityRules &rules);

struct OrderForDispatch
{
    dispatch::OrderToPlace place;
    QString orderNo;
    QString status;            // stored key
    qint64 providerId = 0;     // current provider (0: none)
    qint64 plannedStart = 0;
    qint64 preferredProviderId = 0;
    int priority = 0;
    qint64 districtId = 0;
};
std::optional<OrderForDispatch> loadOrderForDispatch(store::Database &db, qint64 orderId);

// The provider's day that holds `anyTimeThatDay` (office calendar): working
// hours of that weekday, skills, districts served, qualifications valid that
// day, and the jobs planned that day (every order with a planned start that
// day, not cancelled).
std::optional<dispatch::ProviderDay> loadProviderDay(store::Database &db, qint64 providerId, qint64 anyTimeThatDay);
// The same for many providers at once (the schedule board), in the given order;
// unknown ids are skipped.
QList<dispatch::ProviderDay> loadProviderDays(store::Database &db, const QList<qint64> &providerIds, qint64 anyTimeThatDay);

// The order number of an order, for messages ("clashes with DS20261125000123").
QString orderNumber(store::Database &db, qint64 orderId);

} // namespace doorstep::services
