// Personal data on screen and on disk (issue #10), offscreen: the decrypted
// scan copies the system viewer opens (named by their real format, in one
// owner-only folder, gone on lock and at the next start), and auto-lock
// hiding every window of the console, modal dialogs and the scan viewer
// included, and bringing them back as they were after unlocking; a stored
// auto-lock setting that does not parse leaves auto-lock on.
#include "demo/demo_generator.h"
#include "console_start.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "ui/console_flow.h"
#include "ui/idle_locker.h"
#include "ui/lock_curtain.h"
#include "ui/login_dialog.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/providers/scan_temp_files.h"
#include "ui/providers/scan_viewer.h"
#include "ui/unlock_dialog.h"

#include <QApplication>
#include <QBuffer>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

using namespace doorstep;

namespace {
QByteArray pngBytes()
{
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

// Stands in for the system viewer: QDesktopServices hands it the file: URL.
class ViewerCatcher : public QObject
{
    Q_OBJECT
public:
    QString path;
public slots:
    void open(const QUrl &url) { path = url.toLocalFile(); }
};

class TestScreenPrivacy : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QTemporaryDir m_tmp;    // TMPDIR: where the scan copies go
    QTemporaryDir m_config; // QSettings of the console under test
    QString m_path;
    demo::DemoOptions m_demo;
    ViewerCatcher m_viewer;

    // The console as started from the desktop, logged in as admin.
    bool startConsole(ui::ConsoleFlow &flow) { return tests::startConsoleAs(flow, QStringLiteral("admin"), m_demo.password); }

private slots:
    void initTestCase()
    {
        // Read on every use, so set before the first QSettings / temp path.
        qputenv("TMPDIR", m_tmp.path().toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        QCOMPARE(QDir(QDir::tempPath()).canonicalPath(), QDir(m_tmp.path()).canonicalPath());
        m_path = m_dir.filePath(QStringLiteral("lock.doorstep"));
        m_demo.providers = 60;
        m_demo.orders = 300;
        m_demo.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, m_demo);
        ui::MessageBox::setTestAnswer(QMessageBox::Ok);
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_viewer, "open");
    }

