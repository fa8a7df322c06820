// The console's GUI thread while platform events stream in (issue #12): a
// real doorstep-server process, one office enrolled by a demo store, the
// console's real MainWindow (offscreen) on the pages a dispatcher watches —
// the order board (the simulated days), the dispatch page with its map and
// its list of orders waiting for dispatch — and doorstep-sim playing the
// office's customers and providers against the server's apps' API (HTTPS,
// on a thread of this process: its CPU is not the GUI thread's). The server
// rings the console over /v2/notify, the console pulls on its sync worker
// and the pages refresh row by row; continuous auto-dispatch (office
// setting, "assign" by default) gives the new orders to providers, so the
// providers' accepts, steps and positions stream back too.
//
// The stall meter (stall_meter.h) times every GUI-thread event (wall clock
// and the thread's CPU). How long a platform event takes to show: an app
// order's id carries the server's millisecond of creation (the id's time
// bits, node 0: the server's), compared with the moment its row is inserted
// into one of the board's models or the dispatch page's waiting list.
//
//   bench_live_stall [--minutes M] [--providers P] [--orders N] [--factor X]
//                    [--orders-per-day D] [--customers C] [--start-hour H]
//                    [--dispatch off|propose|assign] [--switch-seconds S]
#include "../../sync/server_process.h"
#include "demo/demo_generator.h"
#include "domain/order_lifecycle.h"
#include "domain/office_time.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/paged_table_model.h"
#include "itemmodels/schedule_model.h"
#include "services/office_settings.h"
#include "services/settings_service.h"
#include "services/workspace.h"
#include "sim/code_file.h"
#include "sim/https_transport.h"
#include "sim/simulator.h"
#include "store/sqlite.h"
#include "sync/enrollment.h"
#include "sync/sync_client.h"
#include "sync/sync_round.h"
#include "ui/main_window.h"
#include "ui/orders/order_board.h"
#include "ui/orders_page.h"
#include "ui/schedule/schedule_board.h"
#include "stall_meter.h"

#include <QCheckBox>
#include <QCommandLineParser>
#include <QDateEdit>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <vector>

using namespace doorstep;
using bench::StallMeter;

namespace {

StallMeter *meter()
{
    return static_cast<StallMeter *>(QCoreApplication::instance());
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().split(' ').value(0).toDouble() : 0;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(v.size() - 1, std::size_t(double(v.size()) * p)));
}

QString ms(double v)
{
    return QString::number(v, 'f', 0);
}

// The simulator on its own thread (its QNetworkAccessManager and event loop
// live there), against the server's HTTPS listener as the apps would be.
class SimThread final : public QThread
{
public:
    server::sim::SimOptions options;
    QUrl url;
    QString fingerprint;
    QString codes;
    // After run(): what the simulator did.
    QString summary;
    int requests = 0;
    int errors = 0;
    int ordersCreated = 0;
    double p99 = 0;

    void stopSoon()
    {
        const QMutexLocker lock(&m_mutex);
        if (m_sim)
            m_sim->stop(); // sets a flag: the run ends at its next tick
    }

protected:
    void run() override
    {
        try {
            server::sim::HttpsTransport transport(url, fingerprint);
            server::sim::CodeFileReader reader(codes);
            server::sim::Simulator sim(options, transport, [&reader](const QString &phone) { return reader.codeFor(phone); });
            {
                const QMutexLocker lock(&m_mutex);
                m_sim = &sim;
            }
            sim.run();
            {
                const QMutexLocker lock(&m_mutex);
                m_sim = nullptr;
            }
            const auto &s = sim.stats();
            summary = s.summary();
            requests = s.requests();
            errors = s.errors();
            ordersCreated = s.counter(QStringLiteral("orders_created"));
            p99 = s.percentileAll(99);
        } catch (const std::exception &e) {
            summary = QString::fromUtf8(e.what());
        }
    }

private:
    QMutex m_mutex;
    server::sim::Simulator *m_sim = nullptr;
};

// Where app orders first showed, and how the watched models changed.
struct Arrivals
{
    // Orders the server made before this are not timed (none until the run starts).
    qint64 sinceMs = std::numeric_limits<qint64>::max();
    QSet<qint64> onBoard;
    QSet<qint64> inQueue;
    std::vector<double> boardMs; // the server's creation -> the first row anywhere on the board
    std::vector<double> queueMs; // the same, the dispatch page's waiting list
    int inserted = 0, removed = 0, moved = 0, changed = 0, resets = 0;

