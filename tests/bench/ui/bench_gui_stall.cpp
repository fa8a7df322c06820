// How long the console's GUI thread is busy with one event while a person
// uses the main pages on a big store: the real MainWindow (offscreen), driven
// step by step — page switches, every list scrolled deep, the order board's
// columns, filters (provider name, phone, surname, district, service, dates),
// the schedule board, the provider directory, the onboarding queue, staff and
// settings. A QApplication whose notify() times every top-level event names
// the slowest; peak RSS (getrusage) is reported at the end.
//
//   bench_gui_stall [STORE [user [password [pages]]]]
// STORE is copied to a temporary directory first (logging in writes the
// audit log), so the file given is never changed. Without STORE, or when it
// does not exist, a demo store of 100,000 orders is made (and kept at STORE);
// bench_store makes the 1,000,000-order one.
// `pages`: how many pages deep each list is scrolled (default 50: 10,000
// rows of a 200-row table, 2,500 cards of a board column).
#include "demo/demo_generator.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/paged_table_model.h"
#include "itemmodels/schedule_model.h"
#include "itemmodels/status_counts.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "ui/customers_page.h"
#include "ui/main_window.h"
#include "ui/orders/order_board.h"
#include "ui/orders_page.h"
#include "ui/privacy/retention_dialog.h"
#include "ui/providers/provider_directory_page.h"
#include "ui/providers/review_queue_page.h"
#include "ui/schedule/schedule_board.h"
#include "ui/staff_page.h"
#include "stall_meter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThreadPool>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>

using namespace doorstep;

namespace {

using bench::StallMeter;

StallMeter *meter()
{
    return static_cast<StallMeter *>(QCoreApplication::instance());
}

// Every list's first page, further page and count, and the schedule
// board's providers, read on their page's worker, have come.
bool listsLoaded()
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        for (const auto *m : w->findChildren<itemmodels::PagedTableModel *>())
            if (m->isLoading() || m->isCounting() || m->isFetching())
                return false;
        for (const auto *m : w->findChildren<itemmodels::ScheduleModel *>())
            if (m->isLoading())
                return false;
    }
    return true;
}

// Lets the GUI thread handle everything that follows a step: debounced
// filters (250 ms), repaints, fetches, worker results (the lists' first
// pages and counts, so the next step scrolls the new rows).
// How long after a step its lists waited for their worker (the GUI thread
// stays free meanwhile): what a person waits for the rows, by step.
std::map<QString, double> g_listWaits;

void settle(const std::function<bool()> &done = {})
{
    QElapsedTimer t;
    t.start();
    bool waited = false;
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(20);
        const bool loaded = listsLoaded();
        if (!loaded)
            waited = true;
        else if (waited) {
            double &w = g_listWaits[meter()->step];
            w = std::max(w, double(t.elapsed()));
            waited = false;
        }
    } while (t.elapsed() < 300 || ((!listsLoaded() || (done && !done())) && t.elapsed() < 60000));
}

// One thing a person does, as one queued call on the GUI thread (so it is
// timed like a click), then everything that follows it.
void step(const QString &name, const std::function<void()> &action, const std::function<bool()> &done = {})
{
    meter()->step = name;
    QMetaObject::invokeMethod(meter(), action, Qt::QueuedConnection);
    settle(done);
}

// Scrolls a view to its end `pages` times: each time the view asks its
// model for the next page, as when a person drags the scroll bar down.
// A page asked for on a worker is waited for (the GUI thread handles events
// meanwhile), as a person waits for the rows before scrolling on.
void scrollDeep(const QString &name, QAbstractItemView *view, int pages)
{
    auto *paged = qobject_cast<itemmodels::PagedTableModel *>(view->model());
    for (int p = 0; p < pages; ++p) {
        meter()->step = name;
        const int before = view->model()->rowCount();
        QMetaObject::invokeMethod(meter(), [view] {
            view->scrollToBottom();
            QScrollBar *bar = view->verticalScrollBar();
            bar->setValue(bar->maximum());
        }, Qt::QueuedConnection);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        if (paged) {
            QElapsedTimer wait;
            wait.start();
            while (paged->isFetching() && wait.elapsed() < 60000)
                QTest::qWait(2); // handles events, sleeps between them (the worker needs the core)
            double &w = g_listWaits[name + QStringLiteral(" (one page)")];
            w = std::max(w, double(wait.nsecsElapsed()) / 1e6);
        }
        if (view->model()->rowCount() == before && !view->model()->canFetchMore({}))
            break;
    }
    settle();
}

