#pragma once
// The nearest-available baseline: orders by window start (then id), each to
// the provider with the least travel from where it is (previous job, or
// home) at its earliest feasible start; ties to the earlier start, then the
// provider that comes first in the input.

#include "auto/auto_dispatch.h"
#include "auto/candidates.h"
#include "auto/plan_state.h"
#include "auto/run_control.h"

namespace doorstep::dispatch::autodispatch::detail {

// Returns false when stopped before every order was tried.
bool buildGreedy(PlanState &plan, const Candidates &candidates, const AutoDispatchOptions &options, const RunControl &control);

} // namespace doorstep::dispatch::autodispatch::detail
