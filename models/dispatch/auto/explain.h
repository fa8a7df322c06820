#pragma once
// Why an order went where it went, and why an order was left out, both
// judged on the final plan.

#include "auto/auto_dispatch.h"
#include "auto/candidates.h"
#include "auto/plan_state.h"

namespace doorstep::dispatch::autodispatch::detail {

// The chosen placement's terms against the cheapest other provider, that
// provider priced at its earliest feasible start on its final day.
Explanation explainPlacement(const PlanState &plan, const Candidates &candidates, int order, int stepMinutes);

// Every provider is asked why it cannot take the order (one hard rule each);
// the rule given by the most providers who could serve it at all (no
// start-independent rule excludes them) is the reason, or, when there are
// none, the rule given by the most providers. `stopped`: the run was
// cancelled or ran out of time, so an order that some provider could still
// take is reported as Stopped rather than NotWorthIt.
WhyUnassigned explainUnassigned(const PlanState &plan, int order, int stepMinutes, bool stopped);

const char *ruleName(Rule rule);

} // namespace doorstep::dispatch::autodispatch::detail
