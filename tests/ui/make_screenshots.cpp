// Screenshots of the console for README and issues, on a real store (the demo):
//   doorstep_screenshots STORE OUTDIR [zh_CN|en] [user] [password]
// Logs in as `user` (default: dispatcher; password default: doorstep-demo) and saves
//   order-board.png              the order board (status columns) with the first card's detail
//   main-window-orders.png       the same orders as a table, the first one selected
//   schedule-board.png           the schedule board on the day of the nearest pending order,
//                                that order selected, providers ranked for it
//   dispatch-map-LANG.png        the board's map tab, same order and day
//   auto-dispatch-proposals.png  auto-dispatch over the busiest waiting morning to come,
//                                an order left out (if any) selected with its reason
// then, as the demo's `supervisor` (same password):
//   review-page.png              the first new application with all its scans, its health
//                                certificate in the viewer
//   provider-directory.png       the provider directory with a provider's profile
// and as `admin`:
//   main-window-customers.png, main-window-staff.png
// A screen whose account does not exist or cannot see the page is skipped with a note.
// With --live SECONDS it watches the demo while doorstep-sim plays it instead
// (liveScreens below).
// Not a test: it asserts nothing; the tests under tests/ui test the same screens.
#include "domain/complaint_states.h"
#include "domain/office_time.h"
#include "itemmodels/applications_model.h"
#include "itemmodels/complaints_model.h"
#include "itemmodels/continuous_dispatch.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/schedule_model.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "ui/aftersales/complaints_page.h"
#include "ui/main_window.h"
#include "ui/orders/order_board.h"
#include "ui/orders_page.h"
#include "ui/stats/stats_page.h"
#include "ui/providers/credential_card.h"
#include "ui/providers/provider_detail_pane.h"
#include "ui/providers/provider_directory_page.h"
#include "ui/providers/review_page.h"
#include "ui/providers/review_queue_page.h"
#include "ui/schedule/auto_dispatch_dialog.h"
#include "ui/schedule/auto_dispatch_proposals_model.h"
#include "ui/schedule/schedule_board.h"
#include "ui/schedule/schedule_timeline.h"
#include "wait_loaded.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QTranslator>

#include <algorithm>
#include <cstdio>

using namespace doorstep;

namespace {

struct Shots
{
    QString store;
    QDir out;
    QString password;
    int failures = 0;

    std::unique_ptr<services::Workspace> login(const QString &user)
    {
        try {
            return services::Workspace::login(store, user, password);
        } catch (const std::exception &e) {
            std::fprintf(stderr, "skipping %s's screens: %s\n", qPrintable(user), e.what());
            return nullptr;
        }
    }

    // Lets layouts, debounced searches and repaints run before the grab. A
    // tool, not a test: there is no condition to wait for, only the event loop.
    void save(QWidget *widget, const QString &name)
    {
        QTest::qWait(200);
        if (!widget->grab().save(out.filePath(name))) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(out.filePath(name)));
            ++failures;
        }
    }
};

void note(const char *what)
{
    std::fprintf(stderr, "skipping %s: not available to this account or store\n", what);
}

void orderScreens(Shots &shots, ui::MainWindow &window)
{
    auto *orders = qobject_cast<ui::OrdersPage *>(window.page(QStringLiteral("orders")));
    if (!orders)
        return note("the order screens");
    window.showPage(QStringLiteral("orders"));
    orders->showBoard(true);
    if (auto *awaiting = orders->board()->columnView(domain::OrderStatus::AwaitingDispatch); awaiting && awaiting->model()->rowCount())
        awaiting->setCurrentIndex(awaiting->model()->index(0, 0));
    shots.save(&window, QStringLiteral("order-board.png"));
    orders->showBoard(false);
    orders->view()->selectRow(0);
    shots.save(&window, QStringLiteral("main-window-orders.png"));
}

