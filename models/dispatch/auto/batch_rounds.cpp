#include "auto/batch_rounds.h"

#include "auto/objective.h"
#include "auto/start_search.h"

#include <algorithm>
#include <chrono>

namespace doorstep::dispatch::autodispatch::detail {
namespace {

// One (order, provider) pair as last evaluated; valid while the day's
// version matches (seen == version + 1, so 0 means never evaluated).
struct PairCache
{
    std::uint64_t seen = 0;
    bool feasible = false;
    std::int64_t start = 0;
    Cost cost = 0;
};

void refresh(const PlanState &plan, int order, const std::vector<int> &providers, std::vector<PairCache> &cache, int step)
{
    const AutoDispatchInput &input = plan.input();
    const OrderRequest &request = input.orders[std::size_t(order)];
    for (std::size_t k = 0; k < providers.size(); ++k) {
        const int p = providers[k];
        PairCache &c = cache[k];
        if (c.seen == plan.version(p) + 1)
            continue;
        c.seen = plan.version(p) + 1;
        const auto found = findEarliestStart(request.order, plan.day(p), input.rules, step);
        c.feasible = found.has_value();
        if (found) {
            c.start = found->start;
            const PlacementCost cost = placementCost(request, plan.day(p), found->start, found->verdict, input.rules, input.weights);
            c.cost = scaledCost(cost.total, kCostUnits);
        }
    }
}

} // namespace

RoundsOutcome runBatchRounds(PlanState &plan, const Candidates &candidates, const AutoDispatchOptions &options,
                             RunControl &control, int progressFrom, int progressTo)
{
    RoundsOutcome out;
    const AutoDispatchInput &input = plan.input();
    const int orders = plan.orderCount();
    std::vector<std::vector<PairCache>> cache(static_cast<std::size_t>(orders));
    for (int i = 0; i < orders; ++i)
        cache[std::size_t(i)].resize(candidates.providers[std::size_t(i)].size());

    // The admission horizon: window starts up to `horizon` take part.
    std::int64_t first = 0, last = 0;
    for (int i = 0; i < orders; ++i) {
        const std::int64_t w = input.orders[std::size_t(i)].order.windowStart;
        first = i == 0 ? w : std::min(first, w);
        last = i == 0 ? w : std::max(last, w);
    }
    const std::int64_t slice = std::int64_t(std::max(0, options.roundHorizonMinutes)) * 60;
    std::int64_t horizon = slice > 0 ? first + slice - 1 : last;

    for (int round = 0;; ++round) {
        const auto began = std::chrono::steady_clock::now();
        AssignmentProblem problem;
        for (int p = 0; p < plan.providerCount(); ++p)
            problem.addColumn(1);
        std::vector<int> rowOrder;
        std::vector<std::vector<std::int64_t>> arcStart;
        for (int i = 0; i < orders; ++i) {
            if (plan.placed(i) || input.orders[std::size_t(i)].order.windowStart > horizon)
                continue;
            if (control.stop()) {
                out.stopped = true;
                return out;
            }
            const std::vector<int> &providers = candidates.providers[std::size_t(i)];
            std::vector<PairCache> &pairs = cache[std::size_t(i)];
            refresh(plan, i, providers, pairs, options.stepMinutes);
            int row = -1;
            for (std::size_t k = 0; k < providers.size(); ++k) {
                if (!pairs[k].feasible)
                    continue;
                if (row < 0) {
                    row = problem.addRow(scaledCost(unassignedPenalty(input.orders[std::size_t(i)], input.weights), kCostUnits));
                    rowOrder.push_back(i);
                    arcStart.emplace_back();
                }
                problem.addArc(row, providers[k], pairs[k].cost);
                arcStart.back().push_back(pairs[k].start);
            }
        }
        if (problem.rowCount() == 0 && horizon >= last)
            return out;
        if (problem.rowCount() == 0) { // nothing admitted fits: widen the horizon
            horizon += slice;
            --round;
            continue;
        }

        AssignmentOptions solveOptions;
        solveOptions.computeAlternatives = false;
        solveOptions.cancel = control.cancelFlag();
        const auto solveBegan = std::chrono::steady_clock::now();
        const AssignmentResult result = solveMinCostAssignment(problem, solveOptions);
        const double solveMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - solveBegan).count();
        if (result.status != AssignmentStatus::Optimal) {
            // Cancelled, or (never expected) invalid: the round is dropped whole.
            out.stopped = true;
            return out;
        }
        RoundRecord record;
        record.rows = problem.rowCount();
        record.arcs = problem.arcCount();
        record.assigned = result.assignedCount;
        record.cost = result.totalCost;
        record.solveMilliseconds = solveMs;
        record.certified = options.certifyRounds && certifyOptimal(problem, result);
        if (options.onRound)
            options.onRound(RoundView{round, problem, result, rowOrder, arcStart, plan.days()});

        for (int r = 0; r < problem.rowCount(); ++r) {
            const int p = result.columnOfRow[std::size_t(r)];
            if (p == kUnassigned)
                continue;
            const std::vector<AssignmentArc> &arcs = problem.row(r).arcs;
            for (std::size_t a = 0; a < arcs.size(); ++a)
                if (arcs[a].column == p)
                    plan.place(rowOrder[std::size_t(r)], p, arcStart[std::size_t(r)][a]);
        }
        record.milliseconds = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();
        out.rounds.push_back(record);
        int placed = 0;
        for (int i = 0; i < orders; ++i)
            placed += plan.placed(i) ? 1 : 0;
        control.report(progressFrom + (progressTo - progressFrom) * placed / std::max(1, orders));
        if (result.assignedCount == 0) {
            if (horizon >= last)
                return out;
            horizon += slice;
        }
    }
}

} // namespace doorstep::dispatch::autodispatch::detail
