#pragma once
// The exact price of each row's best alternative, from the optimal solution.
//
// Forcing row r away from its choice and re-optimising everything else costs
// exactly the cheapest cycle through r in the residual graph of the optimal
// flow (the difference of two assignments splits into cycles, and every cycle
// not through r costs >= 0 at an optimum). With the optimal potentials
// (-u on rows, v on columns, 0 on the sink) every residual arc has reduced
// cost >= 0 and a cycle's reduced cost equals its real cost, so Dijkstra from
// r finds it. Residual arcs:
//   row -> listed column it does not hold     cost - u_r - v_c
//   column -> a row it holds                  0 (tight)
//   row -> sink (drop an assigned row)        penalty_r - u_r
//   sink -> unassigned row (serve it)         0 (tight)
//   column with room -> sink                  v_c (= 0)
//   sink -> column holding >= 1 row           -v_c
// The cycle leaves r by its first arc (the alternative) and returns through
// r's own column, or through the sink if r is unassigned.
//
// The sink is adjacent to every loaded column, so expanding it in every
// search would make each one touch most of the graph. Instead one Dijkstra
// from the sink, done once, gives the distance from the sink to every column;
// a search that reaches the sink jumps straight to its target with it. (The
// resulting closed walk may revisit nodes, but it splits into cycles of cost
// >= 0 one of which passes through r with the same first arc, so the minimum
// and the alternative found are exact.)

#include "assignment/assignment_result.h"
#include "assignment/column_occupancy.h"
#include "assignment/compact_rows.h"
#include "assignment/distance_heap.h"
#include "assignment/run_control.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace doorstep::dispatch::assignment::detail {

class AlternativeSearch
{
public:
    // All arguments describe a finished optimal solve and must outlive this.
    AlternativeSearch(const CompactRows &rows, const ColumnOccupancy &occupancy, const std::vector<Cost> &u,
                      const std::vector<Cost> &v);

    // The one-off search from the sink; call before explain(). False if cancelled.
    bool prepare(RunControl &control);
    // std::nullopt if cancelled.
    std::optional<RowAlternative> explain(int row, RunControl &control);

private:
    enum class Label : std::uint8_t { Untouched, Queued, Scanned };

    void relax(int node, Cost distance, int origin);
    void relaxRow(int row, Cost distance, int origin);
    void reachSink(Cost distance, int origin);
    void seedTarget(int row);
    void reset();
    // Anything farther than the target's tentative distance can only lead to a
    // longer cycle (reduced costs are >= 0), so it is not queued.
    bool beyondTarget(int node, Cost distance) const;

    const CompactRows &m_rows;
    const ColumnOccupancy &m_occupancy;
    const std::vector<Cost> &m_u;
    const std::vector<Cost> &m_v;
    const int m_sink; // node index after the columns

    int m_start = -1;  // the row being explained (-1 while preparing)
    int m_target = -1; // the node through which the cycle closes into m_start

    std::vector<Cost> m_fromSink; // per column: shortest reduced distance from the sink
    std::vector<bool> m_reachableFromSink;

    // Per node (columns, then the sink).
    std::vector<Cost> m_distance;
    std::vector<int> m_origin; // first column of the path from the start row, or kUnassigned
    std::vector<Label> m_label;
    std::vector<int> m_touched;
    DistanceHeap m_heap;
};

} // namespace doorstep::dispatch::assignment::detail