void scheduleScreen(Shots &shots, ui::MainWindow &window, services::Workspace &ws)
{
    auto *board = qobject_cast<ui::ScheduleBoard *>(window.page(QStringLiteral("schedule")));
    if (!board)
        return note("schedule-board.png");
    window.showPage(QStringLiteral("schedule"));
    // Of the coming days with pending orders, the one with most jobs already
    // planned, so the board shows a working day; its earliest pending order.
    auto &db = ws.store().db();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 order = 0;
    qint64 bestJobs = -1;
    for (int d = 0; d < 4; ++d) {
        const qint64 day = domain::officeDayStart(now) + d * 86400;
        const qint64 jobs = db.scalar("SELECT count(*) FROM orders WHERE planned_start >= ? AND planned_start < ? AND status <> 'cancelled'",
                                      day, day + 86400).toLongLong();
        const qint64 pending = db.scalar("SELECT id FROM orders WHERE status = 'awaiting_dispatch' AND window_start >= ? AND window_start < ?"
                                         " ORDER BY window_start LIMIT 1", std::max(day, now), day + 86400).toLongLong();
        if (pending && jobs > bestJobs) {
            bestJobs = jobs;
            order = pending;
        }
    }
    if (!order)
        order = db.scalar("SELECT id FROM orders WHERE status = 'awaiting_dispatch' ORDER BY window_start DESC LIMIT 1").toLongLong();
    if (order) {
        board->showDay(db.scalar("SELECT window_start FROM orders WHERE id = ?", order).toLongLong());
        board->selectPending(order);
        board->timeline()->setFocus();
    }
    // The providers' days are read on the board's worker.
    if (!QTest::qWaitFor([board] { return !board->isLoading(); }, 10000))
        std::fprintf(stderr, "schedule-board.png: the board did not load within 10 s\n");
    shots.save(&window, QStringLiteral("schedule-board.png"));
}

// The same board's map tab (the order still selected: its candidates numbered,
// the best one's planned route drawn), named by language: dispatch-map-zh_CN.png,
// dispatch-map-en.png. With the store's tile settings; none in the demo, so
// the districts on a plain ground, as an office without tiles sees it.
void mapScreen(Shots &shots, ui::MainWindow &window)
{
    auto *board = qobject_cast<ui::ScheduleBoard *>(window.page(QStringLiteral("schedule")));
    if (!board)
        return note("dispatch-map.png");
    board->showMap(true);
    if (!QTest::qWaitFor([board] { return !board->isLoading(); }, 10000))
        std::fprintf(stderr, "dispatch-map.png: the board did not load within 10 s\n");
    // The provider with the fullest day, so a route shows.
    int busiest = -1;
    for (int row = 0; row < board->scheduleModel()->rowCount(); ++row)
        if (busiest < 0 || board->scheduleModel()->jobs(row).size() > board->scheduleModel()->jobs(busiest).size())
            busiest = row;
    if (busiest >= 0)
        board->timeline()->setCurrentRow(busiest);
    shots.save(&window, QStringLiteral("dispatch-map-%1.png").arg(QLocale().name().section(QLatin1Char('_'), 0, 0) == QLatin1String("en") ? QStringLiteral("en") : QLocale().name()));
    board->showMap(false);
}

void autoDispatchScreen(Shots &shots, ui::MainWindow &window, services::Workspace &ws)
{
    auto *board = qobject_cast<ui::ScheduleBoard *>(window.page(QStringLiteral("schedule")));
    if (!board || !board->autoDispatchButton()->isEnabled())
        return note("auto-dispatch-proposals.png");
    // The busiest waiting morning (08:00-12:00 office time) from now on.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 morning = ws.store().db().scalar(
        "SELECT (window_start + 28800) / 86400 * 86400 - 28800 AS d FROM orders"
        " WHERE status = 'awaiting_dispatch' AND window_start > ?"
        " AND (window_start + 28800) % 86400 < 43200 GROUP BY d ORDER BY count(*) DESC LIMIT 1", now).toLongLong();
    if (!morning)
        return note("auto-dispatch-proposals.png (no waiting morning)");
    window.showPage(QStringLiteral("schedule"));
    board->showDay(morning + 9 * 3600);
    QPointer<ui::AutoDispatchDialog> dialog = board->runAutoDispatch();
    if (!dialog)
        return note("auto-dispatch-proposals.png");
    dialog->timeRangeCheck()->setChecked(true);
    dialog->fromEdit()->setTime(QTime(8, 0));
    dialog->toEdit()->setTime(QTime(12, 0));
    QSignalSpy finished(dialog.data(), &ui::AutoDispatchDialog::runFinished);
    dialog->runButton()->click();
    if (finished.isEmpty() && !finished.wait(120000)) {
        std::fprintf(stderr, "auto-dispatch did not finish in two minutes\n");
        ++shots.failures;
        return;
    }
    // Show an order left out with its reason, too, if there is one; wide
    // enough that the reasons can be read whole.
    dialog->resize(1600, 660);
    dialog->table()->setFocus();
    for (int row = 0; row < dialog->model()->rowCount(); ++row)
        if (!dialog->model()->proposals().at(row).assigned) {
            dialog->table()->scrollTo(dialog->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
            dialog->table()->selectRow(row);
            break;
        }
    shots.save(dialog, QStringLiteral("auto-dispatch-proposals.png"));
    dialog->reject();
}

