#pragma once
// How a period is read from rollups holding the same additive sums at
// several grains: one row per day, and per Monday-to-Sunday week, calendar
// month, quarter or year where the rollup keeps one (stats_provider_days,
// _weeks, _months, _quarters and _years; stats_daily and stats_monthly). A unit the
// period covers whole is read from its coarsest table; a unit it covers in
// part either as its finer units inside the period (added) or as the whole
// unit less its finer units outside the period (subtracted), whichever reads
// fewer rows: the cheapest way from the period's first day to the day after
// its last, stepping forward (adding) or back (subtracting) a day, week,
// month, quarter or year at a time. A coarser row is exactly the sum of its days
// (kept by triggers, compared by `verify`), so every plan gives the same
// figures; a wrong cost only reads more rows. Pure: the tables are read by
// the callers.
#include "stats/stats_filter.h"

#include <QList>

namespace doorstep::stats {

enum class Grain { Day, Week, Month, Quarter, Year };

struct RollupRange
{
    // The table: `range` runs from the first unit's key to the last unit's
    // key (a day; a week's Monday; a month's 1st; a quarter's first day; a
    // year's 1 January).
    Grain grain = Grain::Day;
    Period range;
    int sign = 1; // +1 added, -1 subtracted
    friend bool operator==(const RollupRange &, const RollupRange &) = default;
};

// What reading costs, in days of the daily table: a day of `dataSpan` (the
// first to the last day the daily table has rows on) costs 1, a day outside
// it nothing; one unit of a coarser table that reaches into the data span
// costs its `…InDays`; 0 means the rollup has no such table.
struct RollupCost
{
    Period dataSpan;
    double monthInDays = 0;
    double weekInDays = 0;
    double quarterInDays = 0;
    double yearInDays = 0;
};

// Additions only (the days of partial months, whole months), in day order:
// what cells per day need (a subtracted month cannot be cut into days).
QList<RollupRange> rollupRanges(const Period &period);
// The cheapest plan over the grains `cost` offers, with subtractions where
// they read fewer rows (ties add), contiguous units of one table and sign
// joined into one range; ordered by the range's first day, additions first.
QList<RollupRange> rollupRanges(const Period &period, const RollupCost &cost);

} // namespace doorstep::stats
