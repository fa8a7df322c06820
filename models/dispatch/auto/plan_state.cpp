#include "auto/plan_state.h"

#include "auto/objective.h"

#include <algorithm>
#include <stdexcept>

namespace doorstep::dispatch::autodispatch::detail {

PlanState::PlanState(const AutoDispatchInput &input)
    : m_input(&input), m_days(input.days), m_new(input.days.size()), m_dayCost(input.days.size(), 0.0),
      m_version(input.days.size(), 0), m_provider(input.orders.size(), -1), m_start(input.orders.size(), 0)
{
    for (const ProviderDay &day : m_days) {
        m_oldJobs.push_back(static_cast<int>(day.jobs.size()));
        m_oldTravel.push_back(routeTravel(day, input.rules));
    }
}

void PlanState::place(int order, int provider, std::int64_t start)
{
    if (placed(order))
        throw std::logic_error("autodispatch: order placed twice");
    const OrderToPlace &o = m_input->orders[std::size_t(order)].order;
    m_days[std::size_t(provider)].jobs.push_back({o.orderId, start, o.durationMin, o.where});
    m_new[std::size_t(provider)].push_back(order);
    m_provider[std::size_t(order)] = provider;
    m_start[std::size_t(order)] = start;
    refreshDay(provider);
}

void PlanState::unplace(int order)
{
    const int p = providerOf(order);
    if (p < 0)
        return;
    const std::int64_t id = m_input->orders[std::size_t(order)].order.orderId;
    std::vector<ScheduledJob> &jobs = m_days[std::size_t(p)].jobs;
    // Input jobs stay in front; only the new ones after them are ours to remove.
    const auto first = jobs.begin() + m_oldJobs[std::size_t(p)];
    jobs.erase(std::find_if(first, jobs.end(), [id](const ScheduledJob &j) { return j.orderId == id; }));
    std::vector<int> &mine = m_new[std::size_t(p)];
    mine.erase(std::find(mine.begin(), mine.end(), order));
    m_provider[std::size_t(order)] = -1;
    refreshDay(p);
}

double PlanState::costIf(int p, const ProviderDay &day, const std::vector<std::pair<int, std::int64_t>> &newJobs) const
{
    const ObjectiveWeights &w = m_input->weights;
    double cost = w.perTravelMinute * (routeTravel(day, m_input->rules) - m_oldTravel[std::size_t(p)]);
    cost += workloadCost(m_oldJobs[std::size_t(p)], static_cast<int>(newJobs.size()), w);
    for (const auto &[order, start] : newJobs)
        cost += fixedTermsCost(m_input->orders[std::size_t(order)], day, start, w);
    return cost;
}

void PlanState::refreshDay(int p)
{
    std::vector<std::pair<int, std::int64_t>> jobs;
    jobs.reserve(m_new[std::size_t(p)].size());
    for (int order : m_new[std::size_t(p)])
        jobs.emplace_back(order, m_start[std::size_t(order)]);
    m_dayCost[std::size_t(p)] = costIf(p, m_days[std::size_t(p)], jobs);
    ++m_version[std::size_t(p)];
}

double PlanState::objective() const
{
    double total = 0;
    for (double c : m_dayCost)
        total += c;
    for (int i = 0; i < orderCount(); ++i)
        if (!placed(i))
            total += unassignedPenalty(m_input->orders[std::size_t(i)], m_input->weights);
    return total;
}

PlanTotals PlanState::totals() const
{
    PlanTotals t;
    for (int p = 0; p < providerCount(); ++p)
        t.travelMinutes += routeTravel(m_days[std::size_t(p)], m_input->rules) - m_oldTravel[std::size_t(p)];
    for (int i = 0; i < orderCount(); ++i) {
        if (placed(i)) {
            ++t.assigned;
            t.latenessMinutes += double(startOf(i) - m_input->orders[std::size_t(i)].order.windowStart) / 60.0;
        } else {
            ++t.unassigned;
        }
    }
    t.objective = objective();
    return t;
}

std::vector<OrderOutcome> PlanState::outcomes() const
{
    std::vector<OrderOutcome> out(static_cast<std::size_t>(orderCount()));
    for (int i = 0; i < orderCount(); ++i) {
        OrderOutcome &o = out[std::size_t(i)];
        o.orderId = m_input->orders[std::size_t(i)].order.orderId;
        o.assigned = placed(i);
        if (o.assigned) {
            o.providerId = m_days[std::size_t(providerOf(i))].providerId;
            o.start = startOf(i);
        }
    }
    return out;
}

} // namespace doorstep::dispatch::autodispatch::detail
