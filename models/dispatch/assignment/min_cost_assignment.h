#pragma once
// Exact min-cost assignment of orders (rows) to providers (columns) with
// forbidden pairs, column capacities and per-row unassigned penalties.
// Successive shortest augmenting paths (Dijkstra on reduced costs, as in
// Jonker–Volgenant) over the sparse graph; see README.md in this directory.

#include "assignment/assignment_problem.h"
#include "assignment/assignment_result.h"
#include "assignment/certify_optimal.h"

#include <atomic>
#include <functional>

namespace doorstep::dispatch {

struct AssignmentOptions
{
    // Fill AssignmentResult::alternative (one extra shortest-path search per row).
    bool computeAlternatives = true;
    // Polled between rows and every few thousand search steps; when it becomes
    // true the solver returns AssignmentStatus::Cancelled promptly.
    const std::atomic<bool> *cancel = nullptr;
    // Called on the solving thread with (units done, units total): one unit per
    // row inserted plus, with computeAlternatives, one per row explained. Called
    // at most about 100 times, and always with done == total at the end.
    std::function<void(int done, int total)> progress;
};

// Reentrant: concurrent calls (even on the same problem) are safe. Nothing is
// kept after returning. Never throws for bad input: see AssignmentStatus.
AssignmentResult solveMinCostAssignment(const AssignmentProblem &problem, const AssignmentOptions &options = {});

} // namespace doorstep::dispatch
