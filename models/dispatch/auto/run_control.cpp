#include "auto/run_control.h"

#include <algorithm>

namespace doorstep::dispatch::autodispatch::detail {

RunControl::RunControl(int budgetMs, const std::atomic<bool> *cancel, std::function<void(int, int)> progress)
    : m_begin(std::chrono::steady_clock::now()), m_budgetMs(budgetMs), m_cancel(cancel), m_progress(std::move(progress))
{
}

double RunControl::elapsedMs() const
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - m_begin).count();
}

bool RunControl::outOfTime() const
{
    return m_budgetMs > 0 && elapsedMs() >= m_budgetMs;
}

double RunControl::timeUsed() const
{
    return m_budgetMs > 0 ? std::clamp(elapsedMs() / m_budgetMs, 0.0, 1.0) : 0.0;
}

void RunControl::report(int done)
{
    done = std::clamp(done, 0, kTotal);
    if (done <= m_reported)
        return;
    m_reported = done;
    if (m_progress)
        m_progress(done, kTotal);
}

} // namespace doorstep::dispatch::autodispatch::detail
