#pragma once
// Automatic dispatch: which provider takes each waiting order, and when.
// Pure C++20 (no Qt, no store); see README.md in this directory.
//
// Every placement the planner proposes has passed checkPlacement (the one
// rule set of dispatch, feasibility/feasibility.h) against the final days.
// Construction is a sequence of batch rounds, each solved EXACTLY as a
// min-cost assignment (assignment/min_cost_assignment.h); local search then
// relocates, exchanges, trades the tails of two days (2-opt*) and re-times
// jobs, never accepting a move that makes the objective worse. The
// nearest-available greedy baseline is built on the same input and local
// search starts from whichever of the two is better, so the final plan is
// never worse than the baseline.

#include "assignment/min_cost_assignment.h"
#include "feasibility/feasibility.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace doorstep::dispatch::autodispatch {

struct OrderRequest
{
    OrderToPlace order;
    int priority = 0;                     // 0 normal; each level raises the price of leaving it out
    std::int64_t preferredProviderId = 0; // 0: none
};

// The objective, in "minute equivalents": a weight of 1 on travel makes one
// unit one minute of driving. Costs are per placed order; an order left out
// costs its penalty instead.
struct ObjectiveWeights
{
    double perTravelMinute = 1.0;         // added travel of the provider's day
    double perLatenessMinute = 0.25;      // planned start minus window start
    double perStarBelowFive = 15.0;       // quality: (5 - rating in stars)
    int unratedRatingX100 = 450;          // rating assumed with no ratings yet
    double perPoint = 0.05;               // reward/penalty balance: cost -= perPoint * points
    double perJobAlreadyThatDay = 4.0;    // fairness: the jobs the provider already has that day
    double preferredBonus = 30.0;         // subtracted when the customer prefers this provider
    double unassignedPenalty = 2000.0;    // an order left out
    double perPriorityLevel = 1000.0;     // added to the penalty per priority level
};

struct AutoDispatchInput
{
    std::vector<OrderRequest> orders;
    std::vector<ProviderDay> days; // one per provider, with the jobs they already have
    FeasibilityRules rules;
    ObjectiveWeights weights;
};

// One batch round, shown to an observer before it is applied (tests check the
// round's optimality and that its arcs are exactly the feasible pairs).
struct RoundView
{
    int round = 0;
    const AssignmentProblem &problem;     // columns are indices into daysBefore
    const AssignmentResult &result;
    const std::vector<int> &rowOrder;     // row -> index into AutoDispatchInput::orders
    const std::vector<std::vector<std::int64_t>> &arcStart; // [row][arc]: the planned start
    const std::vector<ProviderDay> &daysBefore;
};

struct AutoDispatchOptions
{
    int timeBudgetMs = 5000;               // <= 0: none. Bounds the whole run (see README)
    std::uint64_t seed = 1;                // local search move order
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(int done, int total)> progress; // monotone, ends with done == total
    int stepMinutes = 5;                   // start-time grid, as earliestFeasibleStart
    // Batch rounds admit orders chronologically: first those whose window
    // starts in the first `roundHorizonMinutes` of the day's earliest window,
    // then the next slice, and so on (orders left over stay admitted). Days
    // then fill from the morning instead of being split by mid-day jobs.
    // 0: every order from the first round.
    int roundHorizonMinutes = 60;
    bool localSearch = true;
    std::uint64_t maxLocalSearchMoves = 0; // 0: no cap (local search runs to a local optimum)
    int exchangeNeighbours = 12;           // providers tried for an exchange or a 2-opt*, nearest homes first
    bool twoOptStar = true;                // local search also trades the tails of two providers' days
    bool explain = true;                   // fill Explanation (one search over all candidates per order)
    bool certifyRounds = true;             // certifyOptimal on every round (O(arcs))
    std::function<void(const RoundView &)> onRound;
};

enum class Term { Travel, Lateness, Quality, Points, Workload, Preference };
inline constexpr int kTermCount = 6;
const char *termName(Term term);

struct TermValue
{
    double raw = 0;  // travel min, lateness min, rating stars, points, jobs already that day, preferred 0/1
    double cost = 0; // weighted
};

struct PlacementCost
{
    std::array<TermValue, kTermCount> terms{};
    double total = 0;
    const TermValue &operator[](Term t) const { return terms[static_cast<std::size_t>(t)]; }
};

