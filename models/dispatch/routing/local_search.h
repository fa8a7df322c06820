#pragma once
// Descent over the granular neighbourhood (each job against its correlated
// jobs): relocate of 1-3 consecutive jobs (or-opt inside a route), swap,
// 2-opt* (exchange route tails) and intra-route 2-opt (reversal). First
// improvement, feasible plans only; emptying a route always counts as an
// improvement, because vehicles come before distance.

#include "routing/moves.h"
#include "routing/route_state.h"
#include "random/seeded_random.h"
#include "routing/search_budget.h"

#include <vector>

namespace doorstep::dispatch::routing::detail {

// Every move that would put job u next to job v (both planned).
void movesAround(const Plan &plan, int u, int v, std::vector<Move> &out);

// Change in (distance − bonus per emptied route) if `effect` were applied.
double moveDelta(const Plan &plan, const MoveEffect &effect);
bool effectFits(const Plan &plan, const MoveEffect &effect);

class LocalSearch
{
public:
    // Runs to a local optimum (or until the budget says stop). Returns true
    // if the plan changed.
    bool improve(Plan &plan, Rng &rng, const SearchBudget *budget = nullptr);

private:
    bool descend(Plan &plan, Rng &rng, const SearchBudget *budget);
    std::vector<int> m_order;
    std::vector<Move> m_moves;
};

} // namespace doorstep::dispatch::routing::detail
