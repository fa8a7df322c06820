// Tests of the time-window routing engine: Solomon reader, independent
// checker, the solver's incremental bookkeeping against the checker,
// construction and local search on real benchmark instances, determinism,
// cancellation, the generic provider model, and the CLI entry.

#include "random/seeded_random.h"
#include "routing/insertion.h"
#include "routing/network.h"
#include "routing/route_state.h"
#include "routing/routing_problem.h"
#include "routing/solomon_reader.h"
#include "routing/solution_checker.h"
#include "routing/solver.h"
#include "routing/vrptw_command.h"

#include <QtTest>

#include <atomic>
#include <chrono>
#include <cmath>
#include <sstream>
#include <thread>

using namespace doorstep::dispatch::routing;

namespace {

std::string instancePath(const char *name)
{
    return std::string(DOORSTEP_SOURCE_DIR) + "/tests/data/vrptw/instances/" + name + ".txt";
}

// A tiny instance: depot at the origin, horizon [0, 100], capacity 10.
//   1 at (3,4)  demand 5, window [0, 10], service 1
//   2 at (6,8)  demand 5, window [0, 20], service 1
//   3 at (0,10) demand 4, window [50, 60], service 1
const char *kTiny = "tiny\n\nVEHICLE\nNUMBER     CAPACITY\n  3          10\n\nCUSTOMER\n"
                    "CUST NO.  XCOORD.    YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE TIME\n\n"
                    "    0      0          0          0          0        100          0\n"
                    "    1      3          4          5          0         10          1\n"
                    "    2      6          8          5          0         20          1\n"
                    "    3      0         10          4         50         60          1\n";

SolomonInstance tinyInstance()
{
    std::istringstream in(kTiny);
    return parseSolomon(in, "tiny");
}

std::vector<std::vector<int>> customerRoutes(const RoutingSolution &solution)
{
    std::vector<std::vector<int>> routes;
    for (const auto &route : solution.routes) {
        if (route.empty())
            continue;
        routes.emplace_back();
        for (int job : route)
            routes.back().push_back(job + 1); // job j is customer j + 1
    }
    return routes;
}

bool containsText(const std::vector<std::string> &lines, const std::string &needle)
{
    for (const auto &line : lines)
        if (line.find(needle) != std::string::npos)
            return true;
    return false;
}

// Two providers with their own bases and shifts, four jobs on a line:
// jobs 0,1 near base A (x=0), jobs 2,3 near base B (x=100).
RoutingProblem twoBaseProblem()
{
    std::vector<Point> places = {{0, 0}, {100, 0}, {5, 0}, {10, 0}, {90, 0}, {95, 0}};
    std::vector<Job> jobs(4);
    for (int j = 0; j < 4; ++j) {
        jobs[static_cast<std::size_t>(j)].name = std::to_string(j);
        jobs[static_cast<std::size_t>(j)].location = j + 2;
        jobs[static_cast<std::size_t>(j)].window = {0, 1000};
        jobs[static_cast<std::size_t>(j)].serviceDuration = 10;
        jobs[static_cast<std::size_t>(j)].demand = 1;
    }
    std::vector<Vehicle> vehicles(2);
    vehicles[0] = {"anna", 0, 0, {0, 1000}, 10, 10};
    vehicles[1] = {"ben", 1, 1, {0, 1000}, 10, 10};
    return RoutingProblem(std::move(jobs), std::move(vehicles), TravelMatrix::euclidean(places));
}

SolverOptions iterationBudget(std::uint64_t iterations, std::uint64_t seed = 7)
{
    SolverOptions options;
    options.timeLimitSeconds = 0; // iterations only: exactly reproducible
    options.maxIterations = iterations;
    options.seed = seed;
    return options;
}

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private slots:
    // Reader
    void readsBenchmarkFile();
    void rejectsMalformedFiles_data();
    void rejectsMalformedFiles();
    void missingFileIsAClearError();

    // Independent checker
    void checkerComputesDistanceAndAcceptsValidPlan();
    void checkerDetectsLateService();
    void checkerDetectsLateReturn();
    void checkerDetectsCapacityOverflow();
    void checkerDetectsMissingAndDuplicateCustomers();
    void checkerDetectsUnknownCustomerAndFleetOverflow();

