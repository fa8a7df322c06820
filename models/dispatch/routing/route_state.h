#pragma once
// The solver's working plan: one route per vehicle, each with cached prefix
// and suffix segments so that inserting, removing or exchanging jobs can be
// priced and checked in O(1) (segment.h). Changing a route costs O(length)
// to refresh its caches. This is the "incremental bookkeeping" that the
// independent checker (solution_checker.h) re-verifies from scratch.

#include "routing/network.h"
#include "routing/routing_problem.h"
#include "routing/segment.h"

#include <vector>

namespace doorstep::dispatch::routing::detail {

struct Route
{
    int vehicle = 0;
    std::vector<int> jobs;
    // prefix[i] = start depot + jobs[0..i-1]   (i = 0..n)
    // tail[i]   = jobs[i..n-1] + end depot     (i = 0..n)
    std::vector<Segment> prefix;
    std::vector<Segment> tail;

    Segment whole; // start depot + jobs + end depot

    int size() const { return static_cast<int>(jobs.size()); }
    bool used() const { return !jobs.empty(); }
};

class Plan
{
public:
    explicit Plan(const Network &net);

    const Network &net() const { return *m_net; }
    int routeCount() const { return static_cast<int>(m_routes.size()); }
    const Route &route(int r) const { return m_routes[static_cast<std::size_t>(r)]; }
    int routeOf(int job) const { return m_routeOf[static_cast<std::size_t>(job)]; }
    int positionOf(int job) const { return m_positionOf[static_cast<std::size_t>(job)]; }
    bool assigned(int job) const { return routeOf(job) >= 0; }

    // Node before / after position `pos` of route r (depots at the ends).
    int nodeBefore(int r, int pos) const;
    int nodeAt(int r, int pos) const; // pos == size() gives the end depot

    // Route r's distance, counting an unused vehicle as zero.
    double routeDistance(int r) const;
    double distance() const;
    int usedVehicles() const;
    int unassignedCount() const { return m_jobsTotal - m_assignedCount; }
    std::vector<int> unassignedJobs() const;

    // Segment-algebra prices of candidate routes, without changing anything.
    Segment withInsertion(int r, int pos, int job) const;          // job before position pos
    Segment withRemoval(int r, int pos) const;                     // drop jobs[pos]
    Segment range(int r, int from, int to) const;                  // jobs[from..to], empty if from > to
    Segment reversedRange(int r, int from, int to) const;          // jobs[to..from] backwards
    // jobs[from..] followed by vehicle `vehicle`'s end depot.
    Segment tailFor(int r, int from, int vehicle) const;
    // Time, capacity and job-count feasibility of a whole route on vehicle v.
    bool fits(const Segment &whole, int vehicle) const
    {
        return whole.timeWarp <= kWarpEpsilon && whole.load <= m_net->capacity(vehicle) &&
               whole.jobs <= m_net->maxJobs(vehicle);
    }
    // Distance of a whole-route segment: an unused vehicle is free.
    static double routeCost(const Segment &whole) { return whole.jobs == 0 ? 0.0 : whole.distance; }
    bool jobsFit(int vehicle, const std::vector<int> &jobs, int from, int to) const;

    // Changes; each refreshes the caches of the routes it touches.
    void insert(int r, int pos, int job);
    void remove(int job);
    void removeMany(const std::vector<int> &jobs);
    void setJobs(int r, std::vector<int> jobs);

    // Consistency self-test (debug aid and tests): caches match the jobs.
    bool consistent() const;

    RoutingSolution toSolution() const;
    SolutionCost cost() const;

private:
    void refresh(int r);
    void refreshPrefixes(int r, int from);
    void refreshTails(int r, int to);

    const Network *m_net;
    std::vector<Route> m_routes;
    std::vector<int> m_routeOf;
    std::vector<int> m_positionOf;
    int m_jobsTotal = 0;
    int m_assignedCount = 0;
};

} // namespace doorstep::dispatch::routing::detail
