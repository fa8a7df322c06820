// The exact assignment solver: totals against exhaustive search (small) and
// LEMON's network simplex (medium), every solution certified by its duals,
// the certificate shown to reject wrong answers, the "best alternative" prices
// against exhaustive search, edge cases, cancellation and progress.

#include "assignment/min_cost_assignment.h"

#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <limits>
#include <numeric>
#include <random>
#include <thread>
#include <vector>

// LEMON is required when the tests are built (tests/dispatch/assignment.cmake).
#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

using namespace doorstep::dispatch;

namespace {

constexpr Cost kImpossible = std::numeric_limits<Cost>::max();

std::size_t idx(int i) { return static_cast<std::size_t>(i); }

AssignmentResult solve(const AssignmentProblem &problem, bool alternatives = true)
{
    AssignmentOptions options;
    options.computeAlternatives = alternatives;
    return solveMinCostAssignment(problem, options);
}

// ---- exhaustive search ------------------------------------------------------

// Every feasible assignment, enumerated. forced[r][k] is the best total with
// row r on its k-th listed arc (k == number of arcs: r unassigned), or
// kImpossible; the optimum is the smallest of any row's forced values.
struct Exhaustive
{
    Cost optimum = kImpossible;
    std::vector<std::vector<Cost>> forced;
};

class ExhaustiveSearch
{
public:
    explicit ExhaustiveSearch(const AssignmentProblem &problem)
        : m_problem(problem), m_load(idx(problem.columnCount()), 0), m_choice(idx(problem.rowCount()), 0)
    {
        for (const AssignmentRow &row : problem.rows())
            m_result.forced.emplace_back(row.arcs.size() + 1, kImpossible);
    }

    Exhaustive run()
    {
        visit(0, 0);
        return m_result;
    }

private:
    void visit(int r, Cost total)
    {
        if (r == m_problem.rowCount()) {
            m_result.optimum = std::min(m_result.optimum, total);
            for (int i = 0; i < r; ++i) {
                Cost &best = m_result.forced[idx(i)][m_choice[idx(i)]];
                best = std::min(best, total);
            }
            return;
        }
        const AssignmentRow &row = m_problem.row(r);
        for (std::size_t k = 0; k < row.arcs.size(); ++k) {
            const int c = row.arcs[k].column;
            if (m_load[idx(c)] >= m_problem.capacity(c))
                continue;
            ++m_load[idx(c)];
            m_choice[idx(r)] = k;
            visit(r + 1, total + row.arcs[k].cost);
            --m_load[idx(c)];
        }
        m_choice[idx(r)] = row.arcs.size();
        visit(r + 1, total + row.unassignedPenalty);
    }

