#include "auto/local_search.h"

#include "auto/objective.h"
#include "auto/start_search.h"
#include "routing/random.h"

#include <algorithm>
#include <numeric>
#include <optional>

namespace doorstep::dispatch::autodispatch::detail {
namespace {

// Improvements smaller than this are rounding, not progress.
constexpr double kEpsilon = 1e-6;

struct Option
{
    int provider = -1;
    std::int64_t start = 0;
    double cost = 0;
};

class Search
{
public:
    Search(PlanState &plan, const Candidates &candidates, const AutoDispatchOptions &options)
        : m_plan(plan), m_input(plan.input()), m_candidates(candidates), m_options(options)
    {
        // Sorted copies for "may this order go to that provider at all?".
        for (const std::vector<int> &list : candidates.providers) {
            std::vector<int> sorted = list;
            std::sort(sorted.begin(), sorted.end());
            m_allowed.push_back(std::move(sorted));
        }
    }

    // One move for `order`, if an improving one exists. True if applied.
    bool improve(int order)
    {
        if (!m_plan.placed(order))
            return insert(order);
        return relocate(order) || exchange(order);
    }

private:
    const OrderRequest &request(int order) const { return m_input.orders[std::size_t(order)]; }

    std::optional<Option> priceOn(int order, const ProviderDay &day, int provider) const
    {
        const auto found = findEarliestStart(request(order).order, day, m_input.rules, m_options.stepMinutes);
        if (!found)
            return std::nullopt;
        return Option{provider, found->start,
                      placementCost(request(order), day, found->start, found->verdict, m_input.rules, m_input.weights).total};
    }

    // Current marginal cost of a placed order: what taking it off saves.
    double currentCost(int order) const
    {
        const ProviderDay &day = m_plan.day(m_plan.providerOf(order));
        const std::int64_t start = m_plan.startOf(order);
        const Verdict v = checkPlacement(request(order).order, day, start, m_input.rules);
        return placementCost(request(order), day, start, v, m_input.rules, m_input.weights).total;
    }

    std::optional<Option> cheapest(int order) const
    {
        std::optional<Option> best;
        for (int p : m_candidates.providers[std::size_t(order)]) {
            const auto option = priceOn(order, m_plan.day(p), p);
            if (option && (!best || option->cost < best->cost))
                best = option;
        }
        return best;
    }

    bool insert(int order)
    {
        const auto best = cheapest(order);
        if (!best || best->cost >= unassignedPenalty(request(order), m_input.weights) - kEpsilon)
            return false;
        m_plan.place(order, best->provider, best->start);
        return true;
    }

    bool relocate(int order)
    {
        // Includes the order's own day: the order's job is ignored there, so
        // this also finds an earlier start on the same day.
        const double now = currentCost(order);
        const auto best = cheapest(order);
        if (!best || best->cost >= now - kEpsilon)
            return false;
        m_plan.unplace(order);
        m_plan.place(order, best->provider, best->start);
        return true;
    }

    static ProviderDay without(const ProviderDay &day, std::int64_t orderId)
    {
        ProviderDay copy = day;
        std::erase_if(copy.jobs, [orderId](const ScheduledJob &j) { return j.orderId == orderId; });
        return copy;
    }

    bool allowed(int order, int provider) const
    {
        const std::vector<int> &list = m_allowed[std::size_t(order)];
        return std::binary_search(list.begin(), list.end(), provider);
    }

    bool exchange(int order)
    {
        const int p = m_plan.providerOf(order);
        const double nowOrder = currentCost(order);
        const std::vector<int> &near = m_candidates.providers[std::size_t(order)];
        const std::size_t limit = std::min(near.size(), std::size_t(std::max(0, m_options.exchangeNeighbours)));
        std::optional<ProviderDay> pWithout;
        for (std::size_t k = 0; k < limit; ++k) {
            const int q = near[k];
            if (q == p)
                continue;
            for (int other : m_plan.newOrders(q)) {
                if (!allowed(other, p))
                    continue;
                const ProviderDay qWithout = without(m_plan.day(q), request(other).order.orderId);
                const auto here = priceOn(order, qWithout, q);
                if (!here)
                    continue;
                if (!pWithout)
                    pWithout = without(m_plan.day(p), request(order).order.orderId);
                const auto there = priceOn(other, *pWithout, p);
                if (!there)
                    continue;
                const double delta = here->cost + there->cost - nowOrder - currentCost(other);
                if (delta >= -kEpsilon)
                    continue;
                m_plan.unplace(order);
                m_plan.unplace(other);
                m_plan.place(order, q, here->start);
                m_plan.place(other, p, there->start);
                return true;
            }
        }
        return false;
    }

    PlanState &m_plan;
    const AutoDispatchInput &m_input;
    const Candidates &m_candidates;
    const AutoDispatchOptions &m_options;
    std::vector<std::vector<int>> m_allowed;
};

} // namespace

SearchStats improvePlan(PlanState &plan, const Candidates &candidates, const AutoDispatchOptions &options,
                        RunControl &control, int progressFrom, int progressTo)
{
    SearchStats stats;
    Search search(plan, candidates, options);
    routing::detail::Rng rng(options.seed);
    std::vector<int> order(std::size_t(plan.orderCount()));
    std::iota(order.begin(), order.end(), 0);
    const auto capped = [&] { return options.maxLocalSearchMoves > 0 && stats.moves >= options.maxLocalSearchMoves; };
    int pass = 0;
    while (!capped()) {
        routing::detail::shuffle(order, rng);
        bool improved = false;
        for (int i : order) {
            if (control.stop() || capped())
                return stats;
            while (!capped() && search.improve(i)) {
                improved = true;
                ++stats.moves;
            }
        }
        ++pass;
        // Without a time budget, progress creeps towards the end pass by pass.
        control.report(progressFrom + int((progressTo - progressFrom) * std::max(control.timeUsed(), 1.0 - 1.0 / (pass + 1))));
        if (!improved) {
            stats.localOptimum = true;
            return stats;
        }
    }
    return stats;
}

} // namespace doorstep::dispatch::autodispatch::detail
