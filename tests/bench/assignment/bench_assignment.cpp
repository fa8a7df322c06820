// bench_assignment [orders] [providers] [runs]: the exact batch assignment on a
// synthetic city, timed against LEMON's network simplex on the same instance.
//
// The city: 20 km × 20 km in 16 districts (4 × 4) of uneven demand and supply.
// Orders need one of 8 skills; providers have 1–3. A pair is feasible when the
// provider has the skill, has capacity left in this batch and lives within
// 4 km. Cost in minutes (scaled ×100 to integers): travel at 25 km/h over a
// 1.3 road factor, plus 4 min per rating star below 5, plus 3 min per job the
// provider already has today. Leaving an order out costs 240 min (480 urgent).
// Everything is drawn from a fixed seed, so every run sees the same instance.

#include "assignment/min_cost_assignment.h"

#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

// LEMON is required when the tests and benchmarks are built.
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

using namespace doorstep::dispatch;

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

constexpr int kDistrictsPerSide = 4;
constexpr double kDistrictKm = 5.0;
constexpr int kSkills = 8;
constexpr double kUnitsPerMinute = 100.0;

struct Place
{
    double x = 0;
    double y = 0;
};

struct Provider
{
    Place at;
    unsigned skills = 0; // bit set
    double rating = 5;
    int jobsToday = 0;
    int capacity = 1;
};

struct Order
{
    Place at;
    int skill = 0;
    bool urgent = false;
};

Place placeIn(std::mt19937_64 &rng, std::discrete_distribution<int> &district)
{
    const int d = district(rng);
    std::uniform_real_distribution<double> offset(0, kDistrictKm);
    return {(d % kDistrictsPerSide) * kDistrictKm + offset(rng), (d / kDistrictsPerSide) * kDistrictKm + offset(rng)};
}

AssignmentProblem cityInstance(int orderCount, int providerCount, double radiusKm, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::vector<double> demand;
    std::vector<double> supply;
    for (int d = 0; d < kDistrictsPerSide * kDistrictsPerSide; ++d) {
        demand.push_back(1 + static_cast<double>(rng() % 4));
        supply.push_back(1 + static_cast<double>(rng() % 4));
    }
    std::discrete_distribution<int> orderDistrict(demand.begin(), demand.end());
    std::discrete_distribution<int> providerDistrict(supply.begin(), supply.end());
    // Cleaning-type skills are asked for far more often than, say, appliance repair.
    std::discrete_distribution<int> orderSkill({30, 20, 15, 10, 10, 6, 5, 4});

    std::vector<Provider> providers(idx(providerCount));
    for (Provider &p : providers) {
        p.at = placeIn(rng, providerDistrict);
        const int skillCount = 1 + static_cast<int>(rng() % 3);
        while (std::popcount(p.skills) < skillCount)
            p.skills |= 1u << (rng() % kSkills);
        p.rating = std::uniform_real_distribution<double>(3.5, 5.0)(rng);
        p.jobsToday = static_cast<int>(rng() % 6);
        const int roll = static_cast<int>(rng() % 20);
        p.capacity = roll == 0 ? 0 : roll <= 5 ? 2 : 1;
    }
    AssignmentProblem problem;
    for (const Provider &p : providers)
        problem.addColumn(p.capacity);
    for (int o = 0; o < orderCount; ++o) {
        Order order;
        order.at = placeIn(rng, orderDistrict);
        order.skill = orderSkill(rng);
        order.urgent = rng() % 10 == 0;
        const int row = problem.addRow(scaledCost(order.urgent ? 480 : 240, kUnitsPerMinute));
        for (int c = 0; c < providerCount; ++c) {
            const Provider &p = providers[idx(c)];
            if (!(p.skills & (1u << order.skill)) || p.capacity == 0)
                continue;
            const double km = std::hypot(p.at.x - order.at.x, p.at.y - order.at.y);
            if (km > radiusKm)
                continue;
            const double minutes = km * 1.3 / 25.0 * 60.0 + (5.0 - p.rating) * 4.0 + p.jobsToday * 3.0;
            problem.addArc(row, c, scaledCost(minutes, kUnitsPerMinute));
        }
    }
    return problem;
}

