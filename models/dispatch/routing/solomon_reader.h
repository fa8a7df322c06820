#pragma once
// Reader for the Solomon text format used by the Solomon and Gehring &
// Homberger VRPTW benchmarks: a name line, a VEHICLE section (fleet size,
// capacity), a CUSTOMER section with one row per node
//   CUST NO.  XCOORD.  YCOORD.  DEMAND  READY TIME  DUE DATE  SERVICE TIME
// where node 0 is the depot and its window is the planning horizon.

#include "routing/routing_problem.h"

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

namespace doorstep::dispatch::routing {

struct SolomonNode
{
    int id = 0;
    double x = 0.0;
    double y = 0.0;
    int demand = 0;
    double ready = 0.0;
    double due = 0.0;
    double service = 0.0;
};

struct SolomonInstance
{
    std::string name;
    int vehicleCount = 0;
    int capacity = 0;
    std::vector<SolomonNode> nodes; // nodes[i].id == i; nodes[0] is the depot

    int customerCount() const { return static_cast<int>(nodes.size()) - 1; }
};

// Thrown for a missing file or a malformed one; what() reads
// "<source>:<line>: <what is wrong>" so the user can fix the file.
class SolomonFormatError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

SolomonInstance parseSolomon(std::istream &in, const std::string &sourceName);
SolomonInstance readSolomonFile(const std::string &path);

// The VRPTW as a generic problem: job j is customer j + 1, location i is
// node i, `vehicleCount` identical vehicles at the depot whose shift is the
// depot's window, Euclidean travel with time = distance.
RoutingProblem toRoutingProblem(const SolomonInstance &instance);

} // namespace doorstep::dispatch::routing
