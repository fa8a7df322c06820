#include "routing/moves.h"

#include <algorithm>

namespace doorstep::dispatch::routing::detail {

namespace {

const Segment &prefixOf(const Plan &plan, int r, int pos)
{
    return plan.route(r).prefix[static_cast<std::size_t>(pos)];
}

const Segment &tailOf(const Plan &plan, int r, int pos)
{
    return plan.route(r).tail[static_cast<std::size_t>(pos)];
}

bool evaluateRelocate(const Plan &plan, const Move &m, MoveEffect &e)
{
    const Network &net = plan.net();
    const int sizeA = plan.route(m.routeA).size();
    const int sizeB = plan.route(m.routeB).size();
    const int from = m.posA;
    const int to = m.posA + m.length - 1;
    if (m.length < 1 || from < 0 || to >= sizeA || m.posB < 0 || m.posB > sizeB)
        return false;
    const Segment moved = plan.range(m.routeA, from, to);
    if (m.routeA != m.routeB) {
        if (!plan.jobsFit(plan.route(m.routeB).vehicle, plan.route(m.routeA).jobs, from, to))
            return false;
        e.routeA = m.routeA;
        e.a = concat(net, prefixOf(plan, m.routeA, from), tailOf(plan, m.routeA, to + 1));
        e.routeB = m.routeB;
        e.b = concat(net, prefixOf(plan, m.routeB, m.posB), moved, tailOf(plan, m.routeB, m.posB));
        return true;
    }
    if (m.posB >= from && m.posB <= to + 1)
        return false; // lands where it already is
    e.routeA = m.routeA;
    e.routeB = -1;
    if (m.posB < from)
        e.a = concat(net, prefixOf(plan, m.routeA, m.posB), moved, plan.range(m.routeA, m.posB, from - 1),
                     tailOf(plan, m.routeA, to + 1));
    else
        e.a = concat(net, prefixOf(plan, m.routeA, from), plan.range(m.routeA, to + 1, m.posB - 1), moved,
                     tailOf(plan, m.routeA, m.posB));
    return true;
}

bool evaluateSwap(const Plan &plan, const Move &m, MoveEffect &e)
{
    const Network &net = plan.net();
    const Route &ra = plan.route(m.routeA);
    const Route &rb = plan.route(m.routeB);
    if (m.posA < 0 || m.posA >= ra.size() || m.posB < 0 || m.posB >= rb.size())
        return false;
    const int u = ra.jobs[static_cast<std::size_t>(m.posA)];
    const int v = rb.jobs[static_cast<std::size_t>(m.posB)];
    if (m.routeA != m.routeB) {
        if (!net.canServe(rb.vehicle, u) || !net.canServe(ra.vehicle, v))
            return false;
        e.routeA = m.routeA;
        e.a = concat(net, prefixOf(plan, m.routeA, m.posA), net.single(v), tailOf(plan, m.routeA, m.posA + 1));
        e.routeB = m.routeB;
        e.b = concat(net, prefixOf(plan, m.routeB, m.posB), net.single(u), tailOf(plan, m.routeB, m.posB + 1));
        return true;
    }
    if (m.posA == m.posB)
        return false;
    const int i = std::min(m.posA, m.posB);
    const int j = std::max(m.posA, m.posB);
    const int first = ra.jobs[static_cast<std::size_t>(i)];
    const int second = ra.jobs[static_cast<std::size_t>(j)];
    e.routeA = m.routeA;
    e.routeB = -1;
    e.a = concat(net, concat(net, prefixOf(plan, m.routeA, i), net.single(second)), plan.range(m.routeA, i + 1, j - 1),
                 net.single(first), tailOf(plan, m.routeA, j + 1));
    return true;
}

bool evaluateTwoOptStar(const Plan &plan, const Move &m, MoveEffect &e)
{
    const Network &net = plan.net();
    const Route &ra = plan.route(m.routeA);
    const Route &rb = plan.route(m.routeB);
    if (m.routeA == m.routeB || m.posA < 0 || m.posA > ra.size() || m.posB < 0 || m.posB > rb.size())
        return false;
    if ((m.posA == 0 && m.posB == 0) || (m.posA == ra.size() && m.posB == rb.size()))
        return false; // swapping whole routes, or nothing
    if (!plan.jobsFit(ra.vehicle, rb.jobs, m.posB, rb.size() - 1) ||
        !plan.jobsFit(rb.vehicle, ra.jobs, m.posA, ra.size() - 1))
        return false;
    e.routeA = m.routeA;
    e.a = concat(net, prefixOf(plan, m.routeA, m.posA), plan.tailFor(m.routeB, m.posB, ra.vehicle));
    e.routeB = m.routeB;
    e.b = concat(net, prefixOf(plan, m.routeB, m.posB), plan.tailFor(m.routeA, m.posA, rb.vehicle));
    return true;
}

bool evaluateReverse(const Plan &plan, const Move &m, MoveEffect &e)
{
    const Route &ra = plan.route(m.routeA);
    if (m.routeA != m.routeB || m.posA < 0 || m.posB >= ra.size() || m.posA >= m.posB)
        return false;
    e.routeA = m.routeA;
    e.routeB = -1;
    e.a = concat(plan.net(), prefixOf(plan, m.routeA, m.posA), plan.reversedRange(m.routeA, m.posA, m.posB),
                 tailOf(plan, m.routeA, m.posB + 1));
    return true;
}

} // namespace

bool evaluate(const Plan &plan, const Move &move, MoveEffect &effect)
{
    if (move.routeA < 0 || move.routeB < 0)
        return false;
    switch (move.kind) {
    case MoveKind::Relocate:
        return evaluateRelocate(plan, move, effect);
    case MoveKind::Swap:
        return evaluateSwap(plan, move, effect);
    case MoveKind::TwoOptStar:
        return evaluateTwoOptStar(plan, move, effect);
    case MoveKind::Reverse:
        return evaluateReverse(plan, move, effect);
    }
    return false;
}

void apply(Plan &plan, const Move &m)
{
    const std::vector<int> a = plan.route(m.routeA).jobs;
    const auto at = [](const std::vector<int> &v, int i) { return v.begin() + i; };
    switch (m.kind) {
    case MoveKind::Relocate: {
        const std::vector<int> moved(at(a, m.posA), at(a, m.posA + m.length));
        if (m.routeA != m.routeB) {
            std::vector<int> b = plan.route(m.routeB).jobs;
            std::vector<int> newA(a.begin(), at(a, m.posA));
            newA.insert(newA.end(), at(a, m.posA + m.length), a.end());
            b.insert(at(b, m.posB), moved.begin(), moved.end());
            plan.setJobs(m.routeA, std::move(newA));
            plan.setJobs(m.routeB, std::move(b));
        } else {
            std::vector<int> out;
            out.reserve(a.size());
            for (int i = 0; i <= static_cast<int>(a.size()); ++i) {
                if (i == m.posB)
                    out.insert(out.end(), moved.begin(), moved.end());
                if (i < static_cast<int>(a.size()) && (i < m.posA || i >= m.posA + m.length))
                    out.push_back(a[static_cast<std::size_t>(i)]);
            }
            plan.setJobs(m.routeA, std::move(out));
        }
        return;
    }
    case MoveKind::Swap: {
        if (m.routeA != m.routeB) {
            std::vector<int> newA = a;
            std::vector<int> newB = plan.route(m.routeB).jobs;
            std::swap(newA[static_cast<std::size_t>(m.posA)], newB[static_cast<std::size_t>(m.posB)]);
            plan.setJobs(m.routeA, std::move(newA));
            plan.setJobs(m.routeB, std::move(newB));
        } else {
            std::vector<int> newA = a;
            std::swap(newA[static_cast<std::size_t>(m.posA)], newA[static_cast<std::size_t>(m.posB)]);
            plan.setJobs(m.routeA, std::move(newA));
        }
        return;
    }
    case MoveKind::TwoOptStar: {
        const std::vector<int> b = plan.route(m.routeB).jobs;
        std::vector<int> newA(a.begin(), at(a, m.posA));
        newA.insert(newA.end(), at(b, m.posB), b.end());
        std::vector<int> newB(b.begin(), at(b, m.posB));
        newB.insert(newB.end(), at(a, m.posA), a.end());
        plan.setJobs(m.routeA, std::move(newA));
        plan.setJobs(m.routeB, std::move(newB));
        return;
    }
    case MoveKind::Reverse: {
        std::vector<int> newA = a;
        std::reverse(newA.begin() + m.posA, newA.begin() + m.posB + 1);
        plan.setJobs(m.routeA, std::move(newA));
        return;
    }
    }
}

} // namespace doorstep::dispatch::routing::detail
