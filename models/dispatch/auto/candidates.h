#pragma once
// Which providers an order may go to at all: those that no start-independent
// hard rule excludes (inactive, skill, qualification, district, customer's
// block list, declined or timed out before), as decided by checkPlacement.
// Nearest home first, so searches that look at a few providers only look at
// the likeliest ones.

#include "auto/auto_dispatch.h"
#include "auto/run_control.h"

#include <vector>

namespace doorstep::dispatch::autodispatch::detail {

struct Candidates
{
    std::vector<std::vector<int>> providers; // per order: day indices
};

// Stops early (with partial lists) only when control says stop.
Candidates buildCandidates(const AutoDispatchInput &input, const RunControl &control);

} // namespace doorstep::dispatch::autodispatch::detail
