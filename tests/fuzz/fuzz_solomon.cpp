// libFuzzer harness for the Solomon VRPTW reader (routing/solomon_reader.h):
// any text is either an instance that keeps the reader's promises or a
// SolomonFormatError, never a crash.
#include "routing/solomon_reader.h"

#include <cstdlib>
#include <sstream>

using namespace doorstep::dispatch::routing;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char *>(data), size));
    SolomonInstance inst;
    try {
        inst = parseSolomon(in, "fuzz");
    } catch (const SolomonFormatError &) {
        return 0;
    }
    if (inst.nodes.size() < 2 || inst.vehicleCount <= 0 || inst.capacity <= 0)
        std::abort();
    for (std::size_t i = 0; i < inst.nodes.size(); ++i) {
        const SolomonNode &n = inst.nodes[i];
        if (n.id != int(i) || n.demand < 0 || n.demand > inst.capacity || n.ready > n.due || n.service < 0)
            std::abort();
    }
    // toRoutingProblem() allocates one vehicle per declared vehicle and a
    // node x node matrix: sizes are bounded by the import, not here (see
    // tests/fuzz/README.md), so only modest instances are converted.
    if (inst.vehicleCount <= 1000 && inst.nodes.size() <= 300) {
        const RoutingProblem problem = toRoutingProblem(inst);
        (void)problem;
    }
    return 0;
}
