#pragma once
// stats::Filter as a condition on orders (alias o): the window start inside the
// period's office days, and the district and service category by their codes.
// The one translation the order-based report sources share.
#include "stats/stats_filter.h"

#include <QByteArray>
#include <QVariantList>

namespace doorstep::reports {

struct OrderCondition
{
    QByteArray sql;      // "o.window_start >= ? AND o.window_start < ? [AND ...]"
    QVariantList params; // bound in order
};

OrderCondition orderCondition(const stats::Filter &filter);
// UTC seconds of the first moment of `from` and of the day after `to`.
std::pair<qint64, qint64> periodBounds(const stats::Period &period);

} // namespace doorstep::reports