// Why this provider: the chosen placement priced on the final plan, and the
// cheapest other provider for the same order on the same final plan (the
// order moved there at its earliest feasible start, everything else kept).
struct Explanation
{
    PlacementCost chosen;
    bool hasRunnerUp = false;
    std::int64_t runnerUpProviderId = 0;
    std::int64_t runnerUpStart = 0;
    PlacementCost runnerUp;
    // The term with the largest weighted difference runnerUp - chosen, and
    // that difference (> 0: the term favours the chosen provider).
    Term decidingTerm = Term::Travel;
    double decidingMargin = 0;
    double totalMargin = 0;     // runnerUp.total - chosen.total
    int feasibleProviders = 0;  // providers that could take the order on the final plan
};

enum class UnassignedKind {
    NoProvider,   // every provider is excluded by a hard rule: see `rule`
    NotWorthIt,   // some provider could take it, but its cost exceeds the penalty
    Stopped,      // cancelled or out of time before it could be placed (providers not asked)
};

// NoProvider: every provider names the one hard rule that keeps the order off
// their day. When some providers could serve the order at all (no rule that
// is independent of the start excludes them: they offer the service in the
// order's district, hold the qualification, are not blocked, have not
// declined it or let it time out before), the reason is
// the rule most of THOSE gave (their days are full, the window misses their
// hours, the daily limit), since the others were never an option; otherwise
// it is the rule most of all providers gave.
struct WhyUnassigned
{
    UnassignedKind kind = UnassignedKind::NoProvider;
    Rule rule = Rule::SkillMissing;   // NoProvider: the reason, as above
    int excludedByRule = 0;           // providers (of eligibleProviders, or of all) that gave it
    int providers = 0;
    int eligibleProviders = 0;        // providers no start-independent rule excludes
    int feasibleProviders = 0;
    std::string summary;              // plain English for logs; the UI words it itself
};

struct OrderOutcome
{
    std::int64_t orderId = 0;
    bool assigned = false;
    std::int64_t providerId = 0;
    std::int64_t start = 0;
    Explanation explanation; // assigned (when options.explain)
    WhyUnassigned why;       // not assigned
};

struct PlanTotals
{
    double travelMinutes = 0;  // travel added to the providers' days
    double latenessMinutes = 0;
    int assigned = 0;
    int unassigned = 0;
    double objective = 0;      // the weighted objective, penalties included
};

struct RoundRecord
{
    int rows = 0;
    std::size_t arcs = 0;
    int assigned = 0;
    Cost cost = 0;
    bool certified = false;
    double milliseconds = 0;      // the whole round: pricing the pairs, solving, certifying, applying
    double solveMilliseconds = 0; // solveMinCostAssignment alone
};

enum class SearchStart { Rounds, Greedy };

// Where the time went (milliseconds since the start of the run, per phase).
struct PhaseTimes
{
    double candidates = 0;
    double greedy = 0;
    double rounds = 0;
    double localSearch = 0;
    double explain = 0;
};

struct AutoDispatchResult
{
    std::vector<OrderOutcome> outcomes;  // one per input order, same order
    std::vector<ProviderDay> days;       // the final days: input jobs plus the new ones
    PlanTotals totals;
    PlanTotals roundsTotals;             // after the batch rounds, before local search
    PlanTotals greedyTotals;             // the nearest-available baseline on the same input
    SearchStart searchStart = SearchStart::Rounds;
    std::vector<RoundRecord> rounds;
    std::uint64_t localSearchMoves = 0;  // improving moves applied (insert, relocate, exchange, 2-opt*)
    bool localOptimum = false;           // local search finished without being stopped
    bool cancelled = false;
    bool outOfTime = false;
    double milliseconds = 0;
    PhaseTimes phases;
};

// Deterministic for a given input, seed and options as long as the time
// budget is not hit (then how far the search got depends on the clock).
// Reentrant; safe to run on a worker thread.
AutoDispatchResult planAutoDispatch(const AutoDispatchInput &input, const AutoDispatchOptions &options = {});

// The baseline: orders by window start (then id), each to the feasible
// provider with the least travel from where it is (previous job or home) at
// its earliest feasible start. Same result type; explanations are filled
// when options.explain.
AutoDispatchResult nearestAvailableGreedy(const AutoDispatchInput &input, const AutoDispatchOptions &options = {});

// The objective of a plan recomputed from scratch from the final days (the
// jobs of `input.days` are the fixed part). For tests and callers that edit
// a plan by hand.
PlanTotals evaluatePlan(const AutoDispatchInput &input, const std::vector<OrderOutcome> &outcomes);

} // namespace doorstep::dispatch::autodispatch
