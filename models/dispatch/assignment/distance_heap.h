#pragma once
// Dijkstra's priority queue: a binary min-heap of (distance, node) with lazy
// deletion (a node may be pushed again with a smaller distance; the caller
// skips stale entries). Ties pop the lower node index first, which makes every
// search, and so every answer, deterministic.

#include "assignment/assignment_problem.h"

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace doorstep::dispatch::assignment::detail {

class DistanceHeap
{
public:
    using Entry = std::pair<Cost, int>;

    bool empty() const { return m_heap.empty(); }
    const Entry &top() const { return m_heap.front(); }
    void push(Cost distance, int node)
    {
        m_heap.emplace_back(distance, node);
        std::push_heap(m_heap.begin(), m_heap.end(), std::greater<>());
    }
    void pop()
    {
        std::pop_heap(m_heap.begin(), m_heap.end(), std::greater<>());
        m_heap.pop_back();
    }
    void clear() { m_heap.clear(); } // keeps the allocation for the next search

private:
    std::vector<Entry> m_heap;
};

} // namespace doorstep::dispatch::assignment::detail
