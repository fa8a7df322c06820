// Rotating the data key from the window, as an administrator does it: remove
// an account on the staff page, agree to rotate now, confirm with the
// password, watch the progress, land in the console again. Deferred
// rotations show a banner until done; a store open elsewhere is refused and
// the console carries on.
#include "demo/demo_generator.h"
#include "itemmodels/staff_model.h"
#include "services/data_key_rotation.h"
#include "services/staff_service.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "ui/console_flow.h"
#include "ui/login_dialog.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/staff_page.h"
#include "ui/unlock_dialog.h"
#include "console_start.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

class TestRotationUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_config;
    QString m_path;
    demo::DemoOptions m_demo;

    bool startConsole(ui::ConsoleFlow &flow) { return tests::startConsoleAs(flow, QStringLiteral("admin"), m_demo.password); }

    // The next modal dialog is the password confirmation: type and confirm.
    void confirmWithPassword(const QString &password)
    {
        tests::answerDialog<ui::UnlockDialog>([password](ui::UnlockDialog *confirm) {
            QCOMPARE(confirm->objectName(), QStringLiteral("rotationPasswordDialog"));
            confirm->passwordEdit()->setText(password);
            confirm->accept(); // checked on a worker; the dialog closes when it passes
        });
    }

    services::RotationDue due()
    {
        auto ws = services::Workspace::inspect(m_path, QStringLiteral("admin"), m_demo.password);
        return services::rotationDue(ws->store().db());
    }

    qint64 rekeyEntries()
    {
        auto ws = services::Workspace::inspect(m_path, QStringLiteral("admin"), m_demo.password);
        return ws->store().db().scalar("SELECT count(*) FROM audit_log WHERE action = 'store.rekey'").toLongLong();
    }

    static int rowOf(ui::StaffPage *page, const QString &user)
    {
        for (int r = 0; r < page->model()->rowCount(); ++r)
            if (page->model()->usernameAt(r) == user)
                return r;
        return -1;
    }

private slots:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        m_path = m_dir.filePath(QStringLiteral("rotate.doorstep"));
        m_demo.providers = 40;
        m_demo.orders = 300;
        m_demo.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, m_demo);
        store::Store::setBusyTimeout(100);
    }

    void init() { ui::MessageBox::setTestAnswer(QMessageBox::Yes); }

    void removingAnAccountAndRotatingNowReopensTheConsole()
    {
        ui::ConsoleFlow flow({m_path, false});
        QVERIFY(startConsole(flow));
        QPointer<ui::MainWindow> before = flow.mainWindow();
        QVERIFY(before && before->rotationBanner() && !before->rotationBanner()->isVisible());
        auto *staff = qobject_cast<ui::StaffPage *>(before->page(QStringLiteral("staff")));
        QVERIFY(staff);
        const int row = rowOf(staff, QStringLiteral("dispatcher"));
        QVERIFY(row >= 0);
        staff->view()->selectRow(row);

        confirmWithPassword(m_demo.password);
        staff->removeStaff(); // "Remove?" Yes; "Rotate the data key now?" Yes
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("Rotate the data key now?")));
        // The session closes, the progress runs, the console opens again.
        QTRY_VERIFY_WITH_TIMEOUT(before.isNull(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() != nullptr, 60000);
        QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("re-encrypted under a new data key")));
        QVERIFY(!flow.mainWindow()->rotationBanner()->isVisible());
        QVERIFY(!due().isDue());
        QCOMPARE(rekeyEntries(), 1);
    }

    void aDeferredRotationShowsABannerUntilItIsDone()
    {
        {
            // Another administrator removed an account and deferred the rotation
            // (doorstep-cli users remove --defer-rekey).
            auto ws = services::Workspace::login(m_path, QStringLiteral("admin"), m_demo.password);
            const qint64 id = ws->store().db().scalar("SELECT id FROM staff WHERE username = 'agent'").toLongLong();
            services::StaffService(ws->services()).remove(id);
        }
        ui::ConsoleFlow flow({m_path, false});
        QVERIFY(startConsole(flow));
        QPointer<ui::MainWindow> window = flow.mainWindow();
        QWidget *banner = window->rotationBanner();
        QVERIFY(banner->isVisible());
        auto *text = banner->findChild<QLabel *>();
        QVERIFY(text && text->text().contains(QStringLiteral("agent")));

        // Rotate now… then Cancel at the password: nothing happens.
        tests::answerDialog<ui::UnlockDialog>([](ui::UnlockDialog *confirm) { confirm->reject(); });
        banner->findChild<QPushButton *>(QStringLiteral("rotateNow"))->click();
        QCoreApplication::processEvents();
        QCOMPARE(flow.mainWindow(), window.data());
        QVERIFY(banner->isVisible());
        QVERIFY(due().isDue());

        // A wrong password keeps the dialog open with the reason; then the right one.
        tests::answerDialog<ui::UnlockDialog>([this](ui::UnlockDialog *confirm) {
            QSignalSpy done(confirm, &ui::UnlockDialog::attemptFinished);
            confirm->passwordEdit()->setText(QStringLiteral("wrong"));
            confirm->accept();
            QVERIFY(done.wait(10000));
            QVERIFY(confirm->isVisible());
            QVERIFY(confirm->errorText().contains(QStringLiteral("wrong")));
            confirm->passwordEdit()->setText(m_demo.password);
            confirm->accept();
        });
        banner->findChild<QPushButton *>(QStringLiteral("rotateNow"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() != nullptr, 60000);
        QVERIFY(!flow.mainWindow()->rotationBanner()->isVisible());
        QVERIFY(!due().isDue());
    }

    void aStoreOpenElsewhereIsNotRotatedAndTheConsoleCarriesOn()
    {
        {
            auto ws = services::Workspace::login(m_path, QStringLiteral("admin"), m_demo.password);
            const qint64 id = ws->store().db().scalar("SELECT id FROM staff WHERE username = 'manager'").toLongLong();
            services::StaffService(ws->services()).remove(id);
        }
        const qint64 rotations = rekeyEntries();
        auto elsewhere = services::Workspace::login(m_path, QStringLiteral("supervisor"), m_demo.password);
        ui::ConsoleFlow flow({m_path, false});
        QVERIFY(startConsole(flow));
        QPointer<ui::MainWindow> window = flow.mainWindow();
        confirmWithPassword(m_demo.password);
        window->findChild<QAction *>(QStringLiteral("rotateDataKeyAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.isNull(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(flow.mainWindow() != nullptr, 60000);
        const QString told = ui::MessageBox::shownMessages().last();
        QVERIFY2(told.contains(QStringLiteral("not rotated")) && told.contains(QStringLiteral("another console")),
                 qPrintable(told));
        QVERIFY(flow.mainWindow()->rotationBanner()->isVisible()); // still due
        QCOMPARE(rekeyEntries(), rotations);
        // The other session was never disturbed.
        QVERIFY(elsewhere->store().db().scalar("SELECT count(*) FROM customers").toLongLong() > 0);
    }
};

QTEST_MAIN(TestRotationUi)
#include "tst_rotation_ui.moc"
