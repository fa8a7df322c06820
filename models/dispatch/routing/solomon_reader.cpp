#include "routing/solomon_reader.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <istream>
#include <sstream>

namespace doorstep::dispatch::routing {

namespace {

// Bounds on what an untrusted file may make the reader (and the solver after
// it) allocate. The largest published instances (Gehring & Homberger) have
// 1,000 customers and 250 vehicles; toRoutingProblem() builds two dense
// n x n matrices of doubles, 16 n^2 bytes: 400 MB at 5,000 nodes. Anything
// beyond is refused with a clear error instead of an out-of-memory abort.
constexpr std::size_t kMaxCustomers = 5000;
constexpr int kMaxVehicles = 5000;
constexpr std::size_t kMaxLineLength = 1024; // Solomon rows are ~80 characters
constexpr double kMaxMagnitude = 1e9;         // coordinates, times: squares stay finite

std::vector<std::string> tokens(const std::string &line)
{
    std::istringstream in(line);
    std::vector<std::string> out;
    for (std::string t; in >> t;)
        out.push_back(t);
    return out;
}

bool parseNumber(const std::string &text, double &value)
{
    const char *begin = text.data();
    const char *end = begin + text.size();
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    return ec == std::errc() && ptr == end && std::isfinite(value);
}

bool allNumeric(const std::vector<std::string> &fields)
{
    double ignored = 0.0;
    for (const auto &f : fields)
        if (!parseNumber(f, ignored))
            return false;
    return !fields.empty();
}

std::string upper(std::string s)
{
    for (char &c : s)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return s;
}

class Parser
{
public:
    Parser(std::istream &in, std::string source) : m_in(in), m_source(std::move(source)) {}

    SolomonInstance run()
    {
        SolomonInstance inst;
        readName(inst);
        readVehicles(inst);
        readCustomers(inst);
        checkSemantics(inst);
        return inst;
    }

private:
    [[noreturn]] void fail(const std::string &what, int line = -1) const
    {
        const int at = line < 0 ? m_line : line;
        throw SolomonFormatError(m_source + (at > 0 ? ":" + std::to_string(at) : std::string()) + ": " + what);
    }

    // One line of at most kMaxLineLength characters (std::getline would
    // buffer a gigabyte without a newline); false at end of input.
    bool readLine(std::string &line)
    {
        line.clear();
        std::istream::int_type c = m_in.get();
        if (c == std::istream::traits_type::eof())
            return false;
        ++m_line;
        for (; c != std::istream::traits_type::eof() && c != '\n'; c = m_in.get()) {
            if (line.size() >= kMaxLineLength)
                fail("line longer than " + std::to_string(kMaxLineLength) + " characters");
            line.push_back(static_cast<char>(c));
        }
        return true;
    }

    // Next line with any non-blank character; false at end of input.
    bool nextNonBlank(std::vector<std::string> &fields)
    {
        std::string line;
        while (readLine(line)) {
            fields = tokens(line);
            if (!fields.empty())
                return true;
        }
        return false;
    }

    void readName(SolomonInstance &inst)
    {
        std::vector<std::string> f;
        if (!nextNonBlank(f))
            fail("empty file (expected an instance name, then VEHICLE and CUSTOMER sections)");
        if (upper(f[0]) == "VEHICLE" || allNumeric(f))
            fail("expected the instance name on the first line");
        inst.name = f[0];
    }

    void readVehicles(SolomonInstance &inst)
    {
        std::vector<std::string> f;
        if (!nextNonBlank(f) || upper(f[0]) != "VEHICLE")
            fail("expected the VEHICLE section after the name");
        // Skip the "NUMBER CAPACITY" header, then expect exactly two integers.
        while (nextNonBlank(f) && !allNumeric(f)) {
            if (upper(f[0]) == "CUSTOMER")
                fail("VEHICLE section has no 'number capacity' line");
        }
        if (f.empty() || !allNumeric(f))
            fail("VEHICLE section has no 'number capacity' line");
        if (f.size() != 2)
            fail("VEHICLE line must hold two numbers (vehicle count, capacity), found " + std::to_string(f.size()));
        inst.vehicleCount = toInt(f[0], "vehicle count");
        inst.capacity = toInt(f[1], "capacity");
        if (inst.vehicleCount <= 0)
            fail("vehicle count must be positive");
        if (inst.capacity <= 0)
            fail("capacity must be positive");
        if (inst.vehicleCount > kMaxVehicles)
            fail("vehicle count " + std::to_string(inst.vehicleCount) + " is more than this reader accepts ("
                 + std::to_string(kMaxVehicles) + ")");
    }

