// Auto-dispatch from the schedule board, offscreen: on a morning with several
// waiting orders the dialog runs the planner off the GUI thread, lists the
// proposals with their reasons, accepts the ticked ones as one undo step on
// the board's stack, and a run cancelled half-way (held mid-run until the
// cancel arrives) writes nothing. (The screenshot of a demo franchise
// morning is made by doorstep_screenshots, make_screenshots.cpp.)
#include "dispatch_fixture.h"
#include "itemmodels/orders_model.h"
#include "ui/message_box.h"
#include "ui/schedule/auto_dispatch_dialog.h"
#include "ui/schedule/auto_dispatch_proposals_model.h"
#include "ui/schedule/schedule_board.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTimeEdit>
#include <QUndoStack>

#include <atomic>
#include <chrono>
#include <thread>

using namespace doorstep;
using ui::AutoDispatchProposalsModel;

class TestAutoDispatchUi : public QObject
{
    Q_OBJECT
private:
    tests::DispatchFixture m_fx;
    qint64 nextThursday() { return m_fx.nextThursday(); }
    static QString status(services::Workspace &ws, qint64 id) { return tests::DispatchFixture::status(ws, id); }
    static qint64 auditCount(services::Workspace &ws) { return ws.store().db().scalar("SELECT count(*) FROM audit_log").toLongLong(); }

    QList<qint64> morning(services::Workspace &ws, qint64 day10, int n)
    {
        QList<qint64> ids;
        for (int i = 0; i < n; ++i)
            ids << m_fx.newOrder(ws, day10 - 3600 + qint64(i) * 1800);
        return ids;
    }

    static void showDistrict(ui::ScheduleBoard &board, qint64 day, qint64 district)
    {
        board.showDay(day);
        board.districtFilter()->setCurrentIndex(board.districtFilter()->findData(district));
    }

    static bool runToEnd(ui::AutoDispatchDialog *dialog)
    {
        QSignalSpy finished(dialog, &ui::AutoDispatchDialog::runFinished);
        dialog->runButton()->click();
        return finished.count() > 0 || finished.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx.create();
        ui::MessageBox::setTestAnswer(QMessageBox::Yes);
    }