void type(const QString &name, QLineEdit *edit, const QString &text)
{
    meter()->step = name;
    QMetaObject::invokeMethod(meter(), [edit] { edit->clear(); }, Qt::QueuedConnection);
    QCoreApplication::processEvents();
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        QTest::keyClicks(edit, text); // key events through notify(), then the filter's pause
    } else {
        // QTest types ASCII only: a Chinese name arrives whole, as from an input method.
        QMetaObject::invokeMethod(meter(), [edit, text] { edit->setText(text); }, Qt::QueuedConnection);
    }
    settle();
}

bool countsDone(ui::OrdersPage *orders)
{
    return !orders->statusCounts()->isPending();
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

int main(int argc, char **argv)
{
    StallMeter app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments().mid(1);
    const QString user = args.value(1, QStringLiteral("admin"));
    const QString password = args.value(2, demo::DemoOptions().password);
    const int pages = args.value(3, QStringLiteral("50")).toInt();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stall.doorstep"));
    if (args.isEmpty() || !QFile::exists(args.at(0))) {
        // A named store that does not exist yet is made there and kept for the next run.
        const QString target = args.isEmpty() ? path : args.at(0);
        demo::DemoOptions options;
        options.orders = 100000;
        options.providers = 2000;
        options.kdf = store::KdfParams::fastForTests();
        out << "making a demo store of " << options.orders << " orders…\n" << Qt::flush;
        demo::createDemoStore(target, options);
    }
    if (!args.isEmpty() && !QFile::copy(args.at(0), path)) {
        std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(args.at(0)), qPrintable(path));
        return 2;
    }

    // Logging in (Argon2, opening) runs on a worker in the console; not timed here.
    auto ws = services::Workspace::login(path, user, password);
    auto &db = ws->store().db();
    const qint64 orders = db.scalar("SELECT count(*) FROM orders").toLongLong();
    const qint64 reference = db.scalar("SELECT max(window_start) FROM orders WHERE status = 'awaiting_dispatch'").toLongLong();
    const qint64 district = db.scalar("SELECT district_id FROM orders WHERE status = 'awaiting_dispatch' AND window_start = ?", reference).toLongLong();
    const qint64 category = db.scalar("SELECT category_id FROM orders WHERE status = 'awaiting_dispatch' AND window_start = ?", reference).toLongLong();
    const qint64 pendingOrder = db.scalar("SELECT id FROM orders WHERE status = 'awaiting_dispatch' AND window_start = ?", reference).toLongLong();
    const QString providerPrefix = db.scalar("SELECT substr(name, 1, 1) FROM providers LIMIT 1").toString();
    const QString customerPhone = db.scalar("SELECT c.phone FROM orders o JOIN customers c ON c.id = o.customer_id LIMIT 1").toString();
    const long rssBefore = peakRssKiB();
    out << "store: " << orders << " orders; user " << user << "; lists scrolled " << pages << " pages deep\n" << Qt::flush;

    QElapsedTimer total;
    total.start();
    std::unique_ptr<ui::MainWindow> window;
    step(QStringLiteral("open the main window"), [&] {
        window = std::make_unique<ui::MainWindow>(*ws);
        window->show();
    });
    auto *ordersPage = qobject_cast<ui::OrdersPage *>(window->page(QStringLiteral("orders")));
    settle([&] { return !ordersPage || countsDone(ordersPage); });

    if (ordersPage) {
        step(QStringLiteral("orders: show the board"), [&] { window->showPage(QStringLiteral("orders")); ordersPage->showBoard(true); });
        for (domain::OrderStatus s : domain::allOrderStatuses())
            if (QListView *column = ordersPage->board()->columnView(s))
                scrollDeep(QStringLiteral("order board: scroll a column"), column, pages);
        step(QStringLiteral("orders: show the table"), [&] { ordersPage->showBoard(false); });
        scrollDeep(QStringLiteral("orders table: scroll"), ordersPage->view(), pages);
        auto filter = [&](const QString &name, const std::function<void()> &change) {
            step(name, change, [&] { return countsDone(ordersPage); });
        };
        filter(QStringLiteral("orders: status filter"), [&] { ordersPage->statusFilter()->setCurrentIndex(ordersPage->statusFilter()->findData(QStringLiteral("completed"))); });
        filter(QStringLiteral("orders: district filter"), [&] { ordersPage->districtFilter()->setCurrentIndex(ordersPage->districtFilter()->findData(district)); });
        filter(QStringLiteral("orders: service filter"), [&] { ordersPage->categoryFilter()->setCurrentIndex(ordersPage->categoryFilter()->findData(category)); });
        filter(QStringLiteral("orders: one day"), [&] {
            ordersPage->allDates()->setChecked(false);
            ordersPage->fromDate()->setDate(QDateTime::fromSecsSinceEpoch(reference).date());
        });
        // Cleared one at a time, as a person clicks.
        filter(QStringLiteral("orders: all dates again"), [&] { ordersPage->allDates()->setChecked(true); });
        filter(QStringLiteral("orders: all statuses again"), [&] { ordersPage->statusFilter()->setCurrentIndex(0); });
        filter(QStringLiteral("orders: all districts again"), [&] { ordersPage->districtFilter()->setCurrentIndex(0); });
        filter(QStringLiteral("orders: all services again"), [&] { ordersPage->categoryFilter()->setCurrentIndex(0); });
        type(QStringLiteral("orders: provider name (one character)"), ordersPage->providerEdit(), providerPrefix);
        settle([&] { return countsDone(ordersPage); });
        scrollDeep(QStringLiteral("orders: provider name, scroll"), ordersPage->view(), pages);
        type(QStringLiteral("orders: provider name cleared"), ordersPage->providerEdit(), QString());
        settle([&] { return countsDone(ordersPage); });
        type(QStringLiteral("orders: customer phone (11 digits)"), ordersPage->searchEdit(), customerPhone);
        settle([&] { return countsDone(ordersPage); });
        type(QStringLiteral("orders: last four phone digits"), ordersPage->searchEdit(), customerPhone.right(4));
        settle([&] { return countsDone(ordersPage); });
        type(QStringLiteral("orders: surname"), ordersPage->searchEdit(), QStringLiteral("王"));
        settle([&] { return countsDone(ordersPage); });
        scrollDeep(QStringLiteral("orders: surname, scroll"), ordersPage->view(), pages);
        type(QStringLiteral("orders: search cleared"), ordersPage->searchEdit(), QString());
        settle([&] { return countsDone(ordersPage); });
        step(QStringLiteral("orders: open an order"), [&] { ordersPage->view()->selectRow(3); });
        step(QStringLiteral("orders: refresh after a change"), [&] { ordersPage->refresh(); }, [&] { return countsDone(ordersPage); });
    }

    if (auto *schedule = qobject_cast<ui::ScheduleBoard *>(window->page(QStringLiteral("schedule")))) {
        step(QStringLiteral("switch to the schedule board"), [&] { window->showPage(QStringLiteral("schedule")); });
        step(QStringLiteral("schedule: the busiest waiting day"), [&] { schedule->showDay(reference); });
        step(QStringLiteral("schedule: district"), [&] { schedule->districtFilter()->setCurrentIndex(schedule->districtFilter()->findData(district)); });
        step(QStringLiteral("schedule: service"), [&] { schedule->categoryFilter()->setCurrentIndex(schedule->categoryFilter()->findData(category)); });
        step(QStringLiteral("schedule: pick an order (providers ranked)"), [&] { schedule->selectPending(pendingOrder); });
        scrollDeep(QStringLiteral("schedule: scroll the pending orders"), schedule->pendingView(), pages);
    }

    if (auto *customers = qobject_cast<ui::CustomersPage *>(window->page(QStringLiteral("customers")))) {
        step(QStringLiteral("switch to customers"), [&] { window->showPage(QStringLiteral("customers")); });
        scrollDeep(QStringLiteral("customers: scroll"), customers->view(), pages);
        type(QStringLiteral("customers: phone digits"), customers->searchEdit(), customerPhone.right(4));
        type(QStringLiteral("customers: whole phone number"), customers->searchEdit(), customerPhone);
        type(QStringLiteral("customers: surname"), customers->searchEdit(), QStringLiteral("王"));
        scrollDeep(QStringLiteral("customers: surname, scroll"), customers->view(), pages);
        type(QStringLiteral("customers: search cleared"), customers->searchEdit(), QString());
    }

    if (auto *directory = qobject_cast<ui::ProviderDirectoryPage *>(window->page(QStringLiteral("providers")))) {
        step(QStringLiteral("switch to providers"), [&] { window->showPage(QStringLiteral("providers")); });
        scrollDeep(QStringLiteral("providers: scroll"), directory->view(), pages);
        step(QStringLiteral("providers: skill"), [&] { directory->skillFilter()->setCurrentIndex(1); });
        step(QStringLiteral("providers: district"), [&] { directory->districtFilter()->setCurrentIndex(directory->districtFilter()->findData(district)); });
        step(QStringLiteral("providers: rating"), [&] { directory->ratingFilter()->setCurrentIndex(directory->ratingFilter()->count() - 1); });
        step(QStringLiteral("providers: open flags"), [&] { directory->flagsFilter()->setChecked(true); });
        step(QStringLiteral("providers: flags off"), [&] { directory->flagsFilter()->setChecked(false); });
        step(QStringLiteral("providers: all skills"), [&] { directory->skillFilter()->setCurrentIndex(0); });
        step(QStringLiteral("providers: all districts"), [&] { directory->districtFilter()->setCurrentIndex(0); });
        step(QStringLiteral("providers: any rating"), [&] { directory->ratingFilter()->setCurrentIndex(0); });
        type(QStringLiteral("providers: name"), directory->searchEdit(), providerPrefix);
        type(QStringLiteral("providers: search cleared"), directory->searchEdit(), QString());
        step(QStringLiteral("providers: open a provider"), [&] { directory->view()->selectRow(5); });
        step(QStringLiteral("providers: expiring credentials tab"), [&] { directory->tabs()->setCurrentIndex(directory->tabs()->count() - 1); });
    }

    if (auto *queue = qobject_cast<ui::ReviewQueuePage *>(window->page(QStringLiteral("review")))) {
        step(QStringLiteral("switch to onboarding"), [&] { window->showPage(QStringLiteral("review")); });
        scrollDeep(QStringLiteral("onboarding: scroll"), queue->view(), pages);
        step(QStringLiteral("onboarding: state filter"), [&] { queue->stateFilter()->setCurrentIndex(queue->stateFilter()->count() - 1); });
        step(QStringLiteral("onboarding: all states"), [&] { queue->stateFilter()->setCurrentIndex(0); });
        step(QStringLiteral("onboarding: open an application"), [&] { queue->view()->selectRow(0); queue->openSelected(); });
        step(QStringLiteral("onboarding: back to the queue"), [&] { queue->backToQueue(); });
    }

    if (auto *staff = qobject_cast<ui::StaffPage *>(window->page(QStringLiteral("staff")))) {
        step(QStringLiteral("switch to staff"), [&] { window->showPage(QStringLiteral("staff")); });
        scrollDeep(QStringLiteral("staff: scroll"), staff->view(), pages);
    }
    if (ws->session().can(services::Permission::SettingsEdit)) {
        std::unique_ptr<ui::RetentionDialog> retention;
        step(QStringLiteral("settings: personal data retention"), [&] {
            retention = std::make_unique<ui::RetentionDialog>(*ws, window.get());
            retention->show();
        });
        step(QStringLiteral("settings: close"), [&] { retention.reset(); });
    }
    step(QStringLiteral("back to orders"), [&] { window->showPage(QStringLiteral("orders")); });
    const double totalSeconds = double(total.elapsed()) / 1000;
    QThreadPool::globalInstance()->waitForDone();

    std::vector<StallMeter::Stall> stalls;
    for (const auto &[key, s] : app.worst)
        stalls.push_back(s);
    std::sort(stalls.begin(), stalls.end(), [](const auto &a, const auto &b) { return a.ms > b.ms; });
    out << "events handled: " << app.events << " in " << QString::number(totalSeconds, 'f', 1) << " s\n";
    out << "longest GUI-thread stall: " << QString::number(stalls.empty() ? 0.0 : stalls.front().ms, 'f', 1) << " ms\n";
    out << "peak RSS: " << QString::number(double(peakRssKiB()) / 1024, 'f', 0) << " MiB (after logging in, before the window: "
        << QString::number(double(rssBefore) / 1024, 'f', 0) << " MiB)\n";
    double longestCpu = 0;
    for (const auto &s : stalls)
        longestCpu = std::max(longestCpu, s.cpuMs);
    out << "longest GUI-thread CPU time in one event: " << QString::number(longestCpu, 'f', 1) << " ms\n";
    out << "\n| ms | of which CPU | step | event |\n|---|---|---|---|\n";
    const std::size_t shown = std::min<std::size_t>(stalls.size(), 25);
    for (std::size_t i = 0; i < shown; ++i)
        out << "| " << QString::number(stalls[i].ms, 'f', 1) << " | " << QString::number(stalls[i].cpuMs, 'f', 1) << " | " << stalls[i].step
            << " | " << stalls[i].what << " |\n";
    std::vector<std::pair<double, QString>> waits;
    for (const auto &[name, ms] : g_listWaits)
        waits.emplace_back(ms, name);
    std::sort(waits.rbegin(), waits.rend());
    out << "\nlongest waits for a list's rows and count from its worker (GUI thread free meanwhile; within 20 ms):\n";
    for (std::size_t i = 0; i < std::min<std::size_t>(waits.size(), 10); ++i)
        out << "  " << QString::number(waits[i].first, 'f', 0) << " ms  " << waits[i].second << "\n";
    out << "\nsteps over 100 ms: ";
    int over = 0;
    int overCpu = 0;
    for (const auto &s : stalls) {
        over += s.ms > 100 ? 1 : 0;
        overCpu += s.cpuMs > 100 ? 1 : 0;
    }
    out << over << " (" << overCpu << " of them over 100 ms of CPU)\n";
    out << "events over 100 ms: " << app.eventsOver100 << " of " << app.events << " (over 100 ms of CPU: " << app.eventsOver100Cpu << ")\n";
    window.reset();
    return 0;
}
