#include "routing/insertion.h"

namespace doorstep::dispatch::routing::detail {

namespace {

// Best position for `job` in route r, if better than `best` (updated in place).
void scanRoute(const Plan &plan, int r, int job, const InsertionFilter &filter, InsertionPoint &best)
{
    const Network &net = plan.net();
    const Route &route = plan.route(r);
    const int vehicle = route.vehicle;
    if (!net.canServe(vehicle, job))
        return;
    if (route.whole.load + net.demand(job) > net.capacity(vehicle) || route.size() + 1 > net.maxJobs(vehicle))
        return;
    const bool emptyRoute = !route.used();
    const double due = net.due(job);
    const int n = route.size();
    int before = net.startNode(vehicle);
    for (int pos = 0; pos <= n; ++pos) {
        const Segment &head = route.prefix[static_cast<std::size_t>(pos)];
        // The route cannot leave prefix[pos] before it finishes; that only
        // gets later further down the route, so once it is past the job's
        // due date no later position can work either.
        if (head.earliest + head.duration > due + kWarpEpsilon)
            break;
        const int after = pos < n ? route.jobs[static_cast<std::size_t>(pos)] : net.endNode(vehicle);
        double delta = net.distance(before, job) + net.distance(job, after);
        if (!emptyRoute) // an unused vehicle costs nothing, so nothing is saved
            delta -= net.distance(before, after);
        before = after;
        if (delta >= best.delta)
            continue;
        if (filter.blinkRate > 0.0 && filter.rng && filter.rng->next01() < filter.blinkRate)
            continue;
        const Segment s = concat(net, head, net.single(job), route.tail[static_cast<std::size_t>(pos)]);
        if (s.timeWarp > kWarpEpsilon)
            continue;
        best = {r, pos, delta};
    }
}

} // namespace

InsertionPoint cheapestInsertion(const Plan &plan, int job, const InsertionFilter &filter)
{
    InsertionPoint best;
    for (int r = 0; r < plan.routeCount(); ++r) {
        const bool allowed = filter.routeMask ? (*filter.routeMask)[static_cast<std::size_t>(r)] != 0 : plan.route(r).used();
        if (allowed)
            scanRoute(plan, r, job, filter, best);
    }
    return best;
}

Plan constructPlan(const Network &net)
{
    Plan plan(net);
    const int jobs = net.jobCount();
    std::vector<int> pending(static_cast<std::size_t>(jobs));
    for (int j = 0; j < jobs; ++j)
        pending[static_cast<std::size_t>(j)] = j;
    std::vector<char> open(static_cast<std::size_t>(net.vehicleCount()), 0);
    std::vector<InsertionPoint> best(static_cast<std::size_t>(jobs));
    InsertionFilter filter;
    filter.routeMask = &open;

    int changedRoute = -1; // -1: recompute every cached best from scratch
    while (!pending.empty()) {
        // Refresh cached best insertions: only route changedRoute moved.
        for (int j : pending) {
            InsertionPoint &b = best[static_cast<std::size_t>(j)];
            if (changedRoute < 0 || b.route == changedRoute) {
                b = cheapestInsertion(plan, j, filter);
            } else {
                scanRoute(plan, changedRoute, j, filter, b);
            }
        }
        std::size_t pick = pending.size();
        for (std::size_t i = 0; i < pending.size(); ++i) {
            const InsertionPoint &b = best[static_cast<std::size_t>(pending[i])];
            if (b.found() && (pick == pending.size() || b.delta < best[static_cast<std::size_t>(pending[pick])].delta))
                pick = i;
        }
        if (pick < pending.size()) {
            const int job = pending[pick];
            const InsertionPoint b = best[static_cast<std::size_t>(job)];
            plan.insert(b.route, b.position, job);
            pending.erase(pending.begin() + static_cast<std::ptrdiff_t>(pick));
            changedRoute = b.route;
            continue;
        }

        // Nothing fits: open a vehicle for the hardest remaining job (the one
        // farthest from its would-be vehicle's depot), or give up on it.
        std::size_t seedIndex = 0;
        double farthest = -1.0;
        for (std::size_t i = 0; i < pending.size(); ++i) {
            const int j = pending[i];
            const double d = net.distance(net.startNode(0), j) + net.distance(j, net.endNode(0));
            if (d > farthest) {
                farthest = d;
                seedIndex = i;
            }
        }
        const int seed = pending[seedIndex];
        int chosen = -1;
        double chosenCost = kUnbounded;
        for (int k = 0; k < net.vehicleCount(); ++k) {
            if (open[static_cast<std::size_t>(k)] || !net.canServe(k, seed))
                continue;
            if (net.demand(seed) > net.capacity(k) || net.maxJobs(k) < 1)
                continue;
            const Segment s = plan.withInsertion(k, 0, seed);
            if (s.timeWarp > kWarpEpsilon)
                continue;
            if (s.distance < chosenCost) {
                chosenCost = s.distance;
                chosen = k;
            }
        }
        pending.erase(pending.begin() + static_cast<std::ptrdiff_t>(seedIndex));
        if (chosen < 0)
            continue; // no free vehicle can do it: it stays unassigned
        open[static_cast<std::size_t>(chosen)] = 1;
        plan.insert(chosen, 0, seed);
        changedRoute = chosen; // the new route is the only new option
    }
    return plan;
}

} // namespace doorstep::dispatch::routing::detail