void reviewScreen(Shots &shots, ui::MainWindow &window, services::Workspace &ws)
{
    auto *queue = qobject_cast<ui::ReviewQueuePage *>(window.page(QStringLiteral("review")));
    if (!queue)
        return note("review-page.png");
    window.showPage(QStringLiteral("review"));
    // The first new application with at least three documents, all scanned.
    auto &db = ws.store().db();
    int row = -1;
    for (int r = 0; r < queue->model()->rowCount() && row < 0; ++r) {
        const qint64 provider = queue->model()->providerIdAt(r);
        if (queue->model()->index(r, 0).data(itemmodels::ApplicationsModel::StateKeyRole).toString() == u"new"
            && db.scalar("SELECT count(*) FROM credentials c WHERE c.provider_id = ? AND NOT EXISTS"
                         " (SELECT 1 FROM credential_scans s WHERE s.credential_id = c.id)", provider).toInt() == 0
            && db.scalar("SELECT count(*) FROM credentials c WHERE c.provider_id = ?", provider).toInt() >= 3)
            row = r;
    }
    if (row < 0)
        return note("review-page.png (no new application with scans)");
    queue->view()->selectRow(row);
    queue->openSelected();
    auto *review = queue->reviewPage();
    for (auto *card : review->credentialCards())
        if (card->credential().type == u"health_certificate" && !card->credential().scans.isEmpty()) {
            review->showScan(card->credential().scans.first().id, card->credential().scans.first().fileName);
            break;
        }
    shots.save(&window, QStringLiteral("review-page.png"));
}

void directoryScreen(Shots &shots, ui::MainWindow &window)
{
    auto *page = qobject_cast<ui::ProviderDirectoryPage *>(window.page(QStringLiteral("providers")));
    if (!page)
        return note("provider-directory.png");
    window.showPage(QStringLiteral("providers"));
    page->view()->selectRow(2);
    page->detail()->tabs()->setCurrentIndex(0);
    shots.save(&window, QStringLiteral("provider-directory.png"));
}

// The agent's workbench (the queue, the first complaint due) and a closed
// complaint's detail with its whole timeline: one with a refund and a return
// visit when the store has one.
void complaintScreens(Shots &shots, ui::MainWindow &window, services::Workspace &ws)
{
    auto *page = qobject_cast<ui::ComplaintsPage *>(window.page(QStringLiteral("complaints")));
    if (!page)
        return note("the complaint screens");
    window.showPage(QStringLiteral("complaints"));
    waitLoaded(page->model());
    page->view()->selectRow(0);
    shots.save(&window, QStringLiteral("complaints-workbench.png"));
    const QVariant rich = ws.store().db().scalar(
        "SELECT c.id FROM complaints c WHERE c.status = 'resolved' AND EXISTS (SELECT 1 FROM refunds f WHERE f.complaint_id = c.id)"
        " AND EXISTS (SELECT 1 FROM orders o WHERE o.reservice_complaint_id = c.id) ORDER BY c.resolved_at DESC LIMIT 1");
    page->stateFilter()->setCurrentIndex(page->stateFilter()->findText(domain::stateDisplayName(domain::ComplaintStatus::Resolved)));
    waitLoaded(page->model());
    if (rich.isValid())
        page->openComplaint(rich.toLongLong());
    else
        page->view()->selectRow(0);
    waitLoaded(page->model());
    shots.save(&window, QStringLiteral("complaint-detail.png"));
}

void adminScreens(Shots &shots, ui::MainWindow &window)
{
    for (const auto &[key, file] : {std::pair{QStringLiteral("customers"), QStringLiteral("main-window-customers.png")},
                                    std::pair{QStringLiteral("staff"), QStringLiteral("main-window-staff.png")}}) {
        if (!window.page(key)) {
            note(qPrintable(file));
            continue;
        }
        window.showPage(key);
        shots.save(&window, file);
    }
}

