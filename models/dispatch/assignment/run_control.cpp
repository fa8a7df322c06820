#include "assignment/run_control.h"

#include <algorithm>
#include <utility>

namespace doorstep::dispatch::assignment::detail {

RunControl::RunControl(const std::atomic<bool> *cancel, std::function<void(int, int)> progress, int totalUnits)
    : m_cancel(cancel), m_progress(std::move(progress)), m_total(totalUnits)
{
}

bool RunControl::cancelledEvery4096Steps()
{
    return (++m_steps & 4095u) == 0 && cancelled();
}

void RunControl::step()
{
    ++m_done;
    if (!m_progress)
        return;
    if (m_done >= m_nextReport || m_done == m_total) {
        m_progress(m_done, m_total);
        m_lastReported = m_done;
        m_nextReport = m_done + std::max(1, m_total / 100);
    }
}

void RunControl::finish()
{
    if (m_progress && m_lastReported != m_total) {
        m_progress(m_total, m_total);
        m_lastReported = m_total;
    }
}

} // namespace doorstep::dispatch::assignment::detail
