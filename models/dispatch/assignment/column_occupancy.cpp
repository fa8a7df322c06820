#include "assignment/column_occupancy.h"

#include <cassert>

namespace doorstep::dispatch::assignment::detail {

ColumnOccupancy::ColumnOccupancy(const std::vector<int> &capacity, int rowCount)
    : m_capacity(capacity),
      m_load(capacity.size(), 0),
      m_head(capacity.size(), -1),
      m_columnOf(idx(rowCount), -1),
      m_next(idx(rowCount), -1),
      m_prev(idx(rowCount), -1)
{
}

void ColumnOccupancy::assign(int row, int column)
{
    assert(columnOf(row) == -1 && hasRoom(column));
    m_columnOf[idx(row)] = column;
    const int head = m_head[idx(column)];
    m_next[idx(row)] = head;
    m_prev[idx(row)] = -1;
    if (head != -1)
        m_prev[idx(head)] = row;
    m_head[idx(column)] = row;
    ++m_load[idx(column)];
}

void ColumnOccupancy::unassign(int row)
{
    const int column = columnOf(row);
    assert(column != -1);
    const int next = m_next[idx(row)];
    const int prev = m_prev[idx(row)];
    if (prev != -1)
        m_next[idx(prev)] = next;
    else
        m_head[idx(column)] = next;
    if (next != -1)
        m_prev[idx(next)] = prev;
    m_columnOf[idx(row)] = -1;
    m_next[idx(row)] = m_prev[idx(row)] = -1;
    --m_load[idx(column)];
}

} // namespace doorstep::dispatch::assignment::detail