    void readCustomers(SolomonInstance &inst)
    {
        std::vector<std::string> f;
        if (!nextNonBlank(f) || upper(f[0]) != "CUSTOMER")
            fail("expected the CUSTOMER section after the VEHICLE section");
        bool inData = false;
        while (nextNonBlank(f)) {
            if (!allNumeric(f)) {
                if (inData)
                    fail("unexpected text in the customer table: '" + f[0] + "'");
                continue; // the column header line(s)
            }
            inData = true;
            if (inst.nodes.size() > kMaxCustomers)
                fail("more than " + std::to_string(kMaxCustomers) + " customers: more than this reader accepts");
            if (f.size() != 7)
                fail("customer row must have 7 numbers (no, x, y, demand, ready, due, service), found " +
                     std::to_string(f.size()));
            SolomonNode n;
            n.id = toInt(f[0], "customer number");
            n.x = toDouble(f[1]);
            n.y = toDouble(f[2]);
            n.demand = toInt(f[3], "demand");
            n.ready = toDouble(f[4]);
            n.due = toDouble(f[5]);
            n.service = toDouble(f[6]);
            if (n.id != static_cast<int>(inst.nodes.size()))
                fail("customer numbers must run 0, 1, 2, ... in order; expected " +
                     std::to_string(inst.nodes.size()) + ", found " + std::to_string(n.id));
            if (n.demand < 0)
                fail("negative demand for customer " + std::to_string(n.id));
            if (n.ready > n.due)
                fail("ready time after due date for customer " + std::to_string(n.id));
            if (n.service < 0.0)
                fail("negative service time for customer " + std::to_string(n.id));
            if (n.demand > inst.capacity)
                fail("customer " + std::to_string(n.id) + " demands " + std::to_string(n.demand) +
                     ", more than the vehicle capacity " + std::to_string(inst.capacity));
            inst.nodes.push_back(n);
        }
    }

    void checkSemantics(const SolomonInstance &inst)
    {
        if (inst.nodes.empty())
            fail("CUSTOMER section has no rows (expected the depot as row 0)");
        if (inst.nodes.size() < 2)
            fail("CUSTOMER section has only the depot, no customers");
    }

    int toInt(const std::string &text, const char *what)
    {
        double v = 0.0;
        if (!parseNumber(text, v) || v != std::floor(v) || std::fabs(v) > 1e9)
            fail(std::string(what) + " must be a whole number, found '" + text + "'");
        return static_cast<int>(v);
    }

    double toDouble(const std::string &text)
    {
        double v = 0.0;
        if (!parseNumber(text, v))
            fail("not a number: '" + text + "'");
        if (std::fabs(v) > kMaxMagnitude)
            fail("number out of range (at most 1e9): '" + text + "'");
        return v;
    }

    std::istream &m_in;
    std::string m_source;
    int m_line = 0;
};

} // namespace

SolomonInstance parseSolomon(std::istream &in, const std::string &sourceName)
{
    return Parser(in, sourceName).run();
}

SolomonInstance readSolomonFile(const std::string &path)
{
    std::ifstream in(path);
    if (!in)
        throw SolomonFormatError(path + ": cannot open the file (missing or unreadable)");
    return parseSolomon(in, path);
}

RoutingProblem toRoutingProblem(const SolomonInstance &instance)
{
    std::vector<Point> points;
    points.reserve(instance.nodes.size());
    for (const auto &n : instance.nodes)
        points.push_back({n.x, n.y});

    std::vector<Job> jobs;
    jobs.reserve(instance.nodes.size() - 1);
    for (std::size_t i = 1; i < instance.nodes.size(); ++i) {
        const SolomonNode &n = instance.nodes[i];
        Job job;
        job.name = std::to_string(n.id);
        job.location = static_cast<LocationId>(i);
        job.window = {n.ready, n.due};
        job.serviceDuration = n.service;
        job.demand = n.demand;
        jobs.push_back(std::move(job));
    }

    const SolomonNode &depot = instance.nodes.front();
    std::vector<Vehicle> vehicles(static_cast<std::size_t>(instance.vehicleCount));
    for (std::size_t k = 0; k < vehicles.size(); ++k) {
        vehicles[k].name = "vehicle " + std::to_string(k + 1);
        vehicles[k].start = 0;
        vehicles[k].end = 0;
        vehicles[k].shift = {depot.ready, depot.due};
        vehicles[k].capacity = instance.capacity;
    }
    return RoutingProblem(std::move(jobs), std::move(vehicles), TravelMatrix::euclidean(points));
}

} // namespace doorstep::dispatch::routing
