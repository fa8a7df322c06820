// Live operations, what the user sees (issue #12): when another connection
// (the sync worker's pull, another console) changes orders under an open
// list, PagedTableModel::refreshRows() applies the difference row by row —
// an order that arrives is inserted, one that changed is repainted, one
// that left the filter is removed, one whose sort key moved is moved — and
// never resets the model: the selected order stays selected, the current
// row stays on it, and the list does not jump back to the top. Also with
// the pages read on a worker (as every list page does), and on the
// schedule's providers (ScheduleModel::refreshRows), each under
// QAbstractItemModelTester. And through the main window, as a dispatcher
// sees it: the sync worker's commit and this console's own auto-dispatch
// reach the order board and the dispatch page's waiting list row by row,
// the selected order staying selected in both. The customers page, too:
// a customer pulled by sync comes in as a row and in the count.
#include "dispatch_fixture.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/queries.h"
#include "itemmodels/schedule_model.h"
#include "domain/office_time.h"
#include "services/order_service.h"
#include "sync/sync_client.h"
#include "itemmodels/customers_model.h"
#include "services/customer_service.h"
#include "ui/customers_page.h"
#include "ui/main_window.h"
#include "ui/orders/order_board.h"
#include "ui/orders_page.h"
#include "ui/schedule/schedule_board.h"
#include "wait_loaded.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateEdit>
#include <QListView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

using namespace doorstep;
using itemmodels::OrdersModel;

class TestLiveRows : public QObject
{
    Q_OBJECT
private:
    tests::DispatchFixture m_fx;

    // Orders of one day, earliest first (the dispatch queue's order), 8 a page.
    static void showDay(OrdersModel *model, qint64 day)
    {
        itemmodels::OrderFilter f;
        f.windowFrom = day - 12 * 3600;
        f.windowTo = day + 12 * 3600;
        f.earliestFirst = true;
        model->setPageSize(8);
        model->setFilter(f);
    }

    void rowsChangeUnderTheUser(bool onWorker)
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        auto other = m_fx.login(QStringLiteral("dispatcher")); // another connection: the sync worker's place
        const qint64 day = m_fx.nextThursday();
        QList<qint64> orders;
        for (int i = 0; i < 30; ++i)
            orders.append(m_fx.newOrder(*other, day - 4 * 3600 + i * 600)); // 06:00, 06:10, … by window

        QTableView view;
        OrdersModel *model = itemmodels::Queries(*ws).ordersModel(&view);
        if (onWorker)
            model->loadOnWorker(itemmodels::Queries(*ws).pageWorker(&view));
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        showDay(model, day);
        WAIT_LOADED(model);
        QVERIFY(fetchAll(model));
        QCOMPARE(model->rowCount(), 30);
        view.setModel(model);
        view.resize(600, 200); // a few rows visible: the list is scrolled
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // The user selected order 20 and scrolled down to it.
        const qint64 chosen = orders.at(20);
        view.selectionModel()->setCurrentIndex(model->index(model->rowOfId(chosen), 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view.scrollTo(model->index(model->rowOfId(chosen), 0), QAbstractItemView::PositionAtTop);
        const int scrolledTo = view.verticalScrollBar()->value();
        QVERIFY(scrolledTo > 0);
        const int shownRowBefore = view.rowAt(0);

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);

        // Meanwhile, elsewhere: a new order far below (21:50), one of the
        // first orders cancelled (still this day's: repainted), one
        // rescheduled to another day (leaves the list), one moved from 06:00
        // to 09:05 (moves down, past others).
        services::OrderService service(other->services());
        const qint64 arrived = m_fx.newOrder(*other, day + 11 * 3600 + 50 * 60); // 21:50
        services::OrderChange cancel{domain::OrderEvent::Cancel};
        cancel.reason = QStringLiteral("customer changed plans");
        service.apply(orders.at(2), cancel);
        services::OrderChange away{domain::OrderEvent::Reschedule};
        away.reason = QStringLiteral("customer away");
        away.newWindowStart = day + 3 * 86400;
        away.newWindowEnd = away.newWindowStart + 7200;
        service.apply(orders.at(25), away);
        services::OrderChange later{domain::OrderEvent::Reschedule};
        later.reason = QStringLiteral("later that morning");
        later.newWindowStart = day - 4 * 3600 + 3 * 3600 + 5 * 60;
        later.newWindowEnd = later.newWindowStart + 7200;
        service.apply(orders.at(0), later);

        QSignalSpy refreshed(model, &itemmodels::PagedTableModel::refreshed);
        model->refreshRows();
        QTRY_COMPARE(refreshed.count(), 1);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(model->rowCount(), 30); // +1 arrived, -1 rescheduled away
        QVERIFY(model->rowOfId(arrived) >= 0);
        QCOMPARE(model->rowOfId(orders.at(25)), -1);
        QVERIFY(inserted.count() >= 1);
        QVERIFY(removed.count() >= 1);
        QCOMPARE(moved.count(), 1);
        QVERIFY(changed.count() >= 2); // the cancelled one and the moved one's new window
        QCOMPARE(model->index(model->rowOfId(orders.at(2)), OrdersModel::Status).data(OrdersModel::StatusKeyRole).toString(),
                 QStringLiteral("cancelled"));
        // The moved order sits after 09:00 now (between orders 18 and 19).
        QCOMPARE(model->rowOfId(orders.at(0)), model->rowOfId(orders.at(18)) + 1);

        // The user's place: the same order selected and current, the list where it was.
        const QModelIndexList selected = view.selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(itemmodels::PagedTableModel::IdRole).toLongLong(), chosen);
        QCOMPARE(view.currentIndex().data(itemmodels::PagedTableModel::IdRole).toLongLong(), chosen);
        QCOMPARE(view.verticalScrollBar()->value(), scrolledTo);
        // One row above the chosen one left (order 0 moved below it): the
        // same rows are on screen, shifted by at most that one.
        QVERIFY(std::abs(view.rowAt(0) - shownRowBefore) <= 1);