    // Solver bookkeeping vs. the checker
    void incrementalCachesStayConsistent();
    void segmentFeasibilityAgreesWithChecker();

    // Stages on real instances
    void constructionIsFeasibleOnBenchmarks_data();
    void constructionIsFeasibleOnBenchmarks();
    void localSearchKeepsFeasibilityAndImproves();
    void solverWithIterationBudgetIsFeasible();
    void sameSeedSameIterationsSamePlan();
    void cancellationStopsPromptly();
    void cancelledBeforeStartStillReturnsFeasiblePlan();
    void progressReportsImprovements();

    // Generic provider model
    void vehiclesStartFromTheirOwnBases();
    void shiftWindowsAreRespected();
    void skillsAreNeverViolated();
    void fixedJobsStayWithTheirVehicle();
    void impossibleJobIsReportedUnassigned();
    void jobLimitIsRespected();
    void invalidProblemIsRejected();
    void genericCheckerCatchesViolations();

    // CLI entry
    void commandPrintsSummaryLine();
    void commandFailsCleanlyOnBadInput();
    void commandWithAnIterationBudgetIsReproducible();
};

void TestRouting::readsBenchmarkFile()
{
    const SolomonInstance inst = readSolomonFile(instancePath("c1_2_1"));
    QCOMPARE(inst.name, std::string("c1_2_1"));
    QCOMPARE(inst.vehicleCount, 50);
    QCOMPARE(inst.capacity, 200);
    QCOMPARE(inst.customerCount(), 200);
    const SolomonNode &depot = inst.nodes[0];
    QCOMPARE(depot.x, 70.0);
    QCOMPARE(depot.y, 70.0);
    QCOMPARE(depot.due, 1351.0);
    const SolomonNode &first = inst.nodes[1];
    QCOMPARE(first.x, 33.0);
    QCOMPARE(first.y, 78.0);
    QCOMPARE(first.demand, 20);
    QCOMPARE(first.ready, 750.0);
    QCOMPARE(first.due, 809.0);
    QCOMPARE(first.service, 90.0);

    const RoutingProblem problem = toRoutingProblem(inst);
    QCOMPARE(problem.jobCount(), 200);
    QCOMPARE(problem.vehicleCount(), 50);
    QVERIFY(problem.validate().empty());
    // Job 0 is customer 1; travel time equals unrounded Euclidean distance.
    QCOMPARE(problem.travel().distance(0, 1), std::sqrt(37.0 * 37.0 + 8.0 * 8.0));
    QCOMPARE(problem.travel().time(0, 1), problem.travel().distance(0, 1));
}

void TestRouting::rejectsMalformedFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected"); // part of the error message

    const QByteArray head = "bad\nVEHICLE\nNUMBER CAPACITY\n 3 10\nCUSTOMER\nCUST NO. X Y DEMAND READY DUE SERVICE\n";
    QTest::newRow("empty") << QByteArray("") << QByteArray("empty file");
    QTest::newRow("no vehicle section") << QByteArray("bad\nCUSTOMER\n0 0 0 0 0 100 0\n")
                                        << QByteArray("expected the VEHICLE section");
    QTest::newRow("three numbers on vehicle line")
        << QByteArray("bad\nVEHICLE\nNUMBER CAPACITY\n 3 10 7\n") << QByteArray("two numbers");
    QTest::newRow("fractional capacity")
        << QByteArray("bad\nVEHICLE\nNUMBER CAPACITY\n 3 10.5\n") << QByteArray("capacity must be a whole number");
    QTest::newRow("no customer section") << QByteArray("bad\nVEHICLE\nNUMBER CAPACITY\n 3 10\n")
                                         << QByteArray("expected the CUSTOMER section");
    QTest::newRow("short row") << head + "0 0 0 0 0 100\n" << QByteArray("must have 7 numbers");
    QTest::newRow("not a number") << head + "0 0 0 0 0 100 0\n1 3 4 5 0 1O 1\n"
                                  << QByteArray("unexpected text in the customer table");
    QTest::newRow("ids out of order") << head + "0 0 0 0 0 100 0\n2 3 4 5 0 10 1\n"
                                      << QByteArray("expected 1, found 2");
    QTest::newRow("ready after due") << head + "0 0 0 0 0 100 0\n1 3 4 5 20 10 1\n"
                                     << QByteArray("ready time after due date for customer 1");
    QTest::newRow("demand over capacity") << head + "0 0 0 0 0 100 0\n1 3 4 50 0 10 1\n"
                                          << QByteArray("more than the vehicle capacity");
    QTest::newRow("depot only") << head + "0 0 0 0 0 100 0\n" << QByteArray("no customers");

    // Untrusted files must not cost unbounded memory (issue #10): before the
    // bounds, 10^9 vehicles were accepted and toRoutingProblem() allocated them.
    QTest::newRow("10^9 vehicles") << QByteArray("bad\nVEHICLE\nNUMBER CAPACITY\n 1000000000 10\nCUSTOMER\n0 0 0 0 0 100 0\n1 3 4 5 0 10 1\n")
                                   << QByteArray("vehicle count 1000000000 is more than this reader accepts");
    QByteArray many = head;
    for (int i = 0; i <= 5001; ++i)
        many += QByteArray::number(i) + " 1 1 1 0 100 0\n";
    QTest::newRow("5,001 customers") << many << QByteArray("more than 5000 customers");
    QTest::newRow("line without end") << QByteArray("bad\n") + QByteArray(1 << 20, '7')
                                      << QByteArray("broken.txt:2: line longer than 1024 characters");
    QTest::newRow("huge coordinate") << head + "0 0 0 0 0 100 0\n1 1e300 4 5 0 10 1\n"
                                     << QByteArray("number out of range");
}

