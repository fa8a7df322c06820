#include "routing/network.h"

#include "routing/segment.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace doorstep::dispatch::routing::detail {

namespace {
// Granular neighbourhood size and the window weights of the correlation
// measure, as in Vidal et al. (2013): waiting is cheaper than lateness.
constexpr std::size_t kCorrelatedCount = 30;
constexpr double kWaitWeight = 0.2;
constexpr double kWarpWeight = 1.0;
// Ruin only ever walks a neighbourhood of the seed job.
constexpr std::size_t kNearestCount = 100;
} // namespace

Network::Network(const RoutingProblem &problem)
    : m_jobs(problem.jobCount()), m_vehicles(problem.vehicleCount()), m_nodes(m_jobs + 2 * m_vehicles)
{
    const auto &jobs = problem.jobs();
    const auto &vehicles = problem.vehicles();
    const auto nodes = static_cast<std::size_t>(m_nodes);

    std::vector<LocationId> location(nodes);
    m_demand.assign(static_cast<std::size_t>(m_jobs), 0);
    m_ready.assign(nodes, 0.0);
    m_due.assign(nodes, 0.0);
    m_service.assign(nodes, 0.0);
    for (int j = 0; j < m_jobs; ++j) {
        const Job &job = jobs[static_cast<std::size_t>(j)];
        const auto n = static_cast<std::size_t>(j);
        location[n] = job.location;
        m_demand[n] = job.demand;
        m_ready[n] = job.window.start;
        m_due[n] = job.window.end;
        m_service[n] = job.serviceDuration;
    }
    for (int k = 0; k < m_vehicles; ++k) {
        const Vehicle &v = vehicles[static_cast<std::size_t>(k)];
        for (int node : {startNode(k), endNode(k)}) {
            const auto n = static_cast<std::size_t>(node);
            location[n] = node == startNode(k) ? v.start : v.end;
            m_ready[n] = v.shift.start;
            m_due[n] = v.shift.end;
        }
        m_capacity.push_back(v.capacity);
        m_maxJobs.push_back(v.maxJobs);
    }

    const TravelMatrix &travel = problem.travel();
    m_distance.resize(nodes * nodes);
    m_time.resize(nodes * nodes);
    for (int a = 0; a < m_nodes; ++a)
        for (int b = 0; b < m_nodes; ++b) {
            m_distance[cell(a, b)] = travel.distance(location[static_cast<std::size_t>(a)], location[static_cast<std::size_t>(b)]);
            m_time[cell(a, b)] = travel.time(location[static_cast<std::size_t>(a)], location[static_cast<std::size_t>(b)]);
        }

    m_single.resize(nodes);
    for (int node = 0; node < m_nodes; ++node) {
        Segment &s = m_single[static_cast<std::size_t>(node)];
        s.first = s.last = node;
        s.jobs = node < m_jobs ? 1 : 0;
        s.load = node < m_jobs ? m_demand[static_cast<std::size_t>(node)] : 0;
        s.duration = m_service[static_cast<std::size_t>(node)];
        s.earliest = m_ready[static_cast<std::size_t>(node)];
        s.latest = m_due[static_cast<std::size_t>(node)];
    }

    m_fixed.assign(static_cast<std::size_t>(m_jobs), 0);
    m_restricted = problem.hasCompatibilityRestrictions();
    for (int j = 0; j < m_jobs; ++j)
        if (jobs[static_cast<std::size_t>(j)].fixedVehicle) {
            m_fixed[static_cast<std::size_t>(j)] = 1;
            m_restricted = true;
        }
    if (m_restricted) {
        m_allowed.assign(static_cast<std::size_t>(m_vehicles) * static_cast<std::size_t>(m_jobs), 0);
        for (int k = 0; k < m_vehicles; ++k)
            for (int j = 0; j < m_jobs; ++j)
                m_allowed[static_cast<std::size_t>(k) * static_cast<std::size_t>(m_jobs) + static_cast<std::size_t>(j)] =
                    problem.canServe(k, j) ? 1 : 0;
    }

    // Vehicles ending at the same place with the same shift end are
    // interchangeable for the tail of a route.
    for (int k = 0; k < m_vehicles; ++k) {
        const Vehicle &v = vehicles[static_cast<std::size_t>(k)];
        int cls = k;
        for (int other = 0; other < k; ++other) {
            const Vehicle &o = vehicles[static_cast<std::size_t>(other)];
            if (o.end == v.end && o.shift.start == v.shift.start && o.shift.end == v.shift.end) {
                cls = m_endClass[static_cast<std::size_t>(other)];
                break;
            }
        }
        m_endClass.push_back(cls);
    }

    long long totalDemand = 0;
    for (int d : m_demand)
        totalDemand += d;
    int maxCapacity = 0;
    int maxJobsPerVehicle = 0;
    for (int k = 0; k < m_vehicles; ++k) {
        maxCapacity = std::max(maxCapacity, m_capacity[static_cast<std::size_t>(k)]);
        maxJobsPerVehicle = std::max(maxJobsPerVehicle, m_maxJobs[static_cast<std::size_t>(k)]);
    }
    if (m_jobs > 0 && maxCapacity > 0 && maxJobsPerVehicle > 0) {
        const auto byLoad = static_cast<int>((totalDemand + maxCapacity - 1) / maxCapacity);
        const int byCount = static_cast<int>((static_cast<long long>(m_jobs) + maxJobsPerVehicle - 1) / maxJobsPerVehicle);
        m_vehicleLowerBound = std::max({1, byLoad, byCount});
    }

    buildNeighbourLists();
}

