#pragma once
// Finding an order's earliest feasible start on a provider's day, fast.
//
// Returns exactly what earliestFeasibleStart returns (same grid, same first
// feasible point) but skips grid points that are provably infeasible: after
// a refusal for the working hours it jumps to the next working interval long
// enough for the job; after an overlap it jumps past the clashing job plus
// the travel from it. Every skipped point fails a hard rule, and the point
// returned is one checkPlacement accepted, so the rules stay in one place.
// tst_autodispatch compares the two on random days.

#include "feasibility/feasibility.h"

#include <cstdint>
#include <optional>

namespace doorstep::dispatch::autodispatch::detail {

struct FoundStart
{
    std::int64_t start = 0;
    Verdict verdict; // checkPlacement at `start`: feasible
};

std::optional<FoundStart> findEarliestStart(const OrderToPlace &order, const ProviderDay &day, const FeasibilityRules &rules,
                                            int stepMinutes);

// Hard rules that no start time can cure (provider inactive, skill, qualification,
// customer's block list). Returns the first such rule, or nullopt when the
// provider may be considered at all. Checked with checkPlacement itself.
std::optional<Rule> startIndependentExclusion(const OrderToPlace &order, const ProviderDay &day, const FeasibilityRules &rules);

bool isStartIndependent(Rule rule);

} // namespace doorstep::dispatch::autodispatch::detail
