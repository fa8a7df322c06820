// vrptw FILE --seconds N: the routing engine on a public benchmark instance.
#include "commands.h"

#include "routing/vrptw_command.h"

#include <iostream>

namespace doorstep::cli {

int runVrptw(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Solve a VRPTW instance in Solomon format. The last line is vehicles=V distance=D feasible=yes|no, "
        "with feasibility checked independently of the solver."));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Time budget."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    p.addOptions({seconds, seed});
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The instance file."));
    int code = Ok;
    if (!parse(p, args, {}, &code))
        return code;
    if (p.positionalArguments().size() != 1) {
        err() << "vrptw: give exactly one instance file\n";
        return Usage;
    }
    bool ok1 = false, ok2 = false;
    const double budget = p.value(seconds).toDouble(&ok1);
    const unsigned s = p.value(seed).toUInt(&ok2);
    if (!ok1 || !ok2 || budget <= 0) {
        err() << "vrptw: --seconds takes a positive number, --seed a whole number\n";
        return Usage;
    }
    out().flush();
    return dispatch::routing::runVrptwCommand(p.positionalArguments().first().toStdString(), budget, s, std::cout, std::cerr);
}

} // namespace doorstep::cli
