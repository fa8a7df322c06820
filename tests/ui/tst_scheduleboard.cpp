// The schedule board as a dispatcher uses it, offscreen: drop a pending order
// on a provider's row (a real QDropEvent on the view), see a clash refused
// with the rule and the other job named, confirm a soft warning, move a job
// to another provider, drag it back to the list, use the keyboard only, and
// undo/redo each step. Dialogs are answered through MessageBox's test hook.
#include "dispatch_fixture.h"
#include "wait_loaded.h"
#include "itemmodels/order_mime.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/schedule_model.h"
#include "services/dispatch_day.h"
#include "services/order_timeout_service.h"
#include "services/settings_service.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/orders/order_board.h"
#include "ui/orders/order_detail_view.h"
#include "ui/orders_page.h"
#include "ui/schedule/schedule_board.h"
#include "ui/schedule/schedule_timeline.h"
#include "ui/schedule/dispatch_rules_dialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTextBrowser>
#include <QDropEvent>
#include <QListView>
#include <QMimeData>
#include <QTableView>
#include <QUndoStack>

using namespace doorstep;
using itemmodels::OrdersModel;

class TestScheduleBoard : public QObject
{
    Q_OBJECT
private:
    tests::DispatchFixture m_fx;
    qint64 nextThursday() { return m_fx.nextThursday(); }
    static QString status(services::Workspace &ws, qint64 id) { return tests::DispatchFixture::status(ws, id); }
    static qint64 providerOf(services::Workspace &ws, qint64 id) { return tests::DispatchFixture::providerOf(ws, id); }

