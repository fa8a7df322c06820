// The dispatch rules, each one broken on its own against a provider day on
// which the reference placement is fine, so a failure names exactly one rule.
#include "feasibility/feasibility.h"

#include <QTest>

using namespace doorstep::dispatch;

namespace {

constexpr std::int64_t kDay = 1'780'000'000 - 1'780'000'000 % 86400; // some UTC midnight
constexpr std::int64_t h(double hours) { return kDay + std::int64_t(hours * 3600); }

// Xuhui and a point ~1.1 km north of it (0.01 degrees of latitude).
constexpr GeoPoint kXuhui{31.1886, 121.4365};
constexpr GeoPoint kNear{31.1986, 121.4365};
constexpr GeoPoint kFar{31.0300, 121.2270}; // Songjiang, ~27 km away

FeasibilityRules rules()
{
    FeasibilityRules r;
    r.roadFactor = 1.35;
    r.speedKmh = 22;
    return r;
}

ProviderDay day()
{
    ProviderDay d;
    d.providerId = 7;
    d.activeSkills = {1, 2};
    d.qualifications = {"electrician"};
    d.districts = {31, 32}; // serves two districts, the order's among them
    d.workingHours = {{h(8), h(12)}, {h(13), h(19)}};
    d.home = kXuhui;
    d.dailyJobLimit = 4;
    d.ratingX100 = 480;
    d.ratingCount = 40;
    return d;
}

OrderToPlace order()
{
    OrderToPlace o;
    o.orderId = 100;
    o.categoryId = 1;
    o.districtId = 31;
    o.windowStart = h(9);
    o.windowEnd = h(11);
    o.durationMin = 120;
    o.where = kNear;
    return o;
}

std::vector<Rule> rulesOf(const Verdict &v)
{
    std::vector<Rule> out;
    for (const auto &x : v.violations)
        out.push_back(x.rule);
    return out;
}

} // namespace

class TestFeasibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void referencePlacementIsClean()
    {
        const Verdict v = checkPlacement(order(), day(), h(9), rules());
        QVERIFY(v.violations.empty());
        QVERIFY(v.feasible());
        QVERIFY(!v.needsConfirmation());
        QCOMPARE(v.jobsThatDay, 1);
        // 1.11 km x 1.35 at 22 km/h = ~4.1 minutes from home.
        QVERIFY(v.travelBeforeMin > 3.5 && v.travelBeforeMin < 4.5);
        QCOMPARE(v.travelAfterMin, 0.0);
    }

    void travelTimeFollowsTheSettings()
    {
        auto r = rules();
        const double base = travelMinutes(kXuhui, kFar, r);
        r.speedKmh = 44;
        QVERIFY(qAbs(travelMinutes(kXuhui, kFar, r) - base / 2) < 1e-9);
        r.roadFactor = 2.7;
        QVERIFY(qAbs(travelMinutes(kXuhui, kFar, r) - base) < 1e-9);
        QCOMPARE(travelMinutes(kXuhui, kXuhui, r), 0.0);
    }

    void inactiveProvider()
    {
        auto d = day();
        d.active = false;
        const Verdict v = checkPlacement(order(), d, h(9), rules());
        QVERIFY(!v.feasible());
        QVERIFY(rulesOf(v) == std::vector<Rule>{Rule::ProviderInactive});
    }

    void skillMissingOrSuspended()
    {
        auto o = order();
        o.categoryId = 3;
        QVERIFY(rulesOf(checkPlacement(o, day(), h(9), rules())) == std::vector<Rule>{Rule::SkillMissing});
        auto d = day();
        d.activeSkills = {2};
        d.suspendedSkills = {1};
        QVERIFY(rulesOf(checkPlacement(order(), d, h(9), rules())) == std::vector<Rule>{Rule::SkillSuspended});
    }

    void qualificationRequired()
    {
        auto o = order();
        o.requiredQualification = "electrician";
        QVERIFY(checkPlacement(o, day(), h(9), rules()).violations.empty());
        o.requiredQualification = "gas_fitter";
        QVERIFY(rulesOf(checkPlacement(o, day(), h(9), rules())) == std::vector<Rule>{Rule::QualificationMissing});
    }

    void providerMustServeTheDistrict()
    {
        auto o = order();
        o.districtId = 33; // not one of the provider's
        const Verdict v = checkPlacement(o, day(), h(9), rules());
        QVERIFY(!v.feasible());
        QVERIFY(rulesOf(v) == std::vector<Rule>{Rule::DistrictNotServed});
        QVERIFY(isHard(Rule::DistrictNotServed));
        // No start time cures it: the search ends at once.
        QCOMPARE(doorstep::dispatch::earliestFeasibleStart(o, day(), rules(), 5), std::nullopt);
        // A provider who serves no district at all serves none.
        auto d = day();
        d.districts.clear();
        QVERIFY(rulesOf(checkPlacement(order(), d, h(9), rules())) == std::vector<Rule>{Rule::DistrictNotServed});
        // Store ids are 64-bit: a district differing only above bit 32 is another district.
        auto wide = order();
        wide.districtId = 31 + (std::int64_t(1) << 32);
        QVERIFY(rulesOf(checkPlacement(wide, day(), h(9), rules())) == std::vector<Rule>{Rule::DistrictNotServed});
    }

    void anOrderWithoutADistrictIsInNoOnesArea()
    {
        // The customer's address has no district: the rule does not apply, so
        // any provider may take it (travel still counts), even one serving none.
        auto o = order();
        o.districtId = 0;
        QVERIFY(checkPlacement(o, day(), h(9), rules()).violations.empty());
        auto d = day();
        d.districts.clear();
        QVERIFY(checkPlacement(o, d, h(9), rules()).violations.empty());
    }

    void customerBlockedTheProvider()
    {
        auto o = order();
        o.blockedProviders = {3, 7};
        QVERIFY(rulesOf(checkPlacement(o, day(), h(9), rules())) == std::vector<Rule>{Rule::CustomerBlocked});
    }

    void aProviderWhoDeclinedIsRefusedWhenListed()
    {
        // Auto-dispatch lists the providers who declined the order; a person's
        // placement leaves the list empty and the rule never fires.
        auto o = order();
        QVERIFY(checkPlacement(o, day(), h(9), rules()).feasible());
        o.declinedBy = {3, 7};
        QVERIFY(rulesOf(checkPlacement(o, day(), h(9), rules())) == std::vector<Rule>{Rule::DeclinedBefore});
        QVERIFY(isHard(Rule::DeclinedBefore));
    }

    void startMustFallInTheWindow()
    {
        // Window ends are inclusive: the customer asked for a start between 9 and 11.
        auto d = day();
        d.workingHours = {{h(8), h(19)}};
        QVERIFY(checkPlacement(order(), d, h(11), rules()).feasible());
        const Verdict early = checkPlacement(order(), d, h(8.5), rules());
        QVERIFY(rulesOf(early) == std::vector<Rule>{Rule::OutsideWindow});
        QCOMPARE(early.violations.front().minutes, 30.0);
        const Verdict late = checkPlacement(order(), d, h(11.25), rules());
        QVERIFY(!late.feasible());
        QCOMPARE(late.violations.front().rule, Rule::OutsideWindow);
        QCOMPARE(late.violations.front().minutes, 15.0);
    }

    void jobMustFitWorkingHours()
    {
        // 10:30 + 2 h runs into the lunch break at 12:00.
        const Verdict v = checkPlacement(order(), day(), h(10.5), rules());
        QVERIFY(rulesOf(v) == std::vector<Rule>{Rule::OutsideWorkingHours});
        auto d = day();
        d.workingHours.clear(); // a day off
        QVERIFY(rulesOf(checkPlacement(order(), d, h(9), rules())) == std::vector<Rule>{Rule::OutsideWorkingHours});
    }

    void overlapCountsTravelBothWays()
    {
        // A job next door ends at 9:00: travel ~4 min means 9:00 is too early,
        // 9:05 is fine.
        auto d = day();
        d.jobs.push_back({200, h(7.5), 90, kXuhui});
        d.workingHours = {{h(7), h(19)}};
        const Verdict clash = checkPlacement(order(), d, h(9), rules());
        QVERIFY(rulesOf(clash) == std::vector<Rule>{Rule::Overlap});
        QCOMPARE(clash.violations.front().otherOrderId, std::int64_t(200));
        QVERIFY(clash.violations.front().minutes > 3.5 && clash.violations.front().minutes < 4.5);
        QVERIFY(checkPlacement(order(), d, h(9) + 5 * 60, rules()).feasible());

        // The next job starts at 11:05: finishing at 11:00 leaves 5 minutes,
        // enough for ~4 minutes of travel; from 27 km away it is not.
        auto d2 = day();
        d2.jobs.push_back({201, h(11) + 5 * 60, 60, kNear});
        QVERIFY(checkPlacement(order(), d2, h(9), rules()).feasible());
        auto far = order();
        far.where = kFar;
        const Verdict v = checkPlacement(far, d2, h(9), rules());
        QVERIFY(!v.feasible());
        QCOMPARE(v.firstHard()->rule, Rule::Overlap);
        QCOMPARE(v.firstHard()->otherOrderId, std::int64_t(201));
        QVERIFY(v.travelAfterMin > 60);
    }

    void plainOverlapAndTheJobItself()
    {
        auto d = day();
        d.jobs.push_back({300, h(10), 60, kNear});
        QCOMPARE(checkPlacement(order(), d, h(9), rules()).firstHard()->rule, Rule::Overlap);
        // Moving order 300 itself: its own block does not clash with it.
        auto self = order();
        self.orderId = 300;
        QVERIFY(checkPlacement(self, d, h(9), rules()).feasible());
    }

    void dailyLimit()
    {
        auto d = day();
        d.workingHours = {{h(0), h(24)}};
        d.dailyJobLimit = 3;
        d.jobs = {{1, h(1), 30, kNear}, {2, h(3), 30, kNear}, {3, h(5), 30, kNear}};
        const Verdict v = checkPlacement(order(), d, h(9), rules());
        QVERIFY(rulesOf(v) == std::vector<Rule>{Rule::DailyLimit});
        QCOMPARE(v.violations.front().count, 4);
        QCOMPARE(v.jobsThatDay, 4);
    }

    void longTravelIsSoft()
    {
        auto far = order();
        far.where = kFar; // ~27 km x 1.35 at 22 km/h = ~100 minutes from home
        const Verdict v = checkPlacement(far, day(), h(9), rules());
        QVERIFY(v.feasible());
        QVERIFY(v.needsConfirmation());
        QVERIFY(rulesOf(v) == std::vector<Rule>{Rule::LongTravel});
        QVERIFY(v.violations.front().minutes > 90);
    }

    void lowRatingIsSoftAndNeedsEnoughRatings()
    {
        auto d = day();
        d.ratingX100 = 380;
        const Verdict v = checkPlacement(order(), d, h(9), rules());
        QVERIFY(v.needsConfirmation());
        QVERIFY(rulesOf(v) == std::vector<Rule>{Rule::LowRating});
        QCOMPARE(v.violations.front().count, 380);
        d.ratingCount = 2; // two bad ratings are not a pattern yet
        QVERIFY(checkPlacement(order(), d, h(9), rules()).violations.empty());
    }

    void heavyDayIsSoftBelowTheLimit()
    {
        auto d = day();
        d.workingHours = {{h(0), h(24)}};
        d.dailyJobLimit = 8;
        for (int i = 0; i < 5; ++i)
            d.jobs.push_back({i + 1, h(12 + i), 30, kNear});
        const Verdict v = checkPlacement(order(), d, h(9), rules());
        QVERIFY(v.needsConfirmation());
        QVERIFY(rulesOf(v) == std::vector<Rule>{Rule::HeavyDay});
        QCOMPARE(v.violations.front().count, 6);
    }

    void hardRulesComeFirst()
    {
        auto d = day();
        d.ratingX100 = 300;
        auto o = order();
        o.categoryId = 9;
        o.districtId = 40;
        o.where = kFar;
        const Verdict v = checkPlacement(o, d, h(8), rules());
        const auto r = rulesOf(v);
        QVERIFY(r == (std::vector<Rule>{Rule::SkillMissing, Rule::DistrictNotServed, Rule::OutsideWindow, Rule::LongTravel, Rule::LowRating}));
        QCOMPARE(v.firstHard()->rule, Rule::SkillMissing);
        QVERIFY(!v.needsConfirmation());
    }

    void earliestFeasibleStart()
    {
        auto d = day();
        d.jobs.push_back({200, h(8), 60, kXuhui});
        // Free from 9:00 + ~4 min travel: the first 5-minute step is 9:05.
        QCOMPARE(doorstep::dispatch::earliestFeasibleStart(order(), d, rules(), 5), std::optional<std::int64_t>(h(9) + 300));
        // No step in the window fits before lunch (a 2-hour job from 10:05 ends after 12:00).
        d.jobs.push_back({201, h(9), 60, kXuhui});
        QCOMPARE(doorstep::dispatch::earliestFeasibleStart(order(), d, rules(), 5), std::nullopt);
        // Rules no start time can cure end the search.
        auto inactive = day();
        inactive.active = false;
        QCOMPARE(doorstep::dispatch::earliestFeasibleStart(order(), inactive, rules(), 5), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestFeasibility)
#include "tst_feasibility.moc"
