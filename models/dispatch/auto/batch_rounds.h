#pragma once
// Construction by exact batch rounds. In each round every provider may take
// at most one new job, at the order's earliest feasible start on the
// provider's day as it stands (checkPlacement-verified). The round is a
// min-cost assignment, orders x providers, with the infeasible pairs
// forbidden and each order's penalty as the price of waiting: solved exactly
// and, by default, certified optimal by its duals. Because each day changes by
// at most one job per round, every chosen start is still feasible once the
// round is applied. Then the days are re-evaluated (only the pairs whose day
// changed) and the next round runs. Orders are admitted chronologically by
// window start (AutoDispatchOptions::roundHorizonMinutes): when a round places
// nothing, the horizon widens; when it spans every order and a round places
// nothing, construction ends.

#include "auto/auto_dispatch.h"
#include "auto/candidates.h"
#include "auto/plan_state.h"
#include "auto/run_control.h"

#include <vector>

namespace doorstep::dispatch::autodispatch::detail {

struct RoundsOutcome
{
    std::vector<RoundRecord> rounds;
    bool stopped = false; // cancelled or out of time before a round placed nothing
};

RoundsOutcome runBatchRounds(PlanState &plan, const Candidates &candidates, const AutoDispatchOptions &options,
                             RunControl &control, int progressFrom, int progressTo);

} // namespace doorstep::dispatch::autodispatch::detail
