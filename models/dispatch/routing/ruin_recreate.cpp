#include "routing/ruin_recreate.h"

#include "routing/insertion.h"

#include <algorithm>
#include <cmath>

namespace doorstep::dispatch::routing::detail {

RuinRecreate::RuinRecreate(const Network &net, Rng &rng, RuinSettings settings)
    : m_net(net), m_rng(rng), m_settings(settings), m_blink(rng())
{
}

void RuinRecreate::ruin(Plan &plan, std::vector<int> &removed)
{
    const int used = plan.usedVehicles();
    const int planned = m_net.jobCount() - plan.unassignedCount();
    if (used == 0 || planned == 0)
        return;

    // SISR's string sizes: about averageRemoved jobs in total, in strings no
    // longer than an average route.
    const double averageRoute = static_cast<double>(planned) / used;
    const double maxString = std::min(static_cast<double>(m_settings.maxStringLength), averageRoute);
    const double maxStrings = 4.0 * m_settings.averageRemoved / (1.0 + maxString) - 1.0;
    const int strings = 1 + static_cast<int>(random01(m_rng) * std::max(1.0, maxStrings));

    int seed = -1;
    for (int tries = 0; tries < 100 && seed < 0; ++tries) {
        const int j = randomIndex(m_rng, m_net.jobCount());
        if (plan.assigned(j))
            seed = j;
    }
    if (seed < 0)
        return;

    m_ruinedRoute.assign(static_cast<std::size_t>(plan.routeCount()), 0);
    std::vector<int> toRemove;
    int ruined = 0;
    for (int c : m_net.nearest(seed)) {
        if (ruined >= strings)
            break;
        const int r = plan.routeOf(c);
        if (r < 0 || m_ruinedRoute[static_cast<std::size_t>(r)])
            continue;
        const Route &route = plan.route(r);
        const int size = route.size();
        const int at = plan.positionOf(c);
        const int longest = std::max(1, static_cast<int>(std::min(static_cast<double>(size), maxString)));
        const int length = 1 + randomIndex(m_rng, longest);

        if (length >= size || random01(m_rng) >= m_settings.splitProbability) {
            // Plain string of `length` jobs containing c.
            const int lo = std::max(0, at - length + 1);
            const int hi = std::min(at, size - length);
            const int start = lo + randomIndex(m_rng, hi - lo + 1);
            for (int i = start; i < start + length; ++i)
                toRemove.push_back(route.jobs[static_cast<std::size_t>(i)]);
        } else {
            // Split string: a window of length + kept jobs around c, of which
            // `kept` consecutive ones in the middle survive.
            int kept = 1;
            while (length + kept < size && random01(m_rng) < m_settings.keepGrowth)
                ++kept;
            const int span = length + kept;
            const int lo = std::max(0, at - span + 1);
            const int hi = std::min(at, size - span);
            const int start = lo + randomIndex(m_rng, hi - lo + 1);
            const int keepFrom = start + randomIndex(m_rng, length + 1);
            for (int i = start; i < start + span; ++i)
                if (i < keepFrom || i >= keepFrom + kept)
                    toRemove.push_back(route.jobs[static_cast<std::size_t>(i)]);
        }
        m_ruinedRoute[static_cast<std::size_t>(r)] = 1;
        ++ruined;
    }
    plan.removeMany(toRemove);
    removed.insert(removed.end(), toRemove.begin(), toRemove.end());
}

void RuinRecreate::sortForRecreate(std::vector<int> &jobs)
{
    // SISR's orders with its weights 4 : 4 : 2 : 1.
    const int pick = randomIndex(m_rng, 11);
    if (pick < 4) {
        shuffle(jobs, m_rng);
        return;
    }
    m_key.resize(static_cast<std::size_t>(m_net.jobCount()));
    const int depot = m_net.startNode(0);
    for (int j : jobs) {
        double key = 0.0;
        if (pick < 8)
            key = -static_cast<double>(m_net.demand(j)); // largest demand first
        else if (pick < 10)
            key = -m_net.distance(depot, j); // farthest first
        else
            key = m_net.distance(depot, j); // closest first
        m_key[static_cast<std::size_t>(j)] = key;
    }
    shuffle(jobs, m_rng); // random order among equal keys
    std::stable_sort(jobs.begin(), jobs.end(), [this](int a, int b) {
        return m_key[static_cast<std::size_t>(a)] < m_key[static_cast<std::size_t>(b)];
    });
}

bool RuinRecreate::recreate(Plan &plan, std::vector<int> &jobs, const std::vector<char> &allowed, int allowedFailures)
{
    sortForRecreate(jobs);
    InsertionFilter filter;
    filter.routeMask = &allowed;
    filter.blinkRate = m_settings.blinkRate;
    filter.rng = &m_blink;
    int failures = 0;
    for (int j : jobs) {
        const InsertionPoint p = cheapestInsertion(plan, j, filter);
        if (!p.found()) {
            if (++failures > allowedFailures)
                return false; // the caller will reject this plan anyway
            continue;
        }
        plan.insert(p.route, p.position, j);
    }
    return true;
}

} // namespace doorstep::dispatch::routing::detail