void TestRouting::rejectsMalformedFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    std::istringstream in(text.toStdString());
    try {
        parseSolomon(in, "broken.txt");
        QFAIL("parseSolomon accepted a malformed file");
    } catch (const SolomonFormatError &e) {
        const std::string message = e.what();
        QVERIFY2(message.find(expected.toStdString()) != std::string::npos, message.c_str());
        QVERIFY2(message.rfind("broken.txt", 0) == 0, message.c_str()); // names the source
    }
}

void TestRouting::missingFileIsAClearError()
{
    try {
        readSolomonFile("/nonexistent/dir/none.txt");
        QFAIL("no exception for a missing file");
    } catch (const SolomonFormatError &e) {
        const std::string message = e.what();
        QVERIFY2(message.find("cannot open") != std::string::npos, message.c_str());
        QVERIFY2(message.find("/nonexistent/dir/none.txt") != std::string::npos, message.c_str());
    }
}

void TestRouting::checkerComputesDistanceAndAcceptsValidPlan()
{
    const SolomonInstance inst = tinyInstance();
    // 0 -> 1 (5) -> 2 (5) -> 0 (10) and 0 -> 3 (10) -> 0 (10): 40 in total.
    const CheckReport report = checkVrptwSolution(inst, {{1, 2}, {3}});
    QVERIFY2(report.feasible, report.violations.empty() ? "" : report.violations.front().c_str());
    QCOMPARE(report.vehicles, 2);
    QCOMPARE(report.distance, 40.0);
    // Empty routes are unused vehicles, not violations.
    const CheckReport withEmpty = checkVrptwSolution(inst, {{}, {1, 2}, {}, {3}});
    QVERIFY(withEmpty.feasible);
    QCOMPARE(withEmpty.vehicles, 2);
}

void TestRouting::checkerDetectsLateService()
{
    const SolomonInstance inst = tinyInstance();
    // 3 is served at 50, so 1 (due 10) is reached far too late.
    const CheckReport report = checkVrptwSolution(inst, {{3, 1}, {2}});
    QVERIFY(!report.feasible);
    QVERIFY(containsText(report.violations, "customer 1 served at"));
    // Waiting is allowed: arriving early at 3 is not a violation.
    QVERIFY(!containsText(report.violations, "customer 3"));
}

void TestRouting::checkerDetectsLateReturn()
{
    SolomonInstance inst = tinyInstance();
    inst.nodes[0].due = 55; // 3 finishes at 51, then 10 back: 61 > 55
    const CheckReport report = checkVrptwSolution(inst, {{1, 2}, {3}});
    QVERIFY(!report.feasible);
    QVERIFY(containsText(report.violations, "returns to the depot at 61"));
}

