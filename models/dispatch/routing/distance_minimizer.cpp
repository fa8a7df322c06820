#include "routing/distance_minimizer.h"

#include <cmath>
#include <cstdlib> // TUNING-ONLY
#include <cstdio> // TUNING-ONLY

namespace doorstep::dispatch::routing::detail {

DistanceMinimizer::DistanceMinimizer(const Network &net, Rng &rng, RuinSettings ruin, AnnealingSettings annealing)
    : m_net(net), m_rng(rng), m_ruinRecreate(net, rng, ruin), m_annealing(annealing)
{
    if (const char *e = std::getenv("T0")) m_annealing.startTemperature = std::atof(e); // TUNING-ONLY
    if (const char *e = std::getenv("T1")) m_annealing.endTemperature = std::atof(e); // TUNING-ONLY
    if (std::getenv("DMLS")) m_annealing.localSearch = true; // TUNING-ONLY
    if (const char *e = std::getenv("MP")) m_annealing.missingJobPrice = std::atof(e); // TUNING-ONLY
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
    // nothing fits); such plans are kept as the current state at a price per
    // missing job, and the missing jobs are offered again every iteration.
    // Only complete plans can become the best.
    const double missingPrice = m_annealing.missingJobPrice * meanArc;
    const auto score = [missingPrice](const SolutionCost &c) { return c.distance + missingPrice * c.unassigned; };

    Plan current = best;
    Plan candidate = best;
    SolutionCost currentCost = current.cost();
    SolutionCost bestCost = best.cost();
    std::vector<char> allowed(static_cast<std::size_t>(best.routeCount()));
    std::vector<int> jobs;
    std::uint64_t incompleteSince = budget.iterations();
    std::uint64_t lastBest = budget.iterations(); // TUNING-ONLY

    while (!budget.exhausted()) {
        budget.tick();
        candidate = current; // copy-assignment reuses the buffers
        for (int r = 0; r < current.routeCount(); ++r)
            allowed[static_cast<std::size_t>(r)] = current.route(r).used() ? 1 : 0;

        jobs = candidate.unassignedJobs(); // retry anything left out so far
        m_ruinRecreate.ruin(candidate, jobs);
        static long fails = 0, total = 0, acc = 0; ++total; // TUNING-ONLY
        if (total % 100000 == 0 && std::getenv("DMDEBUG")) std::fprintf(stderr, "total=%ld fails=%ld acc=%ld T=%g cur=%g/%d best=%g\n", total, fails, acc, t0 * std::pow(t1 / t0, budget.progress()), currentCost.distance, currentCost.unassigned, bestCost.distance); // TUNING-ONLY
        m_ruinRecreate.recreate(candidate, jobs, allowed, m_net.jobCount());
        static const double lsWindow = std::getenv("LSWIN") ? std::atof(std::getenv("LSWIN")) : -1; // TUNING-ONLY
        if (m_annealing.localSearch || (lsWindow >= 0 && candidate.unassignedCount() == bestCost.unassigned && candidate.distance() < bestCost.distance * (1 + lsWindow))) {
            m_focus.clear();
            for (int r = 0; r < candidate.routeCount(); ++r)
                if (candidate.route(r).jobs != current.route(r).jobs)
                    m_focus.insert(m_focus.end(), candidate.route(r).jobs.begin(), candidate.route(r).jobs.end());
            m_localSearch.improveAround(candidate, m_rng, m_focus);
        }
        const SolutionCost cost = candidate.cost();
        if (cost.unassigned > currentCost.unassigned) ++fails; // TUNING-ONLY

        bool accept = false;
        if (cost.vehicles != currentCost.vehicles) {
            // A vehicle saved counts only when nothing more is left out.
            accept = cost.vehicles < currentCost.vehicles && cost.unassigned <= currentCost.unassigned;
        } else {
            const double temperature = t0 * std::pow(t1 / t0, budget.progress());
            // Accept if score < current - T ln U (U uniform in (0,1]).
            const double u = 1.0 - random01(m_rng);
            accept = score(cost) < score(currentCost) - temperature * std::log(u);
        }
        if (!accept) {
            // A state missing jobs for too long has found a niche where they
            // cannot come back: start again from the best complete plan.
            static const std::uint64_t stall = std::getenv("STALL") ? std::atoi(std::getenv("STALL")) : 0; // TUNING-ONLY
            if (stall && budget.iterations() - lastBest > stall) { current = best; currentCost = bestCost; lastBest = budget.iterations(); } // TUNING-ONLY
            if (currentCost.unassigned > bestCost.unassigned &&
                budget.iterations() - incompleteSince > m_annealing.maxIncompleteIterations) {
                current = best;
                currentCost = bestCost;
                incompleteSince = budget.iterations();
            }
            continue;
        }
        ++acc; // TUNING-ONLY
        std::swap(current, candidate);
        currentCost = cost;
        incompleteSince = currentCost.unassigned > bestCost.unassigned ? incompleteSince : budget.iterations();
        if (currentCost.betterThan(bestCost)) {
            m_localSearch.improve(current, m_rng);
            currentCost = current.cost();
            best = current;
            bestCost = currentCost;
            lastBest = budget.iterations(); // TUNING-ONLY
            if (onImproved)
                onImproved(best);
        }
    }
}

} // namespace doorstep::dispatch::routing::detail
