// vrptw FILE [--seconds N] [--iterations N] [--seed S]: the routing engine on
// a public benchmark instance.
#include "commands.h"

#include "routing/vrptw_command.h"

#include <iostream>

namespace doorstep::cli {

int runVrptw(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Solve a VRPTW instance in Solomon format. The last line is vehicles=V distance=D feasible=yes|no, "
        "with feasibility checked independently of the solver. With --iterations the result depends on the "
        "file and the seed only (exactly reproducible); --seconds is then a cap, and without --iterations the budget."));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Time budget (default 10, or none with --iterations)."),
                                     QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption iterations(QStringLiteral("iterations"), QStringLiteral("Iteration budget: reproducible runs."),
                                        QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("1"));
    p.addOptions({seconds, iterations, seed});
    p.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The instance file."));
    int code = Ok;
    if (!parse(p, args, {}, &code))
        return code;
    if (p.positionalArguments().size() != 1) {
        err() << "vrptw: give exactly one instance file\n";
        return Usage;
    }
    dispatch::routing::VrptwCommandOptions options;
    bool ok1 = true, ok2 = true, ok3 = false;
    // An iteration budget alone runs to the end of its iterations; a time
    // limit is applied only when asked for.
    const bool timed = p.isSet(seconds) || !p.isSet(iterations);
    options.seconds = timed ? p.value(seconds).toDouble(&ok1) : 0.0;
    if (p.isSet(iterations))
        options.iterations = p.value(iterations).toULongLong(&ok2);
    options.seed = p.value(seed).toUInt(&ok3);
    if (!ok1 || !ok2 || !ok3 || (timed && !(options.seconds > 0)) || (p.isSet(iterations) && options.iterations == 0)) {
        err() << "vrptw: --seconds takes a positive number, --iterations a positive whole number, --seed a whole number\n";
        return Usage;
    }
    out().flush();
    return dispatch::routing::runVrptwCommand(p.positionalArguments().first().toStdString(), options, std::cout, std::cerr);
}

} // namespace doorstep::cli
