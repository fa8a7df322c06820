#include "routing/search_budget.h"

#include <algorithm>
#include <cmath>

namespace doorstep::dispatch::routing::detail {

SearchBudget::SearchBudget(double seconds, std::uint64_t maxIterations, const std::atomic<bool> *cancel)
    : m_start(Clock::now()), m_maxIterations(maxIterations), m_cancel(cancel)
{
    if (seconds > 0.0 && std::isfinite(seconds) && seconds < 1e7) {
        m_hasDeadline = true;
        m_deadline = m_start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    }
}

SearchBudget SearchBudget::share(double share)
{
    share = std::clamp(share, 0.0, 1.0);
    SearchBudget child;
    child.m_start = Clock::now();
    child.m_cancel = m_cancel;
    child.m_parent = this;
    if (m_hasDeadline) {
        const auto remaining = std::max(m_deadline - child.m_start, Clock::duration::zero());
        child.m_hasDeadline = true;
        child.m_deadline =
            child.m_start + std::chrono::duration_cast<Clock::duration>(remaining * share);
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
    return m_hasDeadline && Clock::now() >= m_deadline;
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
    const double total = std::chrono::duration<double>(m_deadline - m_start).count();
    if (total <= 0.0)
        return 1.0;
    return std::clamp(std::chrono::duration<double>(Clock::now() - m_start).count() / total, 0.0, 1.0);
}

double SearchBudget::elapsedSeconds() const
{
    return std::chrono::duration<double>(Clock::now() - m_start).count();
}

} // namespace doorstep::dispatch::routing::detail
