#include "auto/candidates.h"

#include "auto/start_search.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <tuple>
#include <utility>

namespace doorstep::dispatch::autodispatch::detail {

Candidates buildCandidates(const AutoDispatchInput &input, const RunControl &control)
{
    Candidates c;
    c.providers.resize(input.orders.size());
    // The start-independent rules look at the order's category, qualification,
    // district, block list and the providers who declined it only. Orders
    // sharing the first three share the verdicts for empty lists, so
    // checkPlacement runs once per provider per kind of order; an order with
    // a block list or decliners re-checks that short list itself. Ids are
    // 64-bit store ids: the key keeps them whole.
    using Kind = std::tuple<std::int64_t, std::int64_t, std::string>;
    std::map<Kind, std::vector<int>> byKind;
    for (std::size_t i = 0; i < input.orders.size(); ++i) {
        if (control.stop())
            break;
        const OrderToPlace &order = input.orders[i].order;
        const Kind key{order.categoryId, order.districtId, order.requiredQualification};
        auto kind = byKind.find(key);
        if (kind == byKind.end()) {
            OrderToPlace representative = order;
            representative.blockedProviders.clear();
            representative.declinedBy.clear();
            std::vector<int> allowed;
            for (std::size_t p = 0; p < input.days.size(); ++p)
                if (!startIndependentExclusion(representative, input.days[p], input.rules))
                    allowed.push_back(static_cast<int>(p));
            kind = byKind.emplace(key, std::move(allowed)).first;
        }
        std::vector<int> &mine = c.providers[i];
        if (order.blockedProviders.empty() && order.declinedBy.empty()) {
            mine = kind->second;
        } else {
            for (int p : kind->second)
                if (!startIndependentExclusion(order, input.days[std::size_t(p)], input.rules))
                    mine.push_back(p);
        }
        std::vector<std::pair<double, int>> byDistance;
        byDistance.reserve(mine.size());
        for (int p : mine)
            byDistance.emplace_back(travelMinutes(input.days[std::size_t(p)].home, order.where, input.rules), p);
        std::sort(byDistance.begin(), byDistance.end());
        for (std::size_t k = 0; k < mine.size(); ++k)
            mine[k] = byDistance[k].second;
    }
    return c;
}

} // namespace doorstep::dispatch::autodispatch::detail
