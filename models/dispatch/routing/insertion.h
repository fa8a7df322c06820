#pragma once
// Cheapest feasible insertion: pricing one job into existing routes, and
// building a first plan from nothing. Each position is checked in O(1) with
// the cached prefix/suffix segments (forward time slack and latest arrival
// are what the segments' windows encode).

#include "routing/route_state.h"
#include "random/seeded_random.h"

#include <vector>

namespace doorstep::dispatch::routing::detail {

struct InsertionPoint
{
    int route = -1;
    int position = -1;
    double delta = kUnbounded; // added distance
    bool found() const { return route >= 0; }
};

struct InsertionFilter
{
    // Only routes r with routeMask[r] != 0 are considered (null: only routes
    // already in use, so insertion never opens a vehicle).
    const std::vector<char> *routeMask = nullptr;
    // Skip each position with this probability ("blinks", SISR): a little
    // noise that keeps ruin-and-recreate from repeating itself.
    double blinkRate = 0.0;
    QuickRandom *rng = nullptr;
};

InsertionPoint cheapestInsertion(const Plan &plan, int job, const InsertionFilter &filter = {});

// First plan: repeatedly inserts the unplanned job whose cheapest feasible
// insertion adds least distance; opens another vehicle (seeded with the
// remaining job farthest from the depot) only when no open route can take
// any remaining job. Jobs no vehicle can do alone stay unassigned.
Plan constructPlan(const Network &net);

} // namespace doorstep::dispatch::routing::detail
