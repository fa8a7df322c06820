#pragma once
// The generic routing model the engine plans: providers (vehicles) with their
// own start and end places, shifts, capacities and skills, and jobs with time
// windows. The classic VRPTW is the special case of identical vehicles that
// all start and end at one depot (see solomon_reader.h).
//
// Everything here is plain data plus validation; the solver compiles it into
// its own fast representation (network.h) and never mutates it.

#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace doorstep::dispatch::routing {

inline constexpr double kUnbounded = std::numeric_limits<double>::infinity();

// Index into a TravelMatrix (a place: a home, a provider's base, a depot).
using LocationId = int;

struct TimeWindow
{
    double start = 0.0;
    double end = kUnbounded;
};

struct Point
{
    double x = 0.0;
    double y = 0.0;
};

// Distance (what the objective pays for) and travel time (what the clock
// sees) between every pair of locations. Stored dense: the engine looks
// these up millions of times per second.
class TravelMatrix
{
public:
    TravelMatrix() = default;
    // Takes two row-major size×size tables (distance, then time).
    TravelMatrix(int size, std::vector<double> distance, std::vector<double> time);

    // Time equals distance: the VRPTW benchmark convention (unrounded).
    static TravelMatrix euclidean(const std::vector<Point> &points);
    // The platform's estimate: distance = roadFactor × straight-line distance,
    // time = distance / speed (same length unit; time in the jobs' time unit).
    static TravelMatrix roadEstimate(const std::vector<Point> &points, double roadFactor, double speed);
    // Any oracle (a road-network service, a cache): called once per pair here.
    static TravelMatrix fromFunction(int size, const std::function<double(LocationId, LocationId)> &distance,
                                     const std::function<double(LocationId, LocationId)> &time);

    int size() const { return m_size; }
    double distance(LocationId from, LocationId to) const { return m_distance[index(from, to)]; }
    double time(LocationId from, LocationId to) const { return m_time[index(from, to)]; }

private:
    std::size_t index(LocationId from, LocationId to) const
    {
        return static_cast<std::size_t>(from) * static_cast<std::size_t>(m_size) + static_cast<std::size_t>(to);
    }
    int m_size = 0;
    std::vector<double> m_distance;
    std::vector<double> m_time;
};

struct Job
{
    std::string name; // for messages and reports; the engine uses indices
    LocationId location = 0;
    TimeWindow window;            // service must START inside it; arriving early means waiting
    double serviceDuration = 0.0;
    int demand = 0;
    // A job already promised to one vehicle (e.g. the customer's regular
    // nanny): it may only be planned on that vehicle, and that vehicle's
    // route is never dissolved by the route minimiser.
    std::optional<int> fixedVehicle;
};

struct Vehicle
{
    std::string name;
    LocationId start = 0;
    LocationId end = 0;
    TimeWindow shift; // leave start no earlier than shift.start, arrive at end no later than shift.end
    int capacity = std::numeric_limits<int>::max();
    int maxJobs = std::numeric_limits<int>::max();
};

// What the solver minimises. Only the hierarchical VRPTW objective exists
// today; a weighted objective (travel, lateness, quality, fairness) slots in
// as another Kind plus weights, without touching the model above.
struct Objective
{
    enum class Kind { VehiclesThenDistance };
    Kind kind = Kind::VehiclesThenDistance;
};

class RoutingProblem
{
public:
    RoutingProblem() = default;
    RoutingProblem(std::vector<Job> jobs, std::vector<Vehicle> vehicles, TravelMatrix travel);

    const std::vector<Job> &jobs() const { return m_jobs; }
    const std::vector<Vehicle> &vehicles() const { return m_vehicles; }
    const TravelMatrix &travel() const { return m_travel; }
    int jobCount() const { return static_cast<int>(m_jobs.size()); }
    int vehicleCount() const { return static_cast<int>(m_vehicles.size()); }

    // Skills: which vehicle may do which job. Default: every vehicle may do
    // every job. The matrix form is vehicle-major: allowed[v * jobCount + j].
    void setCompatibility(const std::function<bool(int vehicle, int job)> &allowed);
    void setCompatibility(std::vector<bool> allowed);
    bool hasCompatibilityRestrictions() const { return !m_allowed.empty(); }
    // Skills and fixed assignment together.
    bool canServe(int vehicle, int job) const;

    const Objective &objective() const { return m_objective; }

    // Empty when the problem is well formed; otherwise the first problem
    // found, in words (bad location index, window end before start, ...).
    std::string validate() const;

private:
    std::vector<Job> m_jobs;
    std::vector<Vehicle> m_vehicles;
    TravelMatrix m_travel;
    std::vector<bool> m_allowed; // empty = everyone may do everything
    Objective m_objective;
};

// A plan: for every vehicle (same order as problem.vehicles()) the jobs it
// does, in visit order; an empty route means the vehicle stays home.
struct RoutingSolution
{
    std::vector<std::vector<int>> routes;
    std::vector<int> unassigned; // jobs no vehicle could take

    int usedVehicles() const;
};

// Hierarchical cost: unassigned jobs first, then vehicles, then distance.
struct SolutionCost
{
    int unassigned = 0;
    int vehicles = 0;
    double distance = 0.0;

    // True when *this is strictly better (distance compared with a small
    // tolerance so floating-point noise is not "improvement").
    bool betterThan(const SolutionCost &other) const;
};

} // namespace doorstep::dispatch::routing