    void runListsProposalsAndAcceptIsOneUndoStep()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const QList<qint64> ids = morning(*ws, day, 5);
        ui::ScheduleBoard board(*ws);
        board.resize(1400, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        showDistrict(board, day, m_fx.district);
        for (qint64 id : ids)
            QVERIFY(board.pendingModel()->rowOfId(id) >= 0);
        QVERIFY(board.autoDispatchButton()->isEnabled());

        QPointer<ui::AutoDispatchDialog> dialog = board.runAutoDispatch();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->districtFilter()->currentData().toLongLong(), m_fx.district);
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!dialog->acceptButton()->isEnabled()); // nothing to accept before a run
        QVERIFY(runToEnd(dialog));
        QVERIFY(!dialog->isRunning());

        AutoDispatchProposalsModel *model = dialog->model();
        QCOMPARE(model->rowCount(), 5);
        int assigned = 0;
        for (qint64 id : ids) {
            const int row = model->rowOfOrder(id);
            QVERIFY(row >= 0);
            const auto &p = model->proposals().at(row);
            QVERIFY(!model->index(row, AutoDispatchProposalsModel::Why).data().toString().isEmpty());
            if (p.assigned) {
                ++assigned;
                QCOMPARE(model->index(row, AutoDispatchProposalsModel::Order).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
                QCOMPARE(model->index(row, AutoDispatchProposalsModel::Provider).data().toString(), p.providerName);
            }
        }
        QVERIFY(assigned >= 2);
        QVERIFY(dialog->totalsLabel()->text().contains(QStringLiteral("baseline")));
        QVERIFY(dialog->acceptButton()->isEnabled());

        // Accept everything proposed: one action, one undo step.
        const QList<services::AutoDispatchProposal> accepted = model->checkedProposals();
        QCOMPARE(int(accepted.size()), assigned);
        const qint64 audit = auditCount(*ws);
        const int steps = board.undoStack()->count();
        dialog->acceptButton()->click();
        QTRY_VERIFY(!dialog); // closed and deleted
        QCOMPARE(auditCount(*ws), audit + 1);
        QCOMPARE(board.undoStack()->count(), steps + 1);
        for (const auto &p : accepted) {
            QCOMPARE(status(*ws, p.orderId), QStringLiteral("assigned"));
            QCOMPARE(board.pendingModel()->rowOfId(p.orderId), -1); // the board refreshed
        }

        board.undoStack()->undo();
        for (const auto &p : accepted) {
            QCOMPARE(status(*ws, p.orderId), QStringLiteral("awaiting_dispatch"));
            QVERIFY(board.pendingModel()->rowOfId(p.orderId) >= 0);
        }
        QCOMPARE(auditCount(*ws), audit + 2);
        board.undoStack()->redo();
        for (const auto &p : accepted)
            QCOMPARE(status(*ws, p.orderId), QStringLiteral("assigned"));
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM dispatch_records WHERE order_id = ? AND mode = 'auto' AND undone_at IS NULL",
                                         accepted.first().orderId).toLongLong(), 1);
    }

    void untickedProposalsStayWaiting()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        morning(*ws, day, 4);
        ui::ScheduleBoard board(*ws);
        showDistrict(board, day, m_fx.district);
        QPointer<ui::AutoDispatchDialog> dialog = board.runAutoDispatch();
        QVERIFY(runToEnd(dialog));
        AutoDispatchProposalsModel *model = dialog->model();
        QVERIFY(model->checkedCount() >= 2);
        int row = 0;
        while (!model->proposals().at(row).assigned)
            ++row;
        const qint64 kept = model->proposals().at(row).orderId;
        QVERIFY(model->setData(model->index(row, AutoDispatchProposalsModel::Order), Qt::Unchecked, Qt::CheckStateRole));
        const QList<services::AutoDispatchProposal> ticked = model->checkedProposals();
        dialog->acceptButton()->click();
        QTRY_VERIFY(!dialog);
        QCOMPARE(status(*ws, kept), QStringLiteral("awaiting_dispatch"));
        for (const auto &p : ticked)
            QCOMPARE(status(*ws, p.orderId), QStringLiteral("assigned"));
    }

    void cancelDuringARunWritesNothing()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const QList<qint64> ids = morning(*ws, day, 6);
        ui::ScheduleBoard board(*ws);
        showDistrict(board, day, m_fx.district);
        QPointer<ui::AutoDispatchDialog> dialog = board.runAutoDispatch();
        const qint64 audit = auditCount(*ws);
        // Proof that the cancel lands mid-run, not after a run that already
        // ended: the planner is held just after its baseline (progress 10 of
        // 100, before the first batch round) until the dialog's Cancel has
        // reached its flag, so it cannot finish first.
        std::atomic<bool> held{false}, cancelSeen{false};
        std::atomic<int> heldAt{-1};
        dialog->setRunHook([&](dispatch::autodispatch::AutoDispatchOptions &o) {
            o.timeBudgetMs = 0; // nothing but the cancel may stop it
            const std::atomic<bool> *cancel = o.cancel;
            o.progress = [&, cancel, report = o.progress](int done, int total) {
                report(done, total);
                if (done < 10 || held.exchange(true))
                    return;
                heldAt = done;
                for (int i = 0; i < 30000 && !cancel->load(); ++i)
                    std::this_thread::sleep_for(std::chrono::milliseconds(1));
                cancelSeen = cancel->load();
            };
        });
        QSignalSpy finished(dialog.data(), &ui::AutoDispatchDialog::runFinished);
        dialog->runButton()->click();
        QTRY_VERIFY(held.load());
        QCOMPARE(finished.count(), 0);
        // Running: the planner is on a worker; the dialog answers and offers Cancel.
        QVERIFY(dialog->isRunning());
        QVERIFY(dialog->cancelButton()->isEnabled());
        QVERIFY(!dialog->runButton()->isEnabled());
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QVERIFY(dialog->progressBar()->isVisible());
        dialog->cancelButton()->click();
        QVERIFY(finished.count() > 0 || finished.wait(30000));
        QVERIFY(cancelSeen.load()); // the worker was still held when the flag came
        QVERIFY(heldAt.load() < 100);
        // The planner returned cancelled, before any batch round or local search.
        QVERIFY(dialog->lastResult().cancelled);
        QVERIFY(dialog->lastResult().rounds.empty());
        QCOMPARE(dialog->lastResult().localSearchMoves, std::uint64_t(0));
        QVERIFY(!dialog->lastResult().localOptimum);
        QVERIFY(!dialog->isRunning());
        QCOMPARE(dialog->model()->rowCount(), 0);
        QVERIFY(!dialog->acceptButton()->isEnabled());
        QVERIFY(dialog->runButton()->isEnabled());
        dialog->reject();
        QTRY_VERIFY(!dialog);
        QCOMPARE(auditCount(*ws), audit);
        QCOMPARE(board.undoStack()->count(), 0);
        for (qint64 id : ids)
            QCOMPARE(status(*ws, id), QStringLiteral("awaiting_dispatch"));
    }

    void aTimeRangeNarrowsTheOrders()
    {
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        const qint64 day = nextThursday();
        const QList<qint64> ids = morning(*ws, day, 2);            // 09:00, 09:30
        const qint64 late = m_fx.newOrder(*ws, day + 5 * 3600);    // 15:00
        ui::ScheduleBoard board(*ws);
        showDistrict(board, day, m_fx.district);
        QPointer<ui::AutoDispatchDialog> dialog = board.runAutoDispatch();
        dialog->timeRangeCheck()->setChecked(true);
        dialog->fromEdit()->setTime(QTime(8, 0));
        dialog->toEdit()->setTime(QTime(12, 0));
        QVERIFY(runToEnd(dialog));
        QCOMPARE(dialog->model()->rowCount(), 2);
        QVERIFY(dialog->model()->rowOfOrder(ids.first()) >= 0);
        QCOMPARE(dialog->model()->rowOfOrder(late), -1);
        dialog->reject();
        QTRY_VERIFY(!dialog);
    }

    void managersCannotOpenIt()
    {
        auto ws = m_fx.login(QStringLiteral("manager"));
        ui::ScheduleBoard board(*ws);
        QVERIFY(!board.autoDispatchButton()->isEnabled());
    }
};

QTEST_MAIN(TestAutoDispatchUi)
#include "tst_autodispatch_ui.moc"
