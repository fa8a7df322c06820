#pragma once
// `doorstep-cli vrptw FILE --seconds N`: solve one Solomon-format VRPTW file
// and print the routes. The last line is always
//   vehicles=V distance=D feasible=yes|no
// with D to two decimals and feasibility from the independent checker.

#include <iosfwd>
#include <string>

namespace doorstep::dispatch::routing {

// Returns 0 on success (whatever the plan's feasibility, which the last
// line reports), 1 when the file is missing or malformed (message on err),
// 2 on bad arguments.
int runVrptwCommand(const std::string &file, double seconds, unsigned seed, std::ostream &out, std::ostream &err);

} // namespace doorstep::dispatch::routing
