#pragma once
// Route segments with time warp (Vidal et al. 2013, "A hybrid genetic
// algorithm with adaptive diversity management for a large class of vehicle
// routing problems with time windows"). A segment summarises a run of
// consecutive nodes by its minimum duration, unavoidable lateness ("time
// warp"), the window in which its first service can start at that duration,
// its load and its distance. Two segments join in O(1), so a move that cuts
// routes into cached prefix/suffix pieces is checked in O(1) whatever the
// route length. A route is feasible in time exactly when its warp is zero.

#include "routing/network.h"

#include <algorithm>

namespace doorstep::dispatch::routing::detail {

// Warp below this is rounding noise. Tighter than the checker's tolerance,
// so whatever the solver calls feasible the checker accepts.
inline constexpr double kWarpEpsilon = 1e-7;

struct Segment
{
    int first = -1; // node ids; -1 marks the empty segment
    int last = -1;
    int load = 0;
    int jobs = 0;          // job nodes inside (depots count zero)
    double duration = 0.0; // travel + service + waiting, excluding warp
    double timeWarp = 0.0;
    double earliest = 0.0; // window for starting the first service
    double latest = 0.0;
    double distance = 0.0;

    bool empty() const { return first < 0; }
};

inline Segment concat(const Network &net, const Segment &a, const Segment &b)
{
    if (a.empty())
        return b;
    if (b.empty())
        return a;
    const double travel = net.time(a.last, b.first);
    const double arriveOffset = a.duration - a.timeWarp + travel;
    const double wait = std::max(b.earliest - arriveOffset - a.latest, 0.0);
    const double warp = std::max(a.earliest + arriveOffset - b.latest, 0.0);
    Segment r;
    r.first = a.first;
    r.last = b.last;
    r.load = a.load + b.load;
    r.jobs = a.jobs + b.jobs;
    r.duration = a.duration + b.duration + travel + wait;
    r.timeWarp = a.timeWarp + b.timeWarp + warp;
    r.earliest = std::max(b.earliest - arriveOffset, a.earliest) - wait;
    r.latest = std::min(b.latest - arriveOffset, a.latest) + warp;
    r.distance = a.distance + b.distance + net.distance(a.last, b.first);
    return r;
}

inline Segment concat(const Network &net, const Segment &a, const Segment &b, const Segment &c)
{
    return concat(net, concat(net, a, b), c);
}

inline Segment concat(const Network &net, const Segment &a, const Segment &b, const Segment &c, const Segment &d)
{
    return concat(net, concat(net, concat(net, a, b), c), d);
}

} // namespace doorstep::dispatch::routing::detail
