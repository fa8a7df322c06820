#include "assignment/min_cost_assignment.h"

#include "assignment/alternative_search.h"
#include "assignment/augmenting_search.h"
#include "assignment/column_occupancy.h"
#include "assignment/compact_rows.h"
#include "assignment/run_control.h"

namespace doorstep::dispatch {

namespace {

using namespace assignment::detail;

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

UnassignedReason reasonFor(int row, const CompactRows &rows, const ColumnOccupancy &occupancy,
                           const std::vector<int> &capacity)
{
    if (occupancy.columnOf(row) != -1)
        return UnassignedReason::Assigned;
    bool anyUsable = false;
    for (int c : rows.columns(row)) {
        if (occupancy.hasRoom(c))
            return UnassignedReason::PenaltyCheaper;
        anyUsable = anyUsable || capacity[idx(c)] > 0;
    }
    return anyUsable ? UnassignedReason::FeasibleColumnsFull : UnassignedReason::NoFeasibleColumn;
}

void fillAssignment(AssignmentResult &result, const AssignmentProblem &problem, const CompactRows &rows,
                    const ColumnOccupancy &occupancy)
{
    const int n = problem.rowCount();
    result.columnOfRow.resize(idx(n));
    result.reason.resize(idx(n));
    for (int r = 0; r < n; ++r) {
        const int c = occupancy.columnOf(r);
        result.columnOfRow[idx(r)] = c;
        result.reason[idx(r)] = reasonFor(r, rows, occupancy, problem.capacities());
        if (c == -1) {
            result.totalCost += rows.penalty(r);
            continue;
        }
        ++result.assignedCount;
        const auto columns = rows.columns(r);
        for (std::size_t k = 0; k < columns.size(); ++k) {
            if (columns[k] == c)
                result.totalCost += rows.costs(r)[k];
        }
    }
}

} // namespace

AssignmentResult solveMinCostAssignment(const AssignmentProblem &problem, const AssignmentOptions &options)
{
    AssignmentResult result;
    if (std::string error = problem.validate(); !error.empty()) {
        result.status = AssignmentStatus::InvalidInput;
        result.error = std::move(error);
        return result;
    }

    const int n = problem.rowCount();
    const CompactRows rows(problem);
    ColumnOccupancy occupancy(problem.capacities(), n);
    std::vector<Cost> u(idx(n), 0);
    std::vector<Cost> v(idx(problem.columnCount()), 0); // all columns empty: v = 0 is feasible
    RunControl control(options.cancel, options.progress, options.computeAlternatives ? 2 * n : n);

    // Rows are inserted in input order; any order gives the same optimum.
    AugmentingSearch search(rows, occupancy, u, v);
    for (int r = 0; r < n; ++r) {
        if (control.cancelled() || !search.insertRow(r, control)) {
            result.status = AssignmentStatus::Cancelled;
            return result;
        }
        result.rowsProcessed = r + 1;
        control.step();
    }

    fillAssignment(result, problem, rows, occupancy);
    if (options.computeAlternatives) {
        AssignmentResult cancelled;
        cancelled.status = AssignmentStatus::Cancelled;
        cancelled.rowsProcessed = n;
        AlternativeSearch alternatives(rows, occupancy, u, v);
        if (!alternatives.prepare(control))
            return cancelled;
        result.alternative.resize(idx(n));
        for (int r = 0; r < n; ++r) {
            std::optional<RowAlternative> alternative;
            if (!control.cancelled())
                alternative = alternatives.explain(r, control);
            if (!alternative)
                return cancelled;
            result.alternative[idx(r)] = *alternative;
            control.step();
        }
    }
    result.rowPotential = std::move(u);
    result.columnPotential = std::move(v);
    result.status = AssignmentStatus::Optimal;
    control.finish();
    return result;
}

} // namespace doorstep::dispatch
