#include "assignment/assignment_problem.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <stdexcept>

namespace doorstep::dispatch {

int AssignmentProblem::addColumn(int capacity)
{
    m_capacity.push_back(capacity);
    return columnCount() - 1;
}

int AssignmentProblem::addRow(Cost unassignedPenalty)
{
    m_rows.push_back(AssignmentRow{{}, unassignedPenalty});
    return rowCount() - 1;
}

void AssignmentProblem::addArc(int row, int column, Cost cost)
{
    if (row < 0 || row >= rowCount())
        throw std::out_of_range("AssignmentProblem::addArc: no such row");
    m_rows[static_cast<std::size_t>(row)].arcs.push_back(AssignmentArc{column, cost});
}

void AssignmentProblem::reserveArcs(int row, std::size_t count)
{
    if (row < 0 || row >= rowCount())
        throw std::out_of_range("AssignmentProblem::reserveArcs: no such row");
    m_rows[static_cast<std::size_t>(row)].arcs.reserve(count);
}

std::size_t AssignmentProblem::arcCount() const
{
    std::size_t n = 0;
    for (const AssignmentRow &row : m_rows)
        n += row.arcs.size();
    return n;
}

std::string AssignmentProblem::validate() const
{
    const int columns = columnCount();
    for (int c = 0; c < columns; ++c) {
        if (capacity(c) < 0)
            return "column " + std::to_string(c) + " has a negative capacity";
    }
    if (arcCount() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return "too many feasible pairs";

    // lastRowOf[c] == r marks column c as already listed by row r: finds
    // duplicates in one pass without sorting.
    std::vector<int> lastRowOf(static_cast<std::size_t>(columns), -1);
    Cost largest = 1;
    for (int r = 0; r < rowCount(); ++r) {
        const AssignmentRow &row = this->row(r);
        if (std::llabs(row.unassignedPenalty) > kMaxAbsCost)
            return "row " + std::to_string(r) + ": unassigned penalty out of range";
        largest = std::max(largest, static_cast<Cost>(std::llabs(row.unassignedPenalty)));
        for (const AssignmentArc &arc : row.arcs) {
            if (arc.column < 0 || arc.column >= columns)
                return "row " + std::to_string(r) + ": column " + std::to_string(arc.column) + " does not exist";
            int &last = lastRowOf[static_cast<std::size_t>(arc.column)];
            if (last == r)
                return "row " + std::to_string(r) + ": column " + std::to_string(arc.column) + " listed twice";
            last = r;
            if (std::llabs(arc.cost) > kMaxAbsCost)
                return "row " + std::to_string(r) + ": cost to column " + std::to_string(arc.column) + " out of range";
            largest = std::max(largest, static_cast<Cost>(std::llabs(arc.cost)));
        }
    }
    // Potentials and tentative distances are sums along alternating paths of at
    // most 2 × rows + 1 arcs (plus a few potentials), so they stay below a small
    // multiple of (rows + 1) × largest. Demanding that product ≤ 2^58 leaves
    // more than a factor 16 of headroom in int64.
    constexpr Cost kPathBudget = Cost{1} << 58;
    if (static_cast<Cost>(rowCount()) + 1 > kPathBudget / largest)
        return "problem too large for exact 64-bit costs: scale the costs down";
    return {};
}

Cost scaledCost(double value, double unitsPerValue)
{
    const double scaled = value * unitsPerValue;
    const double limit = static_cast<double>(kMaxAbsCost + 1);
    if (std::isnan(scaled))
        return kMaxAbsCost + 1;
    return static_cast<Cost>(std::llround(std::clamp(scaled, -limit, limit)));
}

} // namespace doorstep::dispatch
