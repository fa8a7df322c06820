#pragma once
// The time-budgeted routing engine:
//   1. cheapest feasible insertion, then local search;
//   2. route minimisation (route_minimizer.h) for a share of the budget;
//   3. distance minimisation by ruin and recreate with simulated annealing
//      (distance_minimizer.h) for the rest.
// Deterministic for a given seed when bounded by iterations; with a time
// budget the clock is the only source of variation.

#include "routing/routing_problem.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>

namespace doorstep::dispatch::routing {

struct SolverProgress
{
    double seconds = 0.0;
    std::uint64_t iterations = 0;
    std::string phase; // "construction", "route minimisation", "distance minimisation"
    SolutionCost best;
};

struct SolverOptions
{
    // Wall-clock budget; <= 0 means no time limit (then set maxIterations).
    double timeLimitSeconds = 10.0;
    // 0: no iteration limit. With a limit, the result depends only on the
    // seed (as long as the time limit is not hit first).
    std::uint64_t maxIterations = 0;
    std::uint64_t seed = 1;
    // Share of the budget that route minimisation may use (it stops early
    // when it reaches the lower bound on vehicles).
    double routeMinimizationShare = 0.3;
    // Set to true from any thread to stop; the best plan so far is returned.
    const std::atomic<bool> *cancel = nullptr;
    // Called on the solver's thread whenever the best plan improves.
    std::function<void(const SolverProgress &)> onProgress;
};

struct SolverResult
{
    RoutingSolution solution;
    SolutionCost cost;
    double seconds = 0.0;
    std::uint64_t iterations = 0;
    bool cancelled = false;
    int constructionVehicles = 0; // fleet after construction, before minimisation
};

// Throws std::invalid_argument when problem.validate() reports a problem.
SolverResult solve(const RoutingProblem &problem, const SolverOptions &options = {});

// The first two stages on their own (tests, quick previews).
RoutingSolution constructSolution(const RoutingProblem &problem);
// Local search from `start`, which must be feasible and have one route per
// vehicle (std::invalid_argument otherwise); returns an equal or better
// feasible plan.
RoutingSolution improveLocally(const RoutingProblem &problem, const RoutingSolution &start, std::uint64_t seed = 1);

} // namespace doorstep::dispatch::routing
