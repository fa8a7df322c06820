#pragma once
// An independent check that an assignment is optimal: it trusts nothing the
// solver computed except the numbers in the result, and uses LP duality.

#include "assignment/assignment_result.h"

#include <string>

namespace doorstep::dispatch {

// True iff `result` is a feasible assignment of `problem` whose reported total
// is right and whose potentials (u, v) prove it optimal: dual feasibility
// (u_r + v_c <= cost, u_r <= penalty, v_c <= 0) plus complementary slackness
// (equality on every chosen pair, u_r = penalty for unassigned rows, v_c < 0
// only on full columns), so primal cost = dual objective. Integer arithmetic
// only. On false, *why (if given) says what failed first.
bool certifyOptimal(const AssignmentProblem &problem, const AssignmentResult &result, std::string *why = nullptr);

} // namespace doorstep::dispatch