const Segment &Network::single(int node) const
{
    return m_single[static_cast<std::size_t>(node)];
}

void Network::buildNeighbourLists()
{
    const auto jobs = static_cast<std::size_t>(m_jobs);
    m_correlated.assign(jobs, {});
    m_nearest.assign(jobs, {});
    std::vector<int> order(jobs);
    std::vector<double> key(jobs);
    for (int u = 0; u < m_jobs; ++u) {
        const auto uu = static_cast<std::size_t>(u);
        std::iota(order.begin(), order.end(), 0);

        // Nearest by plain distance, u itself first.
        for (int v = 0; v < m_jobs; ++v)
            key[static_cast<std::size_t>(v)] = v == u ? -1.0 : distance(u, v);
        auto byKey = [&key](int a, int b) {
            return key[static_cast<std::size_t>(a)] < key[static_cast<std::size_t>(b)] ||
                   (key[static_cast<std::size_t>(a)] == key[static_cast<std::size_t>(b)] && a < b);
        };
        const std::size_t nearCount = std::min(kNearestCount, jobs);
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(nearCount), order.end(), byKey);
        m_nearest[uu].assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(nearCount));

        // Correlated: distance plus the window misfit of the better of the
        // two visiting orders.
        auto misfit = [this](int a, int b) {
            const auto ia = static_cast<std::size_t>(a);
            const auto ib = static_cast<std::size_t>(b);
            const double t = time(a, b);
            const double wait = std::max(m_ready[ib] - m_service[ia] - t - m_due[ia], 0.0);
            const double warp = std::max(m_ready[ia] + m_service[ia] + t - m_due[ib], 0.0);
            return distance(a, b) + kWaitWeight * wait + kWarpWeight * warp;
        };
        for (int v = 0; v < m_jobs; ++v)
            key[static_cast<std::size_t>(v)] = v == u ? kUnbounded : std::min(misfit(u, v), misfit(v, u));
        std::iota(order.begin(), order.end(), 0);
        const std::size_t corrCount = std::min(kCorrelatedCount, jobs > 0 ? jobs - 1 : 0);
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(corrCount), order.end(), byKey);
        m_correlated[uu].assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(corrCount));
    }
}

} // namespace doorstep::dispatch::routing::detail
