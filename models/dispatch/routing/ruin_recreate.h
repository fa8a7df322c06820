#pragma once
// Ruin and recreate after Christiaens & Vanden Berghe (2020), "Slack
// Induction by String Removals for Vehicle Routing Problems" (SISR): remove
// a few strings of consecutive jobs from routes close to a random seed job,
// then put every removed job back at its cheapest feasible position, in a
// random priority order, skipping each position with a small probability.
// Removing neighbouring strings frees time-window slack in several nearby
// routes at once, which single-job moves cannot do.

#include "routing/route_state.h"
#include "random/seeded_random.h"
#include "routing/search_budget.h"

#include <vector>

namespace doorstep::dispatch::routing::detail {

struct RuinSettings
{
    double averageRemoved = 10.0; // c-bar: mean number of jobs removed
    int maxStringLength = 10;     // L_max
    double splitProbability = 0.5; // string vs split-string removal
    double keepGrowth = 0.5;      // split-string: chance to keep one more job in the middle
    double blinkRate = 0.01;      // recreate: chance to skip a position
};

class RuinRecreate
{
public:
    RuinRecreate(const Network &net, Rng &rng, RuinSettings settings = {});

    // Removes strings around a random planned job; appends the removed jobs
    // to `removed`.
    void ruin(Plan &plan, std::vector<int> &removed);
    // Re-inserts `jobs` (in a random one of SISR's orders) into routes with
    // allowed[r] != 0. Jobs without a feasible place stay unassigned; once
    // more than `allowedFailures` have failed it gives up and returns false.
    bool recreate(Plan &plan, std::vector<int> &jobs, const std::vector<char> &allowed, int allowedFailures);

private:
    void sortForRecreate(std::vector<int> &jobs);

    const Network &m_net;
    Rng &m_rng;
    RuinSettings m_settings;
    QuickRandom m_blink;
    std::vector<char> m_ruinedRoute;
    std::vector<double> m_key;
};

} // namespace doorstep::dispatch::routing::detail
