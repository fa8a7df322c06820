#pragma once
// A working plan: the providers' days with the new jobs on them, where each
// order is, and the objective (objective.h) kept per day so that a move
// re-prices only the days it touches.

#include "auto/auto_dispatch.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace doorstep::dispatch::autodispatch::detail {

class PlanState
{
public:
    explicit PlanState(const AutoDispatchInput &input);

    const AutoDispatchInput &input() const { return *m_input; }
    int orderCount() const { return static_cast<int>(m_provider.size()); }
    int providerCount() const { return static_cast<int>(m_days.size()); }
    const ProviderDay &day(int p) const { return m_days[std::size_t(p)]; }
    const std::vector<ProviderDay> &days() const { return m_days; }
    bool placed(int order) const { return m_provider[std::size_t(order)] >= 0; }
    int providerOf(int order) const { return m_provider[std::size_t(order)]; }
    std::int64_t startOf(int order) const { return m_start[std::size_t(order)]; }
    const std::vector<int> &newOrders(int p) const { return m_new[std::size_t(p)]; }
    // Bumped whenever the day changes, so cached evaluations can tell they are stale.
    std::uint64_t version(int p) const { return m_version[std::size_t(p)]; }

    // The caller has checked the placement with checkPlacement.
    void place(int order, int provider, std::int64_t start);
    void unplace(int order);

    double dayCost(int p) const { return m_dayCost[std::size_t(p)]; }
    // What dayCost(p) would be if day p were `day` holding these new jobs
    // (order, start); `day` keeps the input jobs. Prices a move that rebuilds
    // whole days (2-opt*) exactly, before it is applied.
    double costIf(int p, const ProviderDay &day, const std::vector<std::pair<int, std::int64_t>> &newJobs) const;
    double objective() const;
    PlanTotals totals() const;
    std::vector<OrderOutcome> outcomes() const; // placements only, no explanations

private:
    void refreshDay(int p);

    const AutoDispatchInput *m_input;
    std::vector<ProviderDay> m_days;
    std::vector<int> m_oldJobs;        // jobs each day had on input (kept at the front of jobs)
    std::vector<double> m_oldTravel;   // route travel of each day on input
    std::vector<std::vector<int>> m_new;
    std::vector<double> m_dayCost;     // added travel + workload + fixed terms of the new jobs
    std::vector<std::uint64_t> m_version;
    std::vector<int> m_provider;       // per order: day index or -1
    std::vector<std::int64_t> m_start;
};

} // namespace doorstep::dispatch::autodispatch::detail
