// How long one sync round holds the console's GUI thread: the console's
// SyncClient pushes a large outbox and pulls pages of rows from the
// sync tests' server double (on its own thread, so its work is not counted),
// while a QApplication whose notify() times every event (stall_meter.h)
// names the longest. Meanwhile a timer on the GUI thread makes a small write
// through the spine every 20 ms, as a person's actions would: the longest of
// them is how long the GUI thread waited for the store's write lock while
// the round wrote (against the same write with no round running).
//
//   bench_sync_stall [PENDING [PULLED [PAGE]]]
// PENDING changes queued here (default 10,000 new customers, one action
// each), PULLED rows of another office served (default 20,000 customers),
// PAGE the most rows per pulled page (default: the console's, SyncClient::setPullLimit;
// within it the round sizes each page by time, sync::WriteBudget).
#include "../../services/test_store.h"
#include "../../sync/fake_server.h"
#include "../../sync/pulled_rows.h"
#include "services/customer_service.h"
#include "store/sqlite.h"
#include "sync/enrollment.h"
#include "sync/pki.h"
#include "sync/sync_client.h"
#include "stall_meter.h"

#include <QElapsedTimer>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <vector>

using namespace doorstep;
using bench::StallMeter;

namespace {

// One small action through the spine: an audit entry, nothing queued.
void guiWrite(services::ServiceLayer &s)
{
    s.perform(services::Permission::SyncRun, QStringLiteral("bench.tick"), [](services::ActionContext &ctx) {
        ctx.describe(QStringLiteral("meta"), 0);
    });
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, std::size_t(double(v.size()) * p)));
}

} // namespace

int main(int argc, char **argv)
{
    StallMeter app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    const int pending = args.value(0, QStringLiteral("10000")).toInt();
    const int pulled = args.value(1, QStringLiteral("20000")).toInt();
    const int page = args.value(2, QStringLiteral("0")).toInt(); // 0: the console's own

    // The server double on its own thread: its JSON work is not the console's.
    QThread serverThread;
    serverThread.start();
    QObject inServerThread;
    inServerThread.moveToThread(&serverThread);
    tests::FakeSyncServer *server = nullptr;
    QMetaObject::invokeMethod(&inServerThread, [&] { server = new tests::FakeSyncServer; }, Qt::BlockingQueuedConnection);
    QString enrollUrl, code, fingerprint;
    QMetaObject::invokeMethod(&inServerThread, [&] {
        enrollUrl = server->enrollmentUrl();
        code = server->enrollCode;
        fingerprint = sync::formatFingerprint(sync::fingerprintOf(QSslCertificate::fromData(server->ca.certPem).first()));
    }, Qt::BlockingQueuedConnection);

    QTemporaryDir dir;
    auto ws = tests::makeWorkspace(dir, QStringLiteral("sync-stall.doorstep"));
    auto &services = ws->services();
    {
        sync::StoreLedger ledger(services);
        sync::Enrollment(sync::directStore(ledger)).enroll({enrollUrl, fingerprint, code});
    }
    out << "queueing " << pending << " changes (one action each)…\n" << Qt::flush;
    ws->store().db().exec("PRAGMA synchronous = OFF"); // setting up only; the round runs with FULL
    for (int i = 0; i < pending; ++i)
        services::CustomerService(services).add({QStringLiteral("顾客%1").arg(i), QStringLiteral("1391234%1").arg(i % 10000, 4, 10, QChar(u'0')),
                                                 {}, 0, QStringLiteral("徐汇区"), 0, 0, {}});
    ws->store().db().exec("PRAGMA synchronous = FULL");
    QJsonArray rows{tests::otherOfficeRow()};
    tests::appendOtherCustomers(rows, 9100000, pulled);
    QMetaObject::invokeMethod(&inServerThread, [&] {
        for (const QJsonValue &r : rows)
            server->changes.append(r);
    }, Qt::BlockingQueuedConnection);

    // The same small write with no round running: what a write costs by itself.
    std::vector<double> idle;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        guiWrite(services);
        idle.push_back(double(t.nsecsElapsed()) / 1e6);
    }

    sync::SyncClient client(services);
    if (page > 0)
        client.setPullLimit(page);
    std::vector<double> writes;
    int busyErrors = 0;
    QTimer ticker;
    ticker.setObjectName(QStringLiteral("guiWrite"));
    ticker.setInterval(20);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        QElapsedTimer t;
        t.start();
        try {
            guiWrite(services);
        } catch (const services::ServiceError &) {
            ++busyErrors; // "the store is busy, try again"
        }
        writes.push_back(double(t.nsecsElapsed()) / 1e6);
    });
    bool ok = false;
    QString message;
    QObject::connect(&client, &sync::SyncClient::roundFinished, [&](bool success, const QString &text) {
        ok = success;
        message = text;
        app.quit();
    });
    app.step = QStringLiteral("sync round");
    QElapsedTimer round;
    round.start();
    ticker.start();
    QMetaObject::invokeMethod(&client, &sync::SyncClient::syncNow, Qt::QueuedConnection);
    app.exec();
    ticker.stop();
    const double roundSeconds = double(round.elapsed()) / 1000;

    std::vector<StallMeter::Stall> stalls;
    for (const auto &[key, s] : app.worst)
        if (!s.what.contains(QStringLiteral("guiWrite")))
            stalls.push_back(s);
    std::sort(stalls.begin(), stalls.end(), [](const auto &a, const auto &b) { return a.ms > b.ms; });
    out << "round: " << (ok ? "ok" : "FAILED") << " (" << message << ") in " << QString::number(roundSeconds, 'f', 1) << " s; "
        << pending << " changes pushed, " << pulled << " rows pulled in pages of " << (page > 0 ? QString::number(page) : QStringLiteral("the console's size")) << "\n";
    out << "longest GUI-thread event (the writes of the timer aside): " << QString::number(stalls.empty() ? 0.0 : stalls.front().ms, 'f', 1)
        << " ms (CPU " << QString::number(stalls.empty() ? 0.0 : stalls.front().cpuMs, 'f', 1) << " ms): "
        << (stalls.empty() ? QString() : stalls.front().what) << "\n";
    out << "events over 100 ms: " << app.eventsOver100 << " of " << app.events << " (over 100 ms of CPU: " << app.eventsOver100Cpu << ")\n";
    out << "a small spine write on the GUI thread, no round: median " << QString::number(percentile(idle, 0.5), 'f', 1) << " ms, max "
        << QString::number(percentile(idle, 1.0), 'f', 1) << " ms\n";
    out << "the same during the round (" << writes.size() << " writes): median " << QString::number(percentile(writes, 0.5), 'f', 1)
        << " ms, p99 " << QString::number(percentile(writes, 0.99), 'f', 1) << " ms, max " << QString::number(percentile(writes, 1.0), 'f', 1)
        << " ms; busy errors " << busyErrors << "; over 100 ms: " << std::count_if(writes.begin(), writes.end(), [](double w) { return w > 100; }) << "\n";
    out << "\n| ms | of which CPU | event |\n|---|---|---|\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(stalls.size(), 10); ++i)
        out << "| " << QString::number(stalls[i].ms, 'f', 1) << " | " << QString::number(stalls[i].cpuMs, 'f', 1) << " | " << stalls[i].what << " |\n";
    QMetaObject::invokeMethod(&inServerThread, [&] { delete server; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return ok ? 0 : 1;
}
