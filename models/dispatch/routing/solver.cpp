#include "routing/solver.h"

#include "routing/distance_minimizer.h"
#include "routing/insertion.h"
#include "routing/local_search.h"
#include "routing/network.h"
#include "routing/route_minimizer.h"
#include "routing/route_state.h"
#include "routing/search_budget.h"

#include <stdexcept>

namespace doorstep::dispatch::routing {

namespace {

void requireValid(const RoutingProblem &problem)
{
    const std::string error = problem.validate();
    if (!error.empty())
        throw std::invalid_argument("routing problem: " + error);
}

} // namespace

SolverResult solve(const RoutingProblem &problem, const SolverOptions &options)
{
    requireValid(problem);
    const detail::Network net(problem);
    Rng rng(options.seed);
    detail::SearchBudget budget(options.timeLimitSeconds, options.maxIterations, options.cancel, options.clock);

    SolverResult result;
    detail::Plan best = detail::constructPlan(net);
    result.constructionVehicles = best.usedVehicles();
    detail::LocalSearch localSearch;
    localSearch.improve(best, rng, &budget);

    const auto report = [&](const detail::Plan &plan, const char *phase) {
        if (!options.onProgress)
            return;
        SolverProgress progress;
        progress.seconds = budget.elapsedSeconds();
        progress.iterations = budget.iterations();
        progress.phase = phase;
        progress.best = plan.cost();
        options.onProgress(progress);
    };
    report(best, "construction");

    {
        detail::SearchBudget phase = budget.share(options.routeMinimizationShare);
        detail::RouteMinimizer minimizer(net, rng);
        const int removed = minimizer.run(best, phase, [&](const detail::Plan &plan) {
            report(plan, "route minimisation");
        });
        if (removed > 0 && !budget.cancelled())
            localSearch.improve(best, rng, &budget);
    }
    {
        detail::SearchBudget phase = budget.share(1.0);
        detail::DistanceMinimizer minimizer(net, rng);
        minimizer.run(best, phase, [&](const detail::Plan &plan) { report(plan, "distance minimisation"); });
    }

    result.solution = best.toSolution();
    result.cost = best.cost();
    result.seconds = budget.elapsedSeconds();
    result.iterations = budget.iterations();
    result.cancelled = budget.cancelled();
    return result;
}

RoutingSolution constructSolution(const RoutingProblem &problem)
{
    requireValid(problem);
    const detail::Network net(problem);
    return detail::constructPlan(net).toSolution();
}

RoutingSolution improveLocally(const RoutingProblem &problem, const RoutingSolution &start, std::uint64_t seed)
{
    requireValid(problem);
    if (start.routes.size() != static_cast<std::size_t>(problem.vehicleCount()))
        throw std::invalid_argument("improveLocally: need one route per vehicle");
    std::vector<char> seen(static_cast<std::size_t>(problem.jobCount()), 0);
    for (int r = 0; r < problem.vehicleCount(); ++r) {
        for (int job : start.routes[static_cast<std::size_t>(r)]) {
            if (job < 0 || job >= problem.jobCount() || seen[static_cast<std::size_t>(job)]++)
                throw std::invalid_argument("improveLocally: unknown or repeated job " + std::to_string(job));
            if (!problem.canServe(r, job))
                throw std::invalid_argument("improveLocally: vehicle " + std::to_string(r) + " may not do job " +
                                            std::to_string(job));
        }
    }
    const detail::Network net(problem);
    detail::Plan plan(net);
    for (int r = 0; r < plan.routeCount(); ++r) {
        plan.setJobs(r, start.routes[static_cast<std::size_t>(r)]);
        if (!plan.fits(plan.route(r).whole, r))
            throw std::invalid_argument("improveLocally: route " + std::to_string(r) + " of the start plan is not feasible");
    }
    Rng rng(seed);
    detail::LocalSearch().improve(plan, rng);
    return plan.toSolution();
}

} // namespace doorstep::dispatch::routing
