#pragma once
// Which rows each column currently holds. A column of capacity k holds up to k
// rows, kept in an intrusive doubly linked list so that moving a row between
// columns is O(1) and memory is O(rows + columns) whatever the capacities.

#include <cstddef>
#include <vector>

namespace doorstep::dispatch::assignment::detail {

class ColumnOccupancy
{
public:
    ColumnOccupancy(const std::vector<int> &capacity, int rowCount);

    int columnOf(int row) const { return m_columnOf[idx(row)]; } // -1 if unassigned
    int load(int column) const { return m_load[idx(column)]; }
    bool hasRoom(int column) const { return m_load[idx(column)] < m_capacity[idx(column)]; }
    int columnCount() const { return static_cast<int>(m_capacity.size()); }

    // Rows of a column: for (int r = first(c); r != -1; r = next(r)).
    int first(int column) const { return m_head[idx(column)]; }
    int next(int row) const { return m_next[idx(row)]; }

    // `row` must be unassigned and `column` must have room.
    void assign(int row, int column);
    // `row` must be assigned.
    void unassign(int row);

private:
    static std::size_t idx(int i) { return static_cast<std::size_t>(i); }

    std::vector<int> m_capacity;
    std::vector<int> m_load;
    std::vector<int> m_head;
    std::vector<int> m_columnOf;
    std::vector<int> m_next;
    std::vector<int> m_prev;
};

} // namespace doorstep::dispatch::assignment::detail
