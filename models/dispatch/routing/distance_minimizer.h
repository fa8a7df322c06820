#pragma once
// Distance minimisation for a fixed fleet: ruin and recreate (SISR) under
// simulated-annealing acceptance, with a local-search polish of every new
// best plan. Recreate only uses vehicles the current plan already uses, so
// the fleet never grows; a route emptied by ruin and left empty is a
// vehicle saved and is always accepted.

#include "routing/local_search.h"
#include "routing/route_state.h"
#include "routing/ruin_recreate.h"
#include "random/seeded_random.h"
#include "routing/search_budget.h"

#include <cstdint>
#include <functional>

namespace doorstep::dispatch::routing::detail {

struct AnnealingSettings
{
    // Temperatures as multiples of the mean arc length of the plan the phase
    // starts from, so one setting fits any distance unit; geometric cooling
    // from start to end over the budget. Chosen once on a handful of the
    // Gehring & Homberger instances, the same for every instance.
    double startTemperature = 2.0;
    double endTemperature = 0.02;
    // Price of leaving a job out of the current state, in mean arcs.
    double missingJobPrice = 20.0;
    // Iterations the current state may stay incomplete before the search
    // returns to the best complete plan.
    std::uint64_t maxIncompleteIterations = 2000;
};

class DistanceMinimizer
{
public:
    DistanceMinimizer(const Network &net, Rng &rng, RuinSettings ruin = {}, AnnealingSettings annealing = {});

    // Improves `best` in place until the budget ends; onImproved is called
    // for every new best plan.
    void run(Plan &best, SearchBudget &budget, const std::function<void(const Plan &)> &onImproved);

private:
    const Network &m_net;
    Rng &m_rng;
    RuinRecreate m_ruinRecreate;
    AnnealingSettings m_annealing;
    LocalSearch m_localSearch;
};

} // namespace doorstep::dispatch::routing::detail
