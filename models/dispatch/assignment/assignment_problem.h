#pragma once
// The input of one batch assignment: orders (rows) × providers (columns).
// Sparse: each row lists only the columns it may go to, with an integer cost.
// Each column takes at most `capacity` rows; a row may stay unassigned at its
// own penalty. The solver minimises
//     sum of costs of the chosen (row, column) pairs + sum of penalties of unassigned rows.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace doorstep::dispatch {

// Costs are 64-bit integers, not doubles, so that "optimal" is exact: the solver
// never compares with an epsilon, ties are real ties, and the optimality
// certificate (certifyOptimal) is checked with exact equalities. Callers scale
// their real-valued costs into integer units with scaledCost(), e.g. minutes ×
// 100; the answer is then exactly optimal for the scaled costs (and within
// rows × 0.5 units of the unrounded problem).
using Cost = std::int64_t;

// Largest |cost| or |penalty| accepted. Together with the size check in
// validate() it keeps every potential and path length far from int64 overflow.
inline constexpr Cost kMaxAbsCost = Cost{1} << 40;

struct AssignmentArc
{
    int column = 0;
    Cost cost = 0;
};

struct AssignmentRow
{
    std::vector<AssignmentArc> arcs; // feasible columns, each at most once, any order
    Cost unassignedPenalty = 0;      // paid instead of a cost if the row stays unassigned
};

class AssignmentProblem
{
public:
    // Returns the new column's index. capacity 0 is allowed (the column takes nothing).
    int addColumn(int capacity = 1);
    // Returns the new row's index. A penalty larger than any way of assigning the
    // row makes the solver assign as many rows as possible (see README).
    int addRow(Cost unassignedPenalty);
    // Declares (row, column) feasible at `cost`. Throws std::out_of_range for an
    // unknown row; a bad column or a duplicate pair is reported by validate().
    void addArc(int row, int column, Cost cost);
    void reserveArcs(int row, std::size_t count);

    int rowCount() const { return static_cast<int>(m_rows.size()); }
    int columnCount() const { return static_cast<int>(m_capacity.size()); }
    const AssignmentRow &row(int r) const { return m_rows[static_cast<std::size_t>(r)]; }
    int capacity(int column) const { return m_capacity[static_cast<std::size_t>(column)]; }
    const std::vector<AssignmentRow> &rows() const { return m_rows; }
    const std::vector<int> &capacities() const { return m_capacity; }
    std::size_t arcCount() const;

    // Empty if the problem can be solved exactly, else the first thing wrong with
    // it: a column index out of range, a (row, column) pair listed twice, a
    // negative capacity, a cost or penalty beyond ±kMaxAbsCost, or a problem so
    // large that (rows + 1) × largest |cost| could overflow path lengths.
    std::string validate() const;

private:
    std::vector<AssignmentRow> m_rows;
    std::vector<int> m_capacity;
};

// round(value × unitsPerValue) as a Cost. Values that do not fit (or NaN) come
// back just beyond ±kMaxAbsCost, so validate() rejects them instead of the
// rounding silently wrapping.
Cost scaledCost(double value, double unitsPerValue);

} // namespace doorstep::dispatch
