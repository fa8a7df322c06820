#pragma once
// The neighbourhood moves shared by local search, the route minimiser's
// squeeze and its random perturbation. evaluate() prices a move as the new
// whole-route segments of the (at most two) routes it changes, in O(1) for
// inter-route moves and O(route length) for intra-route ones; apply()
// performs it. Callers decide what "better" means (distance, or penalty).

#include "routing/route_state.h"

namespace doorstep::dispatch::routing::detail {

enum class MoveKind {
    Relocate,   // move jobs[posA .. posA+length-1] of routeA before position posB of routeB (or-opt when same route)
    Swap,       // exchange job posA of routeA with job posB of routeB
    TwoOptStar, // routeA keeps [0,posA) then takes routeB's [posB,..]; routeB keeps [0,posB) then takes routeA's [posA,..]
    Reverse,    // routeA == routeB: reverse jobs[posA..posB] (intra-route 2-opt)
};

struct Move
{
    MoveKind kind = MoveKind::Relocate;
    int routeA = -1;
    int posA = 0;
    int routeB = -1;
    int posB = 0;
    int length = 1;
};

// The routes a move would produce. routeB is -1 for single-route moves.
struct MoveEffect
{
    int routeA = -1;
    Segment a;
    int routeB = -1;
    Segment b;
};

// False when the move is a no-op, out of range, or puts a job on a vehicle
// that may not do it. Does not judge time or capacity (see Plan::fits).
bool evaluate(const Plan &plan, const Move &move, MoveEffect &effect);
void apply(Plan &plan, const Move &move);

} // namespace doorstep::dispatch::routing::detail
