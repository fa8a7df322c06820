#pragma once
// Reads what the dispatch rules need from the store: an order waiting to be
// placed, a provider's day (hours, skills, qualifications, jobs) and the
// office's rule settings. Read-only; the writers are DispatchService and
// OrderService, which call these inside their transaction.
#include "feasibility/feasibility.h"
#include "services/office_settings.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

// The office's dispatch rules (settings::RoadFactor … HeavyDayJobs in
// office_settings.h); throws ServiceError::Invalid for a stored value that is wrong.
dispatch::FeasibilityRules loadFeasibilityRules(const OfficeSettings &office);
// The same rules as values to save (SettingsService::set).
SettingValues feasibilityRuleValues(const dispatch::FeasibilityRules &rules);

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
// The providers who declined the order or let it time out (its order_events
// `decline` and `timeout`, from the provider's app through the server, the
// server's accept timeouts, or recorded here), for auto-dispatch's rule
// Rule::DeclinedBefore (OrderToPlace::declinedBy). The events name no
// provider, and the server's do not close the dispatch record in this store,
// so the provider an event released is the one of the order's latest
// dispatch record before it in timeline order (at, then the time-ordered id).
std::vector<std::int64_t> providersWhoDeclined(store::Database &db, qint64 orderId);

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
