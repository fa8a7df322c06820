#pragma once
// What the assignment solver returns: the chosen column per row, the total,
// the dual potentials that certify optimality, and per-row explanations.

#include "assignment/assignment_problem.h"

#include <string>
#include <vector>

namespace doorstep::dispatch {

inline constexpr int kUnassigned = -1;

enum class AssignmentStatus {
    Optimal,      // every field below is filled and the assignment is exactly optimal
    Cancelled,    // the cancel flag was raised; only rowsProcessed is meaningful
    InvalidInput, // AssignmentProblem::validate() failed; see `error`
};

// Why a row ended up unassigned (Assigned for rows that were not).
enum class UnassignedReason {
    Assigned,
    NoFeasibleColumn,    // the row lists no column, or only columns of capacity 0
    FeasibleColumnsFull, // it lists a column of capacity > 0, but every column it lists
                         // is full (taken by other rows, or of capacity 0)
    PenaltyCheaper,      // some listed column has room, but each such column costs at
                         // least the row's penalty, so leaving it out is no worse
};

// The best other choice for one row, and its exact price.
//
// extraCost is the increase of the OPTIMAL total if this row were forced to
// `column` (kUnassigned = forced to stay unassigned) and every other row were
// re-optimised around it; it is not a reduced cost or a bound. `column` is the
// alternative with the smallest such increase (lowest-cost tie broken
// arbitrarily but deterministically). extraCost is >= 0; 0 means another
// optimal assignment differs from this one at this row.
//
// For an assigned row the alternatives are its other listed columns and
// staying unassigned, so one always exists. For an unassigned row they are its
// listed columns; none exists when the row lists no column of capacity > 0.
struct RowAlternative
{
    bool exists = false;
    int column = kUnassigned;
    Cost extraCost = 0;
};

struct AssignmentResult
{
    AssignmentStatus status = AssignmentStatus::InvalidInput;
    std::string error; // InvalidInput only

    std::vector<int> columnOfRow; // chosen column, or kUnassigned
    std::vector<UnassignedReason> reason;
    Cost totalCost = 0; // chosen costs + penalties of unassigned rows
    int assignedCount = 0;

    // Optimal dual solution of the LP relaxation (which has integral optima):
    //   max  sum_r u_r + sum_c capacity_c * v_c
    //   s.t. u_r + v_c <= cost(r, c) for every listed pair,
    //        u_r <= penalty_r,  v_c <= 0.
    // v_c is minus the marginal value of one more unit of capacity of column c.
    // certifyOptimal() checks these against the assignment.
    std::vector<Cost> rowPotential;    // u
    std::vector<Cost> columnPotential; // v

    // One per row when AssignmentOptions::computeAlternatives, else empty.
    std::vector<RowAlternative> alternative;

    // Rows inserted into the assignment before finishing or being cancelled
    // (all of them if cancelled while computing alternatives).
    int rowsProcessed = 0;

    bool ok() const { return status == AssignmentStatus::Optimal; }
};

} // namespace doorstep::dispatch
