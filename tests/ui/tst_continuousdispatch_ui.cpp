// Continuous auto-dispatch in the console, offscreen: the auto-dispatch
// settings dialog offers the office's choice for new orders (off, propose,
// assign; read-only for dispatchers) and saves it; the dispatch page's
// "New orders" tab says the mode and lists what happened to each new order,
// and a proposal is accepted with one click on its row's Accept button. The
// main window gives dispatchers (only) the component, and an order typed in
// on the orders page reaches it.
#include "dispatch_fixture.h"
#include "itemmodels/continuous_dispatch.h"
#include "itemmodels/continuous_dispatch_model.h"
#include "services/settings_service.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/orders_page.h"
#include "ui/schedule/auto_dispatch_settings_dialog.h"
#include "ui/schedule/continuous_dispatch_panel.h"
#include "ui/schedule/schedule_board.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

using namespace doorstep;
using services::ContinuousDispatchMode;
using itemmodels::ContinuousDispatchModel;

class TestContinuousDispatchUi : public QObject
{
    Q_OBJECT
private:
    tests::DispatchFixture m_fx;

    static ContinuousDispatchMode storedMode(services::Workspace &ws)
    {
        return services::continuousDispatchMode(services::OfficeSettings(ws.store().db()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx.create();
        ui::MessageBox::setTestAnswer(QMessageBox::Yes);
    }

    void settingsDialogSavesTheMode()
    {
        auto admin = m_fx.login(QStringLiteral("admin"));
        {
            ui::AutoDispatchSettingsDialog dialog(*admin);
            QComboBox *box = dialog.continuousBox();
            QCOMPARE(box->count(), 3);
            QCOMPARE(box->currentData().toInt(), int(ContinuousDispatchMode::Off));
            QVERIFY(box->isEnabled());
            box->setCurrentIndex(box->findData(int(ContinuousDispatchMode::Propose)));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(storedMode(*admin), ContinuousDispatchMode::Propose);
        // A dispatcher sees it, cannot change it.
        auto dispatcher = m_fx.login(QStringLiteral("dispatcher"));
        ui::AutoDispatchSettingsDialog dialog(*dispatcher);
        QVERIFY(dialog.isReadOnly());
        QVERIFY(!dialog.continuousBox()->isEnabled());
        QCOMPARE(dialog.continuousBox()->currentData().toInt(), int(ContinuousDispatchMode::Propose));
        services::SettingsService(admin->services()).set(services::settings::ContinuousDispatch, 0);
    }

    void dispatchPageShowsProposalsAcceptedWithOneClick()
    {
        auto admin = m_fx.login(QStringLiteral("admin"));
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        itemmodels::ContinuousDispatch continuous(ws->services());
        continuous.setDebounceMs(0);
        ui::ScheduleBoard board(*ws);
        board.setContinuousDispatch(&continuous);
        board.resize(1400, 800);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        ui::ContinuousDispatchPanel *panel = board.continuousPanel();
        QVERIFY(panel);
        auto *tabs = board.findChild<QTabWidget *>();
        QVERIFY(tabs && tabs->indexOf(panel) >= 0);
        tabs->setCurrentWidget(panel);
        const QString offText = panel->modeLabel()->text();
        QVERIFY(!offText.isEmpty());

        services::SettingsService(admin->services()).set(services::settings::ContinuousDispatch, int(ContinuousDispatchMode::Propose));
        const qint64 id = m_fx.newOrder(*ws, m_fx.nextThursday());
        QSignalSpy finished(&continuous, &itemmodels::ContinuousDispatch::runFinished);
        continuous.ordersMayHaveArrived();
        QVERIFY(finished.wait(60000));
        QVERIFY(panel->modeLabel()->text() != offText); // now says it proposes
        QTableView *view = panel->view();
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(!view->model()->index(0, ContinuousDispatchModel::Why).data().toString().isEmpty());
        auto *accept = qobject_cast<QAbstractButton *>(panel->acceptButton(0));
        QVERIFY(accept);
        QVERIFY(accept->isVisible());
        QCOMPARE(tests::DispatchFixture::status(*ws, id), QStringLiteral("awaiting_dispatch"));

        accept->click();
        QCOMPARE(tests::DispatchFixture::status(*ws, id), QStringLiteral("assigned"));
        QCOMPARE(view->model()->index(0, ContinuousDispatchModel::Result).data().toString(),
                 ContinuousDispatchModel::stateName(itemmodels::ContinuousDispatchEntry::State::Accepted));
        QTRY_VERIFY(!panel->acceptButton(0));
        services::SettingsService(admin->services()).set(services::settings::ContinuousDispatch, 0);
    }

    void mainWindowWiresNewOrdersToIt()
    {
        auto admin = m_fx.login(QStringLiteral("admin"));
        auto ws = m_fx.login(QStringLiteral("dispatcher"));
        ui::MainWindow window(*ws);
        itemmodels::ContinuousDispatch *continuous = window.continuousDispatch();
        QVERIFY(continuous);
        auto *board = qobject_cast<ui::ScheduleBoard *>(window.page(QStringLiteral("schedule")));
        QVERIFY(board && board->continuousPanel());
        auto *orders = qobject_cast<ui::OrdersPage *>(window.page(QStringLiteral("orders")));
        QVERIFY(orders);

        services::SettingsService(admin->services()).set(services::settings::ContinuousDispatch, int(ContinuousDispatchMode::Assign));
        const qint64 id = m_fx.newOrder(*ws, m_fx.nextThursday());
        QSignalSpy finished(continuous, &itemmodels::ContinuousDispatch::runFinished);
        Q_EMIT orders->orderCreated(id); // as the new-order form does
        QVERIFY(finished.wait(60000));
        QCOMPARE(tests::DispatchFixture::status(*ws, id), QStringLiteral("assigned"));
        QCOMPARE(board->continuousPanel()->view()->model()->rowCount(), 1);
        services::SettingsService(admin->services()).set(services::settings::ContinuousDispatch, 0);

        // Roles that do not dispatch get none.
        auto agent = m_fx.login(QStringLiteral("agent"));
        ui::MainWindow other(*agent);
        QVERIFY(!other.continuousDispatch());
    }
};

QTEST_MAIN(TestContinuousDispatchUi)
#include "tst_continuousdispatch_ui.moc"
