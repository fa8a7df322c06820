#pragma once
// When the planner must stop (time budget, cancel flag) and how far it is.
// Progress is reported in hundredths, never backwards, at most once per unit.

#include <atomic>
#include <chrono>
#include <functional>

namespace doorstep::dispatch::autodispatch::detail {

class RunControl
{
public:
    RunControl(int budgetMs, const std::atomic<bool> *cancel, std::function<void(int, int)> progress);

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    bool outOfTime() const;
    bool stop() const { return cancelled() || outOfTime(); }
    double elapsedMs() const;
    // Fraction of the time budget used, 0..1 (0 without a budget).
    double timeUsed() const;
    const std::atomic<bool> *cancelFlag() const { return m_cancel; }
    // done in 0..100; smaller values than already reported are ignored.
    void report(int done);
    void finish() { report(kTotal); }

    static constexpr int kTotal = 100;

private:
    std::chrono::steady_clock::time_point m_begin;
    int m_budgetMs;
    const std::atomic<bool> *m_cancel;
    std::function<void(int, int)> m_progress;
    int m_reported = -1;
};

} // namespace doorstep::dispatch::autodispatch::detail
