// The order detail export of a whole store, as `doorstep-cli report orders`
// runs it: rows per second and the process's peak memory (getrusage
// ru_maxrss), one format per process so each peak is its own.
//
//   bench_report_export STORE xlsx|csv|pdf [user [password]]
// STORE is copied to a temporary directory first (logging in and the export's
// audit entry write to it), so the file given is never changed. The period is
// every office day that has orders.
#include "domain/office_time.h"
#include "reports/report_export.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace doorstep;

namespace {
double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // KiB on Linux
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const auto format = reports::formatFromKey(args.value(1));
    if (args.size() < 2 || !QFile::exists(args[0]) || !format) {
        std::fprintf(stderr, "usage: bench_report_export STORE xlsx|csv|pdf [user [password]]\n");
        return 1;
    }
    QTemporaryDir dir(QFileInfo(args[0]).absolutePath() + QStringLiteral("/bench-report-XXXXXX"));
    const QString copy = dir.filePath(QStringLiteral("store.doorstep"));
    QElapsedTimer t;
    t.start();
    if (!QFile::copy(args[0], copy)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args[0]));
        return 1;
    }
    std::printf("copied the store in %.1f s\n", t.elapsed() / 1000.0);
    try {
        auto ws = services::Workspace::login(copy, args.value(2, QStringLiteral("admin")), args.value(3, QStringLiteral("doorstep-demo")));
        auto &db = ws->store().db();
        reports::ExportRequest r;
        r.kind = QStringLiteral("orders");
        r.format = *format;
        r.path = dir.filePath(QStringLiteral("orders") + reports::formatSuffix(*format));
        r.params.filter.period = {domain::officeDay(db.scalar("SELECT min(window_start) FROM orders").toLongLong()),
                                  domain::officeDay(db.scalar("SELECT max(window_start) FROM orders").toLongLong())};
        const double before = peakMiB();
        t.restart();
        qint64 lastShown = 0;
        const reports::ExportResult result = reports::ReportExport(ws->services()).run(r, [&](qint64 done, qint64 total) {
            if (done - lastShown >= 100'000) {
                lastShown = done;
                std::fprintf(stderr, "  %lld / %lld rows, %.0f s, peak %.0f MiB\n", (long long)done, (long long)total,
                             t.elapsed() / 1000.0, peakMiB());
            }
            return true;
        });
        const double secs = t.elapsed() / 1000.0;
        std::printf("%s: %lld rows in %.1f s = %.0f rows/s; file %.1f MiB; peak RSS %.0f MiB (%.0f MiB after login)\n",
                    qPrintable(reports::formatKey(*format)), (long long)result.rows, secs, result.rows / secs,
                    QFileInfo(r.path).size() / 1048576.0, peakMiB(), before);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    return 0;
}
