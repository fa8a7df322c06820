#include "assignment/augmenting_search.h"

#include <algorithm>

namespace doorstep::dispatch::assignment::detail {

namespace {
std::size_t idx(int i) { return static_cast<std::size_t>(i); }
} // namespace

AugmentingSearch::AugmentingSearch(const CompactRows &rows, ColumnOccupancy &occupancy, std::vector<Cost> &u,
                                   std::vector<Cost> &v)
    : m_rows(rows),
      m_occupancy(occupancy),
      m_u(u),
      m_v(v),
      m_distance(idx(occupancy.columnCount()), 0),
      m_predecessorRow(idx(occupancy.columnCount()), -1),
      m_label(idx(occupancy.columnCount()), Label::Untouched)
{
}

// `row` has been reached at `distance` (it is the new row, or it holds a
// scanned full column and may move out of it).
void AugmentingSearch::relaxRow(int row, Cost distance)
{
    const Cost u = m_u[idx(row)];
    const int own = m_occupancy.columnOf(row);
    const auto columns = m_rows.columns(row);
    const auto costs = m_rows.costs(row);
    for (std::size_t k = 0; k < columns.size(); ++k) {
        const int c = columns[k];
        if (c == own)
            continue;
        Label &label = m_label[idx(c)];
        if (label == Label::Scanned)
            continue;
        const Cost d = distance + costs[k] - u - m_v[idx(c)];
        if (d > m_bound)
            continue;
        if (label == Label::Untouched) {
            label = Label::Queued;
            m_touched.push_back(c);
        } else if (d >= m_distance[idx(c)]) {
            continue;
        }
        m_distance[idx(c)] = d;
        m_predecessorRow[idx(c)] = row;
        m_heap.push(d, c);
        if (m_occupancy.hasRoom(c))
            m_bound = std::min(m_bound, d);
    }
    const Cost drop = distance + m_rows.penalty(row) - u;
    if (drop < m_bestDropDistance) {
        m_bestDropDistance = drop;
        m_bestDropRow = row;
        m_bound = std::min(m_bound, drop);
    }
}

void AugmentingSearch::reset()
{
    for (int c : m_touched)
        m_label[idx(c)] = Label::Untouched;
    m_touched.clear();
    m_scanned.clear();
    m_heap.clear();
}

bool AugmentingSearch::insertRow(int newRow, RunControl &control)
{
    // Distances are measured from the new row with u_new = 0 for now; they may
    // be negative, which Dijkstra tolerates on the arcs out of the start node.
    m_u[idx(newRow)] = 0;
    m_bestDropDistance = m_rows.penalty(newRow);
    m_bestDropRow = newRow;
    m_bound = m_bestDropDistance;
    relaxRow(newRow, 0);

    int terminalColumn = -1; // -1: the terminal is m_bestDropRow staying unassigned
    Cost shortest = 0;
    while (true) {
        if (control.cancelledEvery4096Steps()) {
            reset();
            return false;
        }
        // Stale heap entries: the column was scanned, or re-queued closer.
        while (!m_heap.empty()
               && (m_label[idx(m_heap.top().second)] == Label::Scanned
                   || m_heap.top().first != m_distance[idx(m_heap.top().second)]))
            m_heap.pop();
        // On a tie between a column and dropping a row, take the column: the
        // cost is the same and one more row gets served.
        if (m_heap.empty() || m_heap.top().first > m_bestDropDistance) {
            shortest = m_bestDropDistance;
            break;
        }
        const auto [distance, c] = m_heap.top();
        m_heap.pop();
        m_label[idx(c)] = Label::Scanned;
        if (m_occupancy.hasRoom(c)) {
            terminalColumn = c;
            shortest = distance;
            break;
        }
        m_scanned.push_back(c);
        for (int r = m_occupancy.first(c); r != -1; r = m_occupancy.next(r))
            relaxRow(r, distance); // the arc (r, c) is tight: reduced cost 0
    }

    // Potential update (Dijkstra's "distances become potentials"): every
    // scanned column and the rows it holds shift by shortest - distance, which
    // keeps reduced costs >= 0, keeps held arcs tight and makes the path tight.
    for (int c : m_scanned) {
        const Cost shift = shortest - m_distance[idx(c)];
        m_v[idx(c)] -= shift;
        for (int r = m_occupancy.first(c); r != -1; r = m_occupancy.next(r))
            m_u[idx(r)] += shift;
    }
    m_u[idx(newRow)] += shortest;

    // Flip the path, walking back from the terminal: each row moves into the
    // column after it and frees its own column for the row before it.
    int column = terminalColumn;
    int row = -1;
    if (terminalColumn == -1) {
        if (m_bestDropRow == newRow) {
            reset();
            return true; // the new row itself is best left unassigned
        }
        column = m_occupancy.columnOf(m_bestDropRow);
        m_occupancy.unassign(m_bestDropRow);
    }
    row = m_predecessorRow[idx(column)];
    while (true) {
        const int previous = m_occupancy.columnOf(row);
        if (previous != -1)
            m_occupancy.unassign(row);
        m_occupancy.assign(row, column);
        if (row == newRow)
            break;
        column = previous;
        row = m_predecessorRow[idx(column)];
    }
    reset();
    return true;
}

} // namespace doorstep::dispatch::assignment::detail
