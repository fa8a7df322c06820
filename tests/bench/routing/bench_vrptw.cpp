// bench_vrptw: the routing engine on the Gehring & Homberger 200-customer
// VRPTW instances, against the best-known solutions in bks.csv.
//
//   bench_vrptw [--seconds N] [--seed S] [--dir DIR] [--wall] [NAME_OR_PREFIX ...]
//
// Every instance gets the same fixed time budget on one core (default 10 s)
// and the same settings. The budget is CPU time of the solving thread, so a
// busy shared machine does not shrink the work done; --wall budgets elapsed
// time instead. Both are reported. Without names all instances in DIR/instances are
// run; "r1" runs r1_2_1..r1_2_5, "c1_2_3" just that one. Feasibility comes
// from the independent checker. Prints a markdown table and averages per
// class; a distance gap is only given when the vehicle count matches the
// best-known one, as the instances' README requires.

#include "routing/solomon_reader.h"
#include "routing/solution_checker.h"
#include "routing/solver.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace doorstep::dispatch::routing;

namespace {

struct BestKnown
{
    int vehicles = 0;
    double distance = 0.0;
};

struct Row
{
    std::string name;
    std::string cls; // c1, c2, r1, r2, rc1, rc2
    int vehicles = 0;
    double distance = 0.0;
    bool feasible = false;
    double seconds = 0.0; // on the budget clock
    double wallSeconds = 0.0;
    bool haveBks = false;
    BestKnown bks;
    bool comparable() const { return haveBks && vehicles == bks.vehicles; }
    double gap() const { return (distance / bks.distance - 1.0) * 100.0; }
};

std::map<std::string, BestKnown> readBks(const std::string &path)
{
    std::map<std::string, BestKnown> out;
    std::ifstream in(path);
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        std::stringstream fields(line);
        std::string name, customers, vehicles, distance;
        if (std::getline(fields, name, ',') && std::getline(fields, customers, ',') &&
            std::getline(fields, vehicles, ',') && std::getline(fields, distance, ','))
            out[name] = {std::atoi(vehicles.c_str()), std::atof(distance.c_str())};
    }
    return out;
}

std::string classOf(const std::string &name)
{
    return name.substr(0, name.find('_'));
}

