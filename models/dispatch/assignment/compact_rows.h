#pragma once
// The problem's rows flattened into contiguous arrays (CSR): the searches walk
// a row's arcs many times, and one array per field is far friendlier to the
// cache than a vector per row.

#include "assignment/assignment_problem.h"

#include <cstddef>
#include <span>
#include <vector>

namespace doorstep::dispatch::assignment::detail {

class CompactRows
{
public:
    explicit CompactRows(const AssignmentProblem &problem);

    int rowCount() const { return static_cast<int>(m_penalty.size()); }
    std::span<const int> columns(int row) const { return {m_column.data() + begin(row), size(row)}; }
    std::span<const Cost> costs(int row) const { return {m_cost.data() + begin(row), size(row)}; }
    Cost penalty(int row) const { return m_penalty[static_cast<std::size_t>(row)]; }

private:
    std::size_t begin(int row) const { return m_start[static_cast<std::size_t>(row)]; }
    std::size_t size(int row) const { return m_start[static_cast<std::size_t>(row) + 1] - begin(row); }

    std::vector<std::size_t> m_start; // arcs of row r are [m_start[r], m_start[r + 1])
    std::vector<int> m_column;
    std::vector<Cost> m_cost;
    std::vector<Cost> m_penalty;
};

} // namespace doorstep::dispatch::assignment::detail
