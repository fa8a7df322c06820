#include "stats/rollup_ranges.h"

#include <algorithm>

namespace doorstep::stats {
namespace {
// The days of `range` that cost a read (those of the data span).
qint64 daysToRead(const Period &range, const RollupCost &cost)
{
    if (!range.isValid() || !cost.dataSpan.isValid())
        return 0;
    const QDate from = std::max(range.from, cost.dataSpan.from);
    const QDate to = std::min(range.to, cost.dataSpan.to);
    return from <= to ? from.daysTo(to) + 1 : 0;
}

// Appends `r` to a list of one table and sign, or lengthens the last range
// when `r` continues it: one query per run of contiguous days or months.
void append(QList<RollupRange> &list, const RollupRange &r)
{
    if (!list.isEmpty()) {
        RollupRange &last = list.last();
        const QDate next = last.monthly ? last.range.to.addMonths(1) : last.range.to.addDays(1);
        if (next == r.range.from) {
            last.range.to = r.range.to;
            return;
        }
    }
    list.append(r);
}

QList<RollupRange> plan(const Period &period, const RollupCost *cost)
{
    if (!period.isValid())
        return {};
    QList<RollupRange> months, days, subtracted;
    for (QDate month(period.from.year(), period.from.month(), 1); month <= period.to; month = month.addMonths(1)) {
        const Period whole{month, QDate(month.year(), month.month(), month.daysInMonth())};
        const Period inside{std::max(period.from, whole.from), std::min(period.to, whole.to)};
        if (inside == whole) {
            append(months, {true, {month, month}, 1});
            continue;
        }
        const Period before{whole.from, inside.from.addDays(-1)};
        const Period after{inside.to.addDays(1), whole.to};
        if (cost && cost->monthInDays + daysToRead(before, *cost) + daysToRead(after, *cost) < daysToRead(inside, *cost)) {
            append(months, {true, {month, month}, 1});
            for (const Period &outside : {before, after})
                if (outside.isValid())
                    append(subtracted, {false, outside, -1});
        } else {
            append(days, {false, inside, 1});
        }
    }
    QList<RollupRange> all = months + days + subtracted;
    std::stable_sort(all.begin(), all.end(), [](const RollupRange &a, const RollupRange &b) { return a.range.from < b.range.from; });
    return all;
}
} // namespace

QList<RollupRange> rollupRanges(const Period &period)
{
    return plan(period, nullptr);
}

QList<RollupRange> rollupRanges(const Period &period, const RollupCost &cost)
{
    return plan(period, &cost);
}

} // namespace doorstep::stats