    // What a person does with the mouse: the drop lands on the view's
    // viewport at the point of (row, start).
    static void dropOnTimeline(ui::ScheduleTimeline *timeline, const QMimeData *data, int row, qint64 start)
    {
        const QPoint at = timeline->pointFor(row, start) + QPoint(1, 0);
        QDragEnterEvent enter(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(timeline->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(timeline->viewport(), &move);
        QDropEvent drop(at, Qt::MoveAction, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(timeline->viewport(), &drop);
    }

    static std::unique_ptr<QMimeData> pendingDrag(ui::ScheduleBoard &board, qint64 orderId)
    {
        const int row = board.pendingModel()->rowOfId(orderId);
        if (row < 0)
            return nullptr;
        return std::unique_ptr<QMimeData>(board.pendingModel()->mimeData({board.pendingModel()->index(row, 0)}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx.create();
        ui::MessageBox::setTestAnswer(QMessageBox::Yes);
    }

    void dropAssignsAndUndoRedo()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        ui::ScheduleBoard board(*ws);
        board.resize(1400, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QAbstractItemModelTester pendingTester(board.pendingModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester scheduleTester(board.scheduleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.showDay(day);
        WAIT_BOARD(&board);
        m_fx.newOrder(*ws, day - 3600); // an earlier window: it comes first
        board.showDay(day);
        WAIT_BOARD(&board);
        // The queue is the day's pending orders, the most urgent first.
        QVERIFY(board.pendingModel()->rowCount() >= 2);
        for (int r = 1; r < board.pendingModel()->rowCount(); ++r)
            QVERIFY(board.pendingModel()->index(r - 1, 0).data(OrdersModel::WindowStartRole).toLongLong()
                    <= board.pendingModel()->index(r, 0).data(OrdersModel::WindowStartRole).toLongLong());
        QVERIFY(board.selectPending(order));
        WAIT_BOARD(&board);
        // Focused on the order: its district and service, ranked, p1 among them.
        const int row = board.scheduleModel()->rowOfProvider(m_fx.p1);
        QVERIFY(row >= 0);
        QVERIFY(!board.scheduleModel()->index(row, 0).data(itemmodels::ScheduleModel::EarliestStartRole).isNull());

        const auto data = pendingDrag(board, order);
        QVERIFY(data);
        dropOnTimeline(board.timeline(), data.get(), row, day + 1800);
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("assigned"));
        QCOMPARE(providerOf(*ws, order), m_fx.p1);
        QCOMPARE(ws->store().db().scalar("SELECT planned_start FROM orders WHERE id = ?", order).toLongLong(), day + 1800);
        QCOMPARE(board.undoStack()->count(), 1);
        QCOMPARE(board.pendingModel()->rowOfId(order), -1); // gone from the pending list
        const int after = board.scheduleModel()->rowOfProvider(m_fx.p1);
        const auto &jobs = board.scheduleModel()->jobs(after);
        QVERIFY(std::any_of(jobs.begin(), jobs.end(), [&](const auto &j) { return j.orderId == order && j.movable; }));

        board.undoStack()->undo();
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("awaiting_dispatch"));
        QVERIFY(board.pendingModel()->rowOfId(order) >= 0);
        board.undoStack()->redo();
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("assigned"));
        QCOMPARE(providerOf(*ws, order), m_fx.p1);
    }

    void aClashIsRefusedWithTheRuleAndNothingChanges()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 first = m_fx.newOrder(*ws, day);
        const qint64 second = m_fx.newOrder(*ws, day);
        services::DispatchService(ws->services()).assign(first, m_fx.p1, day, false);
        const QString firstNo = services::orderNumber(ws->store().db(), first);

        ui::ScheduleBoard board(*ws);
        board.resize(1400, 800);
        board.show();
        board.showDay(day);
        WAIT_BOARD(&board);
        QVERIFY(board.selectPending(second));
        WAIT_BOARD(&board);
        const int row = board.scheduleModel()->rowOfProvider(m_fx.p1);
        QVERIFY(row >= 0);
        const qint64 auditBefore = ws->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong();
        const int shown = ui::MessageBox::shownMessages().size();
        const auto data = pendingDrag(board, second);
        dropOnTimeline(board.timeline(), data.get(), row, day + 3600);
        WAIT_BOARD(&board);
        QCOMPARE(ui::MessageBox::shownMessages().size(), shown + 1);
        const QString message = ui::MessageBox::shownMessages().last();
        QVERIFY2(message.contains(firstNo) && message.contains(QStringLiteral("clashes")), qPrintable(message));
        QCOMPARE(status(*ws, second), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(board.undoStack()->count(), 0);
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong(), auditBefore);
        // The model refuses the same drop on its own, too.
        std::unique_ptr<QMimeData> probe(itemmodels::encodeOrderDrag(*itemmodels::decodeOrderDrag(data.get())));
        itemmodels::setDropStart(probe.get(), day + 3600);
        QVERIFY(!board.scheduleModel()->canDropMimeData(probe.get(), Qt::MoveAction, row, 0, {}));
        QVERIFY(!board.scheduleModel()->dropMimeData(probe.get(), Qt::MoveAction, row, 0, {}));
        // Outside the window is refused by name as well.
        itemmodels::setDropStart(probe.get(), day + 5 * 3600);
        QVERIFY(board.scheduleModel()->checkDrop(probe.get(), board.scheduleModel()->rowOfProvider(m_fx.p2)).hard.join(u' ')
                    .contains(QStringLiteral("window")));
    }

    // A neighbour office's booking of a shared provider, as a pull leaves it
    // (sync_bookings: the slot only): the board shows it and a drop on it is
    // refused as a clash naming that office's order, offline.
    void anotherOfficesBookingClashesOffline()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        ws->store().db().run("INSERT INTO sync_bookings(order_id, provider_id, start_at, end_at, order_no, office)"
                             " VALUES (?, ?, ?, ?, 'DS-NEIGHBOUR-1', 'SH-A')",
                             Q_INT64_C(990001), m_fx.p1, day, day + 2 * 3600);

        ui::ScheduleBoard board(*ws);
        board.resize(1400, 800);
        board.show();
        board.showDay(day);
        WAIT_BOARD(&board);
        QVERIFY(board.selectPending(order));
        WAIT_BOARD(&board);
        const int row = board.scheduleModel()->rowOfProvider(m_fx.p1);
        QVERIFY(row >= 0);
        const int shown = ui::MessageBox::shownMessages().size();
        const auto data = pendingDrag(board, order);
        dropOnTimeline(board.timeline(), data.get(), row, day + 3600);
        WAIT_BOARD(&board);
        QCOMPARE(ui::MessageBox::shownMessages().size(), shown + 1);
        const QString message = ui::MessageBox::shownMessages().last();
        QVERIFY2(message.contains(QStringLiteral("DS-NEIGHBOUR-1")) && message.contains(QStringLiteral("clashes")), qPrintable(message));
        QCOMPARE(status(*ws, order), QStringLiteral("awaiting_dispatch"));
        ws->store().db().run("DELETE FROM sync_bookings WHERE order_id = ?", Q_INT64_C(990001));
    }

    void softWarningsAskFirst()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        ws->store().db().exec("UPDATE settings SET value = '0' WHERE key = 'dispatch.heavy_day_jobs'");
        auto restore = qScopeGuard([&] { ws->store().db().exec("UPDATE settings SET value = '99' WHERE key = 'dispatch.heavy_day_jobs'"); });
        ui::ScheduleBoard board(*ws);
        board.showDay(day);
        WAIT_BOARD(&board);
        QVERIFY(board.selectPending(order));
        WAIT_BOARD(&board);
        const int row = board.scheduleModel()->rowOfProvider(m_fx.p2);
        auto data = pendingDrag(board, order);
        itemmodels::setDropStart(data.get(), day);

        ui::MessageBox::setTestAnswer(QMessageBox::No);
        board.handleDrop(data.get(), row);
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("awaiting_dispatch"));
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("job 1 of the provider's day")));
        ui::MessageBox::setTestAnswer(QMessageBox::Yes);
        board.handleDrop(data.get(), row);
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("assigned"));
        QCOMPARE(providerOf(*ws, order), m_fx.p2);
    }

    void moveBetweenProvidersAndBackToTheList()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        services::DispatchService(ws->services()).assign(order, m_fx.p1, day, false);
        ui::ScheduleBoard board(*ws);
        board.resize(1400, 800);
        board.show();
        board.districtFilter()->setCurrentIndex(board.districtFilter()->findData(m_fx.district));
        board.categoryFilter()->setCurrentIndex(board.categoryFilter()->findData(m_fx.category));
        WAIT_BOARD(&board);
        board.showDay(day);
        WAIT_BOARD(&board);
        const int from = board.scheduleModel()->rowOfProvider(m_fx.p1);
        const int to = board.scheduleModel()->rowOfProvider(m_fx.p2);
        QVERIFY(from >= 0 && to >= 0);

        // Drag the block from p1's row to p2's row, half an hour later.
        std::unique_ptr<QMimeData> job(board.scheduleModel()->mimeDataForJob(from, order));
        QVERIFY(job);
        dropOnTimeline(board.timeline(), job.get(), to, day + 1800);
        WAIT_BOARD(&board);
        QCOMPARE(providerOf(*ws, order), m_fx.p2);
        QCOMPARE(ws->store().db().scalar("SELECT planned_start FROM orders WHERE id = ?", order).toLongLong(), day + 1800);
        QCOMPARE(board.undoStack()->count(), 1);

        // Drag it back to the pending list: taken back, through the list's model.
        const int now = board.scheduleModel()->rowOfProvider(m_fx.p2);
        std::unique_ptr<QMimeData> back(board.scheduleModel()->mimeDataForJob(now, order));
        QVERIFY(board.pendingModel()->canDropMimeData(back.get(), Qt::MoveAction, -1, -1, {}));
        QVERIFY(board.pendingModel()->dropMimeData(back.get(), Qt::MoveAction, -1, -1, {}));
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(board.undoStack()->count(), 2);
        // A pending order dropped on the list is not a take-back.
        auto pending = pendingDrag(board, order);
        QVERIFY(pending);
        QVERIFY(!board.pendingModel()->canDropMimeData(pending.get(), Qt::MoveAction, -1, -1, {}));

        board.undoStack()->undo(); // back on p2 at 10:30
        WAIT_BOARD(&board);
        QCOMPARE(providerOf(*ws, order), m_fx.p2);
        board.undoStack()->undo(); // back on p1 at 10:00
        WAIT_BOARD(&board);
        QCOMPARE(providerOf(*ws, order), m_fx.p1);
        QCOMPARE(ws->store().db().scalar("SELECT planned_start FROM orders WHERE id = ?", order).toLongLong(), day);
    }

    void anUndoTheStoreNoLongerAllowsSaysWhy()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        ui::ScheduleBoard board(*ws);
        board.showDay(day);
        WAIT_BOARD(&board);
        QVERIFY(board.selectPending(order));
        WAIT_BOARD(&board);
        auto data = pendingDrag(board, order);
        itemmodels::setDropStart(data.get(), day);
        board.handleDrop(data.get(), board.scheduleModel()->rowOfProvider(m_fx.p1));
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("assigned"));
        // Meanwhile the provider accepted on the phone: taking it back is refused.
        services::OrderService(ws->services()).apply(order, {domain::OrderEvent::Accept, domain::OrderActor::Provider});
        board.undoStack()->undo();
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("accepted"));
        QVERIFY(ui::MessageBox::shownMessages().last().startsWith(QStringLiteral("Cannot undo")));
        QCOMPARE(board.undoStack()->count(), 0); // the stale step is gone, not left to fail again
    }

    void keyboardOnly()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        ui::ScheduleBoard board(*ws);
        board.resize(1400, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.showDay(day);
        WAIT_BOARD(&board);
        // Pick the order in the list with the keyboard.
        board.pendingView()->setFocus();
        const int listRow = board.pendingModel()->rowOfId(order);
        QVERIFY(listRow >= 0);
        board.pendingView()->setCurrentIndex(board.pendingModel()->index(0, 0));
        for (int i = 0; i < listRow; ++i)
            QTest::keyClick(board.pendingView(), Qt::Key_Down);
        board.pendingView()->selectRow(listRow);
        WAIT_BOARD(&board);
        // Tab to the board: rows are ranked for the order, the first can take it.
        board.timeline()->setFocus();
        QCOMPARE(board.timeline()->currentRow(), 0);
        const qint64 expected = board.scheduleModel()->index(0, 0).data(itemmodels::ScheduleModel::EarliestStartRole).toLongLong();
        const qint64 provider = board.scheduleModel()->providerIdAt(0);
        QVERIFY(expected);
        QTest::keyClick(board.timeline(), Qt::Key_Down);
        QTest::keyClick(board.timeline(), Qt::Key_Up);
        QTest::keyClick(board.timeline(), Qt::Key_Return);
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("assigned"));
        QCOMPARE(providerOf(*ws, order), provider);
        QCOMPARE(ws->store().db().scalar("SELECT planned_start FROM orders WHERE id = ?", order).toLongLong(), expected);
        QTest::keyClick(&board, Qt::Key_Z, Qt::ControlModifier);
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("awaiting_dispatch"));
    }

    void keyboardMovesAndTakesBackJobs()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        services::DispatchService(ws->services()).assign(order, m_fx.p1, day, false);
        ui::ScheduleBoard board(*ws);
        board.resize(1400, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.districtFilter()->setCurrentIndex(board.districtFilter()->findData(m_fx.district));
        board.categoryFilter()->setCurrentIndex(board.categoryFilter()->findData(m_fx.category));
        WAIT_BOARD(&board);
        board.showDay(day);
        WAIT_BOARD(&board);
        ui::ScheduleTimeline *timeline = board.timeline();
        timeline->setFocus();
        timeline->setCurrentRow(board.scheduleModel()->rowOfProvider(m_fx.p1));
        // Right picks the row's first job; Alt+Right moves it 15 minutes later.
        QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(timeline->currentJob(), order);
        QTest::keyClick(timeline, Qt::Key_Right, Qt::AltModifier);
        WAIT_BOARD(&board);
        QCOMPARE(ws->store().db().scalar("SELECT planned_start FROM orders WHERE id = ?", order).toLongLong(), day + 900);
        QCOMPARE(timeline->currentJob(), order);
        // Ctrl+X picks it up, Up/Down walk to p2, Enter puts it there at the earliest allowed start.
        QTest::keyClick(timeline, Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(timeline->carriedJob(), order);
        const int target = board.scheduleModel()->rowOfProvider(m_fx.p2);
        while (timeline->currentRow() < target)
            QTest::keyClick(timeline, Qt::Key_Down);
        while (timeline->currentRow() > target)
            QTest::keyClick(timeline, Qt::Key_Up);
        QTest::keyClick(timeline, Qt::Key_Return);
        WAIT_BOARD(&board);
        QCOMPARE(providerOf(*ws, order), m_fx.p2);
        QCOMPARE(ws->store().db().scalar("SELECT planned_start FROM orders WHERE id = ?", order).toLongLong(), day);
        QCOMPARE(timeline->carriedJob(), 0);
        // Delete takes it back to the queue.
        QCOMPARE(timeline->currentJob(), order);
        QTest::keyClick(timeline, Qt::Key_Delete);
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("awaiting_dispatch"));
        QVERIFY(board.pendingModel()->rowOfId(order) >= 0);
        QCOMPARE(board.undoStack()->count(), 3);
        // Undo walks it all back.
        for (int i = 0; i < 3; ++i) {
            board.undoStack()->undo();
            WAIT_BOARD(&board);
        }
        QCOMPARE(providerOf(*ws, order), m_fx.p1);
        QCOMPARE(ws->store().db().scalar("SELECT planned_start FROM orders WHERE id = ?", order).toLongLong(), day);
        // An accepted job stays put and the board says why.
        services::OrderService(ws->services()).apply(order, {domain::OrderEvent::Accept, domain::OrderActor::Provider});
        board.showDay(day);
        WAIT_BOARD(&board);
        timeline->setCurrentRow(board.scheduleModel()->rowOfProvider(m_fx.p1));
        QTest::keyClick(timeline, Qt::Key_Right);
        QTest::keyClick(timeline, Qt::Key_Delete);
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("accepted"));
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("accepted by the provider")));
    }

    void aJobDraggedOntoTheListIsTakenBack()
    {
        // The pending list's own view receives the drop (QTableView's drop path).
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        services::DispatchService(ws->services()).assign(order, m_fx.p1, day, false);
        ui::ScheduleBoard board(*ws);
        board.resize(1400, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        board.districtFilter()->setCurrentIndex(board.districtFilter()->findData(m_fx.district));
        board.categoryFilter()->setCurrentIndex(board.categoryFilter()->findData(m_fx.category));
        WAIT_BOARD(&board);
        board.showDay(day);
        WAIT_BOARD(&board);
        std::unique_ptr<QMimeData> job(board.scheduleModel()->mimeDataForJob(board.scheduleModel()->rowOfProvider(m_fx.p1), order));
        QVERIFY(job);
        QWidget *viewport = board.pendingView()->viewport();
        const QPoint at(viewport->width() / 2, viewport->height() - 5);
        QDragEnterEvent enter(at, Qt::MoveAction, job.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::MoveAction, job.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, job.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        WAIT_BOARD(&board);
        QCOMPARE(status(*ws, order), QStringLiteral("awaiting_dispatch"));
        QVERIFY(board.pendingModel()->rowOfId(order) >= 0);
        QCOMPARE(board.undoStack()->count(), 1);
        board.undoStack()->undo();
        WAIT_BOARD(&board);
        QCOMPARE(providerOf(*ws, order), m_fx.p1);
    }

    void theOrderMovesAcrossTheBoard()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        ui::MainWindow window(*ws);
        auto *orders = qobject_cast<ui::OrdersPage *>(window.page(QStringLiteral("orders")));
        auto *board = qobject_cast<ui::ScheduleBoard *>(window.page(QStringLiteral("schedule")));
        QVERIFY(orders && board);
        orders->searchEdit()->setText(services::orderNumber(ws->store().db(), order));
        orders->applyFilter();
        auto *awaiting = orders->board()->column(domain::OrderStatus::AwaitingDispatch);
        auto *assigned = orders->board()->column(domain::OrderStatus::Assigned);
        QAbstractItemModelTester tester(awaiting, QAbstractItemModelTester::FailureReportingMode::QtTest);
        WAIT_LOADED(awaiting);
        WAIT_LOADED(assigned);
        QCOMPARE(awaiting->rowCount(), 1);
        QCOMPARE(assigned->rowCount(), 0);
        // The counts come from a worker, a moment after the cards.
        QTRY_VERIFY(orders->statusFilter()->itemText(orders->statusFilter()->findData(QStringLiteral("awaiting_dispatch"))).contains(u"(1)"));

        board->showDay(day);
        WAIT_BOARD(board);
        QVERIFY(board->selectPending(order));
        WAIT_BOARD(board);
        auto data = pendingDrag(*board, order);
        itemmodels::setDropStart(data.get(), day);
        board->handleDrop(data.get(), board->scheduleModel()->rowOfProvider(m_fx.p1));
        WAIT_BOARD(board);
        // The board's change refreshes the order board: the card moved column.
        QTRY_COMPARE(awaiting->rowCount(), 0);
        QTRY_COMPARE(assigned->rowCount(), 1);
        QTRY_VERIFY(orders->statusFilter()->itemText(orders->statusFilter()->findData(QStringLiteral("assigned"))).contains(u"(1)"));
        // The detail shows the dispatch history.
        orders->detail()->showOrder(order);
        QVERIFY(orders->detail()->summary()->toPlainText().contains(QStringLiteral("Dispatch history")));
        QVERIFY(orders->timeline()->count() >= 3); // created, awaiting dispatch, assigned
    }

    void rulesAreOfficeSettings()
    {
        // Dispatchers read them; an administrator changes them (audited), and
        // the next check uses them.
        auto dispatcher = m_fx.login(QStringLiteral("dispatcher"));
        ui::DispatchRulesDialog readOnly(*dispatcher);
        QVERIFY(readOnly.isReadOnly());
        QVERIFY(!readOnly.speedBox()->isEnabled());

        auto admin = m_fx.login(QStringLiteral("admin"));
        ui::DispatchRulesDialog dialog(*admin);
        QVERIFY(!dialog.isReadOnly());
        const qint64 audit = admin->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong();
        dialog.speedBox()->setValue(11);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const services::OfficeSettings office(admin->services());
        QCOMPARE(services::loadFeasibilityRules(office).speedKmh, 11.0);
        QCOMPARE(admin->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong(), audit + 1); // one action, only the changed key
        dispatch::FeasibilityRules bad = services::loadFeasibilityRules(office);
        bad.roadFactor = 0.5;
        services::SettingsService writer(admin->services());
        QVERIFY_THROWS_EXCEPTION(services::ServiceError, writer.set(services::feasibilityRuleValues(bad)));
        dialog.speedBox()->setValue(22);
        dialog.accept();
        QCOMPARE(services::loadFeasibilityRules(office).speedKmh, 22.0);
        // The accept timeout is on the same page; one change, one audit entry.
        const qint64 before = admin->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong();
        dialog.acceptTimeoutBox()->setValue(15);
        dialog.accept();
        QCOMPARE(services::OrderTimeoutService(admin->services()).timeoutMinutes(), 15);
        QCOMPARE(admin->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong(), before + 1);
        QVERIFY(!readOnly.acceptTimeoutBox()->isEnabled());
    }

    void overdueOrdersStandOut()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*ws, day);
        OrdersModel model(ws->store().db(), ws->session(), ws->clock());
        itemmodels::OrderFilter f;
        f.search = services::orderNumber(ws->store().db(), order);
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        // The workspace's one clock moves the model's late marks too.
        ws->services().setClock([&] { return day - 2 * 3600; }); // two hours before the window: on time
        QVERIFY(model.index(0, 0).data(OrdersModel::OverdueRole).toString().isEmpty());
        ws->services().setClock([&] { return day - 30 * 60; }); // 30 min before, still pending: late
        QVERIFY(model.index(0, 0).data(OrdersModel::OverdueRole).toString().contains(QStringLiteral("Not dispatched")));
        QVERIFY(model.index(0, OrdersModel::Customer).data(Qt::BackgroundRole).isValid());
        services::DispatchService(ws->services()).assign(order, m_fx.p1, day + 600, false);
        model.reload();
        ws->services().setClock([&] { return day + 900; }); // assigned for 10:10, not started at 10:15
        QVERIFY(model.index(0, 0).data(OrdersModel::OverdueRole).toString().contains(QStringLiteral("Not started on time")));
    }
};

QTEST_MAIN(TestScheduleBoard)
#include "tst_scheduleboard.moc"