template <typename F>
double medianMilliseconds(int runs, F &&body)
{
    std::vector<double> times;
    for (int k = 0; k < runs; ++k) {
        const auto start = std::chrono::steady_clock::now();
        body();
        times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Min-cost flow: rows supply 1; row -> column (cap 1), row -> sink (cap 1,
// penalty: unassigned), column -> sink (cap = capacity). Builds and solves.
long long lemonTotal(const AssignmentProblem &problem)
{
    using Graph = lemon::SmartDigraph;
    Graph graph;
    graph.reserveNode(problem.rowCount() + problem.columnCount() + 1);
    graph.reserveArc(static_cast<int>(problem.arcCount()) + problem.rowCount() + problem.columnCount());
    Graph::ArcMap<long long> upper(graph);
    Graph::ArcMap<long long> cost(graph);
    Graph::NodeMap<long long> supply(graph, 0);
    const Graph::Node sink = graph.addNode();
    std::vector<Graph::Node> columnNode;
    for (int c = 0; c < problem.columnCount(); ++c) {
        columnNode.push_back(graph.addNode());
        const Graph::Arc a = graph.addArc(columnNode.back(), sink);
        upper[a] = problem.capacity(c);
        cost[a] = 0;
    }
    for (int r = 0; r < problem.rowCount(); ++r) {
        const Graph::Node node = graph.addNode();
        supply[node] = 1;
        for (const AssignmentArc &arc : problem.row(r).arcs) {
            const Graph::Arc a = graph.addArc(node, columnNode[idx(arc.column)]);
            upper[a] = 1;
            cost[a] = arc.cost;
        }
        const Graph::Arc drop = graph.addArc(node, sink);
        upper[drop] = 1;
        cost[drop] = problem.row(r).unassignedPenalty;
    }
    supply[sink] = -problem.rowCount();
    lemon::NetworkSimplex<Graph, long long, long long> simplex(graph);
    simplex.upperMap(upper).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, long long, long long>::OPTIMAL)
        return -1;
    return simplex.totalCost();
}

struct Scenario
{
    const char *name;
    int orders;
    int providers;
    double radiusKm;
};

} // namespace

int main(int argc, char **argv)
{
    const int orders = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int providers = argc > 2 ? std::atoi(argv[2]) : 5000;
    const int runs = std::max(1, argc > 3 ? std::atoi(argv[3]) : 7);
    if (orders <= 0 || providers <= 0) {
        std::fprintf(stderr, "usage: bench_assignment [orders] [providers] [runs]\n");
        return 2;
    }

    // The city as specified (4 km: ~2.5% of pairs feasible; 5.7 km: ~5%),
    // plus a tight variant (fewer provider slots than orders, wider radius)
    // where orders compete, rows are dropped and augmenting paths get long.
    const Scenario scenarios[] = {
        {"city, 4 km", orders, providers, 4.0},
        {"city, 5.7 km", orders, providers, 5.7},
        {"tight supply, 6 km", orders, std::max(1, orders * 4 / 5), 6.0},
    };

    std::printf("| instance | orders × providers | feasible pairs (density) | assigned | total cost (min×100) "
                "| solve, median of %d | + alternatives | certify | LEMON network simplex | LEMON ÷ solve | totals equal |\n",
                runs);
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|\n");
    bool allEqual = true;
    for (const Scenario &s : scenarios) {
        const AssignmentProblem problem = cityInstance(s.orders, s.providers, s.radiusKm, 20240601);
        AssignmentResult result;
        const double solveMs = medianMilliseconds(runs, [&] {
            AssignmentOptions options;
            options.computeAlternatives = false;
            result = solveMinCostAssignment(problem, options);
        });
        const double explainedMs = medianMilliseconds(runs, [&] { result = solveMinCostAssignment(problem); });
        bool certified = false;
        std::string why;
        const double certifyMs = medianMilliseconds(runs, [&] { certified = certifyOptimal(problem, result, &why); });
        if (!certified) {
            std::fprintf(stderr, "%s: NOT CERTIFIED: %s\n", s.name, why.c_str());
            return 1;
        }
        const double density = static_cast<double>(problem.arcCount())
                               / (static_cast<double>(problem.rowCount()) * problem.columnCount());
        std::string lemonCell = "n/a";
        std::string ratioCell = "n/a";
        std::string equalCell = "n/a";
        long long lemon = 0;
        const double lemonMs = medianMilliseconds(std::min(runs, 5), [&] { lemon = lemonTotal(problem); });
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.1f ms", lemonMs);
        lemonCell = buffer;
        std::snprintf(buffer, sizeof buffer, "%.1f×", lemonMs / solveMs);
        ratioCell = buffer;
        equalCell = lemon == result.totalCost ? "yes" : "NO (" + std::to_string(lemon) + ")";
        allEqual = allEqual && lemon == result.totalCost;
        std::printf("| %s | %d × %d | %zu (%.1f%%) | %d | %lld | %.1f ms | %.1f ms | %.1f ms | %s | %s | %s |\n", s.name,
                    problem.rowCount(), problem.columnCount(), problem.arcCount(), 100.0 * density,
                    result.assignedCount, static_cast<long long>(result.totalCost), solveMs, explainedMs, certifyMs,
                    lemonCell.c_str(), ratioCell.c_str(), equalCell.c_str());
    }
    return allEqual ? 0 : 1;
}