    const AssignmentProblem &m_problem;
    std::vector<int> m_load;
    std::vector<std::size_t> m_choice;
    Exhaustive m_result;
};

// Index into Exhaustive::forced[row] of choosing `column` (kUnassigned allowed).
std::size_t optionOf(const AssignmentRow &row, int column)
{
    for (std::size_t k = 0; k < row.arcs.size(); ++k) {
        if (row.arcs[k].column == column)
            return k;
    }
    return row.arcs.size();
}

// ---- instance generators ------------------------------------------------------

int randomCapacity(std::mt19937_64 &rng)
{
    const int p = static_cast<int>(rng() % 10);
    return p == 0 ? 0 : p <= 6 ? 1 : p <= 8 ? 2 : 3;
}

// Up to 7 × 7, with forbidden pairs, capacities 0–3, arcs listed in random
// order, cost ranges that make ties common, and penalties small or large.
AssignmentProblem smallInstance(std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    const int rows = static_cast<int>(rng() % 8);
    const int columns = static_cast<int>(rng() % 8);
    const double density = 0.15 + 0.6 * std::uniform_real_distribution<double>(0, 1)(rng);
    Cost lo = 0;
    Cost hi = 3;
    if (seed % 3 == 1) {
        lo = -10;
        hi = 30;
    } else if (seed % 3 == 2) {
        hi = 100;
    }
    std::uniform_int_distribution<Cost> cost(lo, hi);
    AssignmentProblem problem;
    for (int c = 0; c < columns; ++c)
        problem.addColumn(randomCapacity(rng));
    std::vector<int> order(idx(columns));
    std::iota(order.begin(), order.end(), 0);
    for (int r = 0; r < rows; ++r) {
        const Cost penalty = rng() % 4 == 0 ? 1000 : std::uniform_int_distribution<Cost>(0, 40)(rng);
        problem.addRow(penalty);
        std::shuffle(order.begin(), order.end(), rng);
        for (int c : order) {
            if (std::uniform_real_distribution<double>(0, 1)(rng) < density)
                problem.addArc(r, c, cost(rng));
        }
    }
    return problem;
}

// Sparse medium instances: `arcsPerRow` random columns per row, capacities
// 1–3 (or 1 when scarce), penalties that leave some rows out.
AssignmentProblem mediumInstance(std::uint64_t seed, int rows, int columns, int arcsPerRow, bool scarce)
{
    std::mt19937_64 rng(seed);
    AssignmentProblem problem;
    for (int c = 0; c < columns; ++c)
        problem.addColumn(scarce ? 1 : 1 + static_cast<int>(rng() % 3));
    std::uniform_int_distribution<Cost> cost(0, 1000);
    std::uniform_int_distribution<Cost> penalty(300, 1500);
    std::uniform_int_distribution<int> column(0, columns - 1);
    std::vector<char> used(idx(columns), 0);
    for (int r = 0; r < rows; ++r) {
        problem.addRow(penalty(rng));
        std::vector<int> listed;
        while (static_cast<int>(listed.size()) < std::min(arcsPerRow, columns)) {
            const int c = column(rng);
            if (!used[idx(c)]) {
                used[idx(c)] = 1;
                listed.push_back(c);
            }
        }
        for (int c : listed) {
            used[idx(c)] = 0;
            problem.addArc(r, c, cost(rng));
        }
    }
    return problem;
}

// The same problem as a min-cost flow: each row supplies 1, the sink demands
// all of it; row -> column (cap 1, cost), row -> sink (cap 1, penalty) for
// leaving it unassigned, column -> sink (cap = capacity, cost 0). With
// forcedRow >= 0 that row keeps only the arc to forcedColumn (kUnassigned:
// only its penalty arc): the optimum with that row's choice imposed.
Cost lemonOptimum(const AssignmentProblem &problem, int forcedRow = -1, int forcedColumn = kUnassigned)
{
    using Graph = lemon::SmartDigraph;
    Graph graph;
    Graph::ArcMap<long long> upper(graph);
    Graph::ArcMap<long long> cost(graph);
    Graph::NodeMap<long long> supply(graph);
    const Graph::Node sink = graph.addNode();
    std::vector<Graph::Node> columnNode;
    for (int c = 0; c < problem.columnCount(); ++c) {
        columnNode.push_back(graph.addNode());
        const Graph::Arc a = graph.addArc(columnNode.back(), sink);
        upper[a] = problem.capacity(c);
        cost[a] = 0;
    }
    for (int r = 0; r < problem.rowCount(); ++r) {
        const Graph::Node node = graph.addNode();
        supply[node] = 1;
        const bool forced = r == forcedRow;
        for (const AssignmentArc &arc : problem.row(r).arcs) {
            if (forced && arc.column != forcedColumn)
                continue;
            const Graph::Arc a = graph.addArc(node, columnNode[idx(arc.column)]);
            upper[a] = 1;
            cost[a] = arc.cost;
        }
        if (forced && forcedColumn != kUnassigned)
            continue;
        const Graph::Arc drop = graph.addArc(node, sink);
        upper[drop] = 1;
        cost[drop] = problem.row(r).unassignedPenalty;
    }
    supply[sink] = -problem.rowCount();
    lemon::NetworkSimplex<Graph, long long, long long> simplex(graph);
    simplex.upperMap(upper).costMap(cost).supplyMap(supply);
    if (simplex.run() != lemon::NetworkSimplex<Graph, long long, long long>::OPTIMAL)
        return kImpossible;
    return simplex.totalCost();
}

// Cheapest-first greedy: a plausible but not optimal dispatcher.
AssignmentResult greedy(const AssignmentProblem &problem)
{
    AssignmentResult result;
    result.status = AssignmentStatus::Optimal; // claims it; certifyOptimal must disagree
    std::vector<int> load(idx(problem.columnCount()), 0);
    for (const AssignmentRow &row : problem.rows()) {
        int best = kUnassigned;
        Cost bestCost = row.unassignedPenalty;
        for (const AssignmentArc &arc : row.arcs) {
            if (load[idx(arc.column)] < problem.capacity(arc.column) && arc.cost < bestCost) {
                best = arc.column;
                bestCost = arc.cost;
            }
        }
        if (best != kUnassigned) {
            ++load[idx(best)];
            ++result.assignedCount;
        }
        result.columnOfRow.push_back(best);
        result.totalCost += bestCost;
    }
    result.rowPotential.assign(idx(problem.rowCount()), 0);
    result.columnPotential.assign(idx(problem.columnCount()), 0);
    return result;
}

Cost chosenCost(const AssignmentProblem &problem, int row, int column)
{
    if (column == kUnassigned)
        return problem.row(row).unassignedPenalty;
    return problem.row(row).arcs[optionOf(problem.row(row), column)].cost;
}

} // namespace

