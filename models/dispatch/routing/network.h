#pragma once
// The solver's compiled view of a RoutingProblem: every stop is a "node"
// with its own window, service time and demand, and travel is looked up
// node-to-node in dense tables. Jobs are nodes 0..J-1; vehicle k starts at
// node J+k and ends at node J+V+k, so a depot visit is an ordinary node with
// the shift as its window and the time-warp algebra (segment.h) needs no
// special cases.

#include "routing/routing_problem.h"

#include <cstddef>
#include <vector>

namespace doorstep::dispatch::routing::detail {

struct Segment;

class Network
{
public:
    explicit Network(const RoutingProblem &problem);

    int jobCount() const { return m_jobs; }
    int vehicleCount() const { return m_vehicles; }
    int nodeCount() const { return m_nodes; }
    int startNode(int vehicle) const { return m_jobs + vehicle; }
    int endNode(int vehicle) const { return m_jobs + m_vehicles + vehicle; }

    double distance(int from, int to) const { return m_distance[cell(from, to)]; }
    double time(int from, int to) const { return m_time[cell(from, to)]; }
    int demand(int job) const { return m_demand[static_cast<std::size_t>(job)]; }
    double ready(int node) const { return m_ready[static_cast<std::size_t>(node)]; }
    double due(int node) const { return m_due[static_cast<std::size_t>(node)]; }
    int capacity(int vehicle) const { return m_capacity[static_cast<std::size_t>(vehicle)]; }
    int maxJobs(int vehicle) const { return m_maxJobs[static_cast<std::size_t>(vehicle)]; }
    // The one-node segment (service, window, demand) of any node.
    const Segment &single(int node) const;

    // True when some job may not go on some vehicle (skills or fixed jobs);
    // moves then check compatibility job by job, otherwise they skip it.
    bool restricted() const { return m_restricted; }
    bool canServe(int vehicle, int job) const
    {
        return !m_restricted ||
               m_allowed[static_cast<std::size_t>(vehicle) * static_cast<std::size_t>(m_jobs) +
                         static_cast<std::size_t>(job)];
    }
    bool isFixed(int job) const { return m_fixed[static_cast<std::size_t>(job)]; }
    // Two vehicles whose routes may trade tails without changing how those
    // tails end (same end node data): always true for the VRPTW fleet.
    bool sameEnd(int vehicleA, int vehicleB) const
    {
        return m_endClass[static_cast<std::size_t>(vehicleA)] == m_endClass[static_cast<std::size_t>(vehicleB)];
    }

    // For local search: the jobs most worth placing next to `job`, by
    // distance plus how badly the two windows fit in sequence (Vidal's
    // granular neighbourhood for time windows).
    const std::vector<int> &correlated(int job) const { return m_correlated[static_cast<std::size_t>(job)]; }
    // For ruin: jobs by increasing distance from `job` (job itself first).
    const std::vector<int> &nearest(int job) const { return m_nearest[static_cast<std::size_t>(job)]; }

    // A simple bound on the fleet: total demand over the largest capacity.
    int vehicleLowerBound() const { return m_vehicleLowerBound; }

private:
    std::size_t cell(int from, int to) const
    {
        return static_cast<std::size_t>(from) * static_cast<std::size_t>(m_nodes) + static_cast<std::size_t>(to);
    }
    void buildNeighbourLists();

    int m_jobs = 0;
    int m_vehicles = 0;
    int m_nodes = 0;
    std::vector<double> m_distance;
    std::vector<double> m_time;
    std::vector<int> m_demand;
    std::vector<double> m_ready;
    std::vector<double> m_due;
    std::vector<double> m_service;
    std::vector<Segment> m_single;
    std::vector<int> m_capacity;
    std::vector<int> m_maxJobs;
    std::vector<char> m_allowed;
    std::vector<char> m_fixed;
    std::vector<int> m_endClass;
    bool m_restricted = false;
    int m_vehicleLowerBound = 0;
    std::vector<std::vector<int>> m_correlated;
    std::vector<std::vector<int>> m_nearest;
};

} // namespace doorstep::dispatch::routing::detail