void TestRouting::checkerDetectsCapacityOverflow()
{
    const SolomonInstance inst = tinyInstance();
    const CheckReport report = checkVrptwSolution(inst, {{1, 2, 3}});
    QVERIFY(!report.feasible);
    QVERIFY(containsText(report.violations, "load 14 exceeds capacity 10"));
}

void TestRouting::checkerDetectsMissingAndDuplicateCustomers()
{
    const SolomonInstance inst = tinyInstance();
    const CheckReport missing = checkVrptwSolution(inst, {{1, 2}});
    QVERIFY(!missing.feasible);
    QVERIFY(containsText(missing.violations, "customer 3 is not served"));

    const CheckReport twice = checkVrptwSolution(inst, {{1}, {2, 1}, {3}});
    QVERIFY(!twice.feasible);
    QVERIFY(containsText(twice.violations, "customer 1 is served 2 times"));
}

void TestRouting::checkerDetectsUnknownCustomerAndFleetOverflow()
{
    const SolomonInstance inst = tinyInstance();
    const CheckReport unknown = checkVrptwSolution(inst, {{1, 2}, {3, 7}});
    QVERIFY(!unknown.feasible);
    QVERIFY(containsText(unknown.violations, "customer 7 does not exist"));

    SolomonInstance small = tinyInstance();
    small.vehicleCount = 2;
    const CheckReport fleet = checkVrptwSolution(small, {{1}, {2}, {3}});
    QVERIFY(!fleet.feasible);
    QVERIFY(containsText(fleet.violations, "uses 3 vehicles, the fleet has 2"));
}

void TestRouting::incrementalCachesStayConsistent()
{
    // Random inserts and removals: the cached prefix/suffix segments must
    // always equal a from-scratch recomputation.
    const RoutingProblem problem = toRoutingProblem(readSolomonFile(instancePath("r1_2_1")));
    const detail::Network net(problem);
    detail::Plan plan = detail::constructPlan(net);
    QVERIFY(plan.consistent());
    doorstep::dispatch::Rng rng(11);
    for (int step = 0; step < 3000; ++step) {
        const int job = doorstep::dispatch::randomIndex(rng, net.jobCount());
        if (plan.assigned(job)) {
            plan.remove(job);
        } else {
            const int r = doorstep::dispatch::randomIndex(rng, 30);
            plan.insert(r, doorstep::dispatch::randomIndex(rng, plan.route(r).size() + 1), job);
        }
        if (step % 50 == 0)
            QVERIFY2(plan.consistent(), qPrintable(QStringLiteral("step %1").arg(step)));
    }
    QVERIFY(plan.consistent());
}

void TestRouting::segmentFeasibilityAgreesWithChecker()
{
    // Random routes on a real instance: whether the O(1) segment algebra calls
    // a route feasible must match the checker's from-scratch simulation, and
    // the distances must agree.
    const SolomonInstance inst = readSolomonFile(instancePath("rc1_2_1"));
    const RoutingProblem problem = toRoutingProblem(inst);
    const detail::Network net(problem);
    doorstep::dispatch::Rng rng(5);
    int feasibleSeen = 0;
    int infeasibleSeen = 0;
    for (int trial = 0; trial < 400; ++trial) {
        detail::Plan plan(net);
        // Short routes built from a job and some of its neighbours, so both
        // outcomes occur often.
        const int seed = doorstep::dispatch::randomIndex(rng, net.jobCount());
        std::vector<int> jobs{seed};
        const int length = 1 + doorstep::dispatch::randomIndex(rng, 6);
        for (int k = 1; k < length; ++k) {
            const int candidate = net.nearest(seed)[static_cast<std::size_t>(1 + doorstep::dispatch::randomIndex(rng, 20))];
            if (std::find(jobs.begin(), jobs.end(), candidate) == jobs.end())
                jobs.insert(jobs.begin() + doorstep::dispatch::randomIndex(rng, static_cast<int>(jobs.size()) + 1), candidate);
        }
        plan.setJobs(0, jobs);
        const bool solverSays = plan.fits(plan.route(0).whole, 0);

        std::vector<std::vector<int>> routes{{}};
        for (int j : jobs)
            routes[0].push_back(j + 1);
        CheckReport report = checkVrptwSolution(inst, routes);
        // Unserved customers are expected here; judge only this route.
        std::erase_if(report.violations, [](const std::string &v) { return v.find("is not served") != std::string::npos; });
        const bool checkerSays = report.violations.empty();
        QCOMPARE(solverSays, checkerSays);
        QVERIFY(std::fabs(report.distance - plan.distance()) < 1e-6);
        (solverSays ? feasibleSeen : infeasibleSeen)++;
    }
    QVERIFY(feasibleSeen > 20);
    QVERIFY(infeasibleSeen > 20);
}