class TestAssignment : public QObject
{
    Q_OBJECT

private:
    static void verifyCertified(const AssignmentProblem &problem, const AssignmentResult &result)
    {
        QVERIFY(result.ok());
        std::string why;
        QVERIFY2(certifyOptimal(problem, result, &why), why.c_str());
    }

private slots:
    // ---- hand-checked instances ------------------------------------------

    void classicThreeByThree()
    {
        AssignmentProblem p;
        const Cost costs[3][3] = {{4, 1, 3}, {2, 0, 5}, {3, 2, 2}};
        for (int c = 0; c < 3; ++c)
            p.addColumn();
        for (int r = 0; r < 3; ++r) {
            p.addRow(100);
            for (int c = 0; c < 3; ++c)
                p.addArc(r, c, costs[r][c]);
        }
        const AssignmentResult result = solve(p);
        verifyCertified(p, result);
        QCOMPARE(result.totalCost, Cost{5});
        QCOMPARE(result.columnOfRow, (std::vector<int>{1, 0, 2}));
        QCOMPARE(result.assignedCount, 3);
        QCOMPARE(result.rowsProcessed, 3);
    }

    void capacityAboveOne()
    {
        // Three rows want column 0 (capacity 2) at 1; column 1 costs 10.
        AssignmentProblem p;
        p.addColumn(2);
        p.addColumn(1);
        for (int r = 0; r < 3; ++r) {
            p.addRow(100);
            p.addArc(r, 0, 1);
            p.addArc(r, 1, 10);
        }
        const AssignmentResult result = solve(p);
        verifyCertified(p, result);
        QCOMPARE(result.totalCost, Cost{12});
        QCOMPARE(std::count(result.columnOfRow.begin(), result.columnOfRow.end(), 0), 2);
        QCOMPARE(std::count(result.columnOfRow.begin(), result.columnOfRow.end(), 1), 1);
        QVERIFY(result.columnPotential[0] < 0); // the full column's capacity is worth 9
        QCOMPARE(result.columnPotential[0], Cost{-9});
    }

    void moreRowsThanCapacity()
    {
        AssignmentProblem p;
        p.addColumn(2);
        for (int r = 0; r < 4; ++r) {
            p.addRow(50);
            p.addArc(r, 0, r + 1);
        }
        const AssignmentResult result = solve(p);
        verifyCertified(p, result);
        QCOMPARE(result.columnOfRow, (std::vector<int>{0, 0, kUnassigned, kUnassigned}));
        QCOMPARE(result.totalCost, Cost{1 + 2 + 50 + 50});
        QCOMPARE(result.assignedCount, 2);
        QVERIFY(result.reason[0] == UnassignedReason::Assigned);
        QVERIFY(result.reason[2] == UnassignedReason::FeasibleColumnsFull);
        QVERIFY(result.reason[3] == UnassignedReason::FeasibleColumnsFull);
        // Forcing row 0 out: row 2 takes its place, 1 + 2 + 50 + 50 -> 50 + 2 + 3 + 50.
        QVERIFY(result.alternative[0].exists);
        QCOMPARE(result.alternative[0].column, kUnassigned);
        QCOMPARE(result.alternative[0].extraCost, Cost{2});
        // Forcing row 2 in displaces row 1 (the dearer of the two): +1.
        QVERIFY(result.alternative[2].exists);
        QCOMPARE(result.alternative[2].column, 0);
        QCOMPARE(result.alternative[2].extraCost, Cost{1});
    }

