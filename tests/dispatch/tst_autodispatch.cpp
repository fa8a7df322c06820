// The automatic dispatch planner: every proposal obeys the dispatch rules on
// the final days, each batch round is an exact optimum (certificate and brute
// force), reasons and explanations say what really happened, the plan is
// never worse than the nearest-available greedy baseline, and the run is
// deterministic, cancellable and reports progress.

#include "auto/auto_dispatch.h"
#include "auto/candidates.h"
#include "auto/local_search.h"
#include "auto/plan_state.h"
#include "auto/run_control.h"
#include "auto/start_search.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <random>
#include <thread>
#include <unordered_map>

using namespace doorstep::dispatch;
using namespace doorstep::dispatch::autodispatch;

namespace {

constexpr std::int64_t kMidnight = 1749484800; // 2025-06-10 00:00 in Shanghai
constexpr std::int64_t at(int hour, int minute = 0) { return kMidnight + hour * 3600 + minute * 60; }

GeoPoint near(double dLatKm, double dLngKm) { return {31.23 + dLatKm / 111.0, 121.47 + dLngKm / 95.0}; }
// District 1..4: the quadrant of the city around near(0, 0).
std::int64_t quadrant(GeoPoint p) { return 1 + (p.lat >= 31.23 ? 1 : 0) + (p.lng >= 121.47 ? 2 : 0); }

ProviderDay provider(std::int64_t id, std::vector<std::int64_t> skills, GeoPoint home, std::vector<Interval> hours = {{at(8), at(18)}})
{
    ProviderDay d;
    d.providerId = id;
    d.activeSkills = std::move(skills);
    d.home = home;
    d.workingHours = std::move(hours);
    d.ratingX100 = 480;
    d.ratingCount = 20;
    return d;
}

OrderRequest request(std::int64_t id, int category, std::int64_t windowStart, int durationMin, GeoPoint where)
{
    OrderRequest r;
    r.order.orderId = id;
    r.order.categoryId = category;
    r.order.windowStart = windowStart;
    r.order.windowEnd = windowStart + 2 * 3600;
    r.order.durationMin = durationMin;
    r.order.where = where;
    return r;
}

// A random little city: providers with shifts, skills, licences, limits and
// some booked jobs; orders with 2-hour windows, block lists and preferences.
// With `districts`, the city has four districts (quadrants): each provider
// serves its home's and maybe one more, each order lies in its quadrant's
// district (one in ten has none).
AutoDispatchInput randomCity(int orders, int providers, std::uint64_t seed, bool districts = false)
{
    std::mt19937_64 rng(seed);
    auto below = [&](int n) { return int(rng() % std::uint64_t(n)); };
    auto chance = [&](int percent) { return below(100) < percent; };
    auto somewhere = [&] { return near(below(2000) / 100.0 - 10, below(2000) / 100.0 - 10); };
    AutoDispatchInput in;
    const std::vector<Interval> shifts[] = {{{at(8), at(17)}}, {{at(10), at(20)}}, {{at(8), at(12)}, {at(13), at(18)}}, {{at(12), at(20)}}};
    for (int p = 0; p < providers; ++p) {
        ProviderDay d = provider(1000 + p, {below(4)}, somewhere(), shifts[below(4)]);
        if (chance(40))
            d.activeSkills.push_back(below(4));
        d.active = !chance(5);
        if (chance(5))
            d.suspendedSkills.push_back(d.activeSkills.front());
        if (chance(50))
            d.qualifications.push_back("gas");
        d.dailyJobLimit = 2 + below(4);
        d.ratingX100 = 380 + below(121);
        d.ratingCount = chance(15) ? 0 : 10;
        d.points = below(200) - 50;
        if (districts) {
            d.districts.push_back(quadrant(d.home));
            if (chance(40))
                d.districts.push_back(1 + below(4));
        }
        for (int tries = 0; tries < 4; ++tries) {
            if (!chance(30))
                continue;
            OrderToPlace o;
            o.orderId = 500000 + p * 10 + tries;
            o.categoryId = d.activeSkills.back();
            o.windowStart = o.windowEnd = at(8) + 1800 * below(20);
            o.durationMin = 60;
            o.where = somewhere();
            if (checkPlacement(o, d, o.windowStart, in.rules).feasible())
                d.jobs.push_back({o.orderId, o.windowStart, o.durationMin, o.where});
        }
        in.days.push_back(d);
    }
    for (int i = 0; i < orders; ++i) {
        OrderRequest r = request(1 + i, below(4), at(8) + 1800 * below(20), 60 + 30 * below(5), somewhere());
        if (chance(10))
            r.order.requiredQualification = "gas";
        if (chance(15))
            r.order.blockedProviders.push_back(1000 + below(providers));
        if (chance(15))
            r.preferredProviderId = 1000 + below(providers);
        r.priority = chance(10) ? 1 : 0;
        if (districts)
            r.order.districtId = chance(10) ? 0 : quadrant(r.order.where);
        in.orders.push_back(r);
    }
    return in;
}

AutoDispatchOptions quiet(std::uint64_t seed = 1)
{
    AutoDispatchOptions o;
    o.seed = seed;
    o.timeBudgetMs = 0; // runs to a local optimum: results depend on the seed only
    return o;
}

// ---- an objective written out again, independently of the library ----------

double routeMinutes(const ProviderDay &day, const FeasibilityRules &rules)
{
    std::vector<ScheduledJob> jobs = day.jobs;
    std::sort(jobs.begin(), jobs.end(), [](const ScheduledJob &a, const ScheduledJob &b) { return a.start < b.start; });
    double total = 0;
    GeoPoint from = day.home;
    for (const ScheduledJob &j : jobs) {
        total += travelMinutes(from, j.where, rules);
        from = j.where;
    }
    return total;
}

double independentObjective(const AutoDispatchInput &in, const AutoDispatchResult &r)
{
    const ObjectiveWeights &w = in.weights;
    double total = 0;
    std::unordered_map<std::int64_t, std::size_t> dayOf;
    for (std::size_t p = 0; p < in.days.size(); ++p)
        dayOf[in.days[p].providerId] = p;
    std::vector<int> added(in.days.size(), 0);
    for (std::size_t i = 0; i < in.orders.size(); ++i) {
        const OrderOutcome &o = r.outcomes[i];
        const OrderRequest &req = in.orders[i];
        if (!o.assigned) {
            total += w.unassignedPenalty + w.perPriorityLevel * req.priority;
            continue;
        }
        const ProviderDay &d = in.days[dayOf.at(o.providerId)];
        ++added[dayOf.at(o.providerId)];
        const double stars = (d.ratingCount > 0 ? d.ratingX100 : w.unratedRatingX100) / 100.0;
        total += w.perLatenessMinute * double(o.start - req.order.windowStart) / 60.0 + w.perStarBelowFive * std::max(0.0, 5 - stars)
            - w.perPoint * d.points - (req.preferredProviderId == d.providerId ? w.preferredBonus : 0.0);
    }
    for (std::size_t p = 0; p < in.days.size(); ++p) {
        total += w.perTravelMinute * (routeMinutes(r.days[p], in.rules) - routeMinutes(in.days[p], in.rules));
        const int k = int(in.days[p].jobs.size());
        for (int m = 0; m < added[p]; ++m)
            total += w.perJobAlreadyThatDay * (k + m);
    }
    return total;
}

// Every placement passes checkPlacement on the final days; the final days are
// the input days plus exactly the placed jobs; the totals add up.
void verifyPlan(const AutoDispatchInput &in, const AutoDispatchResult &r)
{
    QCOMPARE(r.outcomes.size(), in.orders.size());
    QCOMPARE(r.days.size(), in.days.size());
    std::unordered_map<std::int64_t, std::size_t> dayOf;
    for (std::size_t p = 0; p < in.days.size(); ++p) {
        dayOf[in.days[p].providerId] = p;
        QCOMPARE(r.days[p].providerId, in.days[p].providerId);
        QVERIFY(r.days[p].jobs.size() >= in.days[p].jobs.size());
        for (std::size_t j = 0; j < in.days[p].jobs.size(); ++j) // booked jobs untouched
            QCOMPARE(r.days[p].jobs[j].start, in.days[p].jobs[j].start);
    }
    std::size_t newJobs = 0;
    for (std::size_t p = 0; p < in.days.size(); ++p)
        newJobs += r.days[p].jobs.size() - in.days[p].jobs.size();
    int assigned = 0;
    for (std::size_t i = 0; i < in.orders.size(); ++i) {
        const OrderOutcome &o = r.outcomes[i];
        QCOMPARE(o.orderId, in.orders[i].order.orderId);
        int copies = 0;
        for (const ProviderDay &d : r.days)
            for (const ScheduledJob &j : d.jobs)
                copies += j.orderId == o.orderId ? 1 : 0;
        QCOMPARE(copies, o.assigned ? 1 : 0);
        if (!o.assigned)
            continue;
        ++assigned;
        const ProviderDay &d = r.days[dayOf.at(o.providerId)];
        const Verdict v = checkPlacement(in.orders[i].order, d, o.start, in.rules);
        if (!v.feasible())
            QFAIL(qPrintable(QStringLiteral("order %1 breaks rule %2").arg(o.orderId).arg(int(v.firstHard()->rule))));
    }
    QCOMPARE(std::size_t(assigned), newJobs);
    QCOMPARE(r.totals.assigned, assigned);
    QCOMPARE(r.totals.unassigned, int(in.orders.size()) - assigned);
    const double mine = independentObjective(in, r);
    QVERIFY2(std::abs(mine - r.totals.objective) < 1e-6 * std::max(1.0, std::abs(mine)),
             qPrintable(QStringLiteral("objective %1, recomputed %2").arg(r.totals.objective).arg(mine)));
    QVERIFY(std::abs(evaluatePlan(in, r.outcomes).objective - r.totals.objective) < 1e-6 * std::max(1.0, std::abs(mine)));
}

// ---- brute force for one round -------------------------------------------------

Cost bruteForce(const AssignmentProblem &problem)
{
    std::vector<int> load(std::size_t(problem.columnCount()), 0);
    Cost best = std::numeric_limits<Cost>::max();
    std::function<void(int, Cost)> visit = [&](int r, Cost sum) {
        if (r == problem.rowCount()) {
            best = std::min(best, sum);
            return;
        }
        visit(r + 1, sum + problem.row(r).unassignedPenalty);
        for (const AssignmentArc &a : problem.row(r).arcs) {
            if (load[std::size_t(a.column)] >= problem.capacity(a.column))
                continue;
            ++load[std::size_t(a.column)];
            visit(r + 1, sum + a.cost);
            --load[std::size_t(a.column)];
        }
    };
    visit(0, 0);
    return best;
}

const OrderOutcome &outcome(const AutoDispatchResult &r, std::int64_t orderId)
{
    return *std::find_if(r.outcomes.begin(), r.outcomes.end(), [&](const OrderOutcome &o) { return o.orderId == orderId; });
}

} // namespace

