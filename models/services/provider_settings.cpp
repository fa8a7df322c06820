#include "services/provider_settings.h"

#include "services/office_settings.h"


namespace doorstep::services {

ProviderPolicy loadProviderPolicy(const OfficeSettings &office)
{
    using namespace settings;
    ProviderPolicy p;
    p.limits.minAge = office.whole(ProviderMinAge);
    p.limits.maxAge = office.whole(ProviderMaxAge);
    p.limits.healthMinDays = office.whole(ProviderHealthMinDays);
    p.lowRatingOrders = office.whole(ProviderLowRatingOrders);
    p.lowRatingBelowX100 = office.whole(ProviderLowRatingBelowX100);
    return p;
}

} // namespace doorstep::services
