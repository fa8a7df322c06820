#include "stats/rollup_ranges.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <queue>
#include <vector>

namespace doorstep::stats {
namespace {
constexpr std::array kGrains{Grain::Day, Grain::Week, Grain::Month, Grain::Quarter, Grain::Year};

// Whether a unit of `grain` starts on `day` (a week on Monday, a month on
// its 1st, a quarter on 1 January, April, July or October, a year on 1 January).
bool startsUnit(Grain grain, QDate day)
{
    switch (grain) {
    case Grain::Day:
        return true;
    case Grain::Week:
        return day.dayOfWeek() == 1;
    case Grain::Month:
        return day.day() == 1;
    case Grain::Quarter:
        return day.day() == 1 && day.month() % 3 == 1;
    case Grain::Year:
        return day.day() == 1 && day.month() == 1;
    }
    return false;
}

// `day` moved by `n` units of `grain`.
QDate unitsFrom(Grain grain, QDate day, int n)
{
    switch (grain) {
    case Grain::Day:
        return day.addDays(n);
    case Grain::Week:
        return day.addDays(7 * n);
    case Grain::Month:
        return day.addMonths(n);
    case Grain::Quarter:
        return day.addMonths(3 * n);
    case Grain::Year:
        return day.addYears(n);
    }
    return day;
}

// The unit of `grain` that starts on `day`, or an invalid period when none does.
Period unitStartingOn(Grain grain, QDate day)
{
    return startsUnit(grain, day) ? Period{day, unitsFrom(grain, day, 1).addDays(-1)} : Period{};
}

// The unit of `grain` that ends the day before `day` (stepping back from it).
Period unitEndingBefore(Grain grain, QDate day)
{
    return startsUnit(grain, day) ? Period{unitsFrom(grain, day, -1), day.addDays(-1)} : Period{};
}

bool overlaps(const Period &a, const Period &b)
{
    return a.isValid() && b.isValid() && a.from <= b.to && b.from <= a.to;
}

// 0: the rollup keeps no table of this grain.
double unitCost(Grain grain, const RollupCost &cost)
{
    switch (grain) {
    case Grain::Day:
        return 1;
    case Grain::Week:
        return cost.weekInDays;
    case Grain::Month:
        return cost.monthInDays;
    case Grain::Quarter:
        return cost.quarterInDays;
    case Grain::Year:
        return cost.yearInDays;
    }
    return 0;
}

// A query's own cost beside its rows (so a plan of fewer ranges wins among
// equal reads), and a hair more for a subtraction (so ties add).
constexpr double kQueryCost = 0.01;
constexpr double kSubtractionCost = 1e-6;

// Joins contiguous units of one grain and sign into ranges, ordered by first
// day, additions before subtractions, coarser before finer.
QList<RollupRange> joined(std::map<std::pair<int, int>, std::vector<QDate>> units)
{
    QList<RollupRange> ranges;
    for (auto &[key, starts] : units) {
        const auto grain = Grain(key.first);
        std::sort(starts.begin(), starts.end());
        for (const QDate start : starts) {
            if (!ranges.isEmpty() && ranges.last().grain == grain && ranges.last().sign == key.second
                && unitsFrom(grain, ranges.last().range.to, 1) == start)
                ranges.last().range.to = start;
            else
                ranges.append({grain, {start, start}, key.second});
        }
    }
    std::stable_sort(ranges.begin(), ranges.end(), [](const RollupRange &a, const RollupRange &b) {
        if (a.range.from != b.range.from)
            return a.range.from < b.range.from;
        if (a.sign != b.sign)
            return a.sign > b.sign;
        return a.grain > b.grain;
    });
    return ranges;
}

// The cheapest walk from the period's first day to the day after its last:
// a step forward over a unit adds it, a step back subtracts it. Dijkstra over
// (day, the kind of the last step), so that a run of steps of one kind is
// charged one query. The days considered run from a week before the first
// day's year to a week after the last day's: no cheaper plan leaves them.
QList<RollupRange> cheapest(const Period &period, const RollupCost &cost)
{
    const QDate lo = QDate(period.from.year(), 1, 1).addDays(-7);
    const QDate hi = QDate(period.to.year() + 1, 1, 1).addDays(7);
    const int days = int(lo.daysTo(hi)) + 1;
    constexpr int kKinds = int(kGrains.size()) * 2 + 1; // each grain forward and back, and "no step yet"
    constexpr int kStart = kKinds - 1;
    const auto state = [&](int day, int kind) { return day * kKinds + kind; };
    std::vector<double> dist(size_t(days) * kKinds, std::numeric_limits<double>::infinity());
    std::vector<int> previous(dist.size(), -1);
    using Item = std::pair<double, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
    const int first = int(lo.daysTo(period.from));
    const int target = int(lo.daysTo(period.to.addDays(1)));
    dist[size_t(state(first, kStart))] = 0;
    queue.push({0, state(first, kStart)});
    int reached = -1;
    while (!queue.empty()) {
        const auto [d, s] = queue.top();
        queue.pop();
        if (d > dist[size_t(s)])
            continue;
        const int day = s / kKinds, lastKind = s % kKinds;
        if (day == target) {
            reached = s;
            break;
        }
        const QDate date = lo.addDays(day);
        for (int g = 0; g < int(kGrains.size()); ++g) {
            const Grain grain = kGrains[size_t(g)];
            const double rows = unitCost(grain, cost);
            if (rows <= 0)
                continue;
            for (const int sign : {1, -1}) {
                const Period unit = sign > 0 ? unitStartingOn(grain, date) : unitEndingBefore(grain, date);
                if (!unit.isValid() || unit.from < lo || unit.to >= hi)
                    continue;
                const int kind = g * 2 + (sign < 0 ? 1 : 0);
                const int next = int(lo.daysTo(sign > 0 ? unit.to.addDays(1) : unit.from));
                const double step = (overlaps(unit, cost.dataSpan) ? rows : 0) + (kind != lastKind ? kQueryCost : 0)
                                    + (sign < 0 ? kSubtractionCost : 0);
                const int to = state(next, kind);
                if (d + step < dist[size_t(to)]) {
                    dist[size_t(to)] = d + step;
                    previous[size_t(to)] = s;
                    queue.push({d + step, to});
                }
            }
        }
    }
    std::map<std::pair<int, int>, std::vector<QDate>> units; // (grain, sign) → the units' first days
    for (int s = reached; s >= 0 && previous[size_t(s)] >= 0; s = previous[size_t(s)]) {
        const int kind = s % kKinds, from = previous[size_t(s)] / kKinds, to = s / kKinds;
        units[{int(kGrains[size_t(kind / 2)]), kind % 2 ? -1 : 1}].push_back(lo.addDays(std::min(from, to)));
    }
    return joined(std::move(units));
}
} // namespace

QList<RollupRange> rollupRanges(const Period &period)
{
    // Whole months added as months, the rest as days.
    if (!period.isValid())
        return {};
    std::map<std::pair<int, int>, std::vector<QDate>> units;
    for (QDate day = period.from; day <= period.to;) {
        const Period month = unitStartingOn(Grain::Month, day);
        const bool whole = month.isValid() && month.to <= period.to;
        units[{int(whole ? Grain::Month : Grain::Day), 1}].push_back(day);
        day = whole ? month.to.addDays(1) : day.addDays(1);
    }
    return joined(std::move(units));
}

QList<RollupRange> rollupRanges(const Period &period, const RollupCost &cost)
{
    if (!period.isValid())
        return {};
    return cheapest(period, cost);
}

} // namespace doorstep::stats
