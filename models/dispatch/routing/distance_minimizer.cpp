#include "routing/distance_minimizer.h"

#include <cmath>

namespace doorstep::dispatch::routing::detail {

DistanceMinimizer::DistanceMinimizer(const Network &net, Rng &rng, RuinSettings ruin, AnnealingSettings annealing)
    : m_net(net), m_rng(rng), m_ruinRecreate(net, rng, ruin), m_annealing(annealing)
{
}

void DistanceMinimizer::run(Plan &best, SearchBudget &budget, const std::function<void(const Plan &)> &onImproved)
{
    const int planned = m_net.jobCount() - best.unassignedCount();
    if (planned == 0)
        return;
    const double meanArc = best.distance() / static_cast<double>(planned + best.usedVehicles());
    const double t0 = std::max(m_annealing.startTemperature * meanArc, 1e-12);
    const double t1 = std::max(std::min(m_annealing.endTemperature * meanArc, t0), 1e-12);

    Plan current = best;
    Plan candidate = best;
    SolutionCost currentCost = current.cost();
    SolutionCost bestCost = best.cost();
    std::vector<char> allowed(static_cast<std::size_t>(best.routeCount()));
    std::vector<int> jobs;

    while (!budget.exhausted()) {
        budget.tick();
        candidate = current; // copy-assignment reuses the buffers
        for (int r = 0; r < current.routeCount(); ++r)
            allowed[static_cast<std::size_t>(r)] = current.route(r).used() ? 1 : 0;

        jobs = candidate.unassignedJobs(); // retry anything left out so far
        m_ruinRecreate.ruin(candidate, jobs);
        if (!m_ruinRecreate.recreate(candidate, jobs, allowed, currentCost.unassigned))
            continue;
        const SolutionCost cost = candidate.cost();

        bool accept = false;
        if (cost.unassigned != currentCost.unassigned || cost.vehicles != currentCost.vehicles) {
            accept = cost.betterThan(currentCost);
        } else {
            const double temperature = t0 * std::pow(t1 / t0, budget.progress());
            // Accept if cost < current - T ln U (U uniform in (0,1]).
            const double u = 1.0 - random01(m_rng);
            accept = cost.distance < currentCost.distance - temperature * std::log(u);
        }
        if (!accept)
            continue;
        std::swap(current, candidate);
        currentCost = cost;
        if (currentCost.betterThan(bestCost)) {
            m_localSearch.improve(current, m_rng);
            currentCost = current.cost();
            best = current;
            bestCost = currentCost;
            if (onImproved)
                onImproved(best);
        }
    }
}

} // namespace doorstep::dispatch::routing::detail
