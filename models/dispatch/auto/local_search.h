#pragma once
// Improving a plan by moves between and within providers' days:
//   insert  - an order still left out goes to its cheapest feasible provider;
//   relocate- an order moves to another provider, or to an earlier start on
//             its own day (re-timing), at the earliest feasible start there;
//   exchange- two orders on different days swap providers;
//   2-opt*  - two days trade the tails of their new jobs (start order) after
//             a cut in each; booked jobs stay, moved jobs are re-timed in
//             sequence at their earliest feasible starts.
// A move's price is the exact change of the objective (objective.h), and
// every start it uses was accepted by checkPlacement on the day exactly as it
// will be after the move. Only strictly improving moves are applied, so the
// objective never rises. Orders are visited in a seeded shuffled order;
// nothing else is random, so a seed gives one plan unless the budget cuts in.

#include "auto/auto_dispatch.h"
#include "auto/candidates.h"
#include "auto/plan_state.h"
#include "auto/run_control.h"

#include <cstdint>

namespace doorstep::dispatch::autodispatch::detail {

struct SearchStats
{
    std::uint64_t moves = 0;
    std::uint64_t tailExchanges = 0; // of which 2-opt* moves
    bool localOptimum = false; // a full pass found nothing to improve
};

SearchStats improvePlan(PlanState &plan, const Candidates &candidates, const AutoDispatchOptions &options,
                        RunControl &control, int progressFrom, int progressTo);

} // namespace doorstep::dispatch::autodispatch::detail
