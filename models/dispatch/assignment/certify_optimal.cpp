#include "assignment/certify_optimal.h"

#include <cstdint>
#include <optional>

namespace doorstep::dispatch {

namespace {

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

bool fail(std::string *why, std::string message)
{
    if (why)
        *why = std::move(message);
    return false;
}

std::string rowText(int r) { return "row " + std::to_string(r); }
std::string columnText(int c) { return "column " + std::to_string(c); }

} // namespace

bool certifyOptimal(const AssignmentProblem &problem, const AssignmentResult &result, std::string *why)
{
    if (result.status != AssignmentStatus::Optimal)
        return fail(why, "the result is not marked optimal");
    if (std::string error = problem.validate(); !error.empty())
        return fail(why, "invalid problem: " + error);
    const int n = problem.rowCount();
    const int m = problem.columnCount();
    if (result.columnOfRow.size() != idx(n) || result.rowPotential.size() != idx(n)
        || result.columnPotential.size() != idx(m))
        return fail(why, "result sizes do not match the problem");
    const std::vector<Cost> &u = result.rowPotential;
    const std::vector<Cost> &v = result.columnPotential;

    // Bound the potentials first so that every sum below is overflow-free:
    // honest optimal potentials are far smaller than this.
    constexpr Cost kPotentialLimit = Cost{1} << 60;
    for (int r = 0; r < n; ++r) {
        if (u[idx(r)] > kPotentialLimit || u[idx(r)] < -kPotentialLimit)
            return fail(why, rowText(r) + ": potential out of range");
    }
    for (int c = 0; c < m; ++c) {
        if (v[idx(c)] > 0)
            return fail(why, columnText(c) + ": potential v > 0 (dual infeasible)");
        if (v[idx(c)] < -kPotentialLimit)
            return fail(why, columnText(c) + ": potential out of range");
    }

    // Primal feasibility, and the total recomputed from the problem.
    std::vector<int> load(idx(m), 0);
    Cost primal = 0;
    int assigned = 0;
    for (int r = 0; r < n; ++r) {
        const AssignmentRow &row = problem.row(r);
        const int chosen = result.columnOfRow[idx(r)];
        // Dual feasibility on every listed pair (and equality on the chosen one).
        std::optional<Cost> chosenCost;
        for (const AssignmentArc &arc : row.arcs) {
            const Cost reduced = arc.cost - u[idx(r)] - v[idx(arc.column)];
            if (reduced < 0)
                return fail(why, rowText(r) + ", " + columnText(arc.column) + ": negative reduced cost "
                                     + std::to_string(reduced) + " (dual infeasible)");
            if (arc.column == chosen) {
                chosenCost = arc.cost;
                if (reduced != 0)
                    return fail(why, rowText(r) + " holds " + columnText(chosen) + " at reduced cost "
                                         + std::to_string(reduced) + " (complementary slackness fails)");
            }
        }
        if (u[idx(r)] > row.unassignedPenalty)
            return fail(why, rowText(r) + ": potential above its penalty (dual infeasible)");
        if (chosen == kUnassigned) {
            if (u[idx(r)] != row.unassignedPenalty)
                return fail(why, rowText(r) + " is unassigned but its potential is below its penalty "
                                              "(complementary slackness fails)");
            primal += row.unassignedPenalty;
            continue;
        }
        if (!chosenCost)
            return fail(why, rowText(r) + " holds " + columnText(chosen) + ", which it does not list");
        primal += *chosenCost;
        ++assigned;
        ++load[idx(chosen)];
    }
    for (int c = 0; c < m; ++c) {
        if (load[idx(c)] > problem.capacity(c))
            return fail(why, columnText(c) + " holds more rows than its capacity");
        if (v[idx(c)] < 0 && load[idx(c)] != problem.capacity(c))
            return fail(why, columnText(c) + " has v < 0 but is not full (complementary slackness fails)");
    }
    if (primal != result.totalCost)
        return fail(why, "reported total " + std::to_string(result.totalCost) + " but the assignment costs "
                             + std::to_string(primal));
    if (assigned != result.assignedCount)
        return fail(why, "reported assigned count is wrong");

    // Redundant with complementary slackness, but cheap and the whole point:
    // the dual objective equals the primal cost, so no assignment is cheaper.
    // Summed modulo 2^64 (unsigned wraps, never overflows): with the checks
    // above passed the true sums are equal, so a mismatch here can only mean
    // a bug in this function, never a false acceptance.
    std::uint64_t dual = 0;
    for (int r = 0; r < n; ++r)
        dual += static_cast<std::uint64_t>(u[idx(r)]);
    for (int c = 0; c < m; ++c)
        dual += static_cast<std::uint64_t>(problem.capacity(c)) * static_cast<std::uint64_t>(v[idx(c)]);
    if (dual != static_cast<std::uint64_t>(primal))
        return fail(why, "dual objective differs from the cost " + std::to_string(primal));
    return true;
}

} // namespace doorstep::dispatch
