// A franchise day from the demo generator: auto-dispatch against the
// nearest-available greedy baseline on one day's waiting orders, read from a
// real demo store through AutoDispatchService::snapshot() exactly as the
// console reads them, and planned with the console's planner.
//
//   bench_autodispatch [pending providers demoSeed budgetMs twoOptStar store vroomDir]
//   (defaults 3000 800 1 10000 1, a temporary store, the working directory)
//
// It also writes the day it plans in VROOM's input format,
// franchise-day.vroom.json, and the planner's plan with the same job and
// vehicle ids, franchise-day.plan.json, into vroomDir (auto/vroom_export.h;
// README "Comparing with VROOM"). "-" as vroomDir writes neither.
//
// The store is a demo franchise (models/demo) of `providers` providers, a year
// of 30,000 orders and `pending` more orders waiting for dispatch tomorrow
// (DemoOptions::pendingDayOrders), made with cheap key derivation as
// bench_store does, so the time is the data's. Give a path as the sixth
// argument to keep the store and reuse it in later runs. Every placement of
// both plans is re-checked with checkPlacement against the final days.

#include "auto/auto_dispatch.h"
#include "auto/vroom_export.h"
#include "demo/demo_generator.h"
#include "services/auto_dispatch_service.h"
#include "services/dispatch_rules_text.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <unordered_map>

using namespace doorstep;
using namespace doorstep::dispatch;
using namespace doorstep::dispatch::autodispatch;