        // Nothing changed: nothing is signalled.
        resets.clear();
        inserted.clear();
        removed.clear();
        changed.clear();
        model->refreshRows();
        QTRY_COMPARE(refreshed.count(), 2);
        QCOMPARE(resets.count() + inserted.count() + removed.count() + changed.count(), 0);
    }

private Q_SLOTS:
    void initTestCase() { m_fx.create(); }

    void ordersChangeRowByRow() { rowsChangeUnderTheUser(false); }
    void ordersChangeRowByRowOnAWorker() { rowsChangeUnderTheUser(true); }

    // A new order and one taken away while the schedule is open: its pending
    // list changes row by row, and the providers' rows are repainted in
    // place (never reset), keeping the current provider.
    void scheduleChangesRowByRow()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        auto other = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = m_fx.nextThursday();
        itemmodels::ScheduleModel schedule(ws->services());
        QAbstractItemModelTester tester(&schedule, QAbstractItemModelTester::FailureReportingMode::QtTest);
        schedule.load(day, 0, 0);
        const int providers = schedule.rowCount();
        QVERIFY(providers > 0);
        QSignalSpy resets(&schedule, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&schedule, &QAbstractItemModel::dataChanged);
        QSignalSpy refreshed(&schedule, &itemmodels::ScheduleModel::refreshed);
        const qint64 order = m_fx.newOrder(*other, day);
        services::OrderChange assign{domain::OrderEvent::Assign};
        assign.providerId = m_fx.p1;
        services::OrderService(other->services()).apply(order, assign);
        schedule.refreshRows();
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(schedule.rowCount(), providers);
        QVERIFY(changed.count() >= 1);
        const int row = schedule.rowOfProvider(m_fx.p1);
        QVERIFY(row >= 0);
        bool hasJob = false;
        for (const auto &job : schedule.jobs(row))
            hasJob = hasJob || job.orderId == order;
        QVERIFY(hasJob);
    }

    // The main window's two ways of hearing that orders changed behind the
    // pages: a commit of the sync worker (SyncClient::storeChanged: an app
    // order pulled) and this console's own writes outside the pages
    // (ordersChangedHere: continuous auto-dispatch assigned an order, the
    // accept-timeout sweep). Both reach the board's columns and the dispatch
    // page's waiting list as rows inserted and removed, never a reset, and
    // the order the dispatcher selected in each stays selected.
    void mainWindowKeepsTheDispatchersPlace()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        auto other = m_fx.login(QStringLiteral("dispatcher")); // the sync worker's place
        const qint64 day = m_fx.nextThursday();
        const qint64 chosen = m_fx.newOrder(*other, day);
        const qint64 assigned = m_fx.newOrder(*other, day + 1800);
        ui::MainWindow window(*ws);
        auto *orders = qobject_cast<ui::OrdersPage *>(window.page(QStringLiteral("orders")));
        auto *dispatch = qobject_cast<ui::ScheduleBoard *>(window.page(QStringLiteral("schedule")));
        QVERIFY(orders && dispatch);
        const QDate date = QDateTime::fromSecsSinceEpoch(day, domain::officeTimeZone()).date();
        orders->allDates()->setChecked(false);
        orders->fromDate()->setDate(date);
        orders->toDate()->setDate(date);
        orders->applyFilter();
        orders->showBoard(true);
        dispatch->showDay(day);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        OrdersModel *waiting = orders->board()->column(domain::OrderStatus::AwaitingDispatch);
        OrdersModel *given = orders->board()->column(domain::OrderStatus::Assigned);
        OrdersModel *queue = dispatch->pendingModel();
        QTRY_VERIFY(!waiting->isLoading() && waiting->rowOfId(chosen) >= 0 && waiting->rowOfId(assigned) >= 0);
        WAIT_LOADED(queue);
        WAIT_BOARD(dispatch);
        QAbstractItemModelTester boardTester(waiting, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester queueTester(queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QListView *column = orders->board()->columnView(domain::OrderStatus::AwaitingDispatch);
        column->setCurrentIndex(waiting->index(waiting->rowOfId(chosen), 0));
        QVERIFY(dispatch->selectPending(chosen));
        WAIT_BOARD(dispatch);
        QSignalSpy boardResets(waiting, &QAbstractItemModel::modelReset);
        QSignalSpy givenResets(given, &QAbstractItemModel::modelReset);
        QSignalSpy queueResets(queue, &QAbstractItemModel::modelReset);
        QSignalSpy boardInserted(waiting, &QAbstractItemModel::rowsInserted);
        QSignalSpy queueRemoved(queue, &QAbstractItemModel::rowsRemoved);

        // Pulled by the sync worker: a new app order of the day.
        const qint64 pulled = m_fx.newOrder(*other, day + 3600);
        Q_EMIT window.syncClient()->storeChanged();
        QTRY_VERIFY(waiting->rowOfId(pulled) >= 0);
        QTRY_VERIFY(queue->rowOfId(pulled) >= 0);
        QVERIFY(boardInserted.count() >= 1);

        // Continuous auto-dispatch gave the other order to a provider.
        services::OrderChange assign{domain::OrderEvent::Assign};
        assign.providerId = m_fx.p1;
        services::OrderService(other->services()).apply(assigned, assign);
        window.ordersChangedHere(QStringLiteral("Auto-dispatch assigned 1 new order(s)."));
        QTRY_COMPARE(waiting->rowOfId(assigned), -1);
        QTRY_VERIFY(given->rowOfId(assigned) >= 0);
        QTRY_COMPARE(queue->rowOfId(assigned), -1);
        QVERIFY(queueRemoved.count() >= 1);
        WAIT_BOARD(dispatch);

        QCOMPARE(boardResets.count(), 0);
        QCOMPARE(givenResets.count(), 0);
        QCOMPARE(queueResets.count(), 0);
        QCOMPARE(column->currentIndex().data(itemmodels::PagedTableModel::IdRole).toLongLong(), chosen);
        const QModelIndexList selected = dispatch->pendingView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(itemmodels::PagedTableModel::IdRole).toLongLong(), chosen);
    }

    // A sync pull brings a customer another office added: the customers
    // page (newest first) inserts the row and counts it, without a reset,
    // and the customer the agent selected stays selected.
    void customersPageKeepsTheAgentsPlace()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        auto other = m_fx.login(QStringLiteral("admin")); // the sync worker's place
        ui::MainWindow window(*ws);
        auto *page = qobject_cast<ui::CustomersPage *>(window.page(QStringLiteral("customers")));
        QVERIFY(page);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        itemmodels::CustomersModel *model = page->model();
        WAIT_LOADED(model);
        auto *count = page->findChild<QLabel *>(QStringLiteral("customerCount"));
        QVERIFY(count);
        const qint64 before = ws->store().db().scalar("SELECT count(*) FROM customers WHERE erased_at IS NULL").toLongLong();
        QTRY_VERIFY(count->text().contains(QString::number(before)));
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->view()->selectRow(3);
        const qint64 chosen = model->idAt(3);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);

        const qint64 pulled = services::CustomerService(other->services()).add({QStringLiteral("欧阳娜"), QStringLiteral("13311112222"), {}, 0, {}, 0, 0, {}});
        Q_EMIT window.syncClient()->storeChanged();
        QTRY_COMPARE(model->rowOfId(pulled), 0);
        QTRY_VERIFY(count->text().contains(QString::number(before + 1)));
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(resets.count(), 0);
        const QModelIndexList selected = page->view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(model->idAt(selected.first().row()), chosen);
    }
};

QTEST_MAIN(TestLiveRows)
#include "tst_liverows.moc"
