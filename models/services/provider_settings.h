#pragma once
// Office policy for onboarding and discipline, read from the settings table
// (schema v3 writes the defaults; a missing or unreadable key falls back to
// the same values, so a hand-edited store cannot switch a rule off).
#include "domain/provider_checks.h"

#include <QDate>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

struct ProviderPolicy
{
    domain::CheckLimits limits;       // provider_min_age, provider_max_age, provider_health_min_days
    int lowRatingOrders = 20;         // provider_low_rating_orders: the window of latest ratings
    int lowRatingBelowX100 = 350;     // provider_low_rating_below_x100: flag when the window's average stars x100 is below
};

ProviderPolicy loadProviderPolicy(store::Database &db);

// The office's calendar day (Asia/Shanghai) holding `utcSecs`.
QDate officeDay(qint64 utcSecs);

} // namespace doorstep::services
