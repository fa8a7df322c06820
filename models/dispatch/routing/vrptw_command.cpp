#include "routing/vrptw_command.h"

#include "routing/solomon_reader.h"
#include "routing/solution_checker.h"
#include "routing/solver.h"

#include <cmath>
#include <iomanip>
#include <ostream>

namespace doorstep::dispatch::routing {

int runVrptwCommand(const std::string &file, double seconds, unsigned seed, std::ostream &out, std::ostream &err)
{
    if (!(seconds > 0.0)) { // a time budget is the only budget here
        err << "vrptw: --seconds must be a positive number\n";
        return 2;
    }
    return runVrptwCommand(file, VrptwCommandOptions{seconds, 0, seed}, out, err);
}

int runVrptwCommand(const std::string &file, const VrptwCommandOptions &command, std::ostream &out, std::ostream &err)
{
    if (command.seconds < 0.0 || !std::isfinite(command.seconds)) {
        err << "vrptw: --seconds must be a positive number\n";
        return 2;
    }
    if (command.seconds == 0.0 && command.iterations == 0) {
        err << "vrptw: give --seconds or --iterations (or both)\n";
        return 2;
    }
    SolomonInstance instance;
    try {
        instance = readSolomonFile(file);
    } catch (const SolomonFormatError &e) {
        err << "vrptw: " << e.what() << '\n';
        return 1;
    }

    SolverOptions options;
    options.timeLimitSeconds = command.seconds;
    options.maxIterations = command.iterations;
    options.seed = command.seed;
    const SolverResult result = solve(toRoutingProblem(instance), options);

    // Job j is customer j + 1 (toRoutingProblem); the checker speaks customers.
    std::vector<std::vector<int>> routes;
    for (const auto &route : result.solution.routes) {
        if (route.empty())
            continue;
        std::vector<int> customers;
        for (int job : route)
            customers.push_back(job + 1);
        routes.push_back(std::move(customers));
    }
    const CheckReport check = checkVrptwSolution(instance, routes);

    out << "instance " << instance.name << ": " << instance.customerCount() << " customers, capacity "
        << instance.capacity << ", fleet " << instance.vehicleCount << ", solved in " << std::fixed
        << std::setprecision(1) << result.seconds << " s, " << result.iterations << " iterations, seed " << command.seed << "\n";
    for (std::size_t r = 0; r < routes.size(); ++r) {
        out << "route " << (r + 1) << ":";
        for (int c : routes[r])
            out << ' ' << c;
        out << '\n';
    }
    for (const auto &violation : check.violations)
        out << "violation: " << violation << '\n';
    out << "vehicles=" << check.vehicles << " distance=" << std::fixed << std::setprecision(2) << check.distance
        << " feasible=" << (check.feasible ? "yes" : "no") << '\n';
    return 0;
}

} // namespace doorstep::dispatch::routing
