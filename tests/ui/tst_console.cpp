// The console as a person uses it, on the offscreen platform: log in (and
// fail to), land on the customers page, search, add a customer, see what a
// role may see, lock and unlock. Dialogs are answered through MessageBox's
// test hook.
#include "demo/demo_generator.h"
#include "itemmodels/customers_model.h"
#include "itemmodels/staff_model.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "ui/customer_dialog.h"
#include "ui/customers_page.h"
#include "ui/idle_locker.h"
#include "ui/login_dialog.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/orders_page.h"
#include "itemmodels/orders_model.h"
#include "ui/staff_page.h"
#include "ui/unlock_dialog.h"
#include "wait_loaded.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include "services/staff_service.h"
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace doorstep;

class TestConsole : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    demo::DemoOptions m_demo;

    // Login and unlock check the password on a worker thread; a test waits
    // for the attempt to end as a person waits for the busy bar to go.
    template<typename Dialog>
    static void attempt(Dialog &dialog)
    {
        QSignalSpy done(&dialog, &Dialog::attemptFinished);
        dialog.accept();
        QVERIFY(done.wait(30000));
    }

    std::unique_ptr<services::Workspace> logIn(const QString &user)
    {
        ui::LoginDialog login;
        login.setStorePath(m_path);
        login.setUsername(user);
        login.passwordEdit()->setText(m_demo.password);
        attempt(login);
        return login.takeWorkspace();
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("console.doorstep"));
        m_demo.providers = 60;
        m_demo.orders = 1500;
        m_demo.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, m_demo);
        ui::MessageBox::setTestAnswer(QMessageBox::Yes);
    }

    void wrongPasswordKeepsTheDialogOpenWithAReason()
    {
        ui::LoginDialog login;
        login.setStorePath(m_path);
        login.setUsername(QStringLiteral("admin"));
        QTest::keyClicks(login.passwordEdit(), QStringLiteral("not-the-password"));
        login.show();
        QSignalSpy done(&login, &ui::LoginDialog::attemptFinished);
        QTest::keyClick(login.passwordEdit(), Qt::Key_Return);
        QVERIFY(login.isBusy()); // Argon2 runs on a worker thread: the window keeps painting
        QVERIFY(!login.passwordEdit()->isEnabled());
        QVERIFY(done.wait());
        QVERIFY(!login.isBusy());
        QVERIFY(login.isVisible());
        QCOMPARE(login.result(), int(QDialog::Rejected));
        QVERIFY(login.errorText().contains(QStringLiteral("password is wrong")));
        QVERIFY(!login.takeWorkspace());

        login.usernameEdit()->setText(QStringLiteral("nobody"));
        login.passwordEdit()->setText(m_demo.password);
        attempt(login);
        QVERIFY(login.errorText().contains(QStringLiteral("no account")));
    }

    void afterLoginWorkRunsOnTheWorkerBeforeTheDialogCloses()
    {
        // The console catches up (expiry and accept-timeout sweeps) in the
        // login worker, so a big store's sweep never holds up the GUI thread.
        ui::LoginDialog login;
        login.setStorePath(m_path);
        login.setUsername(QStringLiteral("admin"));
        login.passwordEdit()->setText(m_demo.password);
        QThread *ranOn = nullptr;
        bool sawTheSession = false;
        login.setAfterLogin([&](services::Workspace &ws) {
            ranOn = QThread::currentThread();
            sawTheSession = ws.session().username == u"admin";
            return QStringLiteral("something to tell");
        });
        attempt(login);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QVERIFY(ranOn);
        QVERIFY(ranOn != QThread::currentThread());
        QVERIFY(sawTheSession);
        QCOMPARE(login.afterLoginProblem(), QStringLiteral("something to tell"));
        QVERIFY(login.takeWorkspace());

        // A failed login runs none of it.
        ui::LoginDialog wrong;
        wrong.setStorePath(m_path);
        wrong.setUsername(QStringLiteral("admin"));
        wrong.passwordEdit()->setText(QStringLiteral("not-the-password"));
        bool ran = false;
        wrong.setAfterLogin([&](services::Workspace &) {
            ran = true;
            return QString();
        });
        attempt(wrong);
        QVERIFY(!ran);
        QVERIFY(!wrong.takeWorkspace());
    }

    void loginLandsOnTheCustomersPageWithRealData()
    {
        auto ws = logIn(QStringLiteral("admin"));
        QVERIFY(ws);
        ui::MainWindow window(*ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.pageKeys(), (QStringList{QStringLiteral("orders"), QStringLiteral("schedule"), QStringLiteral("customers"),
                                                QStringLiteral("complaints"), QStringLiteral("stats"), QStringLiteral("providers"),
                                                QStringLiteral("review"), QStringLiteral("staff")}));
        // Only the first area is built at login; the others when first shown,
        // so a big store's pages do not all load their first queries at once.
        QVERIFY(window.builtPage(QStringLiteral("orders")));
        for (const QString &key : {QStringLiteral("schedule"), QStringLiteral("customers"), QStringLiteral("complaints"),
                                   QStringLiteral("stats"), QStringLiteral("providers"), QStringLiteral("review"), QStringLiteral("staff")})
            QVERIFY2(!window.builtPage(key), qPrintable(key));
        window.showPage(QStringLiteral("customers"));
        QVERIFY(window.builtPage(QStringLiteral("customers")));
        QVERIFY(!window.builtPage(QStringLiteral("providers")));
        auto *customers = qobject_cast<ui::CustomersPage *>(window.page(QStringLiteral("customers")));
        QVERIFY(customers);
        QVERIFY(customers->isVisible());
        WAIT_LOADED(customers->model());
        QVERIFY(customers->model()->rowCount() > 0);
        QVERIFY(customers->model()->rowCount() <= customers->model()->pageSize() * 2); // paged, not the whole table
        const QString name = customers->model()->index(0, itemmodels::CustomersModel::Name).data().toString();
        QVERIFY(!name.isEmpty());
        // Administrators may see full numbers.
        QVERIFY(!customers->model()->index(0, itemmodels::CustomersModel::Phone).data().toString().contains(u'*'));

        // A surname: the list narrows to it after the debounce.
        customers->searchEdit()->setText(name.left(1)); // QTest::keyClicks types ASCII only
        QTRY_VERIFY(customers->model()->rowCount() > 0 &&
                    customers->model()->index(customers->model()->rowCount() - 1, 0).data().toString().startsWith(name.left(1)));
    }

    void addingACustomerShowsItAndBadInputIsExplained()
    {
        auto ws = logIn(QStringLiteral("agent"));
        QVERIFY(ws);
        ui::CustomersPage page(*ws);
        ui::CustomerDialog dialog(*ws);
        dialog.nameEdit()->setText(QStringLiteral("欧阳娜娜"));
        dialog.phoneEdit()->setText(QStringLiteral("1234"));
        dialog.accept(); // refused: the hook records the message, the dialog stays
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("not a valid mainland China mobile number")));
        dialog.phoneEdit()->setText(QStringLiteral("13661234567"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        page.model()->reload();
        WAIT_LOADED(page.model());
        QCOMPARE(page.model()->index(0, itemmodels::CustomersModel::Name).data().toString(), QStringLiteral("欧阳娜娜"));
    }

    void aDispatcherSeesMaskedPhonesAndNoStaffPage()
    {
        auto ws = logIn(QStringLiteral("dispatcher"));
        QVERIFY(ws);
        ui::MainWindow window(*ws);
        QCOMPARE(window.pageKeys(), (QStringList{QStringLiteral("orders"), QStringLiteral("schedule"), QStringLiteral("customers"), QStringLiteral("providers")}));
        auto *customers = qobject_cast<ui::CustomersPage *>(window.page(QStringLiteral("customers")));
        WAIT_LOADED(customers->model());
        const QString phone = customers->model()->index(0, itemmodels::CustomersModel::Phone).data().toString();
        QVERIFY2(phone.contains(QStringLiteral("****")), qPrintable(phone));
    }

    // A dispatcher sees 138****5678: typing other digits used to filter by
    // them anywhere in the number, probing the hidden middle (issue #10).
    // Now such a search matches nothing and the hint under the field says
    // what works; the last four digits work; a whole number works and is
    // recorded in the audit log, once per number typed.
    void aMaskedSearchTakesTheLastFourOrTheWholeNumber()
    {
        auto ws = logIn(QStringLiteral("dispatcher"));
        ui::CustomersPage page(*ws);
        page.show();
        auto &db = ws->store().db();
        auto st = db.prepare("SELECT phone FROM customers WHERE erased_at IS NULL ORDER BY id LIMIT 1");
        QVERIFY(st.next());
        const QString phone = st.text(0);
        auto *hint = page.findChild<QLabel *>(QStringLiteral("filterHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());

        QTest::keyClicks(page.searchEdit(), phone.mid(3, 5));
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        WAIT_LOADED(page.model());
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("last 4")));

        page.searchEdit()->clear();
        QTest::keyClicks(page.searchEdit(), phone.right(4));
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        WAIT_LOADED(page.model());
        QVERIFY(page.model()->rowCount() >= 1);
        QVERIFY(!hint->isVisible());

        const auto lookups = [&] { return db.scalar("SELECT count(*) FROM audit_log WHERE action = 'customer.search_by_phone'").toInt(); };
        const int before = lookups();
        page.searchEdit()->clear();
        QTest::keyClicks(page.searchEdit(), phone);
        QTest::keyClick(page.searchEdit(), Qt::Key_Return);
        WAIT_LOADED(page.model());
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(lookups(), before + 1);
        QTest::keyClick(page.searchEdit(), Qt::Key_Return); // the same number again: no second entry
        QCOMPARE(lookups(), before + 1);
        const QString detail = db.scalar("SELECT detail FROM audit_log WHERE action = 'customer.search_by_phone' ORDER BY seq DESC LIMIT 1").toString();
        QVERIFY(!detail.contains(phone));
    }

    void ordersFilterByStatusAndShowTheTimeline()
    {
        auto ws = logIn(QStringLiteral("dispatcher"));
        ui::OrdersPage page(*ws);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        WAIT_LOADED(page.model());
        QVERIFY(page.model()->rowCount() > 0);
        QVERIFY(page.model()->rowCount() < 1500); // paged: the model tester fetches a few pages, never all
        // "All (1500 and the demo's return visits)" first, then one entry per status with its
        // count; a worker counts, so the numbers come a moment after the list.
        QCOMPARE(page.statusFilter()->count(), 10);
        const QString all = QString::number(1500 + ws->store().db().scalar("SELECT count(*) FROM orders WHERE reservice_of IS NOT NULL").toLongLong());
        QTRY_VERIFY2(page.statusFilter()->itemText(0).contains(all), qPrintable(page.statusFilter()->itemText(0) + u" / " + all));
        const int awaiting = page.statusFilter()->findData(QStringLiteral("awaiting_dispatch"));
        page.statusFilter()->setCurrentIndex(awaiting);
        WAIT_LOADED(page.model());
        QVERIFY(page.model()->rowCount() > 0);
        for (int r = 0; r < page.model()->rowCount(); ++r)
            QCOMPARE(page.model()->index(r, itemmodels::OrdersModel::Status).data(itemmodels::PagedTableModel::SortRole).toString(),
                     QStringLiteral("awaiting_dispatch"));
        // Latest window first within a status.
        QVERIFY(page.model()->index(0, itemmodels::OrdersModel::Window).data(itemmodels::PagedTableModel::SortRole).toLongLong()
                >= page.model()->index(page.model()->rowCount() - 1, itemmodels::OrdersModel::Window).data(itemmodels::PagedTableModel::SortRole).toLongLong());
        QVERIFY(page.model()->index(0, itemmodels::OrdersModel::Phone).data().toString().contains(QStringLiteral("****")));
        QVERIFY(page.model()->index(0, itemmodels::OrdersModel::Price).data().toString().startsWith(u'¥'));
        page.view()->selectRow(0);
        QVERIFY(page.timeline()->count() >= 2); // created, awaiting dispatch
        // Search by order number.
        const QString orderNo = page.model()->index(0, itemmodels::OrdersModel::OrderNo).data().toString();
        page.statusFilter()->setCurrentIndex(0);
        page.model()->setSearch(orderNo);
        WAIT_LOADED(page.model());
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->index(0, itemmodels::OrdersModel::OrderNo).data().toString(), orderNo);
    }

    void staffPageAddsAnAccountThatCanLogIn()
    {
        auto ws = logIn(QStringLiteral("admin"));
        ui::StaffPage page(*ws);
        const int before = page.model()->rowCount();
        QCOMPARE(before, 7);
        services::StaffService s(ws->services());
        s.setKdf(store::KdfParams::fastForTests());
        s.add({QStringLiteral("wu.fang"), QStringLiteral("吴芳"), services::Role::Supervisor, {}, QStringLiteral("wufang-pass")});
        page.model()->reload();
        QCOMPARE(page.model()->rowCount(), before + 1);
        QVERIFY(ws->store().checkPassword(QStringLiteral("wu.fang"), QStringLiteral("wufang-pass")));
    }

    void idleLockAndUnlock()
    {
        auto ws = logIn(QStringLiteral("admin"));
        ui::IdleLocker locker;
        QSignalSpy spy(&locker, &ui::IdleLocker::lockRequested);
        locker.setTimeout(0); // disabled: no lock
        locker.setEnabled(true);
        // A timer armed with 0 minutes would fire on the next pass of the loop.
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 0);
        locker.triggerNow();
        QCOMPARE(spy.count(), 1);

        ui::UnlockDialog unlock(*ws); // the logged-in admin unlocks with their own password
        unlock.passwordEdit()->setText(QStringLiteral("wrong"));
        attempt(unlock);
        QCOMPARE(unlock.result(), int(QDialog::Rejected));
        QVERIFY(unlock.errorText().contains(QStringLiteral("wrong")));
        unlock.passwordEdit()->setText(m_demo.password);
        attempt(unlock);
        QCOMPARE(unlock.result(), int(QDialog::Accepted));
    }

    void cleanupTestCase()
    {
        ui::MessageBox::clearTestAnswer();
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
