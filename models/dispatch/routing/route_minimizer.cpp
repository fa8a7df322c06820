#include "routing/route_minimizer.h"

#include <algorithm>
#include <limits>

namespace doorstep::dispatch::routing::detail {

namespace {
constexpr double kPenaltyImprovement = 1e-9;
constexpr double kExtraJobPenalty = 1000.0; // per job above a vehicle's job limit
} // namespace

RouteMinimizer::RouteMinimizer(const Network &net, Rng &rng, RouteMinimizerSettings settings)
    : m_net(net), m_rng(rng), m_settings(settings)
{
}

int RouteMinimizer::run(Plan &plan, SearchBudget &budget, const std::function<void(const Plan &)> &onImproved)
{
    int removed = 0;
    while (!budget.exhausted() && plan.usedVehicles() > m_net.vehicleLowerBound()) {
        // Each attempt gets a share of what is left, and the first failure
        // ends the phase: an attempt that fails usually fails for good, and
        // the time is worth more to distance minimisation.
        SearchBudget attempt = budget.share(m_settings.attemptShare);
        if (!removeOneRoute(plan, attempt))
            break;
        ++removed;
        if (onImproved)
            onImproved(plan);
    }
    return removed;
}

bool RouteMinimizer::removeOneRoute(Plan &plan, SearchBudget &budget)
{
    std::vector<int> candidates;
    for (int r = 0; r < plan.routeCount(); ++r) {
        const Route &route = plan.route(r);
        if (!route.used())
            continue;
        // A route holding a job fixed to its vehicle cannot be dissolved.
        if (std::none_of(route.jobs.begin(), route.jobs.end(), [this](int j) { return m_net.isFixed(j); }))
            candidates.push_back(r);
    }
    if (candidates.empty())
        return false;

    const Plan backup = plan;
    const int victim = candidates[static_cast<std::size_t>(randomIndex(m_rng, static_cast<int>(candidates.size())))];
    m_open.assign(static_cast<std::size_t>(plan.routeCount()), 0);
    for (int r = 0; r < plan.routeCount(); ++r)
        m_open[static_cast<std::size_t>(r)] = plan.route(r).used() && r != victim ? 1 : 0;
    m_pool = plan.route(victim).jobs;
    shuffle(m_pool, m_rng);
    plan.removeMany(m_pool);
    m_failures.assign(static_cast<std::size_t>(m_net.jobCount()), 1);

    std::vector<int> ejected;
    while (!m_pool.empty()) {
        if (budget.exhausted()) {
            plan = backup;
            return false;
        }
        budget.tick();
        const int job = m_pool.back();
        m_pool.pop_back();
        if (insertAnyFeasible(plan, job) || squeeze(plan, job))
            continue;
        ++m_failures[static_cast<std::size_t>(job)];
        if (insertWithEjection(plan, job, ejected)) {
            m_pool.insert(m_pool.end(), ejected.begin(), ejected.end());
        } else {
            m_pool.insert(m_pool.begin(), job); // try again later, after the plan has moved
        }
        perturb(plan);
    }
    return true;
}

double RouteMinimizer::penalty(const Segment &whole, int vehicle) const
{
    const double overload = std::max(0, whole.load - m_net.capacity(vehicle));
    const double extraJobs = std::max(0, whole.jobs - m_net.maxJobs(vehicle));
    const double warp = whole.timeWarp > kWarpEpsilon ? whole.timeWarp : 0.0;
    return warp + m_settings.overloadWeight * overload + kExtraJobPenalty * extraJobs;
}

double RouteMinimizer::routePenalty(const Plan &plan, int r) const
{
    return penalty(plan.route(r).whole, plan.route(r).vehicle);
}

bool RouteMinimizer::insertAnyFeasible(Plan &plan, int job)
{
    // A random feasible position, not the cheapest: the point here is to
    // place everything, and randomness keeps repeated attempts different.
    int chosenRoute = -1;
    int chosenPos = -1;
    int seen = 0;
    for (int r = 0; r < plan.routeCount(); ++r) {
        if (!m_open[static_cast<std::size_t>(r)])
            continue;
        const Route &route = plan.route(r);
        if (!m_net.canServe(route.vehicle, job) || route.whole.load + m_net.demand(job) > m_net.capacity(route.vehicle) ||
            route.size() + 1 > m_net.maxJobs(route.vehicle))
            continue;
        for (int pos = 0; pos <= route.size(); ++pos) {
            if (plan.withInsertion(r, pos, job).timeWarp > kWarpEpsilon)
                continue;
            ++seen;
            if (randomIndex(m_rng, seen) == 0) {
                chosenRoute = r;
                chosenPos = pos;
            }
        }
    }
    if (chosenRoute < 0)
        return false;
    plan.insert(chosenRoute, chosenPos, job);
    return true;
}

bool RouteMinimizer::squeeze(Plan &plan, int job)
{
    // Least-violating position first.
    int bestRoute = -1;
    int bestPos = -1;
    double bestPenalty = kUnbounded;
    for (int r = 0; r < plan.routeCount(); ++r) {
        if (!m_open[static_cast<std::size_t>(r)] || !m_net.canServe(plan.route(r).vehicle, job))
            continue;
        for (int pos = 0; pos <= plan.route(r).size(); ++pos) {
            const double p = penalty(plan.withInsertion(r, pos, job), plan.route(r).vehicle);
            if (p < bestPenalty) {
                bestPenalty = p;
                bestRoute = r;
                bestPos = pos;
            }
        }
    }
    if (bestRoute < 0)
        return false;

    Plan trial = plan;
    trial.insert(bestRoute, bestPos, job);
    MoveEffect effect;
    std::vector<int> infeasible;
    while (true) {
        infeasible.clear();
        for (int r = 0; r < trial.routeCount(); ++r)
            if (m_open[static_cast<std::size_t>(r)] && routePenalty(trial, r) > 0.0)
                infeasible.push_back(r);
        if (infeasible.empty()) {
            plan = std::move(trial);
            return true;
        }
        // Best penalty-reducing move around the jobs of violated routes.
        Move bestMove;
        double bestDelta = -kPenaltyImprovement;
        bool found = false;
        for (int r : infeasible) {
            for (int u : trial.route(r).jobs) {
                for (int v : m_net.correlated(u)) {
                    if (!trial.assigned(v))
                        continue;
                    movesAround(trial, u, v, m_moves);
                    for (const Move &move : m_moves) {
                        // Inter-route moves only, as in Nagata & Bräysy: they
                        // are O(1) to price, and violations are shed by
                        // handing jobs to routes with slack.
                        if (move.routeA == move.routeB || !evaluate(trial, move, effect))
                            continue;
                        double delta = penalty(effect.a, trial.route(effect.routeA).vehicle) -
                                       routePenalty(trial, effect.routeA);
                        if (effect.routeB >= 0)
                            delta += penalty(effect.b, trial.route(effect.routeB).vehicle) -
                                     routePenalty(trial, effect.routeB);
                        if (delta < bestDelta) {
                            bestDelta = delta;
                            bestMove = move;
                            found = true;
                        }
                    }
                }
            }
        }
        if (!found)
            return false; // stuck: leave `plan` as it was
        apply(trial, bestMove);
    }
}

bool RouteMinimizer::insertWithEjection(Plan &plan, int job, std::vector<int> &ejected)
{
    ejected.clear();
    m_best = EjectionBest{};
    m_best.pSum = std::numeric_limits<long>::max();

    std::vector<int> routes;
    for (int r = 0; r < plan.routeCount(); ++r)
        if (m_open[static_cast<std::size_t>(r)] && m_net.canServe(plan.route(r).vehicle, job))
            routes.push_back(r);
    shuffle(routes, m_rng); // ties go to whichever route is searched first

    for (int r : routes) {
        const Route &route = plan.route(r);
        const int n = route.size();
        m_seqJob = job;
        m_seqVehicle = route.vehicle;
        m_seqRoute = r;
        m_seqLoad = route.whole.load + m_net.demand(job);
        for (int pos = 0; pos <= n; ++pos) {
            m_seqPosition = pos;
            m_seq.assign(route.jobs.begin(), route.jobs.end());
            m_seq.insert(m_seq.begin() + pos, job);
            m_seqTail.resize(static_cast<std::size_t>(n) + 2);
            m_seqTail[static_cast<std::size_t>(n) + 1] = m_net.single(m_net.endNode(route.vehicle));
            for (int i = n; i >= 0; --i) {
                m_seqTail[static_cast<std::size_t>(i)] =
                    i > pos ? route.tail[static_cast<std::size_t>(i - 1)]
                            : concat(m_net, m_net.single(m_seq[static_cast<std::size_t>(i)]),
                                     m_seqTail[static_cast<std::size_t>(i) + 1]);
            }
            m_seqMaxDemand.resize(static_cast<std::size_t>(n) + 2);
            m_seqMaxDemand[static_cast<std::size_t>(n) + 1] = 0;
            for (int i = n; i >= 0; --i) {
                const int j = m_seq[static_cast<std::size_t>(i)];
                const int ejectable = j == job || m_net.isFixed(j) ? 0 : m_net.demand(j);
                m_seqMaxDemand[static_cast<std::size_t>(i)] =
                    std::max(ejectable, m_seqMaxDemand[static_cast<std::size_t>(i) + 1]);
            }
            m_chosen.clear();
            m_nodesLeft = m_settings.ejectionNodeLimit;
            ejectionSearch(0, m_net.single(m_net.startNode(route.vehicle)), 0, 0, 0);
        }
    }
    if (m_best.route < 0)
        return false;

    // Rebuild the chosen sequence and drop the ejected jobs.
    const Route &route = plan.route(m_best.route);
    std::vector<int> seq(route.jobs.begin(), route.jobs.end());
    seq.insert(seq.begin() + m_best.position, job);
    std::vector<int> kept;
    kept.reserve(seq.size());
    for (int i = 0; i < static_cast<int>(seq.size()); ++i) {
        if (std::find(m_best.ejected.begin(), m_best.ejected.end(), i) != m_best.ejected.end())
            ejected.push_back(seq[static_cast<std::size_t>(i)]);
        else
            kept.push_back(seq[static_cast<std::size_t>(i)]);
    }
    plan.setJobs(m_best.route, std::move(kept));
    return true;
}

void RouteMinimizer::ejectionSearch(int index, const Segment &prefix, int count, long pSum, int ejectedLoad)
{
    if (--m_nodesLeft < 0)
        return;
    const int n = static_cast<int>(m_seq.size());
    // Does keeping everything from here on work?
    const Segment whole = concat(m_net, prefix, m_seqTail[static_cast<std::size_t>(index)]);
    if (whole.timeWarp <= kWarpEpsilon && m_seqLoad - ejectedLoad <= m_net.capacity(m_seqVehicle) &&
        n - count <= m_net.maxJobs(m_seqVehicle)) {
        if (pSum < m_best.pSum) {
            m_best.route = m_seqRoute;
            m_best.position = m_seqPosition;
            m_best.pSum = pSum;
            m_best.ejected = m_chosen;
        }
        return; // ejecting more could only raise pSum
    }
    // Still infeasible, so at least one more ejection (p >= 1) is needed...
    if (index >= n || count >= m_settings.maxEjected || pSum + 1 >= m_best.pSum)
        return;
    // ...and the ejections left must be able to shed the overload.
    const int overload = m_seqLoad - ejectedLoad - m_net.capacity(m_seqVehicle);
    if (overload > 0 &&
        (m_settings.maxEjected - count) * m_seqMaxDemand[static_cast<std::size_t>(index)] < overload)
        return;
    const int node = m_seq[static_cast<std::size_t>(index)];

    // Eject this job (never the one being inserted, never a fixed job).
    if (node != m_seqJob && count < m_settings.maxEjected && !m_net.isFixed(node)) {
        const long p = m_failures[static_cast<std::size_t>(node)];
        if (pSum + p < m_best.pSum) {
            m_chosen.push_back(index);
            ejectionSearch(index + 1, prefix, count + 1, pSum + p, ejectedLoad + m_net.demand(node));
            m_chosen.pop_back();
        }
    }
    // Keep it: the kept prefix must stay on time, later ejections cannot help it.
    const Segment kept = concat(m_net, prefix, m_net.single(node));
    if (kept.timeWarp <= kWarpEpsilon)
        ejectionSearch(index + 1, kept, count, pSum, ejectedLoad);
}

void RouteMinimizer::perturb(Plan &plan)
{
    std::vector<int> planned;
    for (int j = 0; j < m_net.jobCount(); ++j)
        if (plan.assigned(j))
            planned.push_back(j);
    if (planned.empty())
        return;
    MoveEffect effect;
    for (int i = 0; i < m_settings.perturbMoves; ++i) {
        const int u = planned[static_cast<std::size_t>(randomIndex(m_rng, static_cast<int>(planned.size())))];
        const auto &near = m_net.correlated(u);
        if (near.empty())
            continue;
        const int v = near[static_cast<std::size_t>(randomIndex(m_rng, static_cast<int>(near.size())))];
        if (!plan.assigned(v))
            continue;
        movesAround(plan, u, v, m_moves);
        if (m_moves.empty())
            continue;
        const Move &move = m_moves[static_cast<std::size_t>(randomIndex(m_rng, static_cast<int>(m_moves.size())))];
        if (evaluate(plan, move, effect) && effectFits(plan, effect))
            apply(plan, move);
    }
}

} // namespace doorstep::dispatch::routing::detail