    // The server's own ids (node 0) carry their millisecond of creation.
    static qint64 createdMs(qint64 id)
    {
        constexpr qint64 kIdEpochMs = 1704067200000; // store/ids.cpp, server/api: 2024-01-01 UTC
        return ((id >> 12) & 0x3ff) == 0 ? (id >> 22) + kIdEpochMs : 0;
    }

    void seen(QAbstractItemModel *model, int first, int last, bool queue)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (int row = first; row <= last; ++row) {
            const qint64 id = model->index(row, 0).data(itemmodels::PagedTableModel::IdRole).toLongLong();
            const qint64 created = createdMs(id);
            if (created == 0 || created < sinceMs)
                continue;
            QSet<qint64> &set = queue ? inQueue : onBoard;
            if (set.contains(id))
                continue;
            set.insert(id);
            (queue ? queueMs : boardMs).push_back(double(now - created));
        }
    }

    void watch(QAbstractItemModel *model, bool queue)
    {
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [this, model, queue](const QModelIndex &, int first, int last) {
            ++inserted;
            seen(model, first, last, queue);
        });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, [this] { ++removed; });
        QObject::connect(model, &QAbstractItemModel::rowsMoved, model, [this] { ++moved; });
        QObject::connect(model, &QAbstractItemModel::dataChanged, model, [this] { ++changed; });
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this, model, queue] {
            ++resets;
            seen(model, 0, model->rowCount() - 1, queue);
        });
    }
};

// A dispatcher who has scrolled each list to its end: every order the
// filter matches is loaded, so an arriving order shows in the model whatever
// its place (a refresh re-reads as many rows as are loaded).
void keepLoaded(itemmodels::PagedTableModel *model)
{
    const auto more = [model] {
        if (!model->isLoading() && model->canFetchMore({}))
            model->fetchMore({});
    };
    QObject::connect(model, &itemmodels::PagedTableModel::fetched, model, more, Qt::QueuedConnection);
    QObject::connect(model, &itemmodels::PagedTableModel::refreshed, model, more, Qt::QueuedConnection);
    QObject::connect(model, &itemmodels::PagedTableModel::loaded, model, more, Qt::QueuedConnection);
    QMetaObject::invokeMethod(model, more, Qt::QueuedConnection);
}

// The GUI thread handles events until `done` or the time is up.
void waitFor(const std::function<bool()> &done, int maxMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < maxMs)
        QTest::qWait(20);
}

