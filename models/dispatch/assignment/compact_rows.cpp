#include "assignment/compact_rows.h"

namespace doorstep::dispatch::assignment::detail {

CompactRows::CompactRows(const AssignmentProblem &problem)
{
    const std::size_t arcs = problem.arcCount();
    m_start.reserve(problem.rows().size() + 1);
    m_column.reserve(arcs);
    m_cost.reserve(arcs);
    m_penalty.reserve(problem.rows().size());
    m_start.push_back(0);
    for (const AssignmentRow &row : problem.rows()) {
        for (const AssignmentArc &arc : row.arcs) {
            m_column.push_back(arc.column);
            m_cost.push_back(arc.cost);
        }
        m_start.push_back(m_column.size());
        m_penalty.push_back(row.unassignedPenalty);
    }
}

} // namespace doorstep::dispatch::assignment::detail
