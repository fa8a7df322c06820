// A franchise day in Shanghai: auto-dispatch against the nearest-available
// greedy baseline, plus the time of one 1,000 x 5,000 batch round.
//
//   bench_autodispatch [orders providers seed budgetMs twoOptStar]   (default 3000 800 1 10000 1)
//
// Every placement of both plans is re-checked with checkPlacement against the
// final days before the table is printed.

#include "auto/auto_dispatch.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numbers>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

using namespace doorstep::dispatch;
using namespace doorstep::dispatch::autodispatch;

namespace {

// The 16 district centres and spreads (km), copied as data from
// models/demo/vocabulary.cpp (shanghaiDistricts) so the benchmark needs no Qt.
// The weight is this benchmark's share of demand and supply.
struct District
{
    const char *name;
    double lat, lng, radiusKm, weight;
};
constexpr District kDistricts[] = {
    {"Huangpu", 31.2317, 121.4846, 2.5, 4},  {"Xuhui", 31.1885, 121.4365, 4.0, 7},
    {"Changning", 31.2204, 121.4241, 3.5, 5}, {"Jing'an", 31.2290, 121.4480, 3.5, 6},
    {"Putuo", 31.2495, 121.3972, 4.0, 6},     {"Hongkou", 31.2646, 121.5052, 3.0, 5},
    {"Yangpu", 31.2595, 121.5260, 4.0, 7},    {"Minhang", 31.1128, 121.3817, 7.0, 10},
    {"Baoshan", 31.4045, 121.4894, 7.0, 8},   {"Jiading", 31.3747, 121.2655, 8.0, 6},
    {"Pudong", 31.2215, 121.5447, 9.0, 18},   {"Jinshan", 30.7417, 121.3421, 9.0, 2},
    {"Songjiang", 31.0322, 121.2277, 8.0, 6}, {"Qingpu", 31.1505, 121.1242, 9.0, 4},
    {"Fengxian", 30.9179, 121.4741, 9.0, 4},  {"Chongming", 31.6228, 121.3973, 12.0, 2},
};

// 2025-06-10 00:00 in Shanghai (UTC+8), as UTC seconds.
constexpr std::int64_t kMidnight = 1749484800;
constexpr std::int64_t at(int hour, int minute = 0) { return kMidnight + hour * 3600 + minute * 60; }

class Gen
{
public:
    explicit Gen(std::uint64_t seed) : m_rng(seed) {}
    double uniform() { return double(m_rng() >> 11) * (1.0 / 9007199254740992.0); }
    int below(int n) { return int(m_rng() % std::uint64_t(n)); }
    bool chance(double p) { return uniform() < p; }
    template <std::size_t N>
    int weighted(const double (&w)[N])
    {
        double total = 0;
        for (double x : w)
            total += x;
        double r = uniform() * total;
        for (std::size_t i = 0; i < N; ++i)
            if ((r -= w[i]) < 0)
                return int(i);
        return int(N - 1);
    }
    int district()
    {
        double w[std::size(kDistricts)];
        for (std::size_t i = 0; i < std::size(kDistricts); ++i)
            w[i] = kDistricts[i].weight;
        return weighted(w);
    }
    GeoPoint pointIn(int d)
    {
        const District &k = kDistricts[d];
        const double r = k.radiusKm * std::sqrt(uniform());
        const double a = 2 * std::numbers::pi * uniform();
        return {k.lat + r * std::cos(a) / 111.0, k.lng + r * std::sin(a) / (111.0 * std::cos(k.lat * std::numbers::pi / 180))};
    }

private:
    std::mt19937_64 m_rng;
};

// Eight categories; demand share. Category 7 (gas / electrical) may need a licence.
constexpr double kCategoryDemand[8] = {22, 18, 14, 12, 10, 10, 8, 6};
constexpr int kLicensed = 7;

AutoDispatchInput franchiseDay(int orderCount, int providerCount, std::uint64_t seed)
{
    Gen g(seed);
    AutoDispatchInput in;
    const Interval patterns[][2] = {
        {{at(8), at(17)}, {0, 0}},  {{at(9), at(18)}, {0, 0}},  {{at(10), at(20)}, {0, 0}},
        {{at(8), at(12)}, {at(13), at(18)}}, {{at(12), at(20)}, {0, 0}}, {{at(8), at(20)}, {0, 0}},
    };
    const double patternWeight[] = {25, 25, 15, 15, 10, 10};
    for (int p = 0; p < providerCount; ++p) {
        ProviderDay day;
        day.providerId = 100000 + p;
        day.active = !g.chance(0.02);
        day.home = g.pointIn(g.district());
        const int skills = 1 + g.below(3);
        while (int(day.activeSkills.size()) < skills) {
            const int c = g.weighted(kCategoryDemand);
            if (std::find(day.activeSkills.begin(), day.activeSkills.end(), c) == day.activeSkills.end())
                day.activeSkills.push_back(c);
        }
        if (g.chance(0.03)) { // an expired certificate suspends one skill
            day.suspendedSkills.push_back(day.activeSkills.back());
            day.activeSkills.pop_back();
        }
        if (g.chance(0.6))
            day.qualifications.push_back("electrician");
        const int pattern = g.weighted(patternWeight);
        for (const Interval &i : patterns[pattern])
            if (i.end > i.begin)
                day.workingHours.push_back(i);
        day.dailyJobLimit = 4 + g.below(3);
        day.ratingCount = g.chance(0.1) ? 0 : 5 + g.below(300);
        day.ratingX100 = 380 + g.below(121);
        day.points = -50 + g.below(201);
        in.days.push_back(day);
    }
    // Existing jobs (booked earlier): about a third of the providers have one or two.
    std::int64_t nextId = 900000000;
    for (ProviderDay &day : in.days) {
        if (!day.active || day.activeSkills.empty() || !g.chance(0.35))
            continue;
        const int want = 1 + g.below(2);
        for (int tries = 0; tries < 20 && int(day.jobs.size()) < want; ++tries) {
            OrderToPlace o;
            o.orderId = nextId;
            o.categoryId = day.activeSkills.front();
            o.durationMin = 60 + 30 * g.below(5);
            o.where = g.pointIn(g.district());
            o.windowStart = o.windowEnd = at(8) + 1800 * g.below(24);
            if (checkPlacement(o, day, o.windowStart, in.rules).feasible())
                day.jobs.push_back({nextId++, o.windowStart, o.durationMin, o.where});
        }
    }
    const double windowWeight[] = {10, 10, 9, 9, 8, 8, 6, 6, 7, 7, 7, 7, 6, 6, 5, 5, 4, 4, 3, 3, 2};
    for (int i = 0; i < orderCount; ++i) {
        OrderRequest r;
        OrderToPlace &o = r.order;
        o.orderId = 1 + i;
        o.categoryId = g.weighted(kCategoryDemand);
        o.requiredQualification = o.categoryId == kLicensed && g.chance(0.5) ? "electrician" : "";
        o.where = g.pointIn(g.district());
        o.windowStart = at(8) + 1800 * g.weighted(windowWeight); // 08:00 .. 18:00
        o.windowEnd = o.windowStart + 2 * 3600;                  // a 2-hour window for the start
        o.durationMin = 60 + 30 * g.below(7);                     // 60 .. 240
        if (g.chance(0.03))
            o.blockedProviders.push_back(in.days[std::size_t(g.below(providerCount))].providerId);
        r.priority = g.chance(0.02) ? 2 : g.chance(0.1) ? 1 : 0;
        if (g.chance(0.1)) {
            const ProviderDay &d = in.days[std::size_t(g.below(providerCount))];
            r.preferredProviderId = d.providerId;
        }
        in.orders.push_back(r);
    }
    return in;
}

int verify(const AutoDispatchInput &in, const AutoDispatchResult &r)
{
    std::unordered_map<std::int64_t, std::size_t> dayOf;
    for (std::size_t p = 0; p < r.days.size(); ++p)
        dayOf[r.days[p].providerId] = p;
    int bad = 0;
    for (std::size_t i = 0; i < r.outcomes.size(); ++i)
        if (r.outcomes[i].assigned
            && !checkPlacement(in.orders[i].order, r.days[dayOf.at(r.outcomes[i].providerId)], r.outcomes[i].start, in.rules).feasible())
            ++bad;
    return bad;
}

void row(const char *name, const PlanTotals &t, double ms, int bad)
{
    std::printf("| %s | %d | %d | %.0f | %.0f | %.1f | %.0f | %s |\n", name, t.assigned, t.unassigned, t.travelMinutes,
                t.latenessMinutes, t.objective, ms, bad == 0 ? "yes" : "NO");
}

} // namespace