// The statistics dashboard (last 30 days), tall enough for its charts, named
// by language: dashboard-zh_CN.png, dashboard-en.png.
void statsScreen(Shots &shots, ui::MainWindow &window)
{
    auto *page = qobject_cast<ui::StatsPage *>(window.page(QStringLiteral("stats")));
    if (!page)
        return note("the statistics dashboard");
    window.resize(1600, 2100); // four rows of charts and the rankings
    window.showPage(QStringLiteral("stats"));
    if (!QTest::qWaitFor([page] { return !page->isLoading(); }, 60000)) {
        std::fprintf(stderr, "the dashboard did not load\n");
        ++shots.failures;
        return;
    }
    shots.save(&window, QStringLiteral("dashboard-%1.png").arg(QLocale().name()));
}

// --live SECONDS: the demo while doorstep-sim plays it (`packaging/dev.sh demo
// --sim`), watched as its dispatcher for SECONDS: the main window runs as the
// console does (live sync, continuous auto-dispatch in the office's mode), a
// line on stderr every 30 s counts the apps' orders by status, and at the end
//   board-live-LANG.png          the order board, the latest completed app
//                                order's detail with its timeline
//   dispatch-map-live-LANG.png   the dispatch map of the day with most app
//                                orders under way, a provider on the way selected
// (and the same two every 5 minutes as live-NNNs-board.png / live-NNNs-map.png).
QString appStatusLine(services::Workspace &ws)
{
    auto st = ws.store().db().prepare("SELECT status, count(*) FROM orders WHERE order_no LIKE 'APP%' GROUP BY status ORDER BY status");
    QStringList parts;
    while (st.next())
        parts << QStringLiteral("%1 %2").arg(st.text(0)).arg(st.int64(1));
    const qint64 steps = ws.store().db().scalar("SELECT count(*) FROM order_events e JOIN orders o ON o.id = e.order_id"
                                                " WHERE o.order_no LIKE 'APP%' AND e.actor_kind = 'provider'").toLongLong();
    return parts.join(QStringLiteral(", ")) + QStringLiteral("; provider steps %1").arg(steps);
}

void liveShots(Shots &shots, ui::MainWindow &window, services::Workspace &ws, const QString &suffix)
{
    auto &db = ws.store().db();
    const QString lang = QLocale().name().section(QLatin1Char('_'), 0, 0) == QLatin1String("en") ? QStringLiteral("en") : QLocale().name();
    if (auto *orders = qobject_cast<ui::OrdersPage *>(window.page(QStringLiteral("orders")))) {
        window.showPage(QStringLiteral("orders"));
        orders->showBoard(true);
        const qint64 done = db.scalar("SELECT id FROM orders WHERE order_no LIKE 'APP%' AND status IN ('completed', 'rated')"
                                      " ORDER BY updated_at DESC LIMIT 1").toLongLong();
        if (done)
            orders->openOrder(done);
        waitLoaded(orders->model());
        // The columns from waiting to rated in sight (the board scrolls sideways).
        if (auto *scroll = orders->board()->findChild<QScrollArea *>())
            scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum() / 4);
        shots.save(&window, suffix.isEmpty() ? QStringLiteral("board-live-%1.png").arg(lang) : suffix + QStringLiteral("-board.png"));
    }
    if (auto *board = qobject_cast<ui::ScheduleBoard *>(window.page(QStringLiteral("schedule")))) {
        window.showPage(QStringLiteral("schedule"));
        // The day the providers' apps last worked on.
        const qint64 day = db.scalar("SELECT window_start FROM orders WHERE order_no LIKE 'APP%'"
                                     " AND status IN ('on_the_way', 'in_service', 'completed', 'rated') ORDER BY updated_at DESC LIMIT 1")
                               .toLongLong();
        if (day)
            board->showDay(day);
        board->showMap(true);
        if (!QTest::qWaitFor([board] { return !board->isLoading(); }, 10000))
            std::fprintf(stderr, "the board did not load within 10 s\n");
        // A provider on the way (else at work, else with an accepted app job): their day's route.
        const qint64 driving = db.scalar("SELECT provider_id FROM orders WHERE order_no LIKE 'APP%' AND window_start >= ? AND window_start < ?"
                                         " AND status IN ('on_the_way', 'in_service', 'accepted')"
                                         " ORDER BY status = 'on_the_way' DESC, status = 'in_service' DESC, updated_at DESC LIMIT 1",
                                         domain::officeDayStart(day), domain::officeDayStart(day) + 86400)
                                   .toLongLong();
        if (const int row = board->scheduleModel()->rowOfProvider(driving); row >= 0)
            board->timeline()->setCurrentRow(row);
        shots.save(&window, suffix.isEmpty() ? QStringLiteral("dispatch-map-live-%1.png").arg(lang) : suffix + QStringLiteral("-map.png"));
        board->showMap(false);
    }
}