    void penaltyCheaperThanAnyColumn()
    {
        AssignmentProblem p;
        p.addColumn();
        p.addRow(50);
        p.addArc(0, 0, 60);
        const AssignmentResult result = solve(p);
        verifyCertified(p, result);
        QCOMPARE(result.columnOfRow[0], kUnassigned);
        QCOMPARE(result.totalCost, Cost{50});
        QVERIFY(result.reason[0] == UnassignedReason::PenaltyCheaper);
        QCOMPARE(result.alternative[0].column, 0);
        QCOMPARE(result.alternative[0].extraCost, Cost{10});
    }

    void negativeCosts()
    {
        AssignmentProblem p;
        p.addColumn();
        p.addColumn();
        p.addRow(-3); // being left out is itself a gain of 3
        p.addArc(0, 0, -5);
        p.addRow(0);
        p.addArc(1, 0, -7);
        p.addArc(1, 1, 2);
        const AssignmentResult result = solve(p);
        verifyCertified(p, result);
        // Options: (0->0, 1 out) = -5; (0 out, 1->0) = -10; (0->0, 1->1) = -3.
        QCOMPARE(result.totalCost, Cost{-10});
        QCOMPARE(result.columnOfRow, (std::vector<int>{kUnassigned, 0}));
    }

    // ---- edge cases ------------------------------------------------------

    void emptyProblem()
    {
        const AssignmentProblem p;
        const AssignmentResult result = solve(p);
        verifyCertified(p, result);
        QCOMPARE(result.totalCost, Cost{0});
        QVERIFY(result.columnOfRow.empty());
        QVERIFY(result.alternative.empty());

        AssignmentProblem onlyColumns;
        onlyColumns.addColumn(3);
        const AssignmentResult none = solve(onlyColumns);
        verifyCertified(onlyColumns, none);
        QCOMPARE(none.columnPotential, std::vector<Cost>{0});
    }

    void rowsWithNoFeasibleColumn()
    {
        AssignmentProblem p;
        p.addColumn(0); // exists, but takes nothing
        p.addColumn();
        p.addRow(7);
        p.addRow(11);
        p.addArc(1, 0, 1); // only a zero-capacity column
        p.addRow(13);
        p.addArc(2, 1, 5);
        const AssignmentResult result = solve(p);
        verifyCertified(p, result);
        QCOMPARE(result.columnOfRow, (std::vector<int>{kUnassigned, kUnassigned, 1}));
        QCOMPARE(result.totalCost, Cost{7 + 11 + 5});
        QVERIFY(result.reason[0] == UnassignedReason::NoFeasibleColumn);
        QVERIFY(result.reason[1] == UnassignedReason::NoFeasibleColumn);
        QVERIFY(!result.alternative[0].exists);
        QVERIFY(!result.alternative[1].exists);
        QVERIFY(result.alternative[2].exists);
        QCOMPARE(result.alternative[2].column, kUnassigned);
        QCOMPARE(result.alternative[2].extraCost, Cost{13 - 5});
    }

    void allForbidden()
    {
        AssignmentProblem p;
        for (int c = 0; c < 4; ++c)
            p.addColumn();
        for (int r = 0; r < 5; ++r)
            p.addRow(r * 10);
        const AssignmentResult result = solve(p);
        verifyCertified(p, result);
        QCOMPARE(result.assignedCount, 0);
        QCOMPARE(result.totalCost, Cost{0 + 10 + 20 + 30 + 40});
        for (int r = 0; r < 5; ++r) {
            QVERIFY(result.reason[idx(r)] == UnassignedReason::NoFeasibleColumn);
            QCOMPARE(result.rowPotential[idx(r)], p.row(r).unassignedPenalty);
        }
    }

    void tiesAreStableAndPricedAtZero()
    {
        AssignmentProblem p;
        for (int c = 0; c < 3; ++c)
            p.addColumn();
        for (int r = 0; r < 3; ++r) {
            p.addRow(100);
            for (int c = 0; c < 3; ++c)
                p.addArc(r, c, 7);
        }
        const AssignmentResult first = solve(p);
        verifyCertified(p, first);
        QCOMPARE(first.totalCost, Cost{21});
        QCOMPARE(first.assignedCount, 3);
        for (int r = 0; r < 3; ++r) {
            QVERIFY(first.alternative[idx(r)].exists);
            QVERIFY(first.alternative[idx(r)].column != first.columnOfRow[idx(r)]);
            QVERIFY(first.alternative[idx(r)].column != kUnassigned);
            QCOMPARE(first.alternative[idx(r)].extraCost, Cost{0});
        }
        const AssignmentResult second = solve(p);
        QCOMPARE(second.columnOfRow, first.columnOfRow);
        QCOMPARE(second.rowPotential, first.rowPotential);
    }

