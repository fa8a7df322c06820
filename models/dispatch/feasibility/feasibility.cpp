#include "feasibility/feasibility.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace doorstep::dispatch {
namespace {

bool contains(const auto &list, const auto &value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::int64_t jobEnd(std::int64_t start, int durationMin)
{
    return start + std::int64_t(durationMin) * 60;
}

} // namespace

bool isHard(Rule rule)
{
    return rule < Rule::LongTravel;
}

bool Verdict::feasible() const
{
    return std::none_of(violations.begin(), violations.end(), [](const Violation &v) { return isHard(v.rule); });
}

bool Verdict::needsConfirmation() const
{
    return feasible() && !violations.empty();
}

std::optional<Violation> Verdict::firstHard() const
{
    for (const Violation &v : violations)
        if (isHard(v.rule))
            return v;
    return std::nullopt;
}

double travelMinutes(GeoPoint a, GeoPoint b, const FeasibilityRules &rules)
{
    // Haversine on a 6371 km sphere; at city scale the error is far below the
    // uncertainty of the road factor.
    constexpr double rad = std::numbers::pi / 180.0;
    const double dLat = (b.lat - a.lat) * rad;
    const double dLng = (b.lng - a.lng) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.lat * rad) * std::cos(b.lat * rad) * std::sin(dLng / 2) * std::sin(dLng / 2);
    const double km = 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(h)));
    if (rules.speedKmh <= 0)
        return 0;
    return km * rules.roadFactor / rules.speedKmh * 60.0;
}

Verdict checkPlacement(const OrderToPlace &order, const ProviderDay &day, std::int64_t start, const FeasibilityRules &rules)
{
    Verdict verdict;
    auto add = [&](Rule rule, double minutes = 0, std::int64_t other = 0, int count = 0) {
        verdict.violations.push_back({rule, other, minutes, count});
    };

    if (!day.active)
        add(Rule::ProviderInactive);
    if (contains(day.suspendedSkills, order.categoryId))
        add(Rule::SkillSuspended);
    else if (!contains(day.activeSkills, order.categoryId))
        add(Rule::SkillMissing);
    if (!order.requiredQualification.empty() && !contains(day.qualifications, order.requiredQualification))
        add(Rule::QualificationMissing);
    if (order.districtId != 0 && !contains(day.districts, order.districtId))
        add(Rule::DistrictNotServed);
    if (contains(order.blockedProviders, day.providerId))
        add(Rule::CustomerBlocked);
    if (contains(order.declinedBy, day.providerId))
        add(Rule::DeclinedBefore);

    if (start < order.windowStart)
        add(Rule::OutsideWindow, double(order.windowStart - start) / 60.0);
    else if (start > order.windowEnd)
        add(Rule::OutsideWindow, double(start - order.windowEnd) / 60.0);

    const std::int64_t end = jobEnd(start, order.durationMin);
    const bool inHours = std::any_of(day.workingHours.begin(), day.workingHours.end(),
                                     [&](const Interval &i) { return i.begin <= start && end <= i.end; });
    if (!inHours)
        add(Rule::OutsideWorkingHours);

    // Every other job must leave room for the travel between it and this one.
    // Checking all of them, not only the neighbours, also catches a day that
    // already holds overlapping jobs.
    int others = 0;
    const ScheduledJob *previous = nullptr;
    const ScheduledJob *next = nullptr;
    std::optional<Violation> worstOverlap;
    for (const ScheduledJob &job : day.jobs) {
        if (job.orderId == order.orderId)
            continue;
        ++others;
        double shortMin = 0;
        if (job.start < start) {
            if (!previous || job.start > previous->start)
                previous = &job;
            const double travel = travelMinutes(job.where, order.where, rules);
            shortMin = double(jobEnd(job.start, job.durationMin) - start) / 60.0 + travel;
        } else {
            if (!next || job.start < next->start)
                next = &job;
            const double travel = travelMinutes(order.where, job.where, rules);
            shortMin = double(end - job.start) / 60.0 + travel;
        }
        if (shortMin > 1e-9 && (!worstOverlap || shortMin > worstOverlap->minutes))
            worstOverlap = Violation{Rule::Overlap, job.orderId, shortMin, 0};
    }
    if (worstOverlap)
        verdict.violations.push_back(*worstOverlap);

    verdict.jobsThatDay = others + 1;
    if (verdict.jobsThatDay > day.dailyJobLimit)
        add(Rule::DailyLimit, 0, 0, verdict.jobsThatDay);

    verdict.travelBeforeMin = travelMinutes(previous ? previous->where : day.home, order.where, rules);
    verdict.travelAfterMin = next ? travelMinutes(order.where, next->where, rules) : 0;

    if (verdict.travelBeforeMin > rules.longTravelMinutes)
        add(Rule::LongTravel, verdict.travelBeforeMin);
    if (day.ratingCount >= rules.minRatedJobs && day.ratingX100 < rules.lowRatingX100)
        add(Rule::LowRating, 0, 0, day.ratingX100);
    if (verdict.jobsThatDay > rules.heavyDayJobs && verdict.jobsThatDay <= day.dailyJobLimit)
        add(Rule::HeavyDay, 0, 0, verdict.jobsThatDay);

    std::stable_sort(verdict.violations.begin(), verdict.violations.end(),
                     [](const Violation &a, const Violation &b) { return int(a.rule) < int(b.rule); });
    return verdict;
}

std::optional<std::int64_t> earliestFeasibleStart(const OrderToPlace &order, const ProviderDay &day, const FeasibilityRules &rules,
                                                  int stepMinutes)
{
    const std::int64_t step = std::int64_t(std::max(1, stepMinutes)) * 60;
    for (std::int64_t start = order.windowStart; start <= order.windowEnd; start += step) {
        const Verdict v = checkPlacement(order, day, start, rules);
        if (v.feasible())
            return start;
        // Rules that no start time can cure end the search at once.
        const auto hard = v.firstHard();
        if (hard && hard->rule < Rule::OutsideWindow)
            return std::nullopt;
        if (hard && hard->rule == Rule::DailyLimit)
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace doorstep::dispatch