class TestAutoDispatch : public QObject
{
    Q_OBJECT

private slots:
    // The fast start search returns exactly what the rule module's own search does.
    void startSearchMatchesTheRules()
    {
        int feasible = 0, compared = 0;
        for (std::uint64_t seed = 1; seed <= 30; ++seed) {
            const AutoDispatchInput in = randomCity(40, 15, seed);
            for (const OrderRequest &r : in.orders)
                for (const ProviderDay &d : in.days) {
                    const auto expected = earliestFeasibleStart(r.order, d, in.rules, 5);
                    const auto found = detail::findEarliestStart(r.order, d, in.rules, 5);
                    QCOMPARE(found.has_value(), expected.has_value());
                    if (found) {
                        QCOMPARE(found->start, *expected);
                        QVERIFY(found->verdict.feasible());
                        ++feasible;
                    }
                    ++compared;
                }
        }
        QVERIFY(feasible > 1000); // the comparison is not vacuous
        QVERIFY(compared > feasible);
    }

    void everyPlacementPassesTheRules()
    {
        for (std::uint64_t seed = 1; seed <= 12; ++seed) {
            const AutoDispatchInput in = randomCity(60, 12, seed);
            const AutoDispatchResult r = planAutoDispatch(in, quiet(seed));
            verifyPlan(in, r);
            QVERIFY(r.totals.assigned > 0);
            QVERIFY(!r.cancelled);
            QVERIFY(r.localOptimum);
            const AutoDispatchResult g = nearestAvailableGreedy(in, quiet());
            verifyPlan(in, g);
        }
    }

