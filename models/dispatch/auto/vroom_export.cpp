#include "auto/vroom_export.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <unordered_map>

namespace doorstep::dispatch::autodispatch {

namespace {

// Minimal JSON writing: numbers and escaped strings into one buffer (the
// matrix of a franchise day has millions of entries).
void put(std::string &out, std::int64_t v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void put(std::string &out, double v)
{
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, std::round(v * 100) / 100);
    out.append(buf, r.ptr);
}

void putString(std::string &out, const std::string &s)
{
    out += '"';
    for (char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            out += ' ';
        } else {
            out += c;
        }
    }
    out += '"';
}

void putInts(std::string &out, const std::vector<int> &v)
{
    out += '[';
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i)
            out += ',';
        put(out, std::int64_t(v[i]));
    }
    out += ']';
}

void putWindow(std::string &out, std::int64_t from, std::int64_t to)
{
    out += '[';
    put(out, from);
    out += ',';
    put(out, to);
    out += ']';
}

} // namespace

int VroomExport::skill(const std::string &code)
{
    const auto [it, added] = m_skillIds.try_emplace(code, int(m_skillIds.size()) + 1);
    return it->second;
}

std::size_t VroomExport::location(GeoPoint where)
{
    const auto [it, added] = m_locationIndex.try_emplace({where.lat, where.lng}, m_locations.size());
    if (added)
        m_locations.push_back(where);
    return it->second;
}

VroomExport::VroomExport(const AutoDispatchInput &input, std::int64_t dayStart)
    : m_dayStart(dayStart)
    , m_rules(input.rules)
{
    for (const OrderRequest &r : input.orders) {
        const OrderToPlace &o = r.order;
        Job job;
        job.orderId = o.orderId;
        job.location = location(o.where);
        job.serviceSecs = std::int64_t(o.durationMin) * 60;
        job.windowFrom = o.windowStart - dayStart;
        job.windowTo = o.windowEnd - dayStart;
        job.skills.push_back(skill("service:" + std::to_string(o.categoryId)));
        if (o.districtId)
            job.skills.push_back(skill("district:" + std::to_string(o.districtId)));
        if (!o.requiredQualification.empty())
            job.skills.push_back(skill("qualification:" + o.requiredQualification));
        // VROOM's priorities are 0-100 and booked jobs take 100.
        job.priority = std::clamp(10 * r.priority, 0, 99);
        m_jobs.push_back(std::move(job));
    }
    for (const ProviderDay &d : input.days) {
        // Not working that day, or not active: the rules give them nothing.
        if (!d.active || d.workingHours.empty())
            continue;
        std::vector<Interval> hours = d.workingHours;
        std::sort(hours.begin(), hours.end(), [](const Interval &a, const Interval &b) { return a.begin < b.begin; });
        Vehicle v;
        v.providerId = d.providerId;
        v.location = location(d.home);
        v.from = hours.front().begin - dayStart;
        v.to = hours.back().end - dayStart;
        for (std::size_t i = 1; i < hours.size(); ++i)
            if (hours[i].begin > hours[i - 1].end)
                v.breaks.push_back({hours[i - 1].end - dayStart, hours[i].begin - dayStart});
        for (std::int64_t c : d.activeSkills)
            if (std::find(d.suspendedSkills.begin(), d.suspendedSkills.end(), c) == d.suspendedSkills.end())
                v.skills.push_back(skill("service:" + std::to_string(c)));
        for (std::int64_t district : d.districts)
            v.skills.push_back(skill("district:" + std::to_string(district)));
        for (const std::string &q : d.qualifications)
            v.skills.push_back(skill("qualification:" + q));
        v.maxTasks = d.dailyJobLimit;
        if (!d.jobs.empty()) {
            const int own = skill("provider:" + std::to_string(d.providerId));
            v.skills.push_back(own);
            for (const ScheduledJob &j : d.jobs) {
                Job job;
                job.orderId = j.orderId;
                job.booked = true;
                job.location = location(j.where);
                job.serviceSecs = std::int64_t(j.durationMin) * 60;
                job.windowFrom = job.windowTo = j.start - dayStart;
                job.skills = {own};
                job.priority = 100;
                m_jobs.push_back(std::move(job));
            }
        }
        std::sort(v.skills.begin(), v.skills.end());
        v.skills.erase(std::unique(v.skills.begin(), v.skills.end()), v.skills.end());
        m_vehicles.push_back(std::move(v));
    }
    // The providers an order may not go to (the customer blocked them; they
    // declined it or let it time out): VROOM has no "not this vehicle", so
    // the order gets a skill of its own that every other vehicle holds. Only
    // orders with such a provider among the vehicles pay for it.
    for (std::size_t i = 0; i < input.orders.size(); ++i) {
        const OrderToPlace &o = input.orders[i].order;
        const auto excluded = [&o](std::int64_t provider) {
            return std::find(o.blockedProviders.begin(), o.blockedProviders.end(), provider) != o.blockedProviders.end()
                || std::find(o.declinedBy.begin(), o.declinedBy.end(), provider) != o.declinedBy.end();
        };
        if (std::none_of(m_vehicles.begin(), m_vehicles.end(), [&](const Vehicle &v) { return excluded(v.providerId); }))
            continue;
        const int allowed = skill("order:" + std::to_string(o.orderId));
        m_jobs[i].skills.push_back(allowed);
        for (Vehicle &v : m_vehicles) {
            if (!excluded(v.providerId))
                v.skills.push_back(allowed); // the newest skill: the list stays sorted
        }
    }
}

