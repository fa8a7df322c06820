#include "routing/search_budget.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#if defined(__unix__) || defined(__APPLE__)
#include <time.h>
#define DOORSTEP_HAVE_THREAD_CPUTIME 1
#endif

namespace doorstep::dispatch::routing::detail {

double clockSeconds(BudgetClock clock)
{
#ifdef DOORSTEP_HAVE_THREAD_CPUTIME
    if (clock == BudgetClock::ThreadCpu) {
        timespec ts{};
        if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
            return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
    }
#else
    (void)clock; // no per-thread CPU clock here: fall back to the wall clock
#endif
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double SearchBudget::now() const
{
    if (m_clock == BudgetClock::Wall || (m_queries++ & 15u) == 0)
        m_lastNow = clockSeconds(m_clock);
    return m_lastNow;
}

SearchBudget::SearchBudget(double seconds, std::uint64_t maxIterations, const std::atomic<bool> *cancel,
                           BudgetClock clock)
    : m_clock(clock), m_start(clockSeconds(clock)), m_maxIterations(maxIterations), m_cancel(cancel),
      m_lastNow(m_start)
{
    if (seconds > 0.0 && std::isfinite(seconds)) {
        m_hasDeadline = true;
        m_deadline = m_start + seconds;
    }
}

SearchBudget SearchBudget::share(double share)
{
    share = std::clamp(share, 0.0, 1.0);
    SearchBudget child;
    child.m_clock = m_clock;
    child.m_start = clockSeconds(m_clock);
    child.m_lastNow = child.m_start;
    child.m_cancel = m_cancel;
    child.m_parent = this;
    if (m_hasDeadline) {
        child.m_hasDeadline = true;
        child.m_deadline = child.m_start + std::max(m_deadline - child.m_start, 0.0) * share;
    }
    if (m_maxIterations > 0) {
        const std::uint64_t remaining = m_maxIterations > m_iterations ? m_maxIterations - m_iterations : 0;
        // At least one iteration, or a zero share would mean "unlimited".
        child.m_maxIterations = std::max<std::uint64_t>(1, static_cast<std::uint64_t>(static_cast<double>(remaining) * share));
    }
    return child;
}

bool SearchBudget::exhausted() const
{
    if (cancelled())
        return true;
    if (m_maxIterations > 0 && m_iterations >= m_maxIterations)
        return true;
    if (m_parent && m_parent->exhausted())
        return true;
    return m_hasDeadline && now() >= m_deadline;
}

void SearchBudget::tick()
{
    ++m_iterations;
    if (m_parent)
        m_parent->tick();
}

double SearchBudget::progress() const
{
    // With an iteration cap, progress counts iterations only: a run with a
    // fixed iteration budget must not depend on the clock at all.
    if (m_maxIterations > 0)
        return std::clamp(static_cast<double>(m_iterations) / static_cast<double>(m_maxIterations), 0.0, 1.0);
    if (!m_hasDeadline)
        return 0.0;
    const double total = m_deadline - m_start;
    if (total <= 0.0)
        return 1.0;
    return std::clamp((now() - m_start) / total, 0.0, 1.0);
}

double SearchBudget::elapsedSeconds() const
{
    return clockSeconds(m_clock) - m_start;
}

} // namespace doorstep::dispatch::routing::detail
