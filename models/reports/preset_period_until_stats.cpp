// stats::presetPeriod until the statistics work (models/stats) brings its own:
// the export dialog's presets need it now. Delete this file at that merge.
#include "stats/stats_filter.h"

namespace doorstep::stats {

Period presetPeriod(PeriodPreset preset, QDate today)
{
    switch (preset) {
    case PeriodPreset::Today: return {today, today};
    case PeriodPreset::ThisWeek: return {today.addDays(1 - today.dayOfWeek()), today};
    case PeriodPreset::ThisMonth: return {QDate(today.year(), today.month(), 1), today};
    case PeriodPreset::Last30Days: return {today.addDays(-29), today};
    case PeriodPreset::Last12Months: return {today.addMonths(-12).addDays(1), today};
    case PeriodPreset::Custom: break;
    }
    return {today, today};
}

} // namespace doorstep::stats
