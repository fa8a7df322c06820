#pragma once
// The caller's grip on a running solve: the cancel flag (polled cheaply) and
// a progress callback throttled to about 100 calls, since the caller usually
// forwards it across threads to a progress bar.

#include <atomic>
#include <functional>

namespace doorstep::dispatch::assignment::detail {

class RunControl
{
public:
    RunControl(const std::atomic<bool> *cancel, std::function<void(int, int)> progress, int totalUnits);

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    // For inner loops: reads the flag only every 4096 calls.
    bool cancelledEvery4096Steps();
    // One unit of work done; reports when another percent is reached.
    void step();
    // Reports (total, total) unless that was the last report (also for total 0).
    void finish();

private:
    const std::atomic<bool> *m_cancel;
    std::function<void(int, int)> m_progress;
    int m_total;
    int m_done = 0;
    int m_nextReport = 0;
    int m_lastReported = -1;
    unsigned m_steps = 0;
};

} // namespace doorstep::dispatch::assignment::detail