void TestRouting::constructionIsFeasibleOnBenchmarks_data()
{
    QTest::addColumn<QByteArray>("instance");
    QTest::newRow("c1_2_1") << QByteArray("c1_2_1");
    QTest::newRow("r2_2_1") << QByteArray("r2_2_1");
    QTest::newRow("rc1_2_3") << QByteArray("rc1_2_3");
}

void TestRouting::constructionIsFeasibleOnBenchmarks()
{
    QFETCH(QByteArray, instance);
    const SolomonInstance inst = readSolomonFile(instancePath(instance.constData()));
    const RoutingProblem problem = toRoutingProblem(inst);
    const RoutingSolution solution = constructSolution(problem);
    QVERIFY(solution.unassigned.empty());
    const CheckReport report = checkVrptwSolution(inst, customerRoutes(solution));
    QVERIFY2(report.feasible, report.violations.empty() ? "" : report.violations.front().c_str());
    QVERIFY(report.vehicles > 0);
    QVERIFY(report.vehicles <= inst.vehicleCount);
}

void TestRouting::localSearchKeepsFeasibilityAndImproves()
{
    const SolomonInstance inst = readSolomonFile(instancePath("r1_2_3"));
    const RoutingProblem problem = toRoutingProblem(inst);
    const RoutingSolution start = constructSolution(problem);
    const CheckReport before = checkVrptwSolution(inst, customerRoutes(start));
    QVERIFY(before.feasible);

    const RoutingSolution improved = improveLocally(problem, start, 3);
    const CheckReport after = checkVrptwSolution(inst, customerRoutes(improved));
    QVERIFY2(after.feasible, after.violations.empty() ? "" : after.violations.front().c_str());
    QVERIFY(after.vehicles <= before.vehicles);
    // Greedy construction is far from a local optimum: expect a real gain.
    QVERIFY2(after.distance < before.distance * 0.98,
             qPrintable(QStringLiteral("%1 -> %2").arg(before.distance).arg(after.distance)));

    // A start plan that repeats a job is refused, not silently repaired.
    RoutingSolution broken = start;
    broken.routes[0].push_back(broken.routes[1].front());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, improveLocally(problem, broken));
}

void TestRouting::solverWithIterationBudgetIsFeasible()
{
    const SolomonInstance inst = readSolomonFile(instancePath("rc2_2_1"));
    const RoutingProblem problem = toRoutingProblem(inst);
    const SolverResult result = solve(problem, iterationBudget(400));
    const CheckReport report = checkVrptwSolution(inst, customerRoutes(result.solution));
    QVERIFY2(report.feasible, report.violations.empty() ? "" : report.violations.front().c_str());
    QCOMPARE(report.vehicles, result.cost.vehicles);
    QVERIFY(std::fabs(report.distance - result.cost.distance) < 1e-6);
    // Route minimisation takes at least one vehicle off the greedy plan.
    QVERIFY2(result.cost.vehicles < result.constructionVehicles,
             qPrintable(QStringLiteral("%1 vs %2").arg(result.cost.vehicles).arg(result.constructionVehicles)));
    QCOMPARE(result.iterations, std::uint64_t(400));
    QVERIFY(!result.cancelled);
}

void TestRouting::sameSeedSameIterationsSamePlan()
{
    const RoutingProblem problem = toRoutingProblem(readSolomonFile(instancePath("c1_2_2")));
    const SolverResult a = solve(problem, iterationBudget(300, 42));
    const SolverResult b = solve(problem, iterationBudget(300, 42));
    QVERIFY(a.solution.routes == b.solution.routes);
    QCOMPARE(a.cost.distance, b.cost.distance);
    // ...and the seed really steers the search.
    const SolverResult c = solve(problem, iterationBudget(300, 43));
    QVERIFY(c.solution.routes != a.solution.routes);
}

