#pragma once
// The planner's objective, in one place. A plan costs
//   sum over days of  perTravelMinute * (route travel - route travel before)
//                   + perJobAlreadyThatDay * (m*k + m*(m-1)/2)   [k old jobs, m new]
//                   + per new job: lateness + quality + points + preference
//   + sum over orders left out of their penalty.
// The marginal cost of one order on one day (placementCost) is exactly what
// the plan's objective changes by when the order is added to (or taken off)
// that day: insertion travel prev->o->next minus prev->next, and
// "jobs already that day" = checkPlacement's jobsThatDay - 1. Local search
// relies on this to price moves without re-evaluating whole plans.

#include "auto/auto_dispatch.h"

namespace doorstep::dispatch::autodispatch::detail {

// Travel of a day in start order: home -> first job -> ... -> last job (no
// return leg, as checkPlacement prices travel only towards each job).
double routeTravel(const ProviderDay &day, const FeasibilityRules &rules);

// Workload term of a day holding `oldJobs` fixed jobs and `newJobs` planned ones.
double workloadCost(int oldJobs, int newJobs, const ObjectiveWeights &weights);

// The part of an order's cost that depends only on (order, provider, start):
// lateness, quality, points and preference.
double fixedTermsCost(const OrderRequest &request, const ProviderDay &day, std::int64_t start, const ObjectiveWeights &weights);

// Marginal cost of `request` on `day` at `start`. `verdict` is checkPlacement
// at that start (the order's own job on the day, if any, is ignored by both).
PlacementCost placementCost(const OrderRequest &request, const ProviderDay &day, std::int64_t start, const Verdict &verdict,
                            const FeasibilityRules &rules, const ObjectiveWeights &weights);

double unassignedPenalty(const OrderRequest &request, const ObjectiveWeights &weights);

// Integer units for the exact assignment: minute equivalents x 100.
inline constexpr double kCostUnits = 100.0;

} // namespace doorstep::dispatch::autodispatch::detail
