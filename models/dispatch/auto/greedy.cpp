#include "auto/greedy.h"

#include "auto/start_search.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace doorstep::dispatch::autodispatch::detail {

bool buildGreedy(PlanState &plan, const Candidates &candidates, const AutoDispatchOptions &options, const RunControl &control)
{
    const AutoDispatchInput &input = plan.input();
    std::vector<int> order(std::size_t(plan.orderCount()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const OrderToPlace &x = input.orders[std::size_t(a)].order;
        const OrderToPlace &y = input.orders[std::size_t(b)].order;
        return std::tie(x.windowStart, x.orderId) < std::tie(y.windowStart, y.orderId);
    });
    for (int i : order) {
        if (control.stop())
            return false;
        const OrderToPlace &o = input.orders[std::size_t(i)].order;
        int best = -1;
        std::int64_t bestStart = 0;
        double bestTravel = 0;
        for (int p : candidates.providers[std::size_t(i)]) {
            const auto found = findEarliestStart(o, plan.day(p), input.rules, options.stepMinutes);
            if (!found)
                continue;
            const double travel = found->verdict.travelBeforeMin;
            if (best < 0 || std::tie(travel, found->start, p) < std::tie(bestTravel, bestStart, best)) {
                best = p;
                bestStart = found->start;
                bestTravel = travel;
            }
        }
        if (best >= 0)
            plan.place(i, best, bestStart);
    }
    return true;
}

} // namespace doorstep::dispatch::autodispatch::detail