std::string VroomExport::inputJson() const
{
    std::string out;
    const std::size_t n = m_locations.size();
    out.reserve(n * n * 6 + m_jobs.size() * 160 + m_vehicles.size() * 200 + 64);
    out += "{\"jobs\":[";
    for (std::size_t i = 0; i < m_jobs.size(); ++i) {
        const Job &j = m_jobs[i];
        if (i)
            out += ",\n";
        out += "{\"id\":";
        put(out, std::int64_t(i + 1));
        out += ",\"description\":";
        putString(out, (j.booked ? "booked order " : "order ") + std::to_string(j.orderId));
        out += ",\"location_index\":";
        put(out, std::int64_t(j.location));
        out += ",\"service\":";
        put(out, j.serviceSecs);
        out += ",\"skills\":";
        putInts(out, j.skills);
        out += ",\"priority\":";
        put(out, std::int64_t(j.priority));
        out += ",\"time_windows\":[";
        putWindow(out, j.windowFrom, j.windowTo);
        out += "]}";
    }
    out += "],\n\"vehicles\":[";
    for (std::size_t i = 0; i < m_vehicles.size(); ++i) {
        const Vehicle &v = m_vehicles[i];
        if (i)
            out += ",\n";
        out += "{\"id\":";
        put(out, std::int64_t(i + 1));
        out += ",\"description\":";
        putString(out, "provider " + std::to_string(v.providerId));
        out += ",\"profile\":\"car\",\"start_index\":";
        put(out, std::int64_t(v.location));
        out += ",\"skills\":";
        putInts(out, v.skills);
        out += ",\"time_window\":";
        putWindow(out, v.from, v.to);
        out += ",\"max_tasks\":";
        put(out, std::int64_t(v.maxTasks));
        if (!v.breaks.empty()) {
            out += ",\"breaks\":[";
            for (std::size_t b = 0; b < v.breaks.size(); ++b) {
                if (b)
                    out += ',';
                out += "{\"id\":";
                put(out, std::int64_t(b + 1));
                out += ",\"description\":\"not working\",\"time_windows\":[";
                putWindow(out, v.breaks[b].first, v.breaks[b].first);
                out += "],\"service\":";
                put(out, v.breaks[b].second - v.breaks[b].first);
                out += '}';
            }
            out += ']';
        }
        out += '}';
    }
    out += "],\n\"matrices\":{\"car\":{\"durations\":[";
    for (std::size_t a = 0; a < n; ++a) {
        out += a ? ",\n[" : "\n[";
        for (std::size_t b = 0; b < n; ++b) {
            if (b)
                out += ',';
            put(out, a == b ? std::int64_t(0) : std::int64_t(std::llround(travelMinutes(m_locations[a], m_locations[b], m_rules) * 60)));
        }
        out += ']';
    }
    out += "]}}}\n";
    return out;
}

std::string VroomExport::planJson(const AutoDispatchResult &result) const
{
    std::unordered_map<std::int64_t, std::size_t> jobOfOrder;
    for (std::size_t i = 0; i < m_jobs.size(); ++i)
        jobOfOrder.emplace(m_jobs[i].orderId, i + 1);
    std::unordered_map<std::int64_t, std::size_t> vehicleOfProvider;
    for (std::size_t i = 0; i < m_vehicles.size(); ++i)
        vehicleOfProvider.emplace(m_vehicles[i].providerId, i + 1);

    std::string out = "{\"summary\":{\"assigned\":";
    put(out, std::int64_t(result.totals.assigned));
    out += ",\"unassigned\":";
    put(out, std::int64_t(result.totals.unassigned));
    out += ",\"travel_minutes\":";
    put(out, result.totals.travelMinutes);
    out += ",\"lateness_minutes\":";
    put(out, result.totals.latenessMinutes);
    out += ",\"objective\":";
    put(out, result.totals.objective);
    out += ",\"greedy_objective\":";
    put(out, result.greedyTotals.objective);
    out += "},\n\"routes\":[";
    bool firstRoute = true;
    for (const ProviderDay &d : result.days) {
        const auto v = vehicleOfProvider.find(d.providerId);
        if (v == vehicleOfProvider.end() || d.jobs.empty())
            continue;
        std::vector<ScheduledJob> jobs = d.jobs;
        std::sort(jobs.begin(), jobs.end(), [](const ScheduledJob &a, const ScheduledJob &b) { return a.start < b.start; });
        out += firstRoute ? "\n{\"vehicle\":" : ",\n{\"vehicle\":";
        firstRoute = false;
        put(out, std::int64_t(v->second));
        out += ",\"steps\":[";
        for (std::size_t s = 0; s < jobs.size(); ++s) {
            if (s)
                out += ',';
            out += "{\"type\":\"job\",\"id\":";
            const auto j = jobOfOrder.find(jobs[s].orderId);
            put(out, j == jobOfOrder.end() ? std::int64_t(0) : std::int64_t(j->second));
            out += ",\"service_start\":";
            put(out, jobs[s].start - m_dayStart);
            out += '}';
        }
        out += "]}";
    }
    out += "],\n\"unassigned\":[";
    bool firstLeft = true;
    for (const OrderOutcome &o : result.outcomes) {
        if (o.assigned)
            continue;
        out += firstLeft ? "\n{\"id\":" : ",\n{\"id\":";
        firstLeft = false;
        const auto j = jobOfOrder.find(o.orderId);
        put(out, j == jobOfOrder.end() ? std::int64_t(0) : std::int64_t(j->second));
        out += ",\"reason\":";
        putString(out, o.why.summary);
        out += '}';
    }
    out += "],\n\"skills\":{";
    bool firstSkill = true;
    for (const auto &[code, id] : m_skillIds) {
        if (!firstSkill)
            out += ',';
        firstSkill = false;
        putString(out, code);
        out += ':';
        put(out, std::int64_t(id));
    }
    out += "}}\n";
    return out;
}

} // namespace doorstep::dispatch::autodispatch
