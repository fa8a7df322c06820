#include "auto/objective.h"

#include <algorithm>

namespace doorstep::dispatch::autodispatch {

const char *termName(Term term)
{
    switch (term) {
    case Term::Travel: return "travel";
    case Term::Lateness: return "lateness";
    case Term::Quality: return "rating";
    case Term::Points: return "points";
    case Term::Workload: return "workload";
    case Term::Preference: return "preference";
    }
    return "?";
}

namespace detail {
namespace {

struct Stop
{
    std::int64_t start;
    GeoPoint where;
};

// The jobs just before and just after `start`, chosen exactly as
// checkPlacement chooses them (latest start < start; earliest start >= start),
// skipping the order's own job.
struct Neighbours
{
    const ScheduledJob *previous = nullptr;
    const ScheduledJob *next = nullptr;
};

Neighbours neighbours(std::int64_t orderId, const ProviderDay &day, std::int64_t start)
{
    Neighbours n;
    for (const ScheduledJob &job : day.jobs) {
        if (job.orderId == orderId)
            continue;
        if (job.start < start) {
            if (!n.previous || job.start > n.previous->start)
                n.previous = &job;
        } else if (!n.next || job.start < n.next->start) {
            n.next = &job;
        }
    }
    return n;
}

double stars(const ProviderDay &day, const ObjectiveWeights &weights)
{
    return (day.ratingCount > 0 ? day.ratingX100 : weights.unratedRatingX100) / 100.0;
}

void setTerm(PlacementCost &cost, Term term, double raw, double weighted)
{
    cost.terms[static_cast<std::size_t>(term)] = {raw, weighted};
}

} // namespace

double routeTravel(const ProviderDay &day, const FeasibilityRules &rules)
{
    std::vector<Stop> stops;
    stops.reserve(day.jobs.size());
    for (const ScheduledJob &job : day.jobs)
        stops.push_back({job.start, job.where});
    std::stable_sort(stops.begin(), stops.end(), [](const Stop &a, const Stop &b) { return a.start < b.start; });
    double total = 0;
    GeoPoint at = day.home;
    for (const Stop &stop : stops) {
        total += travelMinutes(at, stop.where, rules);
        at = stop.where;
    }
    return total;
}

double workloadCost(int oldJobs, int newJobs, const ObjectiveWeights &weights)
{
    // The i-th new job (0-based) finds oldJobs + i jobs already there.
    const double m = newJobs;
    return weights.perJobAlreadyThatDay * (m * oldJobs + m * (m - 1) / 2.0);
}

double fixedTermsCost(const OrderRequest &request, const ProviderDay &day, std::int64_t start, const ObjectiveWeights &weights)
{
    const double lateness = double(start - request.order.windowStart) / 60.0;
    const bool preferred = request.preferredProviderId != 0 && request.preferredProviderId == day.providerId;
    return weights.perLatenessMinute * lateness + weights.perStarBelowFive * std::max(0.0, 5.0 - stars(day, weights))
        - weights.perPoint * day.points - (preferred ? weights.preferredBonus : 0.0);
}

PlacementCost placementCost(const OrderRequest &request, const ProviderDay &day, std::int64_t start, const Verdict &verdict,
                            const FeasibilityRules &rules, const ObjectiveWeights &weights)
{
    const Neighbours n = neighbours(request.order.orderId, day, start);
    const double bypass = n.next ? travelMinutes(n.previous ? n.previous->where : day.home, n.next->where, rules) : 0.0;
    // Never below 0: the haversine obeys the triangle inequality, so only
    // rounding can make the difference negative.
    const double travel = std::max(0.0, verdict.travelBeforeMin + verdict.travelAfterMin - bypass);
    const double lateness = double(start - request.order.windowStart) / 60.0;
    const double rating = stars(day, weights);
    const int already = std::max(0, verdict.jobsThatDay - 1);
    const bool preferred = request.preferredProviderId != 0 && request.preferredProviderId == day.providerId;

    PlacementCost cost;
    setTerm(cost, Term::Travel, travel, weights.perTravelMinute * travel);
    setTerm(cost, Term::Lateness, lateness, weights.perLatenessMinute * lateness);
    setTerm(cost, Term::Quality, rating, weights.perStarBelowFive * std::max(0.0, 5.0 - rating));
    setTerm(cost, Term::Points, day.points, -weights.perPoint * day.points);
    setTerm(cost, Term::Workload, already, weights.perJobAlreadyThatDay * already);
    setTerm(cost, Term::Preference, preferred ? 1.0 : 0.0, preferred ? -weights.preferredBonus : 0.0);
    for (const TermValue &t : cost.terms)
        cost.total += t.cost;
    return cost;
}

double unassignedPenalty(const OrderRequest &request, const ObjectiveWeights &weights)
{
    return weights.unassignedPenalty + weights.perPriorityLevel * std::max(0, request.priority);
}

} // namespace detail
} // namespace doorstep::dispatch::autodispatch
