#pragma once
// `doorstep-cli vrptw FILE [--seconds N] [--iterations N] [--seed S]`: solve
// one Solomon-format VRPTW file and print the routes. The last line is always
//   vehicles=V distance=D feasible=yes|no
// with D to two decimals and feasibility from the independent checker.
//
// A time budget alone makes the result depend on the machine (how many
// iterations fit). An iteration budget makes it depend on the file and the
// seed only, so a run can be reproduced exactly; a time budget beside it is
// a cap that, when it cuts in, brings the clock back in.

#include <cstdint>
#include <iosfwd>
#include <string>

namespace doorstep::dispatch::routing {

struct VrptwCommandOptions
{
    double seconds = 10.0;        // <= 0: no time limit (then iterations must be set)
    std::uint64_t iterations = 0; // 0: no iteration limit
    unsigned seed = 1;
};

// Returns 0 on success (whatever the plan's feasibility, which the last
// line reports), 1 when the file is missing or malformed (message on err),
// 2 on bad arguments (a negative or non-finite time, or no budget at all).
int runVrptwCommand(const std::string &file, const VrptwCommandOptions &options, std::ostream &out, std::ostream &err);
// The same with a time budget only.
int runVrptwCommand(const std::string &file, double seconds, unsigned seed, std::ostream &out, std::ostream &err);

} // namespace doorstep::dispatch::routing
