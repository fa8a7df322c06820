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

    // Recreate may leave jobs out (the fleet is at its minimum, so often
    // nothing fits). Such a plan may still become the current state, at a
    // price per missing job, and the missing jobs are offered again every
    // iteration: crossing such states connects complete plans that single
    // feasible steps cannot. Only complete plans can become the best.
    const double missingPrice = m_annealing.missingJobPrice * meanArc;
    const auto score = [missingPrice](const SolutionCost &c) { return c.distance + missingPrice * c.unassigned; };

    Plan current = best;
    Plan candidate = best;
    SolutionCost currentCost = current.cost();
    SolutionCost bestCost = best.cost();
    std::vector<char> allowed(static_cast<std::size_t>(best.routeCount()));
    std::vector<int> jobs;
    std::uint64_t completeAt = budget.iterations(); // last iteration the current state was complete

    while (!budget.exhausted()) {
        budget.tick();
        candidate = current; // copy-assignment reuses the buffers
        for (int r = 0; r < current.routeCount(); ++r)
            allowed[static_cast<std::size_t>(r)] = current.route(r).used() ? 1 : 0;

        jobs = candidate.unassignedJobs(); // retry anything left out so far
        m_ruinRecreate.ruin(candidate, jobs);
        m_ruinRecreate.recreate(candidate, jobs, allowed, m_net.jobCount());
        const SolutionCost cost = candidate.cost();

        bool accept = false;
        if (cost.vehicles != currentCost.vehicles) {
            // A vehicle saved counts only when nothing more is left out.
            accept = cost.vehicles < currentCost.vehicles && cost.unassigned <= currentCost.unassigned;
        } else {
            const double temperature = t0 * std::pow(t1 / t0, budget.progress());
            // Accept if score < current - T ln U, U uniform in (0,1].
            const double u = 1.0 - random01(m_rng);
            accept = score(cost) < score(currentCost) - temperature * std::log(u);
        }

        if (accept) {
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
        if (currentCost.unassigned <= bestCost.unassigned) {
            completeAt = budget.iterations();
        } else if (budget.iterations() - completeAt > m_annealing.maxIncompleteIterations) {
            // Missing jobs for too long: the state has settled where they
            // cannot come back. Start again from the best complete plan.
            current = best;
            currentCost = bestCost;
            completeAt = budget.iterations();
        }
    }
}

} // namespace doorstep::dispatch::routing::detail