    // Each round: certified by its duals, equal to brute force when small, and
    // its arcs are exactly the pairs feasible on the days before the round, at
    // the rule module's earliest start.
    void everyRoundIsAnExactOptimum()
    {
        int rounds = 0, bruteForced = 0;
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            const AutoDispatchInput in = randomCity(7, 3, seed);
            AutoDispatchOptions options = quiet(seed);
            options.roundHorizonMinutes = seed % 2 ? 0 : 60;
            options.onRound = [&](const RoundView &v) {
                ++rounds;
                std::string why;
                QVERIFY2(certifyOptimal(v.problem, v.result, &why), why.c_str());
                if (v.problem.rowCount() <= 7) {
                    QCOMPARE(v.result.totalCost, bruteForce(v.problem));
                    ++bruteForced;
                }
                for (int row = 0; row < v.problem.rowCount(); ++row) {
                    const OrderToPlace &o = in.orders[std::size_t(v.rowOrder[std::size_t(row)])].order;
                    const auto &arcs = v.problem.row(row).arcs;
                    for (std::size_t p = 0; p < v.daysBefore.size(); ++p) {
                        const auto expected = earliestFeasibleStart(o, v.daysBefore[p], in.rules, 5);
                        const auto arc = std::find_if(arcs.begin(), arcs.end(), [&](const AssignmentArc &a) { return a.column == int(p); });
                        QCOMPARE(arc != arcs.end(), expected.has_value());
                        if (expected)
                            QCOMPARE(v.arcStart[std::size_t(row)][std::size_t(arc - arcs.begin())], *expected);
                    }
                }
            };
            const AutoDispatchResult r = planAutoDispatch(in, options);
            verifyPlan(in, r);
            for (const RoundRecord &rec : r.rounds)
                QVERIFY(rec.certified);
        }
        QVERIFY(rounds > 40);
        QVERIFY(bruteForced > 40);
    }

    void unassignedReasonsNameTheRule_data()
    {
        QTest::addColumn<int>("scenario");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("rule");
        QTest::addColumn<int>("excluded");
        QTest::newRow("no skill") << 0 << int(UnassignedKind::NoProvider) << int(Rule::SkillMissing) << 3;
        QTest::newRow("qualification") << 1 << int(UnassignedKind::NoProvider) << int(Rule::QualificationMissing) << 3;
        QTest::newRow("blocked") << 2 << int(UnassignedKind::NoProvider) << int(Rule::CustomerBlocked) << 3;
        QTest::newRow("hours") << 3 << int(UnassignedKind::NoProvider) << int(Rule::OutsideWorkingHours) << 3;
        QTest::newRow("daily limit") << 4 << int(UnassignedKind::NoProvider) << int(Rule::DailyLimit) << 3;
        QTest::newRow("day full") << 5 << int(UnassignedKind::NoProvider) << int(Rule::Overlap) << 3;
        QTest::newRow("mixed: most lack the skill") << 6 << int(UnassignedKind::NoProvider) << int(Rule::SkillMissing) << 2;
        QTest::newRow("not worth it") << 7 << int(UnassignedKind::NotWorthIt) << -1 << 0;
        QTest::newRow("inactive") << 8 << int(UnassignedKind::NoProvider) << int(Rule::ProviderInactive) << 3;
        // Two lack the skill, the one who has it is full: that is the reason.
        QTest::newRow("mixed: the only one with the skill is full") << 9 << int(UnassignedKind::NoProvider) << int(Rule::Overlap) << 1;
        QTest::newRow("mixed: one serves the district, outside its hours") << 10 << int(UnassignedKind::NoProvider)
                                                                          << int(Rule::OutsideWorkingHours) << 1;
        QTest::newRow("declined before") << 11 << int(UnassignedKind::NoProvider) << int(Rule::DeclinedBefore) << 3;
        // One declined it, the other two are full: they are who could serve it.
        QTest::newRow("mixed: one declined, the others are full") << 12 << int(UnassignedKind::NoProvider) << int(Rule::Overlap) << 2;
    }

    void unassignedReasonsNameTheRule()
    {
        QFETCH(int, scenario);
        QFETCH(int, kind);
        QFETCH(int, rule);
        QFETCH(int, excluded);
        AutoDispatchInput in;
        for (int p = 0; p < 3; ++p)
            in.days.push_back(provider(10 + p, {1}, near(p, 0)));
        OrderRequest r = request(1, 1, at(10), 60, near(0, 1));
        switch (scenario) {
        case 0: r.order.categoryId = 2; break;
        case 1: r.order.requiredQualification = "gas"; break;
        case 2: r.order.blockedProviders = {10, 11, 12}; break;
        case 3: r.order.windowStart = at(19), r.order.windowEnd = at(21); break;
        case 4:
            for (ProviderDay &d : in.days) {
                d.dailyJobLimit = 1;
                d.jobs.push_back({900 + d.providerId, at(16), 60, d.home});
            }
            break;
        case 5:
            for (ProviderDay &d : in.days)
                d.jobs.push_back({900 + d.providerId, at(9), 300, d.home});
            break;
        case 6:
            in.days[0].activeSkills = {3};
            in.days[1].activeSkills = {3};
            r.order.blockedProviders = {12};
            break;
        case 7:
            in.weights.unassignedPenalty = 1; // any placement costs more than leaving it
            in.weights.perPriorityLevel = 0;
            break;
        case 8:
            for (ProviderDay &d : in.days)
                d.active = false;
            break;
        case 9:
            in.days[0].activeSkills = {3};
            in.days[1].activeSkills = {3};
            in.days[2].jobs.push_back({902, at(9), 300, in.days[2].home});
            break;
        case 10:
            r.order.districtId = 5;
            in.days[0].districts = {6};
            in.days[1].districts = {6};
            in.days[2].districts = {5};
            in.days[2].workingHours = {{at(13), at(18)}};
            break;
        case 11: r.order.declinedBy = {10, 11, 12}; break;
        case 12:
            r.order.declinedBy = {10};
            in.days[1].jobs.push_back({901, at(9), 300, in.days[1].home});
            in.days[2].jobs.push_back({902, at(9), 300, in.days[2].home});
            break;
        }
        in.orders.push_back(r);
        const AutoDispatchResult result = planAutoDispatch(in, quiet());
        verifyPlan(in, result);
        const OrderOutcome &o = result.outcomes.front();
        QVERIFY(!o.assigned);
        QCOMPARE(int(o.why.kind), kind);
        QCOMPARE(o.why.providers, 3);
        if (kind == int(UnassignedKind::NoProvider)) {
            QCOMPARE(int(o.why.rule), rule);
            QCOMPARE(o.why.excludedByRule, excluded);
            QCOMPARE(o.why.feasibleProviders, 0);
            // Who could serve it at all: no start-independent rule excludes them.
            const int eligible = scenario == 12                         ? 2
                : scenario == 9 || scenario == 10                        ? 1
                : scenario >= 3 && scenario <= 5                         ? 3
                                                                         : 0;
            QCOMPARE(o.why.eligibleProviders, eligible);
        } else {
            QCOMPARE(o.why.feasibleProviders, 3);
        }
        if (scenario == 0)
            QCOMPARE(o.why.summary, std::string("no provider has the skill"));
        QVERIFY(!o.why.summary.empty());
    }

    void explanationsAddUp()
    {
        int checked = 0;
        for (std::uint64_t seed = 1; seed <= 8; ++seed) {
            const AutoDispatchInput in = randomCity(50, 25, seed);
            const AutoDispatchResult r = planAutoDispatch(in, quiet(seed));
            std::unordered_map<std::int64_t, const ProviderDay *> day;
            for (const ProviderDay &d : r.days)
                day[d.providerId] = &d;
            const ObjectiveWeights &w = in.weights;
            for (std::size_t i = 0; i < r.outcomes.size(); ++i) {
                const OrderOutcome &o = r.outcomes[i];
                if (!o.assigned)
                    continue;
                const Explanation &e = o.explanation;
                double sum = 0;
                for (const TermValue &t : e.chosen.terms)
                    sum += t.cost;
                QVERIFY(std::abs(sum - e.chosen.total) < 1e-9);
                QVERIFY(std::abs(e.chosen[Term::Travel].cost - w.perTravelMinute * e.chosen[Term::Travel].raw) < 1e-9);
                QVERIFY(std::abs(e.chosen[Term::Lateness].raw - double(o.start - in.orders[i].order.windowStart) / 60.0) < 1e-9);
                QCOMPARE(e.chosen[Term::Points].raw, double(day.at(o.providerId)->points));
                QCOMPARE(e.chosen[Term::Workload].raw, double(checkPlacement(in.orders[i].order, *day.at(o.providerId), o.start, in.rules).jobsThatDay - 1));
                QVERIFY(e.feasibleProviders >= 1);
                if (!e.hasRunnerUp) {
                    QCOMPARE(e.feasibleProviders, 1);
                    continue;
                }
                QVERIFY(e.runnerUpProviderId != o.providerId);
                QVERIFY(checkPlacement(in.orders[i].order, *day.at(e.runnerUpProviderId), e.runnerUpStart, in.rules).feasible());
                double best = -std::numeric_limits<double>::infinity();
                int bestTerm = -1;
                double total = 0;
                for (int t = 0; t < kTermCount; ++t) {
                    const double d = e.runnerUp.terms[std::size_t(t)].cost - e.chosen.terms[std::size_t(t)].cost;
                    total += d;
                    if (d > best) {
                        best = d;
                        bestTerm = t;
                    }
                }
                QCOMPARE(int(e.decidingTerm), bestTerm);
                QVERIFY(std::abs(e.decidingMargin - best) < 1e-9);
                QVERIFY(std::abs(e.totalMargin - total) < 1e-6);
                QVERIFY(std::abs(e.totalMargin - (e.runnerUp.total - e.chosen.total)) < 1e-6);
                // At a local optimum no single relocation is cheaper.
                QVERIFY2(e.totalMargin > -1e-6, qPrintable(QStringLiteral("order %1 margin %2").arg(o.orderId).arg(e.totalMargin)));
                ++checked;
            }
        }
        QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
    }

    void explanationNamesTheDecidingTerm()
    {
        AutoDispatchInput in;
        in.days.push_back(provider(10, {1}, near(0, 0)));
        in.days.push_back(provider(11, {1}, near(0, 6))); // 6 km farther
        in.orders.push_back(request(1, 1, at(10), 60, near(0, 0.5)));
        AutoDispatchResult r = planAutoDispatch(in, quiet());
        Explanation e = r.outcomes[0].explanation;
        QCOMPARE(r.outcomes[0].providerId, std::int64_t(10));
        QVERIFY(e.hasRunnerUp);
        QCOMPARE(e.runnerUpProviderId, std::int64_t(11));
        QCOMPARE(e.decidingTerm, Term::Travel);
        const double travelGap = travelMinutes(in.days[1].home, in.orders[0].order.where, in.rules)
            - travelMinutes(in.days[0].home, in.orders[0].order.where, in.rules);
        QVERIFY(std::abs(e.decidingMargin - travelGap) < 1e-9);

        // Same place, but the nearer provider is rated 4.0 and the other 5.0.
        in.days[1].home = in.days[0].home;
        in.days[0].ratingX100 = 400;
        in.days[1].ratingX100 = 500;
        r = planAutoDispatch(in, quiet());
        e = r.outcomes[0].explanation;
        QCOMPARE(r.outcomes[0].providerId, std::int64_t(11));
        QCOMPARE(e.decidingTerm, Term::Quality);
        QVERIFY(std::abs(e.decidingMargin - in.weights.perStarBelowFive) < 1e-9);
    }

    // The providers who declined an order (auto-dispatch's OrderToPlace::declinedBy)
    // never get it, even the nearest or preferred one, while other orders of
    // the same kind still may go to them (the candidates are per order).
    void declinedProvidersNeverGetTheOrder()
    {
        AutoDispatchInput in;
        in.days.push_back(provider(10, {1}, near(0, 0)));
        in.days.push_back(provider(11, {1}, near(0, 3)));
        OrderRequest declined = request(1, 1, at(10), 60, near(0, 0));
        declined.preferredProviderId = 10;
        declined.order.declinedBy = {10};
        in.orders.push_back(declined);
        in.orders.push_back(request(2, 1, at(14), 60, near(0, 0)));
        AutoDispatchResult result = planAutoDispatch(in, quiet());
        verifyPlan(in, result);
        QCOMPARE(result.outcomes[0].providerId, std::int64_t(11));
        QVERIFY(!result.outcomes[0].explanation.hasRunnerUp);
        QCOMPARE(result.outcomes[1].providerId, std::int64_t(10));

        // Random cities: plan, let a third of the placed providers decline, plan again.
        int declinedOrders = 0;
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            AutoDispatchInput city = randomCity(60, 12, seed);
            const AutoDispatchResult first = planAutoDispatch(city, quiet(seed));
            for (std::size_t i = 0; i < city.orders.size(); ++i)
                if (first.outcomes[i].assigned && i % 3 == 0) {
                    city.orders[i].order.declinedBy.push_back(first.outcomes[i].providerId);
                    ++declinedOrders;
                }
            const AutoDispatchResult again = planAutoDispatch(city, quiet(seed));
            verifyPlan(city, again);
            for (std::size_t i = 0; i < city.orders.size(); ++i) {
                const auto &no = city.orders[i].order.declinedBy;
                if (again.outcomes[i].assigned)
                    QVERIFY(std::find(no.begin(), no.end(), again.outcomes[i].providerId) == no.end());
            }
        }
        QVERIFY(declinedOrders > 10);
    }

    void preferredAndBlockedProvidersHonoured()
    {
        AutoDispatchInput in;
        in.days.push_back(provider(10, {1}, near(0, 0)));
        in.days.push_back(provider(11, {1}, near(0, 3))); // ~6 minutes farther
        OrderRequest r = request(1, 1, at(10), 60, near(0, 0));
        r.preferredProviderId = 11;
        in.orders.push_back(r);
        AutoDispatchResult result = planAutoDispatch(in, quiet());
        QCOMPARE(result.outcomes[0].providerId, std::int64_t(11));
        QCOMPARE(result.outcomes[0].explanation.decidingTerm, Term::Preference);
        QCOMPARE(result.outcomes[0].explanation.decidingMargin, in.weights.preferredBonus);

        // The customer blocks the nearest provider: never placed there, even when
        // it is also the preferred one.
        in.orders[0].preferredProviderId = 10;
        in.orders[0].order.blockedProviders = {10};
        result = planAutoDispatch(in, quiet());
        QCOMPARE(result.outcomes[0].providerId, std::int64_t(11));
        QVERIFY(!result.outcomes[0].explanation.hasRunnerUp);

        // Across random cities: no order on a blocked provider; preferred
        // providers get at least as many of their orders as the greedy gives them.
        int preferredHonoured = 0, preferredGreedy = 0;
        for (std::uint64_t seed = 1; seed <= 8; ++seed) {
            const AutoDispatchInput city = randomCity(60, 12, seed);
            const AutoDispatchResult plan = planAutoDispatch(city, quiet(seed));
            const AutoDispatchResult greedy = nearestAvailableGreedy(city, quiet());
            for (std::size_t i = 0; i < city.orders.size(); ++i) {
                const auto &blocked = city.orders[i].order.blockedProviders;
                if (plan.outcomes[i].assigned)
                    QVERIFY(std::find(blocked.begin(), blocked.end(), plan.outcomes[i].providerId) == blocked.end());
                if (city.orders[i].preferredProviderId) {
                    preferredHonoured += plan.outcomes[i].providerId == city.orders[i].preferredProviderId;
                    preferredGreedy += greedy.outcomes[i].providerId == city.orders[i].preferredProviderId;
                }
            }
        }
        QVERIFY(preferredHonoured > 0);
        QVERIFY(preferredHonoured >= preferredGreedy);
    }

    // Serving the order's district is a hard rule of checkPlacement: a
    // provider next door who does not serve it is never proposed, only travel
    // would not keep them out. An order with no district may go to anyone.
    void districtIsAHardRule()
    {
        AutoDispatchInput in;
        in.days.push_back(provider(10, {1}, near(0, 0)));   // next to the orders, serves district 2
        in.days.push_back(provider(11, {1}, near(0, 8)));   // 8 km away, serves district 1
        in.days[0].districts = {2};
        in.days[1].districts = {1};
        in.orders.push_back(request(1, 1, at(9), 60, near(0, 0.3)));
        in.orders[0].order.districtId = 1;
        in.orders.push_back(request(2, 1, at(13), 60, near(0, 0.3)));
        in.orders[1].order.districtId = 3; // nobody's
        in.orders.push_back(request(3, 1, at(15), 60, near(0, 0.3)));
        in.orders[2].order.districtId = 0; // no district: the rule does not apply
        const AutoDispatchResult r = planAutoDispatch(in, quiet());
        verifyPlan(in, r);

        const OrderOutcome &inOne = outcome(r, 1);
        QVERIFY(inOne.assigned);
        QCOMPARE(inOne.providerId, std::int64_t(11));
        QVERIFY(!inOne.explanation.hasRunnerUp); // provider 10 is no alternative at all
        QCOMPARE(inOne.explanation.feasibleProviders, 1);

        const OrderOutcome &nobodys = outcome(r, 2);
        QVERIFY(!nobodys.assigned);
        QCOMPARE(int(nobodys.why.kind), int(UnassignedKind::NoProvider));
        QCOMPARE(int(nobodys.why.rule), int(Rule::DistrictNotServed));
        QCOMPARE(nobodys.why.excludedByRule, 2);
        QCOMPARE(nobodys.why.summary, std::string("no provider serves the district"));

        const OrderOutcome &noDistrict = outcome(r, 3);
        QVERIFY(noDistrict.assigned);
        QVERIFY(noDistrict.explanation.hasRunnerUp); // both providers may take it
        QCOMPARE(noDistrict.explanation.feasibleProviders, 2);

        // The greedy baseline obeys the same rule.
        const AutoDispatchResult g = nearestAvailableGreedy(in, quiet());
        verifyPlan(in, g);
        QCOMPARE(outcome(g, 1).providerId, std::int64_t(11));
        QVERIFY(!outcome(g, 2).assigned);

        // On random cities with districts every proposal serves its district.
        int placed = 0;
        for (std::uint64_t seed = 1; seed <= 6; ++seed) {
            const AutoDispatchInput city = randomCity(60, 14, seed, true);
            const AutoDispatchResult plan = planAutoDispatch(city, quiet(seed));
            verifyPlan(city, plan);
            for (std::size_t i = 0; i < city.orders.size(); ++i) {
                if (!plan.outcomes[i].assigned)
                    continue;
                const auto d = std::find_if(city.days.begin(), city.days.end(),
                                            [&](const ProviderDay &x) { return x.providerId == plan.outcomes[i].providerId; });
                const std::int64_t district = city.orders[i].order.districtId;
                QVERIFY(district == 0 || std::find(d->districts.begin(), d->districts.end(), district) != d->districts.end());
                ++placed;
            }
        }
        QVERIFY(placed > 100);
    }

    // Candidate lists are shared per kind of order; store ids are 64-bit, and
    // two categories differing only above bit 32 are two kinds.
    void categoryIdsAreNotTruncated()
    {
        const std::int64_t wide = (std::int64_t(1) << 32) + 1;
        AutoDispatchInput in;
        in.days.push_back(provider(10, {1}, near(0, 0)));
        in.days.push_back(provider(11, {wide}, near(0, 1)));
        in.orders.push_back(request(1, 1, at(9), 60, near(0, 0.5)));
        in.orders.push_back(request(2, 1, at(9), 60, near(0, 0.5)));
        in.orders[1].order.categoryId = wide;
        const AutoDispatchResult r = planAutoDispatch(in, quiet());
        verifyPlan(in, r);
        QCOMPARE(outcome(r, 1).providerId, std::int64_t(10));
        QVERIFY(outcome(r, 2).assigned);
        QCOMPARE(outcome(r, 2).providerId, std::int64_t(11));
        detail::RunControl control(0, nullptr, {});
        const detail::Candidates c = detail::buildCandidates(in, control);
        QCOMPARE(c.providers[0], std::vector<int>{0});
        QCOMPARE(c.providers[1], std::vector<int>{1});
    }

    void priorityWinsScarceCapacity()
    {
        AutoDispatchInput in;
        in.days.push_back(provider(10, {1}, near(0, 0), {{at(10), at(11)}}));
        in.orders.push_back(request(1, 1, at(10), 60, near(0, 0.2)));
        in.orders.push_back(request(2, 1, at(10), 60, near(0, 4)));
        in.orders[1].priority = 2; // farther, but urgent
        const AutoDispatchResult r = planAutoDispatch(in, quiet());
        verifyPlan(in, r);
        QVERIFY(!outcome(r, 1).assigned);
        QVERIFY(outcome(r, 2).assigned);
        QCOMPARE(int(outcome(r, 1).why.kind), int(UnassignedKind::NoProvider));
        QCOMPARE(int(outcome(r, 1).why.rule), int(Rule::Overlap));
    }

    // Two providers whose afternoons are crossed: A (west) has two jobs in the
    // east after lunch, B (east) two in the west. Every start is pinned (window
    // of one instant) and A and B have jobs at the same times, so no single
    // job can move or swap: it would overlap, or be 10 km away from a job that
    // starts 10 minutes after it. Only trading the afternoon tails helps; the
    // booked 11:00 job of each day stays put.
    void tailExchangeUncrossesTwoDays()
    {
        AutoDispatchInput in;
        in.days.push_back(provider(10, {1}, near(0, 0)));
        in.days.push_back(provider(11, {1}, near(0, 10)));
        in.days[0].jobs.push_back({900, at(11), 60, near(0.5, 0)});
        in.days[1].jobs.push_back({901, at(11), 60, near(0.5, 10)});
        const auto pinned = [&](std::int64_t id, std::int64_t start, GeoPoint where) {
            OrderRequest r = request(id, 1, start, 60, where);
            r.order.windowEnd = start;
            in.orders.push_back(r);
        };
        pinned(1, at(9), near(0.2, 0.2));       // A's morning, west
        pinned(2, at(9), near(0.2, 10.2));      // B's morning, east
        pinned(3, at(13), near(-0.3, 10));      // A's afternoon, east
        pinned(4, at(14, 10), near(-0.5, 10.3));
        pinned(5, at(13), near(-0.3, 0));       // B's afternoon, west
        pinned(6, at(14, 10), near(-0.5, 0.3));
        const int dayOf[] = {0, 1, 0, 0, 1, 1}; // crossed

        detail::RunControl control(0, nullptr, {});
        const detail::Candidates candidates = detail::buildCandidates(in, control);
        detail::PlanState crossed(in);
        for (int i = 0; i < 6; ++i) {
            const ProviderDay &d = crossed.day(dayOf[i]);
            QVERIFY(checkPlacement(in.orders[std::size_t(i)].order, d, in.orders[std::size_t(i)].order.windowStart, in.rules).feasible());
            crossed.place(i, dayOf[i], in.orders[std::size_t(i)].order.windowStart);
        }
        const double before = crossed.objective();

        // Without 2-opt*: insert, relocate and exchange find nothing.
        AutoDispatchOptions options = quiet();
        options.twoOptStar = false;
        detail::PlanState without = crossed;
        detail::SearchStats stats = detail::improvePlan(without, candidates, options, control, 0, 100);
        QCOMPARE(stats.moves, std::uint64_t(0));
        QVERIFY(stats.localOptimum);
        QCOMPARE(without.objective(), before);

        // With it: the tails trade days, each job at its pinned start.
        options.twoOptStar = true;
        detail::PlanState with = crossed;
        stats = detail::improvePlan(with, candidates, options, control, 0, 100);
        QVERIFY(stats.localOptimum);
        QCOMPARE(stats.tailExchanges, std::uint64_t(1));
        QCOMPARE(stats.moves, std::uint64_t(1));
        const int uncrossed[] = {0, 1, 1, 1, 0, 0};
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(with.providerOf(i), uncrossed[i]);
            QCOMPARE(with.startOf(i), in.orders[std::size_t(i)].order.windowStart);
            QVERIFY(checkPlacement(in.orders[std::size_t(i)].order, with.day(uncrossed[i]), with.startOf(i), in.rules).feasible());
        }
        for (int p = 0; p < 2; ++p) { // the booked jobs stay, in front
            QCOMPARE(with.day(p).jobs.front().orderId, in.days[std::size_t(p)].jobs.front().orderId);
            QCOMPARE(with.day(p).jobs.front().start, at(11));
            QCOMPARE(with.day(p).jobs.size(), std::size_t(4));
        }
        // Each day saves the 10 km crossing (about 37 minutes); nothing else changes.
        const double crossing = travelMinutes(near(0, 0), near(0, 10), in.rules);
        QVERIFY2(with.objective() < before - 1.5 * crossing,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(with.objective())));
        std::vector<OrderOutcome> outcomes = with.outcomes();
        QVERIFY(std::abs(evaluatePlan(in, outcomes).objective - with.objective()) < 1e-6);

        // The whole planner builds the uncrossed plan directly; 2-opt* on or
        // off, the result is valid.
        for (bool on : {false, true}) {
            AutoDispatchOptions o = quiet();
            o.twoOptStar = on;
            const AutoDispatchResult r = planAutoDispatch(in, o);
            verifyPlan(in, r);
            QVERIFY(r.totals.objective <= with.objective() + 1e-6);
        }
    }

    // 2-opt* moves happen on random cities, and they keep every property.
    void tailExchangesOnRandomCities()
    {
        std::uint64_t tailMoves = 0;
        for (std::uint64_t seed = 1; seed <= 10; ++seed) {
            const AutoDispatchInput in = randomCity(80, 10, seed);
            detail::RunControl control(0, nullptr, {});
            const detail::Candidates candidates = detail::buildCandidates(in, control);
            // Start from the greedy baseline, which leaves more to improve.
            const AutoDispatchResult greedy = nearestAvailableGreedy(in, quiet());
            detail::PlanState plan(in);
            for (std::size_t i = 0; i < in.orders.size(); ++i)
                if (greedy.outcomes[i].assigned) {
                    const auto p = std::find_if(in.days.begin(), in.days.end(),
                                                [&](const ProviderDay &d) { return d.providerId == greedy.outcomes[i].providerId; });
                    plan.place(int(i), int(p - in.days.begin()), greedy.outcomes[i].start);
                }
            const detail::SearchStats stats = detail::improvePlan(plan, candidates, quiet(seed), control, 0, 100);
            QVERIFY(stats.localOptimum);
            QVERIFY(plan.objective() <= greedy.totals.objective + 1e-6);
            tailMoves += stats.tailExchanges;
            std::vector<OrderOutcome> outcomes = plan.outcomes();
            for (std::size_t i = 0; i < outcomes.size(); ++i)
                if (outcomes[i].assigned)
                    QVERIFY(checkPlacement(in.orders[i].order, plan.day(plan.providerOf(int(i))), outcomes[i].start, in.rules).feasible());
            QVERIFY(std::abs(evaluatePlan(in, outcomes).objective - plan.objective()) < 1e-6 * std::max(1.0, plan.objective()));
        }
        QVERIFY2(tailMoves > 0, "no 2-opt* move on 10 random cities");
    }

    void deterministicForASeed()
    {
        const AutoDispatchInput in = randomCity(120, 25, 7);
        for (std::uint64_t seed : {1u, 2u}) {
            const AutoDispatchResult a = planAutoDispatch(in, quiet(seed));
            const AutoDispatchResult b = planAutoDispatch(in, quiet(seed));
            QCOMPARE(a.totals.objective, b.totals.objective);
            QCOMPARE(a.localSearchMoves, b.localSearchMoves);
            for (std::size_t i = 0; i < a.outcomes.size(); ++i) {
                QCOMPARE(a.outcomes[i].assigned, b.outcomes[i].assigned);
                QCOMPARE(a.outcomes[i].providerId, b.outcomes[i].providerId);
                QCOMPARE(a.outcomes[i].start, b.outcomes[i].start);
                QCOMPARE(a.outcomes[i].explanation.runnerUpProviderId, b.outcomes[i].explanation.runnerUpProviderId);
            }
        }
    }

    void neverWorseThanGreedy()
    {
        int strictlyBetter = 0;
        for (std::uint64_t seed = 1; seed <= 25; ++seed) {
            const AutoDispatchInput in = randomCity(40 + int(seed) * 4, 6 + int(seed) % 10, seed);
            AutoDispatchOptions options = quiet(seed);
            options.explain = false;
            const AutoDispatchResult plan = planAutoDispatch(in, options);
            const AutoDispatchResult greedy = nearestAvailableGreedy(in, options);
            verifyPlan(in, greedy);
            QVERIFY(std::abs(plan.greedyTotals.objective - greedy.totals.objective) < 1e-6);
            QVERIFY2(plan.totals.objective <= greedy.totals.objective + 1e-6,
                     qPrintable(QStringLiteral("seed %1: %2 > %3").arg(seed).arg(plan.totals.objective).arg(greedy.totals.objective)));
            QVERIFY(plan.totals.objective <= plan.roundsTotals.objective + 1e-6 || plan.searchStart == SearchStart::Greedy);
            strictlyBetter += plan.totals.objective < greedy.totals.objective - 1e-6;
        }
        QVERIFY(strictlyBetter >= 15); // not merely equal to the baseline
    }

    void cancelledBeforeStart()
    {
        const AutoDispatchInput in = randomCity(50, 10, 3);
        std::atomic<bool> cancel{true};
        AutoDispatchOptions options = quiet();
        options.cancel = &cancel;
        const AutoDispatchResult r = planAutoDispatch(in, options);
        QVERIFY(r.cancelled);
        verifyPlan(in, r);
        QCOMPARE(r.totals.assigned, 0);
        for (const OrderOutcome &o : r.outcomes)
            QCOMPARE(int(o.why.kind), int(UnassignedKind::Stopped));
    }

    void cancelledFromAnotherThread()
    {
        const AutoDispatchInput in = randomCity(1500, 250, 11);
        std::atomic<bool> cancel{false};
        std::atomic<bool> started{false};
        AutoDispatchOptions options = quiet();
        options.cancel = &cancel;
        options.progress = [&](int done, int) {
            if (done >= 10)
                started = true;
        };
        AutoDispatchResult r;
        std::chrono::steady_clock::time_point raised, returned;
        std::thread worker([&] {
            r = planAutoDispatch(in, options);
            returned = std::chrono::steady_clock::now();
        });
        while (!started)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        raised = std::chrono::steady_clock::now();
        cancel = true;
        worker.join();
        const auto lag = std::chrono::duration_cast<std::chrono::milliseconds>(returned - raised).count();
        QVERIFY2(lag < 1000, qPrintable(QStringLiteral("returned %1 ms after the cancel").arg(lag)));
        QVERIFY(r.cancelled);
        verifyPlan(in, r); // a valid partial plan
    }

    void cancelledFromProgressIsValidPartialPlan()
    {
        const AutoDispatchInput in = randomCity(300, 40, 5);
        for (int stopAt : {20, 40, 70}) {
            std::atomic<bool> cancel{false};
            AutoDispatchOptions options = quiet();
            options.cancel = &cancel;
            options.progress = [&](int done, int) {
                if (done >= stopAt)
                    cancel = true;
            };
            const AutoDispatchResult r = planAutoDispatch(in, options);
            QVERIFY(r.cancelled);
            verifyPlan(in, r);
        }
    }

    void outOfTimeGivesAValidPlan()
    {
        const AutoDispatchInput in = randomCity(1500, 250, 13);
        AutoDispatchOptions options = quiet();
        options.timeBudgetMs = 30;
        options.explain = false;
        QElapsedTimer timer;
        timer.start();
        const AutoDispatchResult r = planAutoDispatch(in, options);
        QVERIFY(r.outOfTime);
        QVERIFY(!r.cancelled);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        verifyPlan(in, r);
        for (const OrderOutcome &o : r.outcomes)
            if (!o.assigned) {
                QCOMPARE(int(o.why.kind), int(UnassignedKind::Stopped));
                QVERIFY(!o.why.summary.empty());
            }
    }

    void progressIsMonotoneAndEnds()
    {
        const AutoDispatchInput in = randomCity(80, 15, 2);
        std::vector<int> seen;
        AutoDispatchOptions options = quiet();
        options.progress = [&](int done, int total) {
            QCOMPARE(total, 100);
            seen.push_back(done);
        };
        planAutoDispatch(in, options);
        QVERIFY(seen.size() >= 4);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QVERIFY(std::adjacent_find(seen.begin(), seen.end()) == seen.end());
        QCOMPARE(seen.back(), 100);
    }

    void emptyInputs()
    {
        AutoDispatchInput in;
        AutoDispatchResult r = planAutoDispatch(in, quiet());
        QCOMPARE(r.outcomes.size(), std::size_t(0));
        QCOMPARE(r.totals.objective, 0.0);
        in.orders.push_back(request(1, 1, at(10), 60, near(0, 0)));
        r = planAutoDispatch(in, quiet());
        QVERIFY(!r.outcomes[0].assigned);
        QCOMPARE(r.outcomes[0].why.providers, 0);
        QCOMPARE(r.totals.objective, in.weights.unassignedPenalty);
    }
};

QTEST_APPLESS_MAIN(TestAutoDispatch)
#include "tst_autodispatch.moc"
