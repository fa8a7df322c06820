#pragma once
// Office policy for onboarding and discipline (settings::Provider* in
// office_settings.h; schema v3 stores the defaults).
#include "domain/provider_checks.h"

#include <QDate>

namespace doorstep::services {

class OfficeSettings;

struct ProviderPolicy
{
    domain::CheckLimits limits;       // provider_min_age, provider_max_age, provider_health_min_days
    int lowRatingOrders = 20;         // provider_low_rating_orders: the window of latest ratings
    int lowRatingBelowX100 = 350;     // provider_low_rating_below_x100: flag when the window's average stars x100 is below
};

// Throws ServiceError::Invalid for a stored value that is wrong.
ProviderPolicy loadProviderPolicy(const OfficeSettings &office);

} // namespace doorstep::services
