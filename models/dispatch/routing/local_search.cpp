#include "routing/local_search.h"

namespace doorstep::dispatch::routing::detail {

namespace {
// Worth more than any distance: a vehicle saved is always an improvement.
constexpr double kEmptiedRouteBonus = 1e9;
constexpr double kImprovement = 1e-9;
constexpr int kMaxSegmentLength = 3;
} // namespace

void movesAround(const Plan &plan, int u, int v, std::vector<Move> &out)
{
    out.clear();
    const int ru = plan.routeOf(u);
    const int rv = plan.routeOf(v);
    if (ru < 0 || rv < 0 || u == v)
        return;
    const int iu = plan.positionOf(u);
    const int iv = plan.positionOf(v);
    const int sizeU = plan.route(ru).size();

    out.push_back({MoveKind::Relocate, ru, iu, rv, iv, 1});     // u just before v
    out.push_back({MoveKind::Relocate, ru, iu, rv, iv + 1, 1}); // u just after v
    for (int len = 2; len <= kMaxSegmentLength && iu + len <= sizeU; ++len)
        out.push_back({MoveKind::Relocate, ru, iu, rv, iv + 1, len}); // u.. after v
    out.push_back({MoveKind::Swap, ru, iu, rv, iv, 1});
    if (ru != rv) {
        out.push_back({MoveKind::TwoOptStar, ru, iu + 1, rv, iv, 1}); // creates arc u -> v
        out.push_back({MoveKind::TwoOptStar, ru, iu, rv, iv + 1, 1}); // creates arc v -> u
    } else if (iu < iv) {
        out.push_back({MoveKind::Reverse, ru, iu + 1, ru, iv, 1}); // v right after u
    } else {
        out.push_back({MoveKind::Reverse, ru, iv + 1, ru, iu, 1}); // u right after v
    }
}

double moveDelta(const Plan &plan, const MoveEffect &e)
{
    double delta = Plan::routeCost(e.a) - plan.routeDistance(e.routeA);
    if (e.a.jobs == 0 && plan.route(e.routeA).used())
        delta -= kEmptiedRouteBonus;
    if (e.routeB >= 0) {
        delta += Plan::routeCost(e.b) - plan.routeDistance(e.routeB);
        if (e.b.jobs == 0 && plan.route(e.routeB).used())
            delta -= kEmptiedRouteBonus;
    }
    return delta;
}

bool effectFits(const Plan &plan, const MoveEffect &e)
{
    if (!plan.fits(e.a, plan.route(e.routeA).vehicle))
        return false;
    return e.routeB < 0 || plan.fits(e.b, plan.route(e.routeB).vehicle);
}

bool LocalSearch::improve(Plan &plan, Rng &rng, const SearchBudget *budget)
{
    m_order.clear();
    for (int j = 0; j < plan.net().jobCount(); ++j)
        if (plan.assigned(j))
            m_order.push_back(j);
    return descend(plan, rng, budget);
}

bool LocalSearch::descend(Plan &plan, Rng &rng, const SearchBudget *budget)
{
    const Network &net = plan.net();
    bool changed = false;
    bool improved = true;
    MoveEffect effect;
    while (improved) {
        if (budget && budget->exhausted())
            break;
        improved = false;
        shuffle(m_order, rng);
        for (int u : m_order) {
            if (!plan.assigned(u))
                continue;
            for (int v : net.correlated(u)) {
                if (!plan.assigned(v))
                    continue;
                movesAround(plan, u, v, m_moves);
                for (const Move &move : m_moves) {
                    if (!evaluate(plan, move, effect))
                        continue;
                    if (moveDelta(plan, effect) >= -kImprovement || !effectFits(plan, effect))
                        continue;
                    apply(plan, move);
                    improved = changed = true;
                    break; // positions changed: regenerate moves for the next neighbour
                }
            }
        }
    }
    return changed;
}

} // namespace doorstep::dispatch::routing::detail