// One thing a person does, as one queued call (timed like a click).
void post(const QString &step, const std::function<void()> &action)
{
    QMetaObject::invokeMethod(meter(), [step, action] {
        meter()->step = step;
        action();
    }, Qt::QueuedConnection);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    StallMeter app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption minutesOpt(QStringLiteral("minutes"), QStringLiteral("Wall-clock minutes of streaming (default 4)."), QStringLiteral("m"), QStringLiteral("4"));
    const QCommandLineOption providersOpt(QStringLiteral("providers"), QStringLiteral("The demo office's providers, all simulated (default 100)."), QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption ordersOpt(QStringLiteral("orders"), QStringLiteral("The demo store's orders (default 3000)."), QStringLiteral("n"), QStringLiteral("3000"));
    const QCommandLineOption factorOpt(QStringLiteral("factor"), QStringLiteral("Simulated seconds per second (default 60)."), QStringLiteral("x"), QStringLiteral("60"));
    const QCommandLineOption perDayOpt(QStringLiteral("orders-per-day"), QStringLiteral("App orders a whole simulated day brings (default 1500)."), QStringLiteral("n"), QStringLiteral("1500"));
    const QCommandLineOption customersOpt(QStringLiteral("customers"), QStringLiteral("Simulated customers (default 400)."), QStringLiteral("n"), QStringLiteral("400"));
    const QCommandLineOption hourOpt(QStringLiteral("start-hour"), QStringLiteral("Simulated local hour the run starts at, tomorrow (default 8)."), QStringLiteral("h"), QStringLiteral("8"));
    const QCommandLineOption dispatchOpt(QStringLiteral("dispatch"), QStringLiteral("Continuous auto-dispatch: off, propose or assign (default assign)."), QStringLiteral("mode"), QStringLiteral("assign"));
    const QCommandLineOption switchOpt(QStringLiteral("switch-seconds"), QStringLiteral("How often the dispatcher switches between the board and the map (default 20)."), QStringLiteral("s"), QStringLiteral("20"));
    p.addOptions({minutesOpt, providersOpt, ordersOpt, factorOpt, perDayOpt, customersOpt, hourOpt, dispatchOpt, switchOpt});
    p.process(app);
    const double minutes = p.value(minutesOpt).toDouble();
    const double factor = p.value(factorOpt).toDouble();
    const QString dispatchMode = p.value(dispatchOpt);
    const QStringList modes{QStringLiteral("off"), QStringLiteral("propose"), QStringLiteral("assign")};
    if (minutes <= 0 || factor <= 0 || !modes.contains(dispatchMode)) {
        std::fprintf(stderr, "bench_live_stall: bad --minutes, --factor or --dispatch (see --help)\n");
        return 2;
    }

    // The office's store: the console's demo, enrolled as a console does.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.doorstep"));
    demo::DemoOptions demoOptions;
    demoOptions.orders = p.value(ordersOpt).toInt();
    demoOptions.providers = p.value(providersOpt).toInt();
    demoOptions.kdf = store::KdfParams::fastForTests();
    out << "making a demo store of " << demoOptions.orders << " orders, " << demoOptions.providers << " providers…\n" << Qt::flush;
    demo::createDemoStore(path, demoOptions);
    auto ws = services::Workspace::login(path, demoOptions.adminUsername, demoOptions.password);
    store::Database &db = ws->store().db();
    const qint64 officeId = ws->services().session().officeId;
    const QString officeCode = db.scalar("SELECT code FROM offices WHERE id = ?", officeId).toString();
    const QString officeName = db.scalar("SELECT name FROM offices WHERE id = ?", officeId).toString();
    QStringList adcodes;
    {
        auto st = db.prepare("SELECT adcode FROM districts WHERE office_id = ? ORDER BY adcode");
        st.bind(1, officeId);
        while (st.next())
            adcodes << st.text(0);
    }

    tests::ServerProcess platform;
    const QString codesFile = dir.filePath(QStringLiteral("server.codes"));
    platform.runOptions = {QStringLiteral("--enroll-rate"), QStringLiteral("0"), QStringLiteral("--demo-codes"), codesFile};
    if (!platform.init()) {
        std::fprintf(stderr, "%s\n", qPrintable(platform.error()));
        return 1;
    }
    const QString enrollCode = platform.addOffice(officeCode, officeName, adcodes);
    if (enrollCode.isEmpty() || !platform.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(platform.error()));
        return 1;
    }
    out << "enrolling " << officeCode << " (" << adcodes.size() << " districts) with the server…\n" << Qt::flush;
    {
        sync::StoreLedger ledger(ws->services());
        sync::Enrollment(sync::directStore(ledger)).enroll({platform.enrollUrl(), platform.fingerprint(), enrollCode});
    }
    services::SettingsService(ws->services()).set(services::settings::ContinuousDispatch, double(modes.indexOf(dispatchMode)));

    QList<server::sim::ProviderLogin> logins;
    for (const QString &line : platform.providerCredentials(officeCode)) {
        const QStringList words = line.simplified().split(u' ');
        bool ok = false;
        const qint64 id = words.value(0).toLongLong(&ok);
        if (ok && words.size() == 2)
            logins.append({id, words.at(1)});
    }

    // The simulated span: tomorrow (Shanghai) from the start hour, as long as
    // the wall-clock minutes at the factor.
    const QDate simDay = QDateTime::currentDateTimeUtc().toTimeZone(domain::officeTimeZone()).date().addDays(1);
    const qint64 simFrom = QDateTime(simDay, QTime(p.value(hourOpt).toInt(), 0), domain::officeTimeZone()).toSecsSinceEpoch();
    SimThread sim;
    sim.url = QUrl(platform.enrollUrl());
    sim.fingerprint = platform.fingerprint();
    sim.codes = codesFile;
    sim.options.providers = logins;
    sim.options.timeFactor = factor;
    sim.options.script.seed = 20261203;
    sim.options.script.from = simFrom;
    sim.options.script.to = simFrom + qint64(minutes * 60 * factor);
    sim.options.script.customers = p.value(customersOpt).toInt();
    sim.options.script.ordersPerDay = p.value(perDayOpt).toInt();
    sim.options.script.districts = adcodes;
    // The server keeps the wall clock (sign-in codes, accept timeouts,
    // positions); the orders' windows are simulated times, later than it.
    sim.options.serverClock = [] { return QDateTime::currentSecsSinceEpoch(); };

    // The dispatcher's pages.
    meter()->step = QStringLiteral("open the main window");
    std::unique_ptr<ui::MainWindow> window;
    QMetaObject::invokeMethod(meter(), [&] {
        window = std::make_unique<ui::MainWindow>(*ws);
        window->show();
    }, Qt::QueuedConnection);
    waitFor([&] { return window != nullptr; }, 60000);
    auto *orders = qobject_cast<ui::OrdersPage *>(window->page(QStringLiteral("orders")));
    auto *dispatch = qobject_cast<ui::ScheduleBoard *>(window->page(QStringLiteral("schedule")));
    if (!orders || !dispatch) {
        std::fprintf(stderr, "the admin sees no orders or dispatch page\n");
        return 1;
    }
    post(QStringLiteral("set up the pages"), [&] {
        // The board on the simulated day and the next (the app orders' windows).
        orders->allDates()->setChecked(false);
        orders->fromDate()->setDate(simDay);
        orders->toDate()->setDate(simDay.addDays(1));
        orders->showBoard(true);
        dispatch->showDay(simFrom);
        dispatch->showMap(true);
        window->showPage(QStringLiteral("orders"));
    });
    QTest::qWait(3000);
    waitFor([&] { return window->syncClient()->liveConnected() && !window->syncClient()->busy(); }, 30000);
    QTest::qWait(1000);

    Arrivals arrivals;
    for (domain::OrderStatus s : domain::allOrderStatuses())
        if (auto *column = orders->board()->column(s)) {
            arrivals.watch(column, false);
            keepLoaded(column);
        }
    arrivals.watch(orders->model(), false);
    keepLoaded(orders->model());
    arrivals.watch(dispatch->pendingModel(), true);
    keepLoaded(dispatch->pendingModel());
    QTest::qWait(2000);
    arrivals.sinceMs = QDateTime::currentMSecsSinceEpoch();
    int rounds = 0, failedRounds = 0, storeChanges = 0;
    qint64 rowsPulled = 0;
    static const QRegularExpression pulledRe(QStringLiteral("received (\\d+)"));
    QObject::connect(window->syncClient(), &sync::SyncClient::roundFinished, [&](bool ok, const QString &message) {
        ++rounds;
        failedRounds += ok ? 0 : 1;
        rowsPulled += pulledRe.match(message).captured(1).toLongLong();
    });
    QObject::connect(window->syncClient(), &sync::SyncClient::storeChanged, [&] { ++storeChanges; });

    // Load average every five seconds (other helpers share the two cores).
    double loadMin = loadAverage(), loadMax = loadMin;
    QTimer loadTimer;
    loadTimer.setObjectName(QStringLiteral("benchLoad"));
    QObject::connect(&loadTimer, &QTimer::timeout, [&] {
        const double l = loadAverage();
        loadMin = std::min(loadMin, l);
        loadMax = std::max(loadMax, l);
    });
    loadTimer.start(5000);

    // The dispatcher looks at the board, then the dispatch page's map and
    // waiting list, and back.
    bool onBoard = true;
    QTimer switcher;
    switcher.setObjectName(QStringLiteral("benchSwitch"));
    auto streamingStep = [&] {
        return onBoard ? QStringLiteral("streaming: order board shown") : QStringLiteral("streaming: dispatch page (map, waiting list) shown");
    };
    QObject::connect(&switcher, &QTimer::timeout, [&] {
        onBoard = !onBoard;
        post(onBoard ? QStringLiteral("switch to the order board") : QStringLiteral("switch to the dispatch page"),
             [&] { window->showPage(onBoard ? QStringLiteral("orders") : QStringLiteral("schedule")); });
        post(streamingStep(), [] {});
    });

    out << "streaming: " << logins.size() << " simulated providers, " << sim.options.script.customers << " customers, "
        << sim.options.script.ordersPerDay << " orders a day, " << factor << "× from " << simDay.toString(Qt::ISODate) << " "
        << p.value(hourOpt) << ":00 for " << minutes << " min; continuous dispatch " << dispatchMode << "\n" << Qt::flush;
    const double cpuBefore = threadCpuMs();
    const int eventsBefore = meter()->events;
    meter()->worst.clear();
    meter()->layouts.clear();
    meter()->eventsOver100 = 0;
    meter()->eventsOver100Cpu = 0;
    meter()->step = streamingStep();
    QElapsedTimer wall;
    wall.start();
    sim.start();
    switcher.start(p.value(switchOpt).toInt() * 1000);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&] { sim.stopSoon(); });
    deadline.start(int(minutes * 60000) + 30000); // the simulator ends its span by itself; this is the backstop
    waitFor([&] { return sim.isFinished(); }, int(minutes * 60000) + 120000);
    sim.stopSoon();
    sim.wait();
    switcher.stop();
    // The last notices' pulls and refreshes.
    meter()->step = QStringLiteral("after the simulator ended");
    QTest::qWait(5000);
    waitFor([&] { return !window->syncClient()->busy(); }, 30000);
    const double seconds = double(wall.elapsed()) / 1000;
    const double guiCpu = threadCpuMs() - cpuBefore;
    loadTimer.stop();

    std::vector<StallMeter::Stall> stalls;
    for (const auto &[key, s] : meter()->worst)
        if (!s.what.contains(QStringLiteral("bench")))
            stalls.push_back(s);
    std::sort(stalls.begin(), stalls.end(), [](const auto &a, const auto &b) { return a.ms > b.ms; });
    const auto longestCpu = std::max_element(stalls.begin(), stalls.end(), [](const auto &a, const auto &b) { return a.cpuMs < b.cpuMs; });

    out << "\nsimulator: " << sim.ordersCreated << " app orders, " << sim.requests << " requests, " << sim.errors << " errors, p99 "
        << QString::number(sim.p99, 'f', 1) << " ms\n" << sim.summary;
    out << "load average (1 min) during the run: " << QString::number(loadMin, 'f', 1) << "–" << QString::number(loadMax, 'f', 1)
        << " on " << QThread::idealThreadCount() << " cores\n";
    out << "run: " << QString::number(seconds, 'f', 0) << " s; sync rounds " << rounds << " (" << failedRounds << " failed, "
        << QString::number(rounds / seconds, 'f', 2) << "/s), rows pulled " << rowsPulled << " (" << QString::number(double(rowsPulled) / seconds, 'f', 1)
        << "/s), worker commits signalled " << storeChanges << "\n";
    out << "GUI thread: " << (meter()->events - eventsBefore) << " events, CPU " << ms(guiCpu) << " ms ("
        << QString::number(guiCpu / seconds / 10, 'f', 1) << "% of a core)\n";
    out << "longest GUI-thread event: " << QString::number(stalls.empty() ? 0.0 : stalls.front().ms, 'f', 1) << " ms (CPU "
        << QString::number(stalls.empty() ? 0.0 : stalls.front().cpuMs, 'f', 1) << " ms): "
        << (stalls.empty() ? QString() : stalls.front().step + u" / " + stalls.front().what) << "\n";
    out << "longest GUI-thread CPU in one event: " << QString::number(longestCpu == stalls.end() ? 0.0 : longestCpu->cpuMs, 'f', 1) << " ms ("
        << (longestCpu == stalls.end() ? QString() : longestCpu->step + u" / " + longestCpu->what) << ")\n";
    out << "events over 100 ms: " << meter()->eventsOver100 << " (over 100 ms of CPU: " << meter()->eventsOver100Cpu << ")\n";
    auto latency = [&](const char *where, const std::vector<double> &v) {
        out << "app order created at the server -> its row in " << where << ": " << v.size() << " orders, median " << ms(percentile(v, 0.5))
            << " ms, p95 " << ms(percentile(v, 0.95)) << " ms, max " << ms(percentile(v, 1.0)) << " ms; over 2 s: "
            << std::count_if(v.begin(), v.end(), [](double x) { return x > 2000; }) << "\n";
    };
    latency("the order board (a column or the table)", arrivals.boardMs);
    latency("the dispatch page's waiting list", arrivals.queueMs);
    out << "layouts:";
    for (const auto &[what, tally] : meter()->layouts)
        out << " " << what << " " << tally.count << " (" << ms(tally.ms) << " ms, CPU " << ms(tally.cpuMs) << " ms);";
    out << "\n";
    out << "watched models: " << arrivals.inserted << " inserts, " << arrivals.removed << " removals, " << arrivals.moved << " moves, "
        << arrivals.changed << " row repaints, " << arrivals.resets << " resets\n";
    out << "\n| ms | of which CPU | step | event |\n|---|---|---|---|\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(stalls.size(), 15); ++i)
        out << "| " << QString::number(stalls[i].ms, 'f', 1) << " | " << QString::number(stalls[i].cpuMs, 'f', 1) << " | " << stalls[i].step
            << " | " << stalls[i].what << " |\n";
    out << Qt::flush;
    window.reset();
    return sim.errors == 0 && failedRounds == 0 ? 0 : 1;
}
