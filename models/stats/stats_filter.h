#pragma once
// The one description of "which orders" shared by the dashboard (ui/stats), the rollups
// (models/stats) and the reports (models/reports): a period of office days and two optional
// narrowings. Both ends are inclusive office days (Asia/Shanghai) of the order's window start,
// exactly as the order filters count, so a dashboard figure, a drill-down list and an exported
// report of the same filter agree to the row.
#include <QDate>
#include <QString>

namespace doorstep::stats {

struct Period
{
    QDate from; // inclusive office day
    QDate to;   // inclusive office day

    bool isValid() const { return from.isValid() && to.isValid() && from <= to; }
    qint64 days() const { return from.daysTo(to) + 1; }
    // The comparison periods managers read every figure against:
    Period previous() const { return {from.addDays(-days()), from.addDays(-1)}; } // 环比: same length, just before
    Period sameLastYear() const { return {from.addYears(-1), to.addYears(-1)}; }  // 同比
    friend bool operator==(const Period &, const Period &) = default;
};

enum class PeriodPreset { Today, ThisWeek, ThisMonth, Last30Days, Last12Months, Custom };
// The preset's period on office day `today` (weeks start on Monday, as in China).
Period presetPeriod(PeriodPreset preset, QDate today);

struct Filter
{
    Period period;
    QString districtCode; // empty: all districts
    QString categoryCode; // empty: all service categories
    friend bool operator==(const Filter &, const Filter &) = default;
};

} // namespace doorstep::stats
