#include "auto/start_search.h"

#include <algorithm>
#include <cmath>

namespace doorstep::dispatch::autodispatch::detail {

bool isStartIndependent(Rule rule)
{
    // Rule order: everything before OutsideWindow depends on who and what, not when.
    return rule < Rule::OutsideWindow;
}

std::optional<Rule> startIndependentExclusion(const OrderToPlace &order, const ProviderDay &day, const FeasibilityRules &rules)
{
    const Verdict v = checkPlacement(order, day, order.windowStart, rules);
    const auto hard = v.firstHard();
    if (hard && isStartIndependent(hard->rule))
        return hard->rule;
    return std::nullopt;
}

namespace {

bool has(const Verdict &v, Rule rule)
{
    return std::any_of(v.violations.begin(), v.violations.end(), [rule](const Violation &x) { return x.rule == rule; });
}

// A lower bound (in seconds) on the next start that could pass, given that
// `start` failed. Every start in [start, bound) fails a hard rule.
std::int64_t nextCandidate(const OrderToPlace &order, const ProviderDay &day, std::int64_t start, const Verdict &v,
                           const FeasibilityRules &rules)
{
    std::int64_t bound = start + 1;
    const std::int64_t duration = std::int64_t(order.durationMin) * 60;
    if (has(v, Rule::OutsideWorkingHours)) {
        // No interval holds [start, start + d], so one that holds a later
        // start must begin after `start` and be long enough.
        std::optional<std::int64_t> next;
        for (const Interval &i : day.workingHours)
            if (i.begin > start && i.end - i.begin >= duration && (!next || i.begin < *next))
                next = i.begin;
        if (!next)
            return order.windowEnd + 1;
        bound = std::max(bound, *next);
    }
    for (const Violation &x : v.violations) {
        if (x.rule != Rule::Overlap)
            continue;
        // Starts up to the clashing job's own start only get closer to it; after
        // it, the gap must hold its end plus the travel from it. Floor, minus a
        // second, so rounding can only make the jump shorter (never skip a pass).
        // Should two jobs share the id, the smaller jump is the safe one.
        std::optional<std::int64_t> clear;
        for (const ScheduledJob &job : day.jobs) {
            if (job.orderId != x.otherOrderId || job.orderId == order.orderId)
                continue;
            const double travelSec = travelMinutes(job.where, order.where, rules) * 60.0;
            const std::int64_t at = std::max(job.start + 1, job.start + std::int64_t(job.durationMin) * 60
                                                                + std::int64_t(std::floor(travelSec)) - 1);
            clear = clear ? std::min(*clear, at) : at;
        }
        if (clear)
            bound = std::max(bound, *clear);
    }
    return bound;
}

} // namespace

std::optional<FoundStart> findEarliestStart(const OrderToPlace &order, const ProviderDay &day, const FeasibilityRules &rules,
                                            int stepMinutes)
{
    const std::int64_t step = std::int64_t(std::max(1, stepMinutes)) * 60;
    std::int64_t start = order.windowStart;
    while (start <= order.windowEnd) {
        Verdict v = checkPlacement(order, day, start, rules);
        if (v.feasible())
            return FoundStart{start, std::move(v)};
        const auto hard = v.firstHard();
        if (hard && isStartIndependent(hard->rule))
            return std::nullopt;
        if (has(v, Rule::DailyLimit)) // the job count does not depend on the start
            return std::nullopt;
        const std::int64_t bound = nextCandidate(order, day, start, v, rules);
        // The first grid point at or after the bound, and past `start`.
        const std::int64_t steps = (bound - order.windowStart + step - 1) / step;
        start = std::max(start + step, order.windowStart + steps * step);
    }
    return std::nullopt;
}

} // namespace doorstep::dispatch::autodispatch::detail
