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
    double seconds = 0.0; // since the start, on options.clock
    std::uint64_t iterations = 0;
    std::string phase; // "construction", "route minimisation", "distance minimisation"
    SolutionCost best;
};

// What timeLimitSeconds measures. Wall: elapsed time (what a caller waiting
// for a plan cares about). ThreadCpu: CPU time of the solving thread, so a
// benchmark gets the same work on a busy shared machine (POSIX only; falls
// back to wall time elsewhere).
enum class BudgetClock { Wall, ThreadCpu };

struct SolverOptions
{
    // Time budget; <= 0 means no time limit (then set maxIterations).
    double timeLimitSeconds = 10.0;
    BudgetClock clock = BudgetClock::Wall;
    // 0: no iteration limit. With a limit, the result depends only on the
    // seed (as long as the time limit is not hit first). An iteration is one
    // ejection-pool step in route minimisation, one ruin-and-recreate in
    // distance minimisation.
    std::uint64_t maxIterations = 0;
    std::uint64_t seed = 1;
    // Share of the budget that route minimisation may use. It stops early at
    // the lower bound on vehicles or when an attempt to remove one more
    // vehicle fails (each attempt gets half of what is left of the share).
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
    double seconds = 0.0; // on options.clock
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