void TestRouting::cancellationStopsPromptly()
{
    const SolomonInstance inst = readSolomonFile(instancePath("r1_2_2"));
    const RoutingProblem problem = toRoutingProblem(inst);
    std::atomic<bool> cancel{false};
    SolverOptions options;
    options.timeLimitSeconds = 120;
    options.cancel = &cancel;
    std::thread stopper([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    const auto started = std::chrono::steady_clock::now();
    const SolverResult result = solve(problem, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    stopper.join();
    QVERIFY(result.cancelled);
    QVERIFY2(seconds < 20.0, qPrintable(QString::number(seconds))); // not the 120 s budget
    QVERIFY(checkVrptwSolution(inst, customerRoutes(result.solution)).feasible);
}

void TestRouting::cancelledBeforeStartStillReturnsFeasiblePlan()
{
    const SolomonInstance inst = readSolomonFile(instancePath("c2_2_1"));
    std::atomic<bool> cancel{true};
    SolverOptions options;
    options.timeLimitSeconds = 60;
    options.cancel = &cancel;
    const SolverResult result = solve(toRoutingProblem(inst), options);
    QVERIFY(result.cancelled);
    QVERIFY(checkVrptwSolution(inst, customerRoutes(result.solution)).feasible);
}

void TestRouting::progressReportsImprovements()
{
    const RoutingProblem problem = toRoutingProblem(readSolomonFile(instancePath("r2_2_2")));
    SolverOptions options = iterationBudget(300);
    std::vector<SolutionCost> reported;
    options.onProgress = [&reported](const SolverProgress &p) { reported.push_back(p.best); };
    const SolverResult result = solve(problem, options);
    QVERIFY(!reported.empty());
    for (std::size_t i = 1; i < reported.size(); ++i)
        QVERIFY(!reported[i - 1].betterThan(reported[i])); // never reports a worse plan
    QCOMPARE(reported.back().vehicles, result.cost.vehicles);
    QVERIFY(std::fabs(reported.back().distance - result.cost.distance) < 1e-9);
}

void TestRouting::vehiclesStartFromTheirOwnBases()
{
    const RoutingProblem problem = twoBaseProblem();
    const SolverResult result = solve(problem, iterationBudget(200));
    const CheckReport report = checkSolution(problem, result.solution);
    QVERIFY2(report.feasible, report.violations.empty() ? "" : report.violations.front().c_str());
    // Hierarchical objective: one vehicle can do all four within its shift.
    QCOMPARE(report.vehicles, 1);
    QVERIFY(result.solution.unassigned.empty());

    // With a short shift each provider must take the jobs at its own base.
    RoutingProblem shortShifts = problem;
    std::vector<Vehicle> vehicles = problem.vehicles();
    for (Vehicle &v : vehicles)
        v.shift = {0, 60};
    shortShifts = RoutingProblem(problem.jobs(), vehicles, problem.travel());
    const SolverResult split = solve(shortShifts, iterationBudget(200));
    const CheckReport splitReport = checkSolution(shortShifts, split.solution);
    QVERIFY(splitReport.feasible);
    QCOMPARE(splitReport.vehicles, 2);
    std::vector<int> anna = split.solution.routes[0];
    std::sort(anna.begin(), anna.end());
    QCOMPARE(anna, (std::vector<int>{0, 1}));
    // Out to x=10 and back, and out to x=90 from base 100 and back.
    QVERIFY(std::fabs(splitReport.distance - 40.0) < 1e-9);
}

void TestRouting::shiftWindowsAreRespected()
{
    // Anna works mornings [0, 100], Ben afternoons [200, 400] from the same
    // base; afternoon jobs can only be Ben's, however close they are.
    std::vector<Point> places = {{0, 0}, {1, 0}, {2, 0}, {3, 0}};
    std::vector<Job> jobs(3);
    jobs[0] = {"morning", 1, {10, 50}, 5, 1, {}};
    jobs[1] = {"afternoon", 2, {250, 300}, 5, 1, {}};
    jobs[2] = {"late afternoon", 3, {300, 350}, 5, 1, {}};
    std::vector<Vehicle> vehicles(2);
    vehicles[0] = {"anna", 0, 0, {0, 100}, 10, 10};
    vehicles[1] = {"ben", 0, 0, {200, 400}, 10, 10};
    const RoutingProblem problem(jobs, vehicles, TravelMatrix::euclidean(places));
    const SolverResult result = solve(problem, iterationBudget(100));
    const CheckReport report = checkSolution(problem, result.solution);
    QVERIFY2(report.feasible, report.violations.empty() ? "" : report.violations.front().c_str());
    QCOMPARE(result.solution.routes[0], (std::vector<int>{0}));
    QCOMPARE(result.solution.routes[1], (std::vector<int>{1, 2}));
}

void TestRouting::skillsAreNeverViolated()
{
    // Jobs all around one base; vehicle 0 lacks the skill for every odd job.
    // Geography alone would mix them, the plan must not.
    std::vector<Point> places = {{50, 50}};
    doorstep::dispatch::Rng rng(3);
    for (int i = 0; i < 40; ++i)
        places.push_back({doorstep::dispatch::random01(rng) * 100, doorstep::dispatch::random01(rng) * 100});
    std::vector<Job> jobs(40);
    for (int j = 0; j < 40; ++j)
        jobs[static_cast<std::size_t>(j)] = {std::to_string(j), j + 1, {0, 1000}, 5, 1, {}};
    std::vector<Vehicle> vehicles(3, Vehicle{"", 0, 0, {0, 1000}, 30, 30});
    RoutingProblem problem(jobs, vehicles, TravelMatrix::euclidean(places));
    problem.setCompatibility([](int vehicle, int job) { return vehicle != 0 || job % 2 == 0; });

    for (std::uint64_t seed : {1u, 2u, 3u}) {
        const SolverResult result = solve(problem, iterationBudget(300, seed));
        const CheckReport report = checkSolution(problem, result.solution);
        QVERIFY2(report.feasible, report.violations.empty() ? "" : report.violations.front().c_str());
        QVERIFY(result.solution.unassigned.empty());
        for (int job : result.solution.routes[0])
            QVERIFY2(job % 2 == 0, qPrintable(QStringLiteral("vehicle 0 got job %1").arg(job)));
    }
}

void TestRouting::fixedJobsStayWithTheirVehicle()
{
    RoutingProblem base = twoBaseProblem();
    std::vector<Job> jobs = base.jobs();
    jobs[0].fixedVehicle = 1; // Ben must do job 0 even though it is at Anna's base
    const RoutingProblem problem(jobs, base.vehicles(), base.travel());
    const SolverResult result = solve(problem, iterationBudget(200));
    const CheckReport report = checkSolution(problem, result.solution);
    QVERIFY2(report.feasible, report.violations.empty() ? "" : report.violations.front().c_str());
    const auto &ben = result.solution.routes[1];
    QVERIFY(std::find(ben.begin(), ben.end(), 0) != ben.end());
}

void TestRouting::impossibleJobIsReportedUnassigned()
{
    RoutingProblem base = twoBaseProblem();
    std::vector<Job> jobs = base.jobs();
    jobs[3].window = {0, 1}; // 95 away from any base: cannot start by t=1
    const RoutingProblem problem(jobs, base.vehicles(), base.travel());
    const SolverResult result = solve(problem, iterationBudget(100));
    QCOMPARE(result.solution.unassigned, (std::vector<int>{3}));
    QCOMPARE(result.cost.unassigned, 1);
    const CheckReport report = checkSolution(problem, result.solution);
    QVERIFY(report.feasible);
    QCOMPARE(report.unassigned, 1);
}

void TestRouting::jobLimitIsRespected()
{
    RoutingProblem base = twoBaseProblem();
    std::vector<Vehicle> vehicles = base.vehicles();
    vehicles[0].maxJobs = 1;
    vehicles[1].maxJobs = 1;
    const RoutingProblem problem(base.jobs(), vehicles, base.travel());
    const SolverResult result = solve(problem, iterationBudget(100));
    QCOMPARE(result.solution.routes[0].size(), std::size_t(1));
    QCOMPARE(result.solution.routes[1].size(), std::size_t(1));
    QCOMPARE(result.solution.unassigned.size(), std::size_t(2));
    QVERIFY(checkSolution(problem, result.solution).feasible);
}

void TestRouting::invalidProblemIsRejected()
{
    RoutingProblem base = twoBaseProblem();
    std::vector<Job> jobs = base.jobs();
    jobs[1].location = 99;
    const RoutingProblem problem(jobs, base.vehicles(), base.travel());
    QVERIFY(problem.validate().find("job 1") != std::string::npos);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, solve(problem, iterationBudget(10)));
}

void TestRouting::genericCheckerCatchesViolations()
{
    RoutingProblem problem = twoBaseProblem();
    problem.setCompatibility([](int vehicle, int job) { return !(vehicle == 1 && job == 2); });
    RoutingSolution plan;
    plan.routes = {{0, 1}, {3, 2}};
    const CheckReport skills = checkSolution(problem, plan);
    QVERIFY(!skills.feasible);
    QVERIFY(containsText(skills.violations, "may not do job 2"));

    plan.routes = {{0, 1, 1}, {2}};
    const CheckReport dup = checkSolution(problem, plan);
    QVERIFY(containsText(dup.violations, "job 1 appears 2 times"));
    QVERIFY(containsText(dup.violations, "job 3 is neither planned nor listed as unassigned"));

    std::vector<Vehicle> vehicles = problem.vehicles();
    vehicles[0].shift = {0, 30};
    const RoutingProblem shortShift(problem.jobs(), vehicles, problem.travel());
    plan.routes = {{0, 1}, {2, 3}};
    const CheckReport late = checkSolution(shortShift, plan);
    QVERIFY(containsText(late.violations, "after the shift end"));
}

void TestRouting::commandPrintsSummaryLine()
{
    std::ostringstream out;
    std::ostringstream err;
    const int rc = runVrptwCommand(instancePath("c2_2_1"), 0.5, 1, out, err);
    QCOMPARE(rc, 0);
    std::string text = out.str();
    QVERIFY(!text.empty() && text.back() == '\n');
    text.pop_back();
    const std::string last = text.substr(text.rfind('\n') + 1);
    const QRegularExpression pattern(QStringLiteral("^vehicles=\\d+ distance=\\d+\\.\\d\\d feasible=yes$"));
    QVERIFY2(pattern.match(QString::fromStdString(last)).hasMatch(), last.c_str());
    QVERIFY(text.find("route 1:") != std::string::npos);
    QVERIFY(err.str().empty());
}

void TestRouting::commandFailsCleanlyOnBadInput()
{
    std::ostringstream out;
    std::ostringstream err;
    QCOMPARE(runVrptwCommand("/nonexistent/x.txt", 1.0, 1, out, err), 1);
    QVERIFY(err.str().find("cannot open") != std::string::npos);
    QVERIFY(out.str().empty());

    const QString path = QDir::temp().filePath(QStringLiteral("tst_routing_malformed.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("broken\nVEHICLE\nNUMBER CAPACITY\n 3\n");
    }
    std::ostringstream err2;
    QCOMPARE(runVrptwCommand(path.toStdString(), 1.0, 1, out, err2), 1);
    QVERIFY2(err2.str().find("two numbers") != std::string::npos, err2.str().c_str());
    QFile::remove(path);

    std::ostringstream err3;
    QCOMPARE(runVrptwCommand(instancePath("c2_2_1"), -1.0, 1, out, err3), 2);
    QVERIFY(err3.str().find("--seconds") != std::string::npos);
    std::ostringstream err4;
    QCOMPARE(runVrptwCommand(instancePath("c2_2_1"), VrptwCommandOptions{0.0, 0, 1}, out, err4), 2); // no budget at all
    QVERIFY(err4.str().find("--iterations") != std::string::npos);
}

void TestRouting::commandWithAnIterationBudgetIsReproducible()
{
    std::ostringstream a, b, err;
    QCOMPARE(runVrptwCommand(instancePath("c2_2_1"), VrptwCommandOptions{0.0, 200, 3}, a, err), 0);
    QCOMPARE(runVrptwCommand(instancePath("c2_2_1"), VrptwCommandOptions{0.0, 200, 3}, b, err), 0);
    QVERIFY(err.str().empty());
    // Everything after the first line (which says how long it took): routes and totals.
    const std::string routesA = a.str().substr(a.str().find('\n'));
    QCOMPARE(routesA, b.str().substr(b.str().find('\n')));
    QVERIFY(a.str().find(" 200 iterations, seed 3") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