namespace {

// "Today" of the demo store: 2026-11-30 08:00 in Shanghai. The franchise day
// is the next day.
constexpr qint64 kReference = 1795996800;
constexpr qint64 kTomorrow = kReference - 8 * 3600 + 86400; // 2026-12-01 00:00 Shanghai

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

void row(const char *name, const PlanTotals &t, double ms, const char *checked)
{
    std::printf("| %s | %d | %d | %.0f | %.0f | %.1f | %.0f | %s |\n", name, t.assigned, t.unassigned, t.travelMinutes,
                t.latenessMinutes, t.objective, ms, checked);
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int pending = argc > 1 ? std::atoi(argv[1]) : 3000;
    const int providers = argc > 2 ? std::atoi(argv[2]) : 800;
    const quint64 demoSeed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 1;
    const int budget = argc > 4 ? std::atoi(argv[4]) : 10000;
    const bool twoOptStar = argc > 5 ? std::atoi(argv[5]) != 0 : true; // 0: local search without 2-opt*
    QTemporaryDir dir;
    const QString path = argc > 6 ? QString::fromLocal8Bit(argv[6]) : dir.filePath(QStringLiteral("franchise.doorstep"));
    const bool reuse = argc > 6 && QFileInfo::exists(path);
    const QString vroomDir = argc > 7 ? QString::fromLocal8Bit(argv[7]) : QDir::currentPath();

    demo::DemoOptions options;
    options.providers = providers;
    options.orders = 30000;
    options.pendingDayOrders = pending;
    options.seed = demoSeed;
    options.referenceSecs = kReference;
    options.kdf = store::KdfParams::fastForTests();
    QElapsedTimer t;
    t.start();
    if (!reuse)
        demo::createDemoStore(path, options);
    const double createMs = reuse ? 0 : ms(t);

    auto ws = services::Workspace::login(path, QStringLiteral("dispatcher"), options.password);
    ws->services().setClock([] { return kReference; });
    auto &db = ws->store().db();
    services::AutoDispatchService service(ws->services());
    t.restart();
    const services::AutoDispatchSnapshot snapshot = service.snapshot(services::AutoDispatchSelection::wholeDay(kTomorrow + 12 * 3600), {});
    const double snapshotMs = ms(t);
    const AutoDispatchInput &day = snapshot.input;

    int booked = 0, serving = 0;
    for (const ProviderDay &d : day.days) {
        booked += int(d.jobs.size());
        serving += d.workingHours.empty() ? 0 : 1;
    }
    std::printf("Demo franchise (seed %llu): %lld providers (%lld active), %lld orders in the store; %s in %.1f s\n",
                static_cast<unsigned long long>(demoSeed), db.scalar("SELECT count(*) FROM providers").toLongLong(),
                db.scalar("SELECT count(*) FROM providers WHERE status = 'active'").toLongLong(),
                db.scalar("SELECT count(*) FROM orders").toLongLong(), reuse ? "reused" : "created", createMs / 1000);
    std::printf("Franchise day 2026-12-01: %zu waiting orders in %lld districts, %zu candidate providers (%d working that day, "
                "%d jobs already booked); snapshot %.0f ms. Planner budget %d ms, seed 1, 2-opt* %s\n\n",
                day.orders.size(),
                db.scalar("SELECT count(DISTINCT district_id) FROM orders WHERE status = 'awaiting_dispatch' AND window_start >= ? AND window_start < ?",
                          kTomorrow, kTomorrow + 86400).toLongLong(),
                day.days.size(), serving, booked, snapshotMs, budget, twoOptStar ? "on" : "off");

    AutoDispatchOptions greedyOptions;
    greedyOptions.explain = false;
    greedyOptions.timeBudgetMs = 0;
    const AutoDispatchResult greedy = nearestAvailableGreedy(day, greedyOptions);

    AutoDispatchOptions planOptions;
    planOptions.timeBudgetMs = budget;
    planOptions.seed = 1;
    planOptions.twoOptStar = twoOptStar;
    t.restart();
    const AutoDispatchResult plan = services::AutoDispatchService::plan(snapshot, planOptions);
    const double planMs = ms(t);
    t.restart();
    const services::AutoDispatchProposals proposals = services::AutoDispatchService::describe(snapshot, plan);
    const double describeMs = ms(t);

    if (vroomDir != u"-") {
        t.restart();
        const VroomExport vroom(day, snapshot.dayStart);
        auto write = [&](const QString &name, const std::string &text) {
            QFile file(QDir(vroomDir).filePath(name));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.data(), qint64(text.size())) != qint64(text.size()))
                std::fprintf(stderr, "cannot write %s\n", qPrintable(file.fileName()));
            return text.size();
        };
        const std::size_t inputBytes = write(QStringLiteral("franchise-day.vroom.json"), vroom.inputJson());
        const std::size_t planBytes = write(QStringLiteral("franchise-day.plan.json"), vroom.planJson(plan));
        std::printf("VROOM input: %zu jobs (waiting and booked), %zu vehicles, %zu x %zu duration matrix, %zu skills, %.1f MB;"
                    " plan %.1f MB, in %s (%.0f ms)\n\n",
                    vroom.jobCount(), vroom.vehicleCount(), vroom.locationCount(), vroom.locationCount(), vroom.skills().size(),
                    double(inputBytes) / 1e6, double(planBytes) / 1e6, qPrintable(QDir(vroomDir).absolutePath()), ms(t));
    }

    const int badGreedy = verify(day, greedy);
    const int badPlan = verify(day, plan);
    std::printf("| plan | assigned | unassigned | travel min | lateness min | objective | ms | all placements pass checkPlacement |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---|\n");
    row("nearest-available greedy", greedy.totals, greedy.milliseconds, badGreedy == 0 ? "yes" : "NO");
    row("exact batch rounds only", plan.roundsTotals, plan.phases.candidates + plan.phases.rounds, "(not checked separately)");
    row("auto-dispatch (whole run)", plan.totals, planMs, badPlan == 0 ? "yes" : "NO");
    std::printf("\nauto-dispatch phases (ms): candidates %.0f, greedy baseline %.0f, batch rounds %.0f, local search %.0f, "
                "explanations and reasons %.0f; wording the %lld proposals (describe) %.0f\n",
                plan.phases.candidates, plan.phases.greedy, plan.phases.rounds, plan.phases.localSearch, plan.phases.explain,
                static_cast<long long>(proposals.proposals.size()), describeMs);

    double roundMs = 0, solveMs = 0;
    bool certified = true;
    for (const RoundRecord &r : plan.rounds) {
        roundMs += r.milliseconds;
        solveMs += r.solveMilliseconds;
        certified = certified && r.certified;
    }
    int why[3] = {0, 0, 0};
    int byRule[16] = {};
    for (const OrderOutcome &o : plan.outcomes)
        if (!o.assigned) {
            ++why[int(o.why.kind)];
            if (o.why.kind == UnassignedKind::NoProvider)
                ++byRule[int(o.why.rule)];
        }
    std::printf("rounds: %zu (%.0f ms, of which exact solves %.0f ms), all certified optimal: %s\n", plan.rounds.size(), roundMs,
                solveMs, certified ? "yes" : "NO");
    std::printf("local search from: %s, improving moves: %llu, local optimum reached: %s, out of time: %s\n",
                plan.searchStart == SearchStart::Rounds ? "rounds" : "greedy",
                static_cast<unsigned long long>(plan.localSearchMoves), plan.localOptimum ? "yes" : "no",
                plan.outOfTime ? "yes" : "no");
    std::printf("unassigned: %d no provider can take it, %d not worth the penalty, %d stopped\n", why[0], why[1], why[2]);
    // The reason each gave (explain.cpp): the rule most of the providers who
    // could serve it at all gave, else the rule most providers gave.
    std::printf("  no provider can take it, by reason:");
    for (int rule = 0; rule <= int(Rule::DailyLimit); ++rule)
        if (byRule[rule] > 0)
            std::printf(" %s %d;", qPrintable(services::DispatchRulesText::ruleName(Rule(rule))), byRule[rule]);
    std::printf("\n");

    // One batch round over the whole day: every order admitted at once.
    AutoDispatchOptions once;
    once.timeBudgetMs = 0;
    once.localSearch = false;
    once.explain = false;
    once.roundHorizonMinutes = 0;
    std::size_t arcs = 0;
    once.onRound = [&](const RoundView &v) {
        if (v.round == 0)
            arcs = v.problem.arcCount();
    };
    const AutoDispatchResult first = planAutoDispatch(day, once);
    if (!first.rounds.empty()) {
        const RoundRecord &r = first.rounds.front();
        std::printf("\none round, every order admitted (%zu x %zu): %d rows with a feasible provider, %zu feasible pairs, %d assigned, "
                    "round %.0f ms (pricing every pair at its earliest start + solve + certify + apply), exact solve %.1f ms, "
                    "certified: %s\n",
                    day.orders.size(), day.days.size(), r.rows, arcs, r.assigned, r.milliseconds, r.solveMilliseconds,
                    r.certified ? "yes" : "NO");
    }
    return badPlan == 0 && badGreedy == 0 ? 0 : 1;
}
