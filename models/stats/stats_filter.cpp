#include "stats/stats_filter.h"

namespace doorstep::stats {

Period presetPeriod(PeriodPreset preset, QDate today)
{
    switch (preset) {
    case PeriodPreset::Today:
        return {today, today};
    case PeriodPreset::ThisWeek: // weeks start on Monday
        return {today.addDays(1 - today.dayOfWeek()), today};
    case PeriodPreset::ThisMonth:
        return {QDate(today.year(), today.month(), 1), today};
    case PeriodPreset::Last30Days:
        return {today.addDays(-29), today};
    case PeriodPreset::Last12Months: // the 12 whole months ending with this one
        return {QDate(today.year(), today.month(), 1).addMonths(-11), today};
    case PeriodPreset::Custom:
        break;
    }
    return {today, today}; // Custom: the caller's own dates; today until it sets them
}

} // namespace doorstep::stats