    // The copy used to be "doorstep-scan-XXXXXX-<uploaded name>" in the
    // shared temporary folder: a scan uploaded as "x.html" opened in the
    // browser. Now it is named by its bytes, in a folder only its user enters.
    void aScanCopyIsNamedByItsFormatInAPrivateFolder()
    {
        ui::ScanViewer viewer;
        viewer.setScan(pngBytes(), QStringLiteral("image/png"), QStringLiteral("身份证.html"));
        m_viewer.path.clear();
        viewer.openExternally();
        QVERIFY(!m_viewer.path.isEmpty());
        const QFileInfo copy(m_viewer.path);
        QVERIFY(copy.exists());
        QCOMPARE(copy.suffix(), QStringLiteral("png"));
        QVERIFY(!copy.fileName().contains(QStringLiteral("html")));
        QVERIFY(!copy.fileName().contains(QStringLiteral("身份证")));
        QCOMPARE(copy.absolutePath(), QDir(ui::scan_temp_files::directory()).absolutePath());
        QVERIFY(ui::scan_temp_files::directory().startsWith(QDir::tempPath()));
        QCOMPARE(copy.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        const QFileInfo folder(copy.absolutePath());
        QCOMPARE(folder.permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile read(m_viewer.path);
        QVERIFY(read.open(QIODevice::ReadOnly));
        QCOMPARE(read.readAll(), pngBytes());
        // Bytes of no accepted format are never written.
        QString error;
        QVERIFY(ui::scan_temp_files::write(QByteArrayLiteral("MZ\x90\x00 not a scan"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(ui::scan_temp_files::purge(), 0);
        QVERIFY(!QFile::exists(m_viewer.path));
        QVERIFY(QDir(copy.absolutePath()).isEmpty());
    }

#ifdef Q_OS_UNIX
    // Another user could plant the folder's name in a shared /tmp as a link
    // to somewhere of theirs: nothing is written through it.
    void aPlantedLinkIsNotUsedAsTheFolder()
    {
        QTemporaryDir elsewhere;
        const QString dir = ui::scan_temp_files::directory();
        QDir(dir).removeRecursively();
        QVERIFY(QFile::link(elsewhere.path(), dir));
        QString error;
        QVERIFY(ui::scan_temp_files::write(pngBytes(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(QDir(elsewhere.path()).isEmpty());
        QVERIFY(QFile::remove(dir));
    }
#endif

    // Copies a killed console left behind go when the next one starts; a
    // stored auto-lock value that does not parse reads as the default (10
    // minutes) and the administrator is told: auto-lock stays on.
    void leftoversGoAtStartAndABadSettingLeavesAutoLockOn()
    {
        QDir().mkpath(ui::scan_temp_files::directory());
        const QString leftover = QDir(ui::scan_temp_files::directory()).filePath(QStringLiteral("scan-left.png"));
        {
            QFile f(leftover);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pngBytes());
        }
        {
            auto ws = services::Workspace::login(m_path, QStringLiteral("admin"), m_demo.password);
            ws->store().db().run("UPDATE settings SET value = 'soon' WHERE key = 'auto_lock_minutes'");
        }
        {
            ui::ConsoleFlow flow({m_path, false});
            QVERIFY(startConsole(flow));
            QVERIFY(!QFile::exists(leftover));
            QVERIFY(flow.mainWindow());
            QCOMPARE(flow.idleLocker()->timeoutMinutes(), 10);
            QVERIFY(flow.idleLocker()->isEnabled());
            QVERIFY(ui::MessageBox::shownMessages().last().contains(QStringLiteral("soon")));
        }
        auto ws = services::Workspace::login(m_path, QStringLiteral("admin"), m_demo.password);
        ws->store().db().run("UPDATE settings SET value = '10' WHERE key = 'auto_lock_minutes'");
    }

    // The login worker catches up on what lapsed while the console was
    // closed (ConsoleFlow::catchUp through LoginDialog::setAfterLogin): when
    // the main window appears the provider is already suspended.
    void loggingInSuspendsWhatExpiredBeforeThePagesShow()
    {
        qint64 provider = 0;
        {
            auto ws = services::Workspace::login(m_path, QStringLiteral("admin"), m_demo.password);
            auto &db = ws->store().db();
            provider = db.scalar("SELECT p.id FROM providers p JOIN credentials c ON c.provider_id = p.id"
                                 " AND c.type = 'health_certificate' AND c.review_status = 'approved'"
                                 " WHERE p.status = 'active' ORDER BY p.id LIMIT 1").toLongLong();
            QVERIFY(provider);
            db.run("UPDATE credentials SET valid_to = ? WHERE provider_id = ? AND type = 'health_certificate'",
                   ws->clock().officeToday().addDays(-1).toString(Qt::ISODate), provider);
        }
        ui::ConsoleFlow flow({m_path, false});
        QVERIFY(startConsole(flow));
        QVERIFY(flow.mainWindow());
        auto ws = services::Workspace::inspect(m_path, QStringLiteral("admin"), m_demo.password);
        QCOMPARE(ws->store().db().scalar("SELECT status FROM providers WHERE id = ?", provider).toString(), QStringLiteral("suspended"));
        QVERIFY(ws->store().db().scalar("SELECT count(*) FROM audit_log WHERE action = 'provider.expiry_sweep'").toLongLong() >= 1);
    }

    // Before: only the main window was hidden; a dialog, a message box or a
    // scan viewer stayed on screen over the "locked" console.
    void lockHidesEveryWindowAndUnlockBringsThemBack()
    {
        ui::ConsoleFlow flow({m_path, false});
        QVERIFY(startConsole(flow));
        ui::MainWindow *main = flow.mainWindow();
        QVERIFY(main && main->isVisible());

        // A scan viewer in its own window (as the directory opens one) and
        // its copy handed to the system viewer.
        auto *scanWindow = new QDialog(main);
        auto *viewer = new ui::ScanViewer(scanWindow);
        (new QVBoxLayout(scanWindow))->addWidget(viewer);
        viewer->setScan(pngBytes(), QStringLiteral("image/png"), QStringLiteral("scan.png"));
        scanWindow->show();
        m_viewer.path.clear();
        viewer->openExternally();
        const QString copy = m_viewer.path;
        QVERIFY(QFile::exists(copy));

        // A form in its own modal loop, half filled in.
        QDialog form(main);
        form.setWindowTitle(QStringLiteral("New order for 王芳"));
        auto *typed = new QLineEdit(&form);
        (new QVBoxLayout(&form))->addWidget(typed);
        typed->setText(QStringLiteral("half typed"));

        struct Seen
        {
            bool unlockAsked = false, locked = false, mainHidden = false, scanHidden = false, formCovered = false, copyGone = false;
            QString formTitle;
        } whileLocked;
        bool restored = false, formUncovered = false, titleBack = false, textKept = false, formShown = false;
        QTimer::singleShot(0, &form, [&] {
            // Inside the form's exec(): the idle time passes.
            QTimer::singleShot(0, &form, [&] {
                // Inside the unlock dialog's exec(): what is on screen now?
                whileLocked.locked = flow.isLocked();
                whileLocked.mainHidden = !main->isVisible();
                whileLocked.scanHidden = !scanWindow->isVisible();
                whileLocked.formCovered = ui::LockCurtain::isCovered(&form);
                whileLocked.formTitle = form.windowTitle();
                whileLocked.copyGone = !QFile::exists(copy);
                auto *unlock = qobject_cast<ui::UnlockDialog *>(QApplication::activeModalWidget());
                whileLocked.unlockAsked = unlock != nullptr;
                if (unlock) {
                    unlock->passwordEdit()->setText(m_demo.password);
                    unlock->accept();
                } else if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                    other->reject();
                }
            });
            flow.idleLocker()->triggerNow();
            restored = main->isVisible() && scanWindow->isVisible() && !flow.isLocked();
            formUncovered = !ui::LockCurtain::isCovered(&form);
            titleBack = form.windowTitle() == QStringLiteral("New order for 王芳");
            textKept = typed->text() == QStringLiteral("half typed");
            formShown = form.isVisible();
            form.accept();
        });
        // The lock did not end the form's loop: it returns what the user chose.
        QCOMPARE(form.exec(), int(QDialog::Accepted));

        QVERIFY(whileLocked.unlockAsked);
        QVERIFY(whileLocked.locked);
        QVERIFY(whileLocked.mainHidden);
        QVERIFY(whileLocked.scanHidden);
        QVERIFY(whileLocked.formCovered);
        QVERIFY(!whileLocked.formTitle.contains(QStringLiteral("王芳")));
        QVERIFY(whileLocked.copyGone);
        QVERIFY(restored);
        QVERIFY(formUncovered);
        QVERIFY(titleBack);
        QVERIFY(textKept);
        QVERIFY(formShown);
        QVERIFY(flow.idleLocker()->isEnabled());
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        ui::MessageBox::clearTestAnswer();
    }
};

QTEST_MAIN(TestScreenPrivacy)
#include "tst_screenprivacy.moc"
