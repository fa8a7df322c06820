#include "auto/local_search.h"

#include "auto/objective.h"
#include "auto/start_search.h"
#include "random/seeded_random.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <span>
#include <utility>

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
        return relocate(order) || exchange(order) || (m_options.twoOptStar && tailExchange(order));
    }

    std::uint64_t tailExchanges() const { return m_tailExchanges; }

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

    // A day's new jobs (this run's, never the booked ones) in start order.
    std::vector<int> sequence(int provider) const
    {
        std::vector<int> seq = m_plan.newOrders(provider);
        std::sort(seq.begin(), seq.end(), [this](int x, int y) { return m_plan.startOf(x) < m_plan.startOf(y); });
        return seq;
    }

    static ProviderDay withoutAll(const ProviderDay &day, const std::vector<std::int64_t> &ids)
    {
        ProviderDay copy = day;
        std::erase_if(copy.jobs, [&ids](const ScheduledJob &j) { return std::find(ids.begin(), ids.end(), j.orderId) != ids.end(); });
        return copy;
    }

    std::vector<std::int64_t> ids(std::span<const int> orders) const
    {
        std::vector<std::int64_t> out;
        out.reserve(orders.size());
        for (int o : orders)
            out.push_back(request(o).order.orderId);
        return out;
    }

    // Adds `tail` to `day` one job after the other, each at its earliest
    // feasible start on the day as it is by then (checkPlacement accepted it
    // there). Appends (order, start) to `placed`. False if one does not fit.
    bool placeInSequence(std::span<const int> tail, ProviderDay &day, std::vector<std::pair<int, std::int64_t>> &placed) const
    {
        for (int o : tail) {
            const OrderToPlace &job = request(o).order;
            const auto found = findEarliestStart(job, day, m_input.rules, m_options.stepMinutes);
            if (!found)
                return false;
            day.jobs.push_back({job.orderId, found->start, job.durationMin, job.where});
            placed.emplace_back(o, found->start);
        }
        return true;
    }

    // Every new job of a rebuilt day passes checkPlacement on that day as it is.
    bool allFeasible(const ProviderDay &day, const std::vector<std::pair<int, std::int64_t>> &jobs) const
    {
        return std::all_of(jobs.begin(), jobs.end(), [&](const std::pair<int, std::int64_t> &j) {
            return checkPlacement(request(j.first).order, day, j.second, m_input.rules).feasible();
        });
    }

    // 2-opt*: `order` opens the tail of its day's new jobs (start order). That
    // tail and the tail after some cut of a nearby provider's new jobs trade
    // days; the heads and the booked jobs stay where they are. Every moved job
    // is re-timed at its earliest feasible start, in sequence, on its new day.
    // Tails of one job against zero or one are relocate and exchange moves,
    // so they are left to those.
    bool tailExchange(int order)
    {
        const int a = m_plan.providerOf(order);
        const std::vector<int> seqA = sequence(a);
        const std::span<const int> tailA(std::find(seqA.begin(), seqA.end(), order), seqA.end());
        const std::span<const int> headA(seqA.begin(), seqA.end() - std::ptrdiff_t(tailA.size()));
        const std::vector<int> &near = m_candidates.providers[std::size_t(order)];
        const std::size_t limit = std::min(near.size(), std::size_t(std::max(0, m_options.exchangeNeighbours)));
        std::optional<ProviderDay> dayHeadA;
        for (std::size_t k = 0; k < limit; ++k) {
            const int b = near[k];
            if (b == a || !std::all_of(tailA.begin(), tailA.end(), [&](int o) { return allowed(o, b); }))
                continue;
            const std::vector<int> seqB = sequence(b);
            if (tailA.size() == 1 && seqB.empty())
                continue;
            for (std::size_t cut = 0; cut <= seqB.size(); ++cut) {
                const std::span<const int> headB(seqB.begin(), cut);
                const std::span<const int> tailB(seqB.begin() + std::ptrdiff_t(cut), seqB.end());
                if (tailA.size() == 1 && tailB.size() <= 1)
                    continue;
                if (!std::all_of(tailB.begin(), tailB.end(), [&](int o) { return allowed(o, a); }))
                    continue;
                // B: its head, then A's tail.
                ProviderDay newB = withoutAll(m_plan.day(b), ids(tailB));
                std::vector<std::pair<int, std::int64_t>> jobsB;
                for (int o : headB)
                    jobsB.emplace_back(o, m_plan.startOf(o));
                if (!placeInSequence(tailA, newB, jobsB)) {
                    // If the tail's first job found no start, a longer head
                    // (a superset of these jobs) leaves it none either.
                    if (jobsB.size() == headB.size())
                        break;
                    continue;
                }
                // A: its head, then B's tail.
                if (!dayHeadA)
                    dayHeadA = withoutAll(m_plan.day(a), ids(tailA));
                ProviderDay newA = *dayHeadA;
                std::vector<std::pair<int, std::int64_t>> jobsA;
                for (int o : headA)
                    jobsA.emplace_back(o, m_plan.startOf(o));
                if (!placeInSequence(tailB, newA, jobsA))
                    continue;
                const double delta = m_plan.costIf(a, newA, jobsA) + m_plan.costIf(b, newB, jobsB) - m_plan.dayCost(a) - m_plan.dayCost(b);
                if (delta >= -kEpsilon || !allFeasible(newA, jobsA) || !allFeasible(newB, jobsB))
                    continue;
                for (int o : tailA)
                    m_plan.unplace(o);
                for (int o : tailB)
                    m_plan.unplace(o);
                for (std::size_t i = headB.size(); i < jobsB.size(); ++i)
                    m_plan.place(jobsB[i].first, b, jobsB[i].second);
                for (std::size_t i = headA.size(); i < jobsA.size(); ++i)
                    m_plan.place(jobsA[i].first, a, jobsA[i].second);
                ++m_tailExchanges;
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
    std::uint64_t m_tailExchanges = 0;
};

} // namespace

SearchStats improvePlan(PlanState &plan, const Candidates &candidates, const AutoDispatchOptions &options,
                        RunControl &control, int progressFrom, int progressTo)
{
    SearchStats stats;
    Search search(plan, candidates, options);
    dispatch::Rng rng(options.seed);
    std::vector<int> order(std::size_t(plan.orderCount()));
    std::iota(order.begin(), order.end(), 0);
    const auto capped = [&] { return options.maxLocalSearchMoves > 0 && stats.moves >= options.maxLocalSearchMoves; };
    const auto done = [&](bool localOptimum) {
        stats.localOptimum = localOptimum;
        stats.tailExchanges = search.tailExchanges();
        return stats;
    };
    int pass = 0;
    while (!capped()) {
        dispatch::shuffle(order, rng);
        bool improved = false;
        for (int i : order) {
            if (control.stop() || capped())
                return done(false);
            while (!capped() && !control.stop() && search.improve(i)) {
                improved = true;
                ++stats.moves;
            }
        }
        ++pass;
        // Without a time budget, progress creeps towards the end pass by pass.
        control.report(progressFrom + int((progressTo - progressFrom) * std::max(control.timeUsed(), 1.0 - 1.0 / (pass + 1))));
        if (!improved)
            return done(true);
    }
    return done(false);
}

} // namespace doorstep::dispatch::autodispatch::detail
