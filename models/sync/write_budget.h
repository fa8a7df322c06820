#pragma once
// How many items (pushed mutations to record, pulled rows to apply) the sync
// worker's next write transaction may take. A console action on the GUI
// thread that wants to save while that transaction holds the store's write
// lock waits for all of it (ARCHITECTURE.md, "Threads"), so the transaction is
// sized by time, not by a fixed count: what a row costs varies tenfold with
// its kind (this office's customers coming back rewrite their row and its
// shadow) and with the machine's load. After each transaction the next one
// gets as many items as fit in `targetMs` at the cost per item just measured:
// it shrinks at once, and grows by half at most, since one quick transaction
// on a loaded machine is no promise (at load 10 on 2 cores the same rows cost
// up to eight times more from one page to the next: bench_sync_stall).
#include <algorithm>

namespace doorstep::sync {

class WriteBudget
{
public:
    // The sync worker's transactions hold the lock about this long: with the
    // GUI action's own commit and the busy handler's 2 ms poll, an action
    // waits well under the 100 ms a person notices (README, bench_sync_stall).
    static constexpr double kTargetMs = 20;

    // `firstItems`: the first transaction's, before anything was measured.
    WriteBudget(int minItems, int maxItems, int firstItems, double targetMs = kTargetMs)
        : m_min(std::max(1, minItems))
        , m_max(std::max(m_min, maxItems))
        , m_targetMs(targetMs)
        , m_next(std::clamp(firstItems, m_min, m_max))
    {
    }

    // Items for the next transaction, in [minItems, maxItems].
    int next() const { return m_next; }

    // The last transaction took `ms` for `items`.
    void took(int items, double ms)
    {
        if (items <= 0)
            return;
        const double perItem = std::max(ms, 0.0) / items;
        const double fit = perItem > 0 ? m_targetMs / perItem : double(m_max);
        const int grown = std::min(m_max, std::max(m_next, items) * 3 / 2);
        m_next = std::clamp(int(std::min(fit, double(grown))), m_min, m_max);
    }

private:
    int m_min;
    int m_max;
    double m_targetMs;
    int m_next;
};

} // namespace doorstep::sync