std::string fixed(double v, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

int usage(const char *argv0)
{
    std::cerr << "usage: " << argv0 << " [--seconds N] [--seed S] [--dir DIR] [--wall] [NAME_OR_PREFIX ...]\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    double seconds = 10.0;
    unsigned seed = 1;
    std::string dir = std::string(DOORSTEP_SOURCE_DIR) + "/tests/data/vrptw";
    std::vector<std::string> filters;
    BudgetClock clock = BudgetClock::ThreadCpu;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--wall") {
            clock = BudgetClock::Wall;
        } else if ((arg == "--seconds" || arg == "--seed" || arg == "--dir") && i + 1 < argc) {
            const std::string value = argv[++i];
            if (arg == "--seconds")
                seconds = std::atof(value.c_str());
            else if (arg == "--seed")
                seed = static_cast<unsigned>(std::strtoul(value.c_str(), nullptr, 10));
            else
                dir = value;
        } else if (arg.rfind("--", 0) == 0) {
            return usage(argv[0]);
        } else {
            filters.push_back(arg);
        }
    }
    if (!(seconds > 0.0))
        return usage(argv[0]);

    std::vector<std::string> names;
    std::error_code ec;
    for (const auto &entry : std::filesystem::directory_iterator(dir + "/instances", ec))
        if (entry.path().extension() == ".txt")
            names.push_back(entry.path().stem().string());
    if (ec) {
        std::cerr << "bench_vrptw: cannot list " << dir << "/instances: " << ec.message() << '\n';
        return 1;
    }
    std::sort(names.begin(), names.end());
    if (!filters.empty()) {
        std::erase_if(names, [&filters](const std::string &n) {
            return std::none_of(filters.begin(), filters.end(),
                                [&n](const std::string &f) { return n.rfind(f, 0) == 0; });
        });
    }
    if (names.empty()) {
        std::cerr << "bench_vrptw: no instance matches\n";
        return 1;
    }
    const auto bks = readBks(dir + "/bks.csv");

    std::vector<Row> rows;
    for (const auto &name : names) {
        Row row;
        row.name = name;
        row.cls = classOf(name);
        SolomonInstance instance;
        try {
            instance = readSolomonFile(dir + "/instances/" + name + ".txt");
        } catch (const SolomonFormatError &e) {
            std::cerr << "bench_vrptw: " << e.what() << '\n';
            return 1;
        }
        SolverOptions options;
        options.timeLimitSeconds = seconds;
        options.seed = seed;
        options.clock = clock;
        const auto started = std::chrono::steady_clock::now();
        const SolverResult result = solve(toRoutingProblem(instance), options);
        row.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        std::vector<std::vector<int>> routes;
        for (const auto &route : result.solution.routes) {
            if (route.empty())
                continue;
            routes.emplace_back();
            for (int job : route)
                routes.back().push_back(job + 1);
        }
        const CheckReport check = checkVrptwSolution(instance, routes);
        row.vehicles = check.vehicles;
        row.distance = check.distance;
        row.feasible = check.feasible;
        row.seconds = result.seconds;
        if (const auto it = bks.find(name); it != bks.end()) {
            row.haveBks = true;
            row.bks = it->second;
        }
        std::cerr << name << ": vehicles " << row.vehicles << " distance " << fixed(row.distance, 2) << " feasible "
                  << (row.feasible ? "yes" : "no") << " (" << fixed(row.seconds, 1) << " s budget clock, "
                  << fixed(row.wallSeconds, 1) << " s wall)\n";
        rows.push_back(row);
    }

    const char *clockName = clock == BudgetClock::ThreadCpu ? "CPU" : "wall";
    std::cout << "Budget " << fixed(seconds, 1) << " s " << clockName << " time per instance, seed " << seed
              << ", one thread.\n\n";
    std::cout << "| instance | vehicles | BKS vehicles | distance | BKS distance | gap % | " << clockName
              << " s | wall s | feasible | note |\n";
    std::cout << "|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n";
    for (const Row &r : rows) {
        std::string gap = "-";
        std::string note;
        if (!r.haveBks) {
            note = "no best-known solution";
        } else if (r.vehicles > r.bks.vehicles) {
            note = "more vehicles than BKS: not comparable on distance";
        } else if (r.vehicles < r.bks.vehicles) {
            note = "fewer vehicles than BKS";
        } else {
            gap = fixed(r.gap(), 2);
        }
        std::cout << "| " << r.name << " | " << r.vehicles << " | " << (r.haveBks ? std::to_string(r.bks.vehicles) : "-")
                  << " | " << fixed(r.distance, 2) << " | " << (r.haveBks ? fixed(r.bks.distance, 2) : "-") << " | "
                  << gap << " | " << fixed(r.seconds, 1) << " | " << fixed(r.wallSeconds, 1) << " | "
                  << (r.feasible ? "yes" : "no") << " | " << note
                  << " |\n";
    }

    // Per class: vehicle totals against BKS, how many match, and the mean
    // gap over the instances that are comparable on distance.
    std::cout << "\n| class | instances | vehicles (sum) | BKS vehicles (sum) | BKS vehicle count matched | mean gap % (matched only) | all feasible |\n";
    std::cout << "|---|---:|---:|---:|---:|---:|---|\n";
    std::vector<std::string> classes;
    for (const Row &r : rows)
        if (std::find(classes.begin(), classes.end(), r.cls) == classes.end())
            classes.push_back(r.cls);
    classes.push_back("all");
    for (const auto &cls : classes) {
        int count = 0, vehicles = 0, bksVehicles = 0, matched = 0;
        double gapSum = 0.0;
        bool feasible = true;
        for (const Row &r : rows) {
            if (cls != "all" && r.cls != cls)
                continue;
            ++count;
            vehicles += r.vehicles;
            bksVehicles += r.haveBks ? r.bks.vehicles : 0;
            feasible = feasible && r.feasible;
            if (r.comparable()) {
                ++matched;
                gapSum += r.gap();
            }
        }
        std::cout << "| " << cls << " | " << count << " | " << vehicles << " | " << bksVehicles << " | " << matched
                  << "/" << count << " | " << (matched ? fixed(gapSum / matched, 2) : std::string("-")) << " | "
                  << (feasible ? "yes" : "no") << " |\n";
    }
    const bool allFeasible = std::all_of(rows.begin(), rows.end(), [](const Row &r) { return r.feasible; });
    return allFeasible ? 0 : 3;
}