    void tieBetweenServingAndDroppingServes()
    {
        AssignmentProblem p;
        p.addColumn();
        p.addRow(5);
        p.addArc(0, 0, 5);
        const AssignmentResult result = solve(p);
        verifyCertified(p, result);
        QCOMPARE(result.columnOfRow[0], 0);
        QCOMPARE(result.alternative[0].extraCost, Cost{0});
    }

    void alternativesAreOptional()
    {
        const AssignmentProblem p = mediumInstance(3, 50, 80, 6, false);
        const AssignmentResult with = solve(p, true);
        const AssignmentResult without = solve(p, false);
        verifyCertified(p, without);
        QCOMPARE(with.alternative.size(), idx(p.rowCount()));
        QVERIFY(without.alternative.empty());
        QCOMPARE(without.columnOfRow, with.columnOfRow);
        QCOMPARE(without.totalCost, with.totalCost);
    }

    void invalidInput()
    {
        const auto expectInvalid = [](const AssignmentProblem &p, const char *what) {
            const AssignmentResult result = solve(p);
            QVERIFY2(result.status == AssignmentStatus::InvalidInput, what);
            QVERIFY2(!result.error.empty(), what);
            QVERIFY2(!certifyOptimal(p, result), what);
        };
        {
            AssignmentProblem p;
            p.addColumn();
            p.addRow(1);
            p.addArc(0, 1, 1);
            expectInvalid(p, "column out of range");
        }
        {
            AssignmentProblem p;
            p.addColumn();
            p.addRow(1);
            p.addArc(0, 0, 1);
            p.addArc(0, 0, 2);
            expectInvalid(p, "duplicate pair");
        }
        {
            AssignmentProblem p;
            p.addColumn(-1);
            expectInvalid(p, "negative capacity");
        }
        {
            AssignmentProblem p;
            p.addColumn();
            p.addRow(1);
            p.addArc(0, 0, kMaxAbsCost + 1);
            expectInvalid(p, "cost too large");
        }
        {
            AssignmentProblem p;
            p.addRow(-kMaxAbsCost - 1);
            expectInvalid(p, "penalty too large");
        }
        {
            AssignmentProblem p;
            p.addColumn();
            for (int r = 0; r < 300000; ++r)
                p.addRow(kMaxAbsCost);
            expectInvalid(p, "too large for 64-bit path lengths");
        }
        AssignmentProblem p;
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, p.addArc(0, 0, 1));
    }

    void scaledCostRoundsAndRefusesOverflow()
    {
        QCOMPARE(scaledCost(12.345, 100), Cost{1235});
        QCOMPARE(scaledCost(-0.5, 1), Cost{-1}); // llround: halves away from zero
        QCOMPARE(scaledCost(1e300, 1), kMaxAbsCost + 1);
        QCOMPARE(scaledCost(-1e300, 1), -kMaxAbsCost - 1);
        QCOMPARE(scaledCost(std::numeric_limits<double>::quiet_NaN(), 1), kMaxAbsCost + 1);
        AssignmentProblem p;
        p.addColumn();
        p.addRow(0);
        p.addArc(0, 0, scaledCost(1e300, 1));
        QVERIFY(!p.validate().empty());
    }

    // ---- exhaustive comparison -------------------------------------------------

    void matchesExhaustiveSearch()
    {
        int solvedWithRows = 0;
        int alternativesChecked = 0;
        for (std::uint64_t seed = 1; seed <= 1000; ++seed) {
            const AssignmentProblem p = smallInstance(seed);
            const AssignmentResult result = solve(p);
            const QByteArray label = "seed " + QByteArray::number(static_cast<qulonglong>(seed));
            QVERIFY2(result.ok(), label.constData());
            std::string why;
            QVERIFY2(certifyOptimal(p, result, &why), QByteArray(label + ": " + why.c_str()).constData());

            const Exhaustive truth = ExhaustiveSearch(p).run();
            QCOMPARE(result.totalCost, truth.optimum);
            if (p.rowCount() > 0)
                ++solvedWithRows;

            for (int r = 0; r < p.rowCount(); ++r) {
                const AssignmentRow &row = p.row(r);
                const int own = result.columnOfRow[idx(r)];
                QCOMPARE(truth.forced[idx(r)][optionOf(row, own)], truth.optimum);
                // The true best alternative: every option but the row's own.
                Cost best = kImpossible;
                for (std::size_t k = 0; k <= row.arcs.size(); ++k) {
                    if (k != optionOf(row, own))
                        best = std::min(best, truth.forced[idx(r)][k]);
                }
                const RowAlternative &alternative = result.alternative[idx(r)];
                QCOMPARE(alternative.exists, best != kImpossible);
                if (!alternative.exists)
                    continue;
                QVERIFY2(alternative.column != own, label.constData());
                QCOMPARE(alternative.extraCost, best - truth.optimum);
                QCOMPARE(truth.forced[idx(r)][optionOf(row, alternative.column)], best);
                ++alternativesChecked;
            }
        }
        qDebug("%d instances with rows, %d alternatives checked", solvedWithRows, alternativesChecked);
        QVERIFY(solvedWithRows > 800);
        QVERIFY(alternativesChecked > 2000);
    }

    // ---- the certificate rejects what is not optimal ----------------------

    void certificateRejectsSwappedAssignment()
    {
        AssignmentProblem p;
        p.addColumn();
        p.addColumn();
        p.addRow(100);
        p.addArc(0, 0, 1);
        p.addArc(0, 1, 5);
        p.addRow(100);
        p.addArc(1, 0, 5);
        p.addArc(1, 1, 1);
        const AssignmentResult optimal = solve(p);
        verifyCertified(p, optimal);
        QCOMPARE(optimal.totalCost, Cost{2});

        AssignmentResult swapped = optimal;
        swapped.columnOfRow = {1, 0};
        swapped.totalCost = 10; // honest total of the swapped assignment
        std::string why;
        QVERIFY(!certifyOptimal(p, swapped, &why));
        QVERIFY(why.find("complementary slackness") != std::string::npos);
        // No potentials can certify it: try every small dual vector.
        for (Cost u0 = -12; u0 <= 12; ++u0)
            for (Cost u1 = -12; u1 <= 12; ++u1)
                for (Cost v0 = -12; v0 <= 0; ++v0)
                    for (Cost v1 = -12; v1 <= 0; ++v1) {
                        swapped.rowPotential = {u0, u1};
                        swapped.columnPotential = {v0, v1};
                        QVERIFY(!certifyOptimal(p, swapped));
                    }
    }

    void certificateRejectsTamperedResults()
    {
        const AssignmentProblem p = mediumInstance(11, 40, 30, 5, true);
        const AssignmentResult good = solve(p);
        verifyCertified(p, good);
        const int assignedRow = static_cast<int>(
            std::find_if(good.columnOfRow.begin(), good.columnOfRow.end(), [](int c) { return c != kUnassigned; })
            - good.columnOfRow.begin());
        QVERIFY(assignedRow < p.rowCount());
        std::string why;

        AssignmentResult wrongTotal = good;
        wrongTotal.totalCost -= 1;
        QVERIFY(!certifyOptimal(p, wrongTotal, &why));
        QVERIFY(why.find("total") != std::string::npos);

        AssignmentResult unlisted = good;
        int unlistedColumn = 0;
        while (optionOf(p.row(assignedRow), unlistedColumn) != p.row(assignedRow).arcs.size())
            ++unlistedColumn;
        unlisted.columnOfRow[idx(assignedRow)] = unlistedColumn;
        QVERIFY(!certifyOptimal(p, unlisted, &why));

        AssignmentResult overfull = good;
        std::fill(overfull.columnOfRow.begin(), overfull.columnOfRow.end(), good.columnOfRow[idx(assignedRow)]);
        QVERIFY(!certifyOptimal(p, overfull, &why));

        AssignmentResult raisedU = good;
        raisedU.rowPotential[idx(assignedRow)] += 1;
        QVERIFY(!certifyOptimal(p, raisedU, &why));
        QVERIFY(why.find("infeasible") != std::string::npos || why.find("slackness") != std::string::npos);

        AssignmentResult positiveV = good;
        positiveV.columnPotential[0] = 1;
        QVERIFY(!certifyOptimal(p, positiveV, &why));

        AssignmentResult notOptimal = good;
        notOptimal.status = AssignmentStatus::Cancelled;
        QVERIFY(!certifyOptimal(p, notOptimal, &why));

        AssignmentResult truncated = good;
        truncated.rowPotential.pop_back();
        QVERIFY(!certifyOptimal(p, truncated, &why));
    }

    void certificateRejectsEveryWorseningDropAndGreedy()
    {
        int dropsRejected = 0;
        int greedyRejected = 0;
        for (std::uint64_t seed = 1; seed <= 300; ++seed) {
            const AssignmentProblem p = smallInstance(seed);
            const AssignmentResult optimal = solve(p);
            // Leaving out any row whose penalty exceeds its cost is feasible and
            // strictly worse: no certificate may pass it.
            for (int r = 0; r < p.rowCount(); ++r) {
                const int c = optimal.columnOfRow[idx(r)];
                if (c == kUnassigned || p.row(r).unassignedPenalty <= chosenCost(p, r, c))
                    continue;
                AssignmentResult worse = optimal;
                worse.columnOfRow[idx(r)] = kUnassigned;
                worse.totalCost += p.row(r).unassignedPenalty - chosenCost(p, r, c);
                worse.assignedCount -= 1;
                QVERIFY(!certifyOptimal(p, worse));
                ++dropsRejected;
            }
            AssignmentResult greedyResult = greedy(p);
            if (greedyResult.totalCost > optimal.totalCost) {
                QVERIFY(!certifyOptimal(p, greedyResult));
                greedyResult.rowPotential = optimal.rowPotential;
                greedyResult.columnPotential = optimal.columnPotential;
                QVERIFY(!certifyOptimal(p, greedyResult));
                ++greedyRejected;
            }
        }
        QVERIFY(dropsRejected > 300);
        QVERIFY(greedyRejected > 20);
    }

    // ---- LEMON network simplex on medium instances ------------------------------

    void matchesLemonNetworkSimplex_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("arcsPerRow");
        QTest::addColumn<bool>("scarce");
        QTest::newRow("200x600 sparse, capacities 1-3") << 200 << 600 << 18 << false;
        QTest::newRow("200x600 very sparse") << 200 << 600 << 4 << false;
        QTest::newRow("200x120 scarce, capacity 1") << 200 << 120 << 30 << true;
        QTest::newRow("300x300 dense-ish, capacity 1") << 300 << 300 << 60 << true;
    }

    void matchesLemonNetworkSimplex()
    {
        QFETCH(int, rows);
        QFETCH(int, columns);
        QFETCH(int, arcsPerRow);
        QFETCH(bool, scarce);
        int someUnassigned = 0;
        int alternativesChecked = 0;
        for (std::uint64_t seed = 1; seed <= 12; ++seed) {
            const AssignmentProblem p = mediumInstance(seed * 7919, rows, columns, arcsPerRow, scarce);
            const AssignmentResult result = solve(p, seed <= 2);
            verifyCertified(p, result);
            QCOMPARE(result.totalCost, lemonOptimum(p));
            if (result.assignedCount < rows)
                ++someUnassigned;
            if (result.alternative.empty())
                continue;
            // The alternative's price is the exact cost of re-optimising with
            // the row forced to it: re-solve that with LEMON for a few rows.
            for (int r = 0; r < rows; r += rows / 5) {
                const RowAlternative &alternative = result.alternative[idx(r)];
                if (!alternative.exists)
                    continue;
                QCOMPARE(lemonOptimum(p, r, alternative.column), result.totalCost + alternative.extraCost);
                ++alternativesChecked;
                if (r != 0 || seed != 1)
                    continue;
                // ... and no other choice of that row is cheaper to force.
                Cost best = kImpossible;
                const int own = result.columnOfRow[idx(r)];
                if (own != kUnassigned)
                    best = lemonOptimum(p, r, kUnassigned);
                for (const AssignmentArc &arc : p.row(r).arcs) {
                    if (arc.column != own)
                        best = std::min(best, lemonOptimum(p, r, arc.column));
                }
                QCOMPARE(best, result.totalCost + alternative.extraCost);
            }
        }
        QVERIFY(alternativesChecked >= 8); // 2 seeds × 5 rows, less rows without any alternative
        if (rows > columns)
            QCOMPARE(someUnassigned, 12); // more rows than capacity: rows are dropped
    }

    // ---- cancellation and progress ---------------------------------------------

    void cancelledBeforeStart()
    {
        const AssignmentProblem p = mediumInstance(5, 200, 600, 18, false);
        std::atomic<bool> cancel{true};
        AssignmentOptions options;
        options.cancel = &cancel;
        const AssignmentResult result = solveMinCostAssignment(p, options);
        QVERIFY(result.status == AssignmentStatus::Cancelled);
        QCOMPARE(result.rowsProcessed, 0);
        QVERIFY(result.columnOfRow.empty());
        QVERIFY(!certifyOptimal(p, result));
    }

    void cancelledFromProgressStopsAtOnce()
    {
        const AssignmentProblem p = mediumInstance(5, 400, 600, 18, false);
        std::atomic<bool> cancel{false};
        int doneWhenCancelled = -1;
        AssignmentOptions options;
        options.cancel = &cancel;
        options.progress = [&](int done, int) {
            if (done >= 100 && doneWhenCancelled < 0) {
                doneWhenCancelled = done;
                cancel = true;
            }
        };
        const AssignmentResult result = solveMinCostAssignment(p, options);
        QVERIFY(result.status == AssignmentStatus::Cancelled);
        QVERIFY(doneWhenCancelled >= 100);
        QCOMPARE(result.rowsProcessed, doneWhenCancelled); // not one more row inserted
    }

    void cancelledWhileExplaining()
    {
        const AssignmentProblem p = mediumInstance(5, 200, 600, 18, false);
        std::atomic<bool> cancel{false};
        AssignmentOptions options;
        options.cancel = &cancel;
        options.progress = [&](int done, int total) {
            if (done > total / 2 + 10)
                cancel = true;
        };
        const AssignmentResult result = solveMinCostAssignment(p, options);
        QVERIFY(result.status == AssignmentStatus::Cancelled);
        QCOMPARE(result.rowsProcessed, p.rowCount()); // every row inserted; explanations cut short
        QVERIFY(result.alternative.empty());
    }

    void cancelledFromAnotherThreadReturnsPromptly()
    {
        // Big and scarce, so augmenting paths are long and a solve takes a while.
        const AssignmentProblem p = mediumInstance(17, 6000, 3000, 40, true);
        std::atomic<bool> cancel{false};
        AssignmentOptions options;
        options.cancel = &cancel;
        QElapsedTimer sinceCancel;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            sinceCancel.start();
            cancel = true;
        });
        const AssignmentResult result = solveMinCostAssignment(p, options);
        canceller.join();
        if (result.status == AssignmentStatus::Optimal) {
            qWarning("finished before the cancel flag was raised; nothing to measure");
            verifyCertified(p, result);
            return;
        }
        QVERIFY(result.status == AssignmentStatus::Cancelled);
        QVERIFY(result.rowsProcessed < p.rowCount() || result.alternative.empty());
        QVERIFY2(sinceCancel.elapsed() < 500, QByteArray::number(sinceCancel.elapsed()).constData());
    }

    void progressIsMonotoneAndEndsAtTotal()
    {
        const AssignmentProblem p = mediumInstance(9, 500, 800, 10, false);
        std::vector<std::pair<int, int>> calls;
        AssignmentOptions options;
        options.progress = [&](int done, int total) { calls.emplace_back(done, total); };
        const AssignmentResult result = solveMinCostAssignment(p, options);
        verifyCertified(p, result);
        QVERIFY(calls.size() >= 50);
        QVERIFY(calls.size() <= 210);
        for (std::size_t k = 0; k < calls.size(); ++k) {
            QCOMPARE(calls[k].second, 2 * p.rowCount()); // inserting + explaining
            if (k > 0)
                QVERIFY(calls[k].first > calls[k - 1].first);
        }
        QCOMPARE(calls.back().first, calls.back().second);

        calls.clear();
        options.computeAlternatives = false;
        solveMinCostAssignment(p, options);
        QCOMPARE(calls.back(), std::make_pair(p.rowCount(), p.rowCount()));

        calls.clear();
        solveMinCostAssignment(AssignmentProblem(), options);
        QCOMPARE(calls.size(), std::size_t{1});
        QCOMPARE(calls.back(), std::make_pair(0, 0));
    }
};

QTEST_APPLESS_MAIN(TestAssignment)
#include "tst_assignment.moc"
