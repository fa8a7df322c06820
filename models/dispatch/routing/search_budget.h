#pragma once
// When a search phase must stop: a time deadline, an iteration cap (for
// exactly reproducible runs) and an external cancel flag, whichever comes
// first. A phase can be given a share of its parent's budget.

#include "routing/solver.h"

#include <atomic>
#include <cstdint>

namespace doorstep::dispatch::routing::detail {

// Seconds on the chosen clock (wall clock, or CPU time of the calling thread).
double clockSeconds(BudgetClock clock);

class SearchBudget
{
public:
    // seconds <= 0 or infinite means no deadline; maxIterations 0 means none.
    SearchBudget(double seconds, std::uint64_t maxIterations, const std::atomic<bool> *cancel,
                 BudgetClock clock = BudgetClock::Wall);

    // A budget ending no later than this one, with `share` (0..1] of what
    // remains of this one's time and iterations. Iterations spent in the
    // child count towards this budget too (see tick()).
    SearchBudget share(double share);

    bool exhausted() const;
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void tick();
    std::uint64_t iterations() const { return m_iterations; }
    // 0 at the start, 1 when the budget is used up (iterations when capped,
    // else time): drives annealing temperatures.
    double progress() const;
    double elapsedSeconds() const;

private:
    SearchBudget() = default;
    double now() const;

    BudgetClock m_clock = BudgetClock::Wall;
    double m_start = 0.0;
    double m_deadline = 0.0;
    bool m_hasDeadline = false;
    std::uint64_t m_maxIterations = 0;
    std::uint64_t m_iterations = 0;
    const std::atomic<bool> *m_cancel = nullptr;
    SearchBudget *m_parent = nullptr;
    // The thread CPU clock is a system call, far slower than an iteration of
    // the cheap loops; it is read on every 16th query only.
    mutable double m_lastNow = 0.0;
    mutable unsigned m_queries = 0;
};

} // namespace doorstep::dispatch::routing::detail
