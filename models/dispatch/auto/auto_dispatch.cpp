// The planner's sequence: candidates -> greedy baseline -> exact batch
// rounds -> local search from the better of the two -> explanations.

#include "auto/auto_dispatch.h"

#include "auto/batch_rounds.h"
#include "auto/candidates.h"
#include "auto/explain.h"
#include "auto/greedy.h"
#include "auto/local_search.h"
#include "auto/plan_state.h"
#include "auto/run_control.h"

#include <stdexcept>
#include <unordered_map>

namespace doorstep::dispatch::autodispatch {
namespace {

using namespace detail;

// Outcomes with explanations (assigned) and reasons (left out). Explaining is
// reporting, not search: it runs after the budget, but not after a cancel.
// After a stop the orders left out are reported as Stopped without asking
// every provider why (that scan costs about as much as a search pass).
void fillOutcomes(const PlanState &plan, const Candidates &candidates, const AutoDispatchOptions &options, bool stopped,
                  const RunControl &control, AutoDispatchResult &result)
{
    result.outcomes = plan.outcomes();
    result.days = plan.days();
    result.totals = plan.totals();
    for (int i = 0; i < plan.orderCount(); ++i) {
        if (control.cancelled())
            return;
        OrderOutcome &out = result.outcomes[std::size_t(i)];
        if (out.assigned && options.explain)
            out.explanation = explainPlacement(plan, candidates, i, options.stepMinutes);
        else if (!out.assigned && !stopped)
            out.why = explainUnassigned(plan, i, options.stepMinutes, false);
        else if (!out.assigned) {
            out.why.kind = UnassignedKind::Stopped;
            out.why.providers = plan.providerCount();
            out.why.summary = control.outOfTime() ? "out of time before it could be placed" : "stopped before it could be placed";
        }
    }
}

// A cancelled run returns without explaining; unplaced orders still say why.
void markStopped(AutoDispatchResult &result)
{
    for (OrderOutcome &out : result.outcomes)
        if (!out.assigned && out.why.summary.empty()) {
            out.why.kind = UnassignedKind::Stopped;
            out.why.summary = "cancelled before it could be placed";
        }
}

} // namespace

AutoDispatchResult planAutoDispatch(const AutoDispatchInput &input, const AutoDispatchOptions &options)
{
    RunControl control(options.timeBudgetMs, options.cancel, options.progress);
    AutoDispatchResult result;
    control.report(0);
    const Candidates candidates = buildCandidates(input, control);
    double mark = control.elapsedMs();
    result.phases.candidates = mark;
    const auto lap = [&] {
        const double now = control.elapsedMs();
        const double spent = now - mark;
        mark = now;
        return spent;
    };
    control.report(5);

    PlanState greedy(input);
    buildGreedy(greedy, candidates, options, control);
    result.greedyTotals = greedy.totals();
    result.phases.greedy = lap();
    control.report(10);

    PlanState rounds(input);
    const RoundsOutcome built = runBatchRounds(rounds, candidates, options, control, 10, 60);
    result.rounds = built.rounds;
    result.roundsTotals = rounds.totals();
    result.phases.rounds = lap();

    // Search from the better start, so the answer is never worse than the baseline.
    const bool fromGreedy = result.greedyTotals.objective < result.roundsTotals.objective;
    result.searchStart = fromGreedy ? SearchStart::Greedy : SearchStart::Rounds;
    PlanState &plan = fromGreedy ? greedy : rounds;
    if (options.localSearch && !control.stop()) {
        const SearchStats stats = improvePlan(plan, candidates, options, control, 60, 90);
        result.localSearchMoves = stats.moves;
        result.localOptimum = stats.localOptimum;
    }
    result.phases.localSearch = lap();
    result.cancelled = control.cancelled();
    result.outOfTime = !result.cancelled && control.outOfTime();
    fillOutcomes(plan, candidates, options, result.cancelled || result.outOfTime, control, result);
    result.phases.explain = lap();
    if (control.cancelled()) {
        result.cancelled = true;
        markStopped(result);
    }
    result.milliseconds = control.elapsedMs();
    control.finish();
    return result;
}

AutoDispatchResult nearestAvailableGreedy(const AutoDispatchInput &input, const AutoDispatchOptions &options)
{
    RunControl control(options.timeBudgetMs, options.cancel, options.progress);
    AutoDispatchResult result;
    const Candidates candidates = buildCandidates(input, control);
    PlanState plan(input);
    const bool complete = buildGreedy(plan, candidates, options, control);
    result.searchStart = SearchStart::Greedy;
    result.cancelled = control.cancelled();
    result.outOfTime = !result.cancelled && !complete;
    fillOutcomes(plan, candidates, options, !complete, control, result);
    if (control.cancelled()) {
        result.cancelled = true;
        markStopped(result);
    }
    result.greedyTotals = result.totals;
    result.milliseconds = control.elapsedMs();
    control.finish();
    return result;
}

PlanTotals evaluatePlan(const AutoDispatchInput &input, const std::vector<OrderOutcome> &outcomes)
{
    if (outcomes.size() != input.orders.size())
        throw std::invalid_argument("evaluatePlan: one outcome per order expected");
    std::unordered_map<std::int64_t, int> dayOf;
    for (std::size_t p = 0; p < input.days.size(); ++p)
        dayOf.emplace(input.days[p].providerId, static_cast<int>(p));
    PlanState plan(input);
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        if (!outcomes[i].assigned)
            continue;
        const auto p = dayOf.find(outcomes[i].providerId);
        if (p == dayOf.end())
            throw std::invalid_argument("evaluatePlan: unknown provider");
        plan.place(static_cast<int>(i), p->second, outcomes[i].start);
    }
    return plan.totals();
}

} // namespace doorstep::dispatch::autodispatch
