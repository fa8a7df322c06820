#include "assignment/alternative_search.h"

namespace doorstep::dispatch::assignment::detail {

namespace {
std::size_t idx(int i) { return static_cast<std::size_t>(i); }
} // namespace

AlternativeSearch::AlternativeSearch(const CompactRows &rows, const ColumnOccupancy &occupancy,
                                     const std::vector<Cost> &u, const std::vector<Cost> &v)
    : m_rows(rows),
      m_occupancy(occupancy),
      m_u(u),
      m_v(v),
      m_sink(occupancy.columnCount()),
      m_fromSink(idx(occupancy.columnCount()), 0),
      m_reachableFromSink(idx(occupancy.columnCount()), false),
      m_distance(idx(occupancy.columnCount()) + 1, 0),
      m_origin(idx(occupancy.columnCount()) + 1, kUnassigned),
      m_label(idx(occupancy.columnCount()) + 1, Label::Untouched)
{
}

bool AlternativeSearch::beyondTarget(int node, Cost distance) const
{
    return m_target >= 0 && node != m_target && m_label[idx(m_target)] != Label::Untouched
           && distance > m_distance[idx(m_target)];
}

void AlternativeSearch::relax(int node, Cost distance, int origin)
{
    Label &label = m_label[idx(node)];
    if (label == Label::Scanned || beyondTarget(node, distance))
        return;
    if (label == Label::Untouched) {
        label = Label::Queued;
        m_touched.push_back(node);
    } else if (distance >= m_distance[idx(node)]) {
        return;
    }
    m_distance[idx(node)] = distance;
    m_origin[idx(node)] = origin;
    m_heap.push(distance, node);
}

// The search has a path to the sink of length `distance`.
void AlternativeSearch::reachSink(Cost distance, int origin)
{
    if (m_start < 0)
        return; // preparing: the search starts at the sink
    if (m_target == m_sink)
        relax(m_sink, distance, origin);
    else if (m_reachableFromSink[idx(m_target)])
        relax(m_target, distance + m_fromSink[idx(m_target)], origin);
}

void AlternativeSearch::relaxRow(int row, Cost distance, int origin)
{
    const Cost u = m_u[idx(row)];
    const int own = m_occupancy.columnOf(row);
    const auto columns = m_rows.columns(row);
    const auto costs = m_rows.costs(row);
    const bool isStart = row == m_start;
    for (std::size_t k = 0; k < columns.size(); ++k) {
        const int c = columns[k];
        if (c != own)
            relax(c, distance + costs[k] - u - m_v[idx(c)], isStart ? c : origin);
    }
    if (own != -1)
        reachSink(distance + m_rows.penalty(row) - u, isStart ? kUnassigned : origin);
}

void AlternativeSearch::reset()
{
    for (int node : m_touched)
        m_label[idx(node)] = Label::Untouched;
    m_touched.clear();
    m_heap.clear();
}

bool AlternativeSearch::prepare(RunControl &control)
{
    m_start = -1;
    m_target = -1;
    for (int c = 0; c < m_occupancy.columnCount(); ++c) {
        if (m_occupancy.load(c) > 0)
            relax(c, -m_v[idx(c)], kUnassigned);
    }
    for (int r = 0; r < m_rows.rowCount(); ++r) {
        if (m_occupancy.columnOf(r) == -1)
            relaxRow(r, m_u[idx(r)] - m_rows.penalty(r), kUnassigned); // sink -> r is tight: 0
    }
    while (!m_heap.empty()) {
        if (control.cancelledEvery4096Steps()) {
            reset();
            return false;
        }
        const auto [distance, c] = m_heap.top();
        m_heap.pop();
        if (m_label[idx(c)] == Label::Scanned || distance != m_distance[idx(c)])
            continue; // stale
        m_label[idx(c)] = Label::Scanned;
        m_fromSink[idx(c)] = distance;
        m_reachableFromSink[idx(c)] = true;
        for (int r = m_occupancy.first(c); r != -1; r = m_occupancy.next(r))
            relaxRow(r, distance, kUnassigned);
    }
    reset();
    return true;
}

// Queues the target at the length of the obvious cycles, so that the search
// can ignore everything farther from the start: leave `row` by dropping it or
// by a listed column with room, reach the sink at once, and go on to the
// target from there.
void AlternativeSearch::seedTarget(int row)
{
    const int own = m_occupancy.columnOf(row);
    if (own != -1)
        reachSink(m_rows.penalty(row) - m_u[idx(row)], kUnassigned);
    const auto columns = m_rows.columns(row);
    const auto costs = m_rows.costs(row);
    for (std::size_t k = 0; k < columns.size(); ++k) {
        const int c = columns[k];
        // row -> c -> sink: (cost - u - v_c) + v_c.
        if (c != own && m_occupancy.hasRoom(c))
            reachSink(costs[k] - m_u[idx(row)], c);
    }
}

std::optional<RowAlternative> AlternativeSearch::explain(int row, RunControl &control)
{
    m_start = row;
    const int own = m_occupancy.columnOf(row);
    m_target = own != -1 ? own : m_sink;
    seedTarget(row);
    relaxRow(row, 0, kUnassigned);

    RowAlternative answer;
    while (!m_heap.empty()) {
        if (control.cancelledEvery4096Steps()) {
            reset();
            return std::nullopt;
        }
        const auto [distance, node] = m_heap.top();
        m_heap.pop();
        if (m_label[idx(node)] == Label::Scanned || distance != m_distance[idx(node)])
            continue; // stale
        m_label[idx(node)] = Label::Scanned;
        const int origin = m_origin[idx(node)];
        if (node == m_target) {
            // The closing arc (target -> row) has reduced cost 0.
            answer = RowAlternative{true, origin, distance};
            break;
        }
        // Only columns get here: the sink is queued only when it is the target.
        if (m_occupancy.hasRoom(node))
            reachSink(distance + m_v[idx(node)], origin);
        for (int r = m_occupancy.first(node); r != -1; r = m_occupancy.next(r))
            relaxRow(r, distance, origin);
    }
    reset();
    return answer;
}

} // namespace doorstep::dispatch::assignment::detail
