#include "reports/order_period.h"

#include "domain/office_time.h"

namespace doorstep::reports {

std::pair<qint64, qint64> periodBounds(const stats::Period &period)
{
    // Noon is inside its office day whatever the zone's offset; its day start is midnight.
    return {domain::officeDayStart(domain::officeNoon(period.from)), domain::officeDayStart(domain::officeNoon(period.to.addDays(1)))};
}

OrderCondition orderCondition(const stats::Filter &filter)
{
    const auto [from, to] = periodBounds(filter.period);
    OrderCondition c{"o.window_start >= ? AND o.window_start < ?", {from, to}};
    if (!filter.districtCode.isEmpty()) {
        c.sql += " AND o.district_id = (SELECT id FROM districts WHERE adcode = ?)";
        c.params << filter.districtCode;
    }
    if (!filter.categoryCode.isEmpty()) {
        c.sql += " AND o.category_id = (SELECT id FROM service_categories WHERE code = ?)";
        c.params << filter.categoryCode;
    }
    return c;
}

} // namespace doorstep::reports
