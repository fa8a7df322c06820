#pragma once
// When a search phase must stop: a wall-clock deadline, an iteration cap
// (for exactly reproducible runs) and an external cancel flag, whichever
// comes first. A phase can be given a share of its parent's budget.

#include <atomic>
#include <chrono>
#include <cstdint>

namespace doorstep::dispatch::routing::detail {

class SearchBudget
{
public:
    using Clock = std::chrono::steady_clock;

    // seconds <= 0 or infinite means no deadline; maxIterations 0 means none.
    SearchBudget(double seconds, std::uint64_t maxIterations, const std::atomic<bool> *cancel);

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

    Clock::time_point m_start;
    Clock::time_point m_deadline;
    bool m_hasDeadline = false;
    std::uint64_t m_maxIterations = 0;
    std::uint64_t m_iterations = 0;
    const std::atomic<bool> *m_cancel = nullptr;
    SearchBudget *m_parent = nullptr;
};

} // namespace doorstep::dispatch::routing::detail
