#include "routing/solution_checker.h"

#include <cmath>
#include <sstream>

namespace doorstep::dispatch::routing {

namespace {

std::string fmt(double v)
{
    std::ostringstream s;
    s.precision(10);
    s << v;
    return s.str();
}

} // namespace

CheckReport checkVrptwSolution(const SolomonInstance &instance, const std::vector<std::vector<int>> &routes)
{
    CheckReport report;
    const int customers = instance.customerCount();
    std::vector<int> seen(static_cast<std::size_t>(customers) + 1, 0);
    auto euclid = [&instance](int a, int b) {
        const SolomonNode &p = instance.nodes[static_cast<std::size_t>(a)];
        const SolomonNode &q = instance.nodes[static_cast<std::size_t>(b)];
        return std::sqrt((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y));
    };
    const SolomonNode &depot = instance.nodes.front();

    for (std::size_t r = 0; r < routes.size(); ++r) {
        const auto &route = routes[r];
        if (route.empty())
            continue;
        ++report.vehicles;
        const std::string where = "route " + std::to_string(r + 1);
        double clock = depot.ready;
        int load = 0;
        int previous = 0;
        bool routeValid = true;
        for (int customer : route) {
            if (customer < 1 || customer > customers) {
                report.violations.push_back(where + ": customer " + std::to_string(customer) + " does not exist");
                routeValid = false;
                break;
            }
            ++seen[static_cast<std::size_t>(customer)];
            const SolomonNode &c = instance.nodes[static_cast<std::size_t>(customer)];
            const double leg = euclid(previous, customer);
            report.distance += leg;
            const double arrival = clock + leg;
            const double start = std::max(arrival, c.ready);
            if (start > c.due + kCheckTimeTolerance)
                report.violations.push_back(where + ": customer " + std::to_string(customer) + " served at " +
                                            fmt(start) + ", after its due date " + fmt(c.due));
            clock = start + c.service;
            load += c.demand;
            previous = customer;
        }
        if (!routeValid)
            continue;
        const double back = euclid(previous, 0);
        report.distance += back;
        if (clock + back > depot.due + kCheckTimeTolerance)
            report.violations.push_back(where + ": returns to the depot at " + fmt(clock + back) +
                                        ", after the horizon " + fmt(depot.due));
        if (load > instance.capacity)
            report.violations.push_back(where + ": load " + std::to_string(load) + " exceeds capacity " +
                                        std::to_string(instance.capacity));
    }
    for (int c = 1; c <= customers; ++c) {
        const int n = seen[static_cast<std::size_t>(c)];
        if (n == 0)
            report.violations.push_back("customer " + std::to_string(c) + " is not served");
        else if (n > 1)
            report.violations.push_back("customer " + std::to_string(c) + " is served " + std::to_string(n) +
                                        " times");
    }
    if (report.vehicles > instance.vehicleCount)
        report.violations.push_back("uses " + std::to_string(report.vehicles) + " vehicles, the fleet has " +
                                    std::to_string(instance.vehicleCount));
    report.feasible = report.violations.empty();
    return report;
}

CheckReport checkSolution(const RoutingProblem &problem, const RoutingSolution &solution)
{
    CheckReport report;
    const auto &jobs = problem.jobs();
    const auto &vehicles = problem.vehicles();
    const TravelMatrix &travel = problem.travel();
    std::vector<int> seen(jobs.size(), 0);

    if (solution.routes.size() != vehicles.size())
        report.violations.push_back("the plan has " + std::to_string(solution.routes.size()) +
                                    " routes for " + std::to_string(vehicles.size()) + " vehicles");

    const std::size_t routeCount = std::min(solution.routes.size(), vehicles.size());
    for (std::size_t v = 0; v < routeCount; ++v) {
        const auto &route = solution.routes[v];
        if (route.empty())
            continue;
        ++report.vehicles;
        const Vehicle &vehicle = vehicles[v];
        const std::string where = "vehicle " + std::to_string(v) + (vehicle.name.empty() ? "" : " (" + vehicle.name + ")");
        double clock = vehicle.shift.start;
        int load = 0;
        LocationId here = vehicle.start;
        bool routeValid = true;
        for (int j : route) {
            if (j < 0 || j >= static_cast<int>(jobs.size())) {
                report.violations.push_back(where + ": job " + std::to_string(j) + " does not exist");
                routeValid = false;
                break;
            }
            ++seen[static_cast<std::size_t>(j)];
            const Job &job = jobs[static_cast<std::size_t>(j)];
            if (!problem.canServe(static_cast<int>(v), j))
                report.violations.push_back(where + ": may not do job " + std::to_string(j) +
                                            (job.fixedVehicle ? " (fixed to another vehicle)" : " (skills)"));
            report.distance += travel.distance(here, job.location);
            const double arrival = clock + travel.time(here, job.location);
            const double start = std::max(arrival, job.window.start);
            if (start > job.window.end + kCheckTimeTolerance)
                report.violations.push_back(where + ": job " + std::to_string(j) + " starts at " + fmt(start) +
                                            ", after its window ends at " + fmt(job.window.end));
            clock = start + job.serviceDuration;
            load += job.demand;
            here = job.location;
        }
        if (!routeValid)
            continue;
        report.distance += travel.distance(here, vehicle.end);
        const double home = clock + travel.time(here, vehicle.end);
        if (home > vehicle.shift.end + kCheckTimeTolerance)
            report.violations.push_back(where + ": ends at " + fmt(home) + ", after the shift end " +
                                        fmt(vehicle.shift.end));
        if (load > vehicle.capacity)
            report.violations.push_back(where + ": load " + std::to_string(load) + " exceeds capacity " +
                                        std::to_string(vehicle.capacity));
        if (static_cast<int>(route.size()) > vehicle.maxJobs)
            report.violations.push_back(where + ": " + std::to_string(route.size()) + " jobs, the limit is " +
                                        std::to_string(vehicle.maxJobs));
    }
    for (int j : solution.unassigned) {
        if (j < 0 || j >= static_cast<int>(jobs.size())) {
            report.violations.push_back("unassigned job " + std::to_string(j) + " does not exist");
            continue;
        }
        ++seen[static_cast<std::size_t>(j)];
        ++report.unassigned;
    }
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        if (seen[j] == 0)
            report.violations.push_back("job " + std::to_string(j) + " is neither planned nor listed as unassigned");
        else if (seen[j] > 1)
            report.violations.push_back("job " + std::to_string(j) + " appears " + std::to_string(seen[j]) + " times");
    }
    report.feasible = report.violations.empty();
    return report;
}

} // namespace doorstep::dispatch::routing
