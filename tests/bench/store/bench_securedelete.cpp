// What PRAGMA secure_delete costs when personal data is anonymised: the
// default demo store (30,000 orders, 3,750 customers), copied twice; on each
// copy the retention sweep anonymises every customer without an open order
// (the clock moved 20 years on), once with secure_delete off and once on,
// then the WAL is checkpointed into the file. Reports the time of each and
// the file sizes. The store turns it on at open (ARCHITECTURE, Personal data
// rights); the "off" run sets it off on its connection.
// Usage: bench_securedelete [orders=30000]
#include "demo/demo_generator.h"
#include "services/privacy_service.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace doorstep;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    demo::DemoOptions options;
    options.kdf = store::KdfParams::fastForTests();
    if (argc > 1)
        options.orders = QString::fromLocal8Bit(argv[1]).toInt();
    QTemporaryDir dir;
    const QString base = dir.filePath(QStringLiteral("demo.doorstep"));
    QElapsedTimer t;
    t.start();
    const demo::DemoSummary summary = demo::createDemoStore(base, options);
    out << "demo store: " << summary.orders << " orders, " << summary.customers << " customers, "
        << QFileInfo(base).size() / 1024 << " KiB, made in " << t.elapsed() << " ms\n";
    for (const bool secure : {false, true}) {
        const QString path = dir.filePath(secure ? QStringLiteral("on.doorstep") : QStringLiteral("off.doorstep"));
        QFile::copy(base, path);
        auto ws = services::Workspace::login(path, options.adminUsername, options.password);
        ws->store().db().run(secure ? "PRAGMA secure_delete = 1" : "PRAGMA secure_delete = 0");
        const qint64 later = ws->services().now() + 20LL * 366 * 86400;
        ws->services().setClock([later] { return later; });
        t.restart();
        const services::RetentionResult r = services::PrivacyService(ws->services()).retentionSweep();
        const qint64 sweepMs = t.elapsed();
        t.restart();
        ws->store().db().run("PRAGMA wal_checkpoint(TRUNCATE)");
        const qint64 checkpointMs = t.elapsed();
        ws.reset();
        out << "secure_delete " << (secure ? "on " : "off") << ": " << r.customers << " customers anonymised ("
            << r.rowsRewritten << " rows) in " << sweepMs << " ms (" << QString::number(double(sweepMs) / qMax(1, r.customers), 'f', 2)
            << " ms each), checkpoint " << checkpointMs << " ms, file " << QFileInfo(path).size() / 1024 << " KiB\n";
        out.flush();
    }
    return 0;
}
