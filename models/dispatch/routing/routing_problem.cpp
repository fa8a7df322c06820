#include "routing/routing_problem.h"

#include <cmath>
#include <stdexcept>

namespace doorstep::dispatch::routing {

TravelMatrix::TravelMatrix(int size, std::vector<double> distance, std::vector<double> time)
    : m_size(size), m_distance(std::move(distance)), m_time(std::move(time))
{
    const auto cells = static_cast<std::size_t>(size) * static_cast<std::size_t>(size);
    if (size < 0 || m_distance.size() != cells || m_time.size() != cells)
        throw std::invalid_argument("TravelMatrix: tables must both hold size*size entries");
}

TravelMatrix TravelMatrix::euclidean(const std::vector<Point> &points)
{
    return roadEstimate(points, 1.0, 1.0);
}

TravelMatrix TravelMatrix::roadEstimate(const std::vector<Point> &points, double roadFactor, double speed)
{
    if (!(roadFactor > 0.0) || !(speed > 0.0))
        throw std::invalid_argument("TravelMatrix::roadEstimate: road factor and speed must be positive");
    const int n = static_cast<int>(points.size());
    std::vector<double> distance(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
    std::vector<double> time(distance.size());
    for (int a = 0; a < n; ++a) {
        for (int b = 0; b < n; ++b) {
            const double dx = points[static_cast<std::size_t>(a)].x - points[static_cast<std::size_t>(b)].x;
            const double dy = points[static_cast<std::size_t>(a)].y - points[static_cast<std::size_t>(b)].y;
            const double d = roadFactor * std::sqrt(dx * dx + dy * dy);
            const auto cell = static_cast<std::size_t>(a) * static_cast<std::size_t>(n) + static_cast<std::size_t>(b);
            distance[cell] = d;
            // Keep time bit-identical to distance when speed is 1, so the
            // VRPTW convention "travel time = distance" holds exactly.
            time[cell] = speed == 1.0 ? d : d / speed;
        }
    }
    return TravelMatrix(n, std::move(distance), std::move(time));
}

TravelMatrix TravelMatrix::fromFunction(int size, const std::function<double(LocationId, LocationId)> &distance,
                                        const std::function<double(LocationId, LocationId)> &time)
{
    std::vector<double> d(static_cast<std::size_t>(size) * static_cast<std::size_t>(size));
    std::vector<double> t(d.size());
    for (int a = 0; a < size; ++a) {
        for (int b = 0; b < size; ++b) {
            const auto cell = static_cast<std::size_t>(a) * static_cast<std::size_t>(size) + static_cast<std::size_t>(b);
            d[cell] = distance(a, b);
            t[cell] = time(a, b);
        }
    }
    return TravelMatrix(size, std::move(d), std::move(t));
}

RoutingProblem::RoutingProblem(std::vector<Job> jobs, std::vector<Vehicle> vehicles, TravelMatrix travel)
    : m_jobs(std::move(jobs)), m_vehicles(std::move(vehicles)), m_travel(std::move(travel))
{
}

void RoutingProblem::setCompatibility(const std::function<bool(int, int)> &allowed)
{
    std::vector<bool> table(static_cast<std::size_t>(vehicleCount()) * static_cast<std::size_t>(jobCount()));
    for (int v = 0; v < vehicleCount(); ++v)
        for (int j = 0; j < jobCount(); ++j)
            table[static_cast<std::size_t>(v) * static_cast<std::size_t>(jobCount()) + static_cast<std::size_t>(j)] =
                allowed(v, j);
    m_allowed = std::move(table);
}

void RoutingProblem::setCompatibility(std::vector<bool> allowed)
{
    if (allowed.size() != static_cast<std::size_t>(vehicleCount()) * static_cast<std::size_t>(jobCount()))
        throw std::invalid_argument("RoutingProblem::setCompatibility: need vehicles*jobs entries");
    m_allowed = std::move(allowed);
}

bool RoutingProblem::canServe(int vehicle, int job) const
{
    const Job &j = m_jobs[static_cast<std::size_t>(job)];
    if (j.fixedVehicle && *j.fixedVehicle != vehicle)
        return false;
    if (m_allowed.empty())
        return true;
    return m_allowed[static_cast<std::size_t>(vehicle) * static_cast<std::size_t>(jobCount()) +
                     static_cast<std::size_t>(job)];
}

std::string RoutingProblem::validate() const
{
    const int places = m_travel.size();
    auto badPlace = [places](LocationId l) { return l < 0 || l >= places; };
    for (std::size_t i = 0; i < m_jobs.size(); ++i) {
        const Job &j = m_jobs[i];
        const std::string who = "job " + std::to_string(i) + (j.name.empty() ? "" : " (" + j.name + ")");
        if (badPlace(j.location))
            return who + ": location " + std::to_string(j.location) + " is not in the travel matrix";
        if (!(j.window.start <= j.window.end))
            return who + ": time window ends before it starts";
        if (!(j.serviceDuration >= 0.0))
            return who + ": negative service duration";
        if (j.demand < 0)
            return who + ": negative demand";
        if (j.fixedVehicle && (*j.fixedVehicle < 0 || *j.fixedVehicle >= vehicleCount()))
            return who + ": fixed to a vehicle that does not exist";
    }
    for (std::size_t i = 0; i < m_vehicles.size(); ++i) {
        const Vehicle &v = m_vehicles[i];
        const std::string who = "vehicle " + std::to_string(i) + (v.name.empty() ? "" : " (" + v.name + ")");
        if (badPlace(v.start) || badPlace(v.end))
            return who + ": start or end location is not in the travel matrix";
        if (!(v.shift.start <= v.shift.end))
            return who + ": shift ends before it starts";
        if (v.capacity < 0 || v.maxJobs < 0)
            return who + ": negative capacity or job limit";
    }
    return {};
}

int RoutingSolution::usedVehicles() const
{
    int used = 0;
    for (const auto &route : routes)
        used += route.empty() ? 0 : 1;
    return used;
}

bool SolutionCost::betterThan(const SolutionCost &other) const
{
    if (unassigned != other.unassigned)
        return unassigned < other.unassigned;
    if (vehicles != other.vehicles)
        return vehicles < other.vehicles;
    return distance < other.distance - 1e-9;
}

} // namespace doorstep::dispatch::routing
