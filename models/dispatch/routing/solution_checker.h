#pragma once
// Independent verification of a plan. It simulates each route from scratch
// (leave at the shift start, wait when early, start service by the due date,
// return in time) and recounts loads and distance. It deliberately shares no
// code with the solver's incremental bookkeeping (segment.h, route_state.h):
// a bug there must not be able to hide itself here.

#include "routing/routing_problem.h"
#include "routing/solomon_reader.h"

#include <string>
#include <vector>

namespace doorstep::dispatch::routing {

struct CheckReport
{
    bool feasible = false;     // no violation at all
    int vehicles = 0;          // non-empty routes
    double distance = 0.0;     // recomputed total
    int unassigned = 0;        // generic check only: jobs listed as unassigned
    std::vector<std::string> violations; // one readable line per problem found
};

// Lateness up to this much (time units) is floating-point noise, not a violation.
inline constexpr double kCheckTimeTolerance = 1e-6;

// VRPTW rules on the raw instance: routes hold customer numbers (1..n), each
// customer exactly once, capacity, windows, depot horizon, at most the
// instance's fleet; distance from the coordinates.
CheckReport checkVrptwSolution(const SolomonInstance &instance, const std::vector<std::vector<int>> &routes);

// The generic rules: one route per vehicle; each job in exactly one route or
// in `unassigned`; skills and fixed jobs; capacity and job limit; job windows;
// shift start and end at each vehicle's own start and end location.
CheckReport checkSolution(const RoutingProblem &problem, const RoutingSolution &solution);

} // namespace doorstep::dispatch::routing