void liveScreens(Shots &shots, ui::MainWindow &window, services::Workspace &ws, int seconds)
{
    // What continuous auto-dispatch did with each new order, as its tab lists it.
    if (itemmodels::ContinuousDispatch *continuous = window.continuousDispatch())
        QObject::connect(continuous, &itemmodels::ContinuousDispatch::entryAdded, &window, [continuous](int row) {
            const auto &e = continuous->entries().at(row);
            std::fprintf(stderr, "  auto-dispatch: %s %s: %s %s\n", qPrintable(e.proposal.label.orderNo),
                         e.proposal.assigned ? "assigned" : "left", qPrintable(e.proposal.why), qPrintable(e.note));
        });
    window.resize(1900, 900); // every column of the board
    QElapsedTimer clock;
    clock.start();
    qint64 nextLine = 0, nextShots = 300;
    while (clock.elapsed() < seconds * 1000LL) {
        QTest::qWait(1000);
        const qint64 at = clock.elapsed() / 1000;
        if (at >= nextLine) {
            std::fprintf(stderr, "%4llds: %s\n", static_cast<long long>(at), qPrintable(appStatusLine(ws)));
            nextLine += 30;
        }
        if (at >= nextShots && at + 60 < seconds) {
            liveShots(shots, window, ws, QStringLiteral("live-%1s").arg(at, 4, 10, QLatin1Char('0')));
            nextShots += 300;
        }
    }
    std::fprintf(stderr, "end: %s\n", qPrintable(appStatusLine(ws)));
    liveShots(shots, window, ws, {});
}

// One main window per account, the size the README's pictures have.
template<typename Fn>
void asUser(Shots &shots, const QString &user, Fn &&take)
{
    auto ws = shots.login(user);
    if (!ws)
        return;
    ui::MainWindow window(*ws);
    window.resize(1500, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window for %s was never shown\n", qPrintable(user));
        ++shots.failures;
        return;
    }
    take(window, *ws);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = QApplication::arguments().mid(1);
    int liveSeconds = 0;
    if (const qsizetype i = args.indexOf(QStringLiteral("--live")); i >= 0) {
        liveSeconds = args.value(i + 1).toInt();
        args.remove(i, std::min<qsizetype>(2, args.size() - i));
    }
    if (args.size() < 2 || liveSeconds < 0) {
        std::fprintf(stderr, "usage: doorstep_screenshots STORE OUTDIR [zh_CN|en] [user] [password] [--live SECONDS]\n");
        return 2;
    }
    Shots shots;
    shots.store = args[0];
    shots.out = QDir(args[1]);
    const QLocale locale(args.value(2, QStringLiteral("zh_CN")));
    const QString user = args.value(3, QStringLiteral("dispatcher"));
    shots.password = args.value(4, QStringLiteral("doorstep-demo"));
    QLocale::setDefault(locale);
    QTranslator qt, own;
    if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qt);
    if (own.load(locale, QStringLiteral("doorstep"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&own);

    if (liveSeconds > 0) {
        asUser(shots, user, [&shots, liveSeconds](ui::MainWindow &window, services::Workspace &ws) { liveScreens(shots, window, ws, liveSeconds); });
        return shots.failures == 0 ? 0 : 1;
    }
    asUser(shots, user, [&shots](ui::MainWindow &window, services::Workspace &ws) {
        orderScreens(shots, window);
        scheduleScreen(shots, window, ws);
        mapScreen(shots, window);
        autoDispatchScreen(shots, window, ws);
    });
    asUser(shots, QStringLiteral("supervisor"), [&shots](ui::MainWindow &window, services::Workspace &ws) {
        reviewScreen(shots, window, ws);
        directoryScreen(shots, window);
    });
    asUser(shots, QStringLiteral("agent"), [&shots](ui::MainWindow &window, services::Workspace &ws) { complaintScreens(shots, window, ws); });
    asUser(shots, QStringLiteral("admin"), [&shots](ui::MainWindow &window, services::Workspace &) { adminScreens(shots, window); });
    asUser(shots, QStringLiteral("manager"), [&shots](ui::MainWindow &window, services::Workspace &) { statsScreen(shots, window); });
    return shots.failures == 0 ? 0 : 1;
}
