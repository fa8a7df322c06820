#pragma once
// Fleet reduction after Nagata & Bräysy (2009), "A powerful route
// minimization heuristic for the vehicle routing problem with time windows":
// dissolve one route, put its jobs in an ejection pool, and re-insert them
// one by one into the remaining routes. A job that fits nowhere is first
// "squeezed" in (inserted at the least-violating place, then local search
// on a penalty of lateness and overload); failing that it is inserted while
// ejecting up to k other jobs, chosen to minimise the sum of their failure
// counters p[] (so jobs that keep bouncing become hard to eject), and the
// plan is shaken by random feasible moves. The attempt succeeds when the
// pool is empty; otherwise the plan is restored when the budget runs out.

#include "routing/local_search.h"
#include "routing/route_state.h"
#include "random/seeded_random.h"
#include "routing/search_budget.h"

#include <functional>
#include <vector>

namespace doorstep::dispatch::routing::detail {

struct RouteMinimizerSettings
{
    int maxEjected = 5;               // k_max
    int perturbMoves = 1000;          // random moves tried after each ejection (I_rand)
    long ejectionNodeLimit = 2000;    // search effort cap per insertion position, so long routes cannot stall
    double overloadWeight = 1.0;      // penalty of one unit of overload relative to one time unit of lateness
    double attemptShare = 0.5;        // of the remaining phase budget, per route-removal attempt
};

class RouteMinimizer
{
public:
    RouteMinimizer(const Network &net, Rng &rng, RouteMinimizerSettings settings = {});

    // Takes vehicles out of `plan` (feasible on entry and on exit) until the
    // fleet reaches the network's lower bound or the budget ends. Calls
    // onImproved after every successful removal. Returns routes removed.
    int run(Plan &plan, SearchBudget &budget, const std::function<void(const Plan &)> &onImproved);

private:
    bool removeOneRoute(Plan &plan, SearchBudget &budget);
    bool insertAnyFeasible(Plan &plan, int job);
    bool squeeze(Plan &plan, int job);
    bool insertWithEjection(Plan &plan, int job, std::vector<int> &ejected);
    void perturb(Plan &plan);

    double penalty(const Segment &whole, int vehicle) const;
    double routePenalty(const Plan &plan, int r) const;

    // Ejection search state (one insertion position at a time).
    void ejectionSearch(int index, const Segment &prefix, int count, long pSum, int ejectedLoad);

    const Network &m_net;
    Rng &m_rng;
    RouteMinimizerSettings m_settings;
    std::vector<char> m_open; // routes that may receive jobs in this attempt
    std::vector<long> m_failures; // p[] of Nagata & Bräysy
    std::vector<int> m_pool;      // ejection pool, used as a stack
    std::vector<Move> m_moves;

    struct EjectionBest
    {
        int route = -1;
        int position = -1;
        long pSum = 0;
        std::vector<int> ejected; // indices into the sequence with the job inserted
    };
    EjectionBest m_best;
    // The sequence under examination: route + job inserted at one position.
    std::vector<int> m_seq;
    std::vector<Segment> m_seqTail; // m_seqTail[i] = seq[i..] + end depot
    std::vector<int> m_seqMaxDemand; // largest ejectable demand in seq[i..]
    std::vector<int> m_chosen;      // ejected indices on the current search path
    int m_seqJob = -1;
    int m_seqVehicle = -1;
    int m_seqLoad = 0;
    int m_seqRoute = -1;
    int m_seqPosition = -1;
    long m_nodesLeft = 0;
};

} // namespace doorstep::dispatch::routing::detail
