#pragma once
// How a period is read from a pair of rollups holding the same additive sums,
// one row per day and one per calendar month (stats_provider_days and
// stats_provider_months, stats_daily and stats_monthly): whole months from
// the monthly table; a month the period covers only in part either as its
// days inside the period (added) or as the month's row less its days outside
// the period (subtracted), whichever reads fewer rows. A monthly row is
// exactly the sum of its days (kept by triggers, compared by `verify`), so
// both give the same figures. Pure: the tables are read by the callers.
#include "stats/stats_filter.h"

#include <QList>

namespace doorstep::stats {

struct RollupRange
{
    bool monthly = false; // the monthly table: `range` runs from the first month's 1st to the last month's 1st
    Period range;
    int sign = 1; // +1 added, -1 subtracted
    friend bool operator==(const RollupRange &, const RollupRange &) = default;
};

// What reading costs, in days of the daily table: a day of `dataSpan` (the
// first to the last day the daily table has rows on) costs 1, a day outside
// it nothing, one month's rows of the monthly table `monthInDays`.
struct RollupCost
{
    Period dataSpan;
    int monthInDays = 0;
};

// Additions only (the days of partial months, whole months), in day order:
// what cells per day need (a subtracted month cannot be cut into days).
QList<RollupRange> rollupRanges(const Period &period);
// With subtractions where they read fewer rows (ties add), in day order.
QList<RollupRange> rollupRanges(const Period &period, const RollupCost &cost);

} // namespace doorstep::stats
