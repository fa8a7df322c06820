#pragma once
// Whether one order may be placed on one provider's day at one start time.
// This is THE rule set of dispatch: the schedule board checks every drop with
// it, the keyboard path and auto-dispatch search start times with it. Pure
// C++ (no Qt, no store): callers load the provider's day and the order, in UTC
// seconds, and turn the violations into words (services/dispatch_rules_text).
//
// Hard rules refuse the placement; soft rules warn and need a confirmation.
//   hard: provider not active; skill missing / not active / suspended; required
//         qualification missing; the provider does not serve the order's
//         district; customer blocked the provider; the provider declined the
//         order or let it time out before (auto-dispatch only); start outside
//         the customer's window; job outside the provider's working hours;
//         overlap with another job once travel to and from it is counted;
//         daily job limit reached
//   soft: long travel to the job; provider's rating below the threshold; heavy day
//
// An order with no district (its customer's address has none) is in no one's
// area: the district rule does not apply to it, and travel alone decides.
//
// "Declined before" is a rule of auto-dispatch: only its callers fill
// OrderToPlace::declinedBy (services/auto_dispatch_service, and the assign it
// writes). A person may still offer the job to that provider again (they
// phoned back, nobody else is free): the schedule board and the CLI leave
// the list empty, so the rule never fires for them.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace doorstep::dispatch {

struct GeoPoint
{
    double lat = 0;
    double lng = 0;
};

// Settings (stored as office settings; these are the defaults).
struct FeasibilityRules
{
    double roadFactor = 1.35;         // road distance / straight-line distance
    double speedKmh = 22.0;           // average door-to-door speed in the city
    int longTravelMinutes = 45;       // soft: travel from the previous job (or home) longer than this
    int lowRatingX100 = 420;          // soft: rating below 4.20 stars (with at least minRatedJobs ratings)
    int minRatedJobs = 5;
    int heavyDayJobs = 5;             // soft: this job would be the provider's 6th or later job of the day
};

struct ScheduledJob
{
    std::int64_t orderId = 0;
    std::int64_t start = 0;       // UTC seconds
    int durationMin = 0;
    GeoPoint where;
};

struct Interval
{
    std::int64_t begin = 0; // UTC seconds, half-open [begin, end)
    std::int64_t end = 0;
};

// One provider's day as dispatch sees it.
struct ProviderDay
{
    std::int64_t providerId = 0;
    bool active = true;                      // providers.status = 'active'
    std::vector<std::int64_t> activeSkills;  // category ids with provider_skills.status = 'active'
    std::vector<std::int64_t> suspendedSkills; // category ids suspended (e.g. expired certificate)
    std::vector<std::string> qualifications; // qualification codes with a valid, approved credential
    std::vector<std::int64_t> districts;     // district ids the provider serves (provider_districts)
    std::vector<Interval> workingHours;      // that day's working intervals
    GeoPoint home;
    std::vector<ScheduledJob> jobs;          // that day's jobs, any order
    int dailyJobLimit = 6;
    int ratingX100 = 0;
    int ratingCount = 0;
    int points = 0;                          // reward/penalty balance
};

struct OrderToPlace
{
    std::int64_t orderId = 0;
    std::int64_t categoryId = 0; // store ids are 64-bit
    std::string requiredQualification;      // empty: none
    std::int64_t districtId = 0;            // 0: no district (the district rule does not apply)
    std::int64_t windowStart = 0;           // the start must fall in [windowStart, windowEnd]
    std::int64_t windowEnd = 0;
    int durationMin = 0;
    GeoPoint where;
    std::vector<std::int64_t> blockedProviders; // the customer's blocked list
    std::vector<std::int64_t> declinedBy;       // auto-dispatch: providers who declined it or let it time out
};

enum class Rule {
    // hard
    ProviderInactive,
    SkillMissing,
    SkillSuspended,
    QualificationMissing,
    DistrictNotServed,
    CustomerBlocked,
    DeclinedBefore, // auto-dispatch only: see OrderToPlace::declinedBy
    OutsideWindow,
    OutsideWorkingHours,
    Overlap,
    DailyLimit,
    // soft
    LongTravel,
    LowRating,
    HeavyDay,
};

bool isHard(Rule rule);

struct Violation
{
    Rule rule;
    std::int64_t otherOrderId = 0; // Overlap: the job it clashes with
    double minutes = 0;            // Overlap: minutes short; LongTravel: travel minutes; OutsideWindow: minutes outside
    int count = 0;                 // DailyLimit / HeavyDay: jobs that day including this one; LowRating: rating x100
};

struct Verdict
{
    std::vector<Violation> violations; // hard ones first, in Rule order
    double travelBeforeMin = 0;        // from the previous job of the day (or home for the first)
    double travelAfterMin = 0;         // to the next job of the day (0 if none)
    int jobsThatDay = 0;               // including this one

    bool feasible() const;             // no hard violation
    bool needsConfirmation() const;    // feasible, with soft warnings
    std::optional<Violation> firstHard() const;
};

double travelMinutes(GeoPoint from, GeoPoint to, const FeasibilityRules &rules);

// The job `order` starting at `start` on `day`. A job of the same order already
// on the day is ignored (moving a job checks against the others).
Verdict checkPlacement(const OrderToPlace &order, const ProviderDay &day, std::int64_t start, const FeasibilityRules &rules);

// The earliest start in the order's window, on a `stepMinutes` grid from the
// window start, with no hard violation; nullopt when there is none.
std::optional<std::int64_t> earliestFeasibleStart(const OrderToPlace &order, const ProviderDay &day, const FeasibilityRules &rules,
                                                  int stepMinutes = 5);

} // namespace doorstep::dispatch
