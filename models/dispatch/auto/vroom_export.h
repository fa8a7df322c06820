#pragma once
// The auto-dispatch day as an input of VROOM (github.com/VROOM-Project/vroom,
// docs/API.md), and the planner's plan in the shape of VROOM's routes, so the
// console's planner can be compared with an open-source solver on the
// product's own problem (tests/bench/autodispatch writes both). Pure C++ like
// the planner; the mapping and what VROOM cannot express are in README.md.
//
// Mapping, in short: each waiting order is a job (service = duration, one time
// window for the start, skills = its service, district and qualification);
// each provider working that day is a vehicle (time_window = first to last
// working minute, the gaps between working intervals as breaks, skills = the
// services, districts and qualifications they have, start_index = home, no
// end: the planner's days end at the last job, max_tasks = the daily limit);
// a job already booked is a job only its provider has the skill for, with
// its start as the time window; an order some providers may not take (the
// customer blocked them, they declined it) has a skill every other vehicle
// holds. Times are seconds from the office day's
// start; the matrix is the dispatch rules' travel time (haversine x road
// factor at the office speed) in seconds, rounded, between every location.
#include "auto/auto_dispatch.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace doorstep::dispatch::autodispatch {

class VroomExport
{
public:
    VroomExport(const AutoDispatchInput &input, std::int64_t dayStart);

    // VROOM's input JSON (jobs, vehicles, matrices.car.durations).
    std::string inputJson() const;
    // The planner's plan as JSON: per-vehicle routes of job ids with their
    // service start (same ids and times as inputJson), the unassigned jobs
    // with the planner's reason, the planner's totals and the skill legend.
    std::string planJson(const AutoDispatchResult &result) const;

    std::size_t jobCount() const { return m_jobs.size(); }
    std::size_t vehicleCount() const { return m_vehicles.size(); }
    std::size_t locationCount() const { return m_locations.size(); }
    // Skill code ("service:12", "district:3", "qualification:X",
    // "provider:77" for a booked job, "order:5" for an order only some may
    // take) -> VROOM's integer skill.
    const std::map<std::string, int> &skills() const { return m_skillIds; }

private:
    struct Job
    {
        std::int64_t orderId = 0;
        bool booked = false; // already on a provider's day
        std::size_t location = 0;
        std::int64_t serviceSecs = 0;
        std::int64_t windowFrom = 0, windowTo = 0; // relative seconds
        std::vector<int> skills;
        int priority = 0;
    };
    struct Vehicle
    {
        std::int64_t providerId = 0;
        std::size_t location = 0;
        std::int64_t from = 0, to = 0; // relative seconds
        std::vector<std::pair<std::int64_t, std::int64_t>> breaks; // [start, end) gaps between working intervals
        std::vector<int> skills;
        int maxTasks = 0;
    };
    int skill(const std::string &code);
    std::size_t location(GeoPoint where);

    std::int64_t m_dayStart;
    FeasibilityRules m_rules;
    std::vector<Job> m_jobs; // the input's orders first (job id = index + 1), then booked jobs
    std::vector<Vehicle> m_vehicles; // vehicle id = index + 1
    std::vector<GeoPoint> m_locations;
    std::map<std::pair<double, double>, std::size_t> m_locationIndex; // the same place is one row of the matrix
    std::map<std::string, int> m_skillIds;
};

} // namespace doorstep::dispatch::autodispatch
