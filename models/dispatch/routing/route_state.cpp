#include "routing/route_state.h"

#include <algorithm>
#include <cmath>

namespace doorstep::dispatch::routing::detail {

Plan::Plan(const Network &net) : m_net(&net), m_jobsTotal(net.jobCount())
{
    m_routes.resize(static_cast<std::size_t>(net.vehicleCount()));
    m_routeOf.assign(static_cast<std::size_t>(net.jobCount()), -1);
    m_positionOf.assign(static_cast<std::size_t>(net.jobCount()), -1);
    for (int r = 0; r < routeCount(); ++r) {
        m_routes[static_cast<std::size_t>(r)].vehicle = r; // route r is always vehicle r
        refresh(r);
    }
}

int Plan::nodeBefore(int r, int pos) const
{
    const Route &route = m_routes[static_cast<std::size_t>(r)];
    return pos == 0 ? m_net->startNode(route.vehicle) : route.jobs[static_cast<std::size_t>(pos - 1)];
}

int Plan::nodeAt(int r, int pos) const
{
    const Route &route = m_routes[static_cast<std::size_t>(r)];
    return pos >= route.size() ? m_net->endNode(route.vehicle) : route.jobs[static_cast<std::size_t>(pos)];
}

double Plan::routeDistance(int r) const
{
    return routeCost(m_routes[static_cast<std::size_t>(r)].whole);
}

double Plan::distance() const
{
    double total = 0.0;
    for (int r = 0; r < routeCount(); ++r)
        total += routeDistance(r);
    return total;
}

int Plan::usedVehicles() const
{
    int used = 0;
    for (const Route &route : m_routes)
        used += route.used() ? 1 : 0;
    return used;
}

std::vector<int> Plan::unassignedJobs() const
{
    std::vector<int> out;
    for (int j = 0; j < m_jobsTotal; ++j)
        if (!assigned(j))
            out.push_back(j);
    return out;
}

Segment Plan::withInsertion(int r, int pos, int job) const
{
    const Route &route = m_routes[static_cast<std::size_t>(r)];
    return concat(*m_net, route.prefix[static_cast<std::size_t>(pos)], m_net->single(job),
                  route.tail[static_cast<std::size_t>(pos)]);
}

Segment Plan::withRemoval(int r, int pos) const
{
    const Route &route = m_routes[static_cast<std::size_t>(r)];
    return concat(*m_net, route.prefix[static_cast<std::size_t>(pos)], route.tail[static_cast<std::size_t>(pos + 1)]);
}

Segment Plan::range(int r, int from, int to) const
{
    const Route &route = m_routes[static_cast<std::size_t>(r)];
    Segment s;
    for (int i = from; i <= to; ++i)
        s = concat(*m_net, s, m_net->single(route.jobs[static_cast<std::size_t>(i)]));
    return s;
}

Segment Plan::reversedRange(int r, int from, int to) const
{
    const Route &route = m_routes[static_cast<std::size_t>(r)];
    Segment s;
    for (int i = to; i >= from; --i)
        s = concat(*m_net, s, m_net->single(route.jobs[static_cast<std::size_t>(i)]));
    return s;
}

Segment Plan::tailFor(int r, int from, int vehicle) const
{
    const Route &route = m_routes[static_cast<std::size_t>(r)];
    if (m_net->sameEnd(route.vehicle, vehicle))
        return route.tail[static_cast<std::size_t>(from)];
    return concat(*m_net, range(r, from, route.size() - 1), m_net->single(m_net->endNode(vehicle)));
}

bool Plan::jobsFit(int vehicle, const std::vector<int> &jobs, int from, int to) const
{
    if (!m_net->restricted())
        return true;
    for (int i = from; i <= to; ++i)
        if (!m_net->canServe(vehicle, jobs[static_cast<std::size_t>(i)]))
            return false;
    return true;
}

void Plan::insert(int r, int pos, int job)
{
    Route &route = m_routes[static_cast<std::size_t>(r)];
    route.jobs.insert(route.jobs.begin() + pos, job);
    if (m_routeOf[static_cast<std::size_t>(job)] < 0)
        ++m_assignedCount;
    m_routeOf[static_cast<std::size_t>(job)] = r;
    // Caches after the insertion point keep their content one slot later.
    route.prefix.insert(route.prefix.begin() + pos + 1, Segment{});
    route.tail.insert(route.tail.begin() + pos, Segment{});
    refreshTails(r, pos);
    refreshPrefixes(r, pos);
}

void Plan::remove(int job)
{
    const int r = routeOf(job);
    if (r < 0)
        return;
    Route &route = m_routes[static_cast<std::size_t>(r)];
    const int pos = positionOf(job);
    route.jobs.erase(route.jobs.begin() + pos);
    m_routeOf[static_cast<std::size_t>(job)] = -1;
    m_positionOf[static_cast<std::size_t>(job)] = -1;
    --m_assignedCount;
    route.prefix.erase(route.prefix.begin() + pos + 1);
    route.tail.erase(route.tail.begin() + pos);
    refreshTails(r, pos - 1);
    refreshPrefixes(r, pos);
}

void Plan::removeMany(const std::vector<int> &jobs)
{
    std::vector<char> touched(m_routes.size(), 0);
    for (int job : jobs) {
        const int r = routeOf(job);
        if (r < 0)
            continue;
        touched[static_cast<std::size_t>(r)] = 1;
        m_routeOf[static_cast<std::size_t>(job)] = -1;
        m_positionOf[static_cast<std::size_t>(job)] = -1;
        --m_assignedCount;
    }
    for (std::size_t r = 0; r < m_routes.size(); ++r) {
        if (!touched[r])
            continue;
        auto &list = m_routes[r].jobs;
        std::erase_if(list, [this](int j) { return m_routeOf[static_cast<std::size_t>(j)] < 0; });
        refresh(static_cast<int>(r));
    }
}

void Plan::setJobs(int r, std::vector<int> jobs)
{
    Route &route = m_routes[static_cast<std::size_t>(r)];
    for (int j : route.jobs) {
        if (m_routeOf[static_cast<std::size_t>(j)] == r) {
            m_routeOf[static_cast<std::size_t>(j)] = -1;
            --m_assignedCount;
        }
    }
    for (int j : jobs) {
        if (m_routeOf[static_cast<std::size_t>(j)] < 0)
            ++m_assignedCount;
        m_routeOf[static_cast<std::size_t>(j)] = r;
    }
    route.jobs = std::move(jobs);
    refresh(r);
}

void Plan::refresh(int r)
{
    Route &route = m_routes[static_cast<std::size_t>(r)];
    const auto n = route.jobs.size();
    route.prefix.resize(n + 1);
    route.tail.resize(n + 1);
    route.prefix[0] = m_net->single(m_net->startNode(route.vehicle));
    route.tail[n] = m_net->single(m_net->endNode(route.vehicle));
    refreshPrefixes(r, 0);
    refreshTails(r, static_cast<int>(n) - 1);
}

void Plan::refreshPrefixes(int r, int from)
{
    // prefix[0..from] and the positions of jobs before `from` are unchanged.
    Route &route = m_routes[static_cast<std::size_t>(r)];
    const auto n = route.jobs.size();
    for (auto i = static_cast<std::size_t>(from); i < n; ++i) {
        route.prefix[i + 1] = concat(*m_net, route.prefix[i], m_net->single(route.jobs[i]));
        m_routeOf[static_cast<std::size_t>(route.jobs[i])] = r;
        m_positionOf[static_cast<std::size_t>(route.jobs[i])] = static_cast<int>(i);
    }
    route.whole = concat(*m_net, route.prefix[n], route.tail[n]);
}

void Plan::refreshTails(int r, int to)
{
    // tail[to+1..n] are unchanged.
    Route &route = m_routes[static_cast<std::size_t>(r)];
    for (int i = to; i >= 0; --i) {
        const auto k = static_cast<std::size_t>(i);
        route.tail[k] = concat(*m_net, m_net->single(route.jobs[k]), route.tail[k + 1]);
    }
}

bool Plan::consistent() const
{
    int assignedCount = 0;
    for (int r = 0; r < routeCount(); ++r) {
        const Route &route = m_routes[static_cast<std::size_t>(r)];
        Segment s = m_net->single(m_net->startNode(route.vehicle));
        for (int i = 0; i < route.size(); ++i) {
            const int j = route.jobs[static_cast<std::size_t>(i)];
            if (routeOf(j) != r || positionOf(j) != i)
                return false;
            s = concat(*m_net, s, m_net->single(j));
            ++assignedCount;
        }
        s = concat(*m_net, s, m_net->single(m_net->endNode(route.vehicle)));
        if (std::fabs(s.distance - route.whole.distance) > 1e-6 || std::fabs(s.timeWarp - route.whole.timeWarp) > 1e-6 ||
            s.load != route.whole.load)
            return false;
    }
    return assignedCount == m_assignedCount;
}

RoutingSolution Plan::toSolution() const
{
    RoutingSolution solution;
    solution.routes.reserve(m_routes.size());
    for (const Route &route : m_routes)
        solution.routes.push_back(route.jobs);
    solution.unassigned = unassignedJobs();
    return solution;
}

SolutionCost Plan::cost() const
{
    return {unassignedCount(), usedVehicles(), distance()};
}

} // namespace doorstep::dispatch::routing::detail
