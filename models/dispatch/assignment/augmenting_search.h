#pragma once
// One step of successive shortest paths: insert a new row into an optimal
// assignment of the rows inserted so far, keeping it optimal.
//
// Invariants between steps, over the inserted rows R (the LP of
// assignment_result.h restricted to R):
//   u_r + v_c <= cost(r, c) for r in R, equality when r holds c;
//   u_r <= penalty_r, equality when r is unassigned;
//   v_c <= 0, and v_c < 0 only when column c is full.
// A step runs Dijkstra from the new row over reduced costs
// cost(r, c) - u_r - v_c along alternating paths
//     new row -> column -> a row it holds -> column -> ... -> terminal,
// where a terminal is a column with room (extra reduced cost -v_c = 0) or a
// row giving up to stay unassigned (extra reduced cost penalty_r - u_r). It
// then shifts the potentials by the distances so the invariants hold again and
// flips the path. Only full columns are expanded, so a search usually stops
// after a handful of pops.

#include "assignment/column_occupancy.h"
#include "assignment/compact_rows.h"
#include "assignment/distance_heap.h"
#include "assignment/run_control.h"

#include <cstdint>
#include <vector>

namespace doorstep::dispatch::assignment::detail {

class AugmentingSearch
{
public:
    // Keeps references to all four; u and v are sized to rows and columns.
    AugmentingSearch(const CompactRows &rows, ColumnOccupancy &occupancy, std::vector<Cost> &u, std::vector<Cost> &v);

    // Inserts `row` (not inserted before). Returns false, changing nothing,
    // if cancelled.
    bool insertRow(int row, RunControl &control);

private:
    enum class Label : std::uint8_t { Untouched, Queued, Scanned };

    void relaxRow(int row, Cost distance);
    void reset();

    const CompactRows &m_rows;
    ColumnOccupancy &m_occupancy;
    std::vector<Cost> &m_u;
    std::vector<Cost> &m_v;

    // Per column, valid while its label is not Untouched.
    std::vector<Cost> m_distance;
    std::vector<int> m_predecessorRow; // the row whose arc gave m_distance
    std::vector<Label> m_label;
    std::vector<int> m_touched; // columns to reset after the search
    std::vector<int> m_scanned; // full columns popped, in order
    DistanceHeap m_heap;

    // Cheapest "some reached row gives up and stays unassigned" terminal.
    Cost m_bestDropDistance = 0;
    int m_bestDropRow = -1;
    // Length of the best terminal seen so far (a drop, or a queued column with
    // room): nothing farther can end the search, so it is never queued.
    Cost m_bound = 0;
};

} // namespace doorstep::dispatch::assignment::detail