int main(int argc, char **argv)
{
    const int orders = argc > 1 ? std::atoi(argv[1]) : 3000;
    const int providers = argc > 2 ? std::atoi(argv[2]) : 800;
    const std::uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
    const int budget = argc > 4 ? std::atoi(argv[4]) : 10000;
    const bool twoOptStar = argc > 5 ? std::atoi(argv[5]) != 0 : true; // 0: local search without 2-opt*

    const AutoDispatchInput day = franchiseDay(orders, providers, seed);
    int existing = 0;
    for (const ProviderDay &d : day.days)
        existing += int(d.jobs.size());
    std::printf("Franchise day: %d orders, %d providers (%d existing jobs), 16 districts, seed %llu, budget %d ms, 2-opt* %s\n\n",
                orders, providers, existing, static_cast<unsigned long long>(seed), budget, twoOptStar ? "on" : "off");

    AutoDispatchOptions greedyOptions;
    greedyOptions.explain = false;
    greedyOptions.timeBudgetMs = 0;
    const AutoDispatchResult greedy = nearestAvailableGreedy(day, greedyOptions);

    AutoDispatchOptions options;
    options.timeBudgetMs = budget;
    options.seed = seed;
    options.twoOptStar = twoOptStar;
    const auto began = std::chrono::steady_clock::now();
    const AutoDispatchResult plan = planAutoDispatch(day, options);
    const double total = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began).count();

    std::printf("| plan | assigned | unassigned | travel min | lateness min | objective | ms | all placements pass checkPlacement |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---|\n");
    row("nearest-available greedy", greedy.totals, greedy.milliseconds, verify(day, greedy));
    row("exact batch rounds only", plan.roundsTotals, plan.phases.candidates + plan.phases.rounds, 0);
    row("auto-dispatch (whole run)", plan.totals, total, verify(day, plan));
    std::printf("\nauto-dispatch phases (ms): candidates %.0f, greedy baseline %.0f, batch rounds %.0f, local search %.0f, "
                "explanations and reasons %.0f\n",
                plan.phases.candidates, plan.phases.greedy, plan.phases.rounds, plan.phases.localSearch, plan.phases.explain);

    double roundMs = 0, solveMs = 0;
    bool certified = true;
    for (const RoundRecord &r : plan.rounds) {
        roundMs += r.milliseconds;
        solveMs += r.solveMilliseconds;
        certified = certified && r.certified;
    }
    int why[3] = {0, 0, 0};
    for (const OrderOutcome &o : plan.outcomes)
        if (!o.assigned)
            ++why[int(o.why.kind)];
    std::printf("rounds: %zu (%.0f ms, of which exact solves %.0f ms), all certified optimal: %s\n", plan.rounds.size(), roundMs,
                solveMs, certified ? "yes" : "NO");
    std::printf("local search from: %s, improving moves: %llu, local optimum reached: %s, out of time: %s\n",
                plan.searchStart == SearchStart::Rounds ? "rounds" : "greedy",
                static_cast<unsigned long long>(plan.localSearchMoves), plan.localOptimum ? "yes" : "no",
                plan.outOfTime ? "yes" : "no");
    std::printf("unassigned: %d no provider can take it, %d not worth the penalty, %d stopped\n", why[0], why[1], why[2]);

    // One batch round at 1,000 x 5,000: the first round of a plan without local search.
    const AutoDispatchInput big = franchiseDay(1000, 5000, seed + 1);
    AutoDispatchOptions once;
    once.timeBudgetMs = 0;
    once.localSearch = false;
    once.explain = false;
    once.roundHorizonMinutes = 0; // every order in the first round
    std::size_t arcs = 0;
    once.onRound = [&](const RoundView &v) {
        if (v.round == 0)
            arcs = v.problem.arcCount();
    };
    const AutoDispatchResult first = planAutoDispatch(big, once);
    if (!first.rounds.empty()) {
        const RoundRecord &r = first.rounds.front();
        std::printf("\n1,000 x 5,000 first round: %d rows, %zu feasible pairs, %d assigned, round %.0f ms "
                    "(pricing every pair at its earliest start + solve + certify), exact solve %.1f ms, certified: %s\n",
                    r.rows, arcs, r.assigned, r.milliseconds, r.solveMilliseconds, r.certified ? "yes" : "NO");
    }
    return verify(day, plan) == 0 && verify(day, greedy) == 0 ? 0 : 1;
}
