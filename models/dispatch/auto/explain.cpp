#include "auto/explain.h"

#include "auto/objective.h"
#include "auto/start_search.h"

#include <algorithm>
#include <array>
#include <optional>

namespace doorstep::dispatch::autodispatch::detail {

const char *ruleName(Rule rule)
{
    switch (rule) {
    case Rule::ProviderInactive: return "provider not active";
    case Rule::SkillMissing: return "skill missing";
    case Rule::SkillSuspended: return "skill suspended";
    case Rule::QualificationMissing: return "qualification missing";
    case Rule::DistrictNotServed: return "district not served";
    case Rule::CustomerBlocked: return "blocked by the customer";
    case Rule::DeclinedBefore: return "declined or timed out before";
    case Rule::OutsideWindow: return "outside the customer's window";
    case Rule::OutsideWorkingHours: return "outside working hours";
    case Rule::Overlap: return "overlaps another job";
    case Rule::DailyLimit: return "daily job limit reached";
    case Rule::LongTravel: return "long travel";
    case Rule::LowRating: return "low rating";
    case Rule::HeavyDay: return "heavy day";
    }
    return "?";
}

namespace {

bool has(const Verdict &v, Rule rule)
{
    return std::any_of(v.violations.begin(), v.violations.end(), [rule](const Violation &x) { return x.rule == rule; });
}

// The one hard rule that keeps `order` off `day` at every start in its
// window, or nullopt if some start is feasible. Start-independent rules and
// the daily limit come first; then "outside working hours" if it holds at
// every grid start, else the first other hard rule met (an overlap: the day
// is full around the window).
std::optional<Rule> blockingRule(const OrderToPlace &order, const ProviderDay &day, const FeasibilityRules &rules, int step)
{
    const Verdict first = checkPlacement(order, day, order.windowStart, rules);
    const auto hard = first.firstHard();
    if (!hard)
        return std::nullopt;
    if (isStartIndependent(hard->rule))
        return hard->rule;
    if (has(first, Rule::DailyLimit))
        return Rule::DailyLimit;
    if (order.windowEnd < order.windowStart)
        return Rule::OutsideWindow;
    if (findEarliestStart(order, day, rules, step))
        return std::nullopt;
    const std::int64_t stepSec = std::int64_t(std::max(1, step)) * 60;
    for (std::int64_t start = order.windowStart; start <= order.windowEnd; start += stepSec) {
        const Verdict v = checkPlacement(order, day, start, rules);
        for (const Violation &x : v.violations)
            if (isHard(x.rule) && x.rule != Rule::OutsideWorkingHours)
                return x.rule;
    }
    return Rule::OutsideWorkingHours;
}

} // namespace

Explanation explainPlacement(const PlanState &plan, const Candidates &candidates, int order, int stepMinutes)
{
    const AutoDispatchInput &input = plan.input();
    const OrderRequest &request = input.orders[std::size_t(order)];
    const int chosen = plan.providerOf(order);
    const ProviderDay &day = plan.day(chosen);
    Explanation e;
    const Verdict v = checkPlacement(request.order, day, plan.startOf(order), input.rules);
    e.chosen = placementCost(request, day, plan.startOf(order), v, input.rules, input.weights);
    e.feasibleProviders = 1;
    int best = -1;
    for (int q : candidates.providers[std::size_t(order)]) {
        if (q == chosen)
            continue;
        const auto found = findEarliestStart(request.order, plan.day(q), input.rules, stepMinutes);
        if (!found)
            continue;
        ++e.feasibleProviders;
        const PlacementCost cost = placementCost(request, plan.day(q), found->start, found->verdict, input.rules, input.weights);
        if (best < 0 || cost.total < e.runnerUp.total || (cost.total == e.runnerUp.total && q < best)) {
            best = q;
            e.runnerUp = cost;
            e.runnerUpStart = found->start;
        }
    }
    if (best < 0)
        return e;
    e.hasRunnerUp = true;
    e.runnerUpProviderId = plan.day(best).providerId;
    e.totalMargin = e.runnerUp.total - e.chosen.total;
    for (int t = 0; t < kTermCount; ++t) {
        const double d = e.runnerUp.terms[std::size_t(t)].cost - e.chosen.terms[std::size_t(t)].cost;
        if (t == 0 || d > e.decidingMargin) {
            e.decidingTerm = static_cast<Term>(t);
            e.decidingMargin = d;
        }
    }
    return e;
}

WhyUnassigned explainUnassigned(const PlanState &plan, int order, int stepMinutes, bool stopped)
{
    const AutoDispatchInput &input = plan.input();
    const OrderToPlace &o = input.orders[std::size_t(order)].order;
    WhyUnassigned why;
    why.providers = plan.providerCount();
    std::array<int, 16> count{}, eligible{};
    for (const ProviderDay &day : plan.days()) {
        const auto rule = blockingRule(o, day, input.rules, stepMinutes);
        if (!rule) {
            ++why.feasibleProviders;
        } else {
            ++count[std::size_t(*rule)];
            if (!isStartIndependent(*rule)) {
                ++eligible[std::size_t(*rule)];
                ++why.eligibleProviders;
            }
        }
    }
    if (why.feasibleProviders > 0) {
        why.kind = stopped ? UnassignedKind::Stopped : UnassignedKind::NotWorthIt;
        why.summary = stopped ? "stopped before it could be placed"
                              : "a provider could take it, but at a cost above the penalty for leaving it out";
        return why;
    }
    why.kind = UnassignedKind::NoProvider;
    if (why.providers == 0) {
        why.summary = "no providers";
        return why;
    }
    // The providers who could serve it at all speak first: that a provider
    // without the skill cannot take it says nothing about why it is left out.
    const std::array<int, 16> &tally = why.eligibleProviders > 0 ? eligible : count;
    const auto most = std::max_element(tally.begin(), tally.end()); // first of equals: the earlier rule
    why.rule = static_cast<Rule>(most - tally.begin());
    why.excludedByRule = *most;
    if ((why.rule == Rule::SkillMissing || why.rule == Rule::SkillSuspended) && why.excludedByRule == why.providers)
        why.summary = why.rule == Rule::SkillMissing ? "no provider has the skill" : "every provider's skill is suspended";
    else if (why.rule == Rule::DistrictNotServed && why.excludedByRule == why.providers)
        why.summary = "no provider serves the district";
    else
        why.summary = std::string(ruleName(why.rule)) + ": " + std::to_string(why.excludedByRule) + " of "
            + std::to_string(why.eligibleProviders > 0 ? why.eligibleProviders : why.providers)
            + (why.eligibleProviders > 0 ? " providers who could serve it" : " providers");
    return why;
}

} // namespace doorstep::dispatch::autodispatch::detail
