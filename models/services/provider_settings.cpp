#include "services/provider_settings.h"

#include "domain/office_time.h"
#include "services/office_settings.h"

#include <QDateTime>

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

QDate officeDay(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, domain::officeTimeZone()).date();
}

} // namespace doorstep::services
