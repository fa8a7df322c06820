#include "ui/console_flow.h"

#include "demo/demo_generator.h"
#include "domain/office_time.h"
#include "itemmodels/queries.h"
#include "itemmodels/sweep_check.h"
#include "services/data_key_rotation.h"
#include "services/complaint_escalation.h"
#include "services/order_timeout_service.h"
#include "services/privacy_service.h"
#include "services/provider_expiry_service.h"
#include "services/settings_service.h"
#include "services/workspace.h"
#include "ui/data_key_rotation_run.h"
#include "ui/first_run_dialog.h"
#include "ui/idle_locker.h"
#include "ui/login_dialog.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/privacy/retention_runner.h"
#include "ui/providers/scan_temp_files.h"
#include "ui/unlock_dialog.h"
#include "sync/sync_client.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent>

#include <atomic>

namespace doorstep::ui {

ConsoleFlow::ConsoleFlow(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_dayTimer(new QTimer(this))
    , m_minuteTimer(new QTimer(this))
    , m_locker(new IdleLocker(this))
{
    m_dayTimer->setInterval(10 * 60 * 1000);
    connect(m_dayTimer, &QTimer::timeout, this, &ConsoleFlow::sweepIfNewDay);
    m_minuteTimer->setInterval(60 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, &ConsoleFlow::sweepTimeouts);
    connect(m_locker, &IdleLocker::lockRequested, this, &ConsoleFlow::lock);
    m_locker->setEnabled(false);
}

QString ConsoleFlow::sweepKey() const
{
    return domain::officeDate(m_workspace->clock().now()) + u'|' + m_workspace->path();
}

QString ConsoleFlow::catchUp(services::Workspace &workspace)
{
    QString problem;
    try {
        services::ProviderExpiryService(workspace.services()).sweep();
    } catch (const std::exception &e) {
        problem = QString::fromUtf8(e.what());
    }
    try {
        services::OrderTimeoutService(workspace.services()).sweep();
    } catch (const std::exception &e) {
        // A busy store (another console writing) is retried in a minute.
        qWarning("accept-timeout sweep: %s", e.what());
    }
    escalateBreaches(workspace);
    return problem;
}

void ConsoleFlow::escalateBreaches(services::Workspace &workspace)
{
    // Only roles with the workbench sweep (the others could not see the flag).
    if (!workspace.session().can(services::Permission::ComplaintView))
        return;
    try {
        services::ComplaintEscalation(workspace.services()).sweep();
    } catch (const std::exception &e) {
        qWarning("breach escalation sweep: %s", e.what()); // retried next minute
    }
}

void ConsoleFlow::sweepIfNewDay()
{
    if (!m_workspace)
        return;
    if (sweepKey() == m_sweptDay)
        return;
    // The timer's check reads on a worker; the sweep (a write) runs here only when due.
    if (m_sweepCheck) {
        m_sweepCheck->checkExpiry(m_workspace->clock().officeToday());
        return;
    }
    runExpirySweep();
}

void ConsoleFlow::runExpirySweep()
{
    if (!m_workspace)
        return;
    const QString key = sweepKey();
    if (key == m_sweptDay)
        return;
    try {
        services::ProviderExpiryService(m_workspace->services()).sweep();
        m_sweptDay = key;
    } catch (const std::exception &e) {
        MessageBox::error(nullptr, e);
    }
    startRetentionSweep(); // a console left open over midnight (at login the window comes first)
}

void ConsoleFlow::sweepTimeouts()
{
    if (!m_workspace)
        return;
    if (m_sweepCheck) {
        m_sweepCheck->checkTimeouts(m_workspace->clock().now());
        return;
    }
    runTimeoutSweep();
}

void ConsoleFlow::sweepChecked(int sweep, bool due)
{
    using Sweep = itemmodels::SweepCheck::Sweep;
    if (!m_workspace)
        return;
    if (Sweep(sweep) == Sweep::Expiry) {
        if (due) {
            runExpirySweep();
            return;
        }
        m_sweptDay = sweepKey(); // nothing lapsed today
        startRetentionSweep();
    } else if (due) {
        runTimeoutSweep();
    }
}

void ConsoleFlow::runTimeoutSweep()
{
    if (!m_workspace)
        return;
    int timedOut = 0;
    escalateBreaches(*m_workspace);
    try {
        timedOut = services::OrderTimeoutService(m_workspace->services()).sweep();
    } catch (const std::exception &e) {
        // A busy store (another console writing) is retried next minute.
        qWarning("accept-timeout sweep: %s", e.what());
        return;
    }
    if (timedOut > 0 && m_window)
        m_window->ordersChangedHere(tr("%n job(s) went back to the dispatch queue: the provider did not accept in time.", nullptr, timedOut));
}

RetentionRunner *ConsoleFlow::retentionRunner() const
{
    return m_retention;
}

void ConsoleFlow::startRetentionSweep()
{
    if (!m_workspace || !m_window || !m_workspace->session().can(services::Permission::DataSubjectRequests))
        return;
    const QString key = domain::officeDate(m_workspace->clock().now()) + u'|' + m_workspace->path();
    if (key == m_retentionDay || m_retention)
        return;
    auto *runner = new RetentionRunner(m_workspace->services(), m_window);
    m_retention = runner;
    connect(runner, &RetentionRunner::finished, this, [this, runner, key](const services::RetentionResult &r) {
        m_retentionDay = key;
        runner->deleteLater();
        const QString summary = RetentionRunner::summary(r);
        if (!summary.isEmpty() && m_window)
            m_window->customersChangedHere(summary);
    });
    connect(runner, &RetentionRunner::failed, this, [this, runner](const QString &message) {
        // A busy store or a setting that does not parse: said in the status
        // bar (a setting problem is also shown at login), tried at next login.
        runner->deleteLater();
        if (m_window)
            m_window->customersChangedHere(tr("The retention sweep did not run: %1").arg(message));
    });
    runner->start();
}

ConsoleFlow::~ConsoleFlow()
{
    delete m_window;
    // Exit: no decrypted scan copy outlives the console.
    scan_temp_files::purge();
}

QString ConsoleFlow::defaultStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("office.doorstep"));
}

QString ConsoleFlow::demoStorePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.doorstep"));
}

QString ConsoleFlow::demoPassword()
{
    return demo::DemoOptions().password;
}

MainWindow *ConsoleFlow::mainWindow() const
{
    return m_window;
}

bool ConsoleFlow::start()
{
    // Copies a crashed or killed console left behind.
    scan_temp_files::purge();
    QSettings settings;
    if (m_options.demo) {
        const QString path = demoStorePath();
        if (!QFileInfo::exists(path) && !createDemoStore(path))
            return false;
        return loginTo(path, QStringLiteral("admin"),
                       tr("Demo store: every account's password is %1 — admin (administrator), supervisor, "
                          "dispatcher, agent (service agent), manager.").arg(demoPassword()));
    }
    QString path = m_options.storePath.isEmpty() ? settings.value(QStringLiteral("lastStore")).toString() : m_options.storePath;
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        FirstRunDialog first(defaultStorePath());
        if (first.exec() != QDialog::Accepted)
            return false;
        switch (first.choice()) {
        case FirstRunDialog::Choice::Created:
            enter(first.takeWorkspace());
            return true;
        case FirstRunDialog::Choice::Demo:
            m_options.demo = true;
            return start();
        case FirstRunDialog::Choice::OpenExisting:
            path = first.existingPath();
            break;
        case FirstRunDialog::Choice::None:
            return false;
        }
    }
    return loginTo(path, settings.value(QStringLiteral("lastUser")).toString(), QString());
}

bool ConsoleFlow::loginTo(const QString &path, const QString &user, const QString &hint)
{
    LoginDialog login;
    login.setStorePath(path);
    login.setUsername(user);
    login.setHint(hint);
    login.setAfterLogin(&ConsoleFlow::catchUp);
    if (login.exec() != QDialog::Accepted)
        return false;
    enter(login.takeWorkspace(), login.afterLoginProblem());
    return true;
}

namespace {
// What the demo worker shares with the window. Owned jointly, so the worker
// never reaches into a stack frame that has returned (a cancelled or closed
// progress dialog returns before the worker has seen the cancel).
struct DemoRun
{
    std::atomic<bool> cancelled = false;
    std::atomic<int> percent = 0;
};
} // namespace

bool ConsoleFlow::createDemoStore(const QString &path)
{
    auto run = std::make_shared<DemoRun>();
    QProgressDialog progress(tr("Creating the demo store: a Shanghai franchise with a year of orders…"), tr("Cancel"), 0, 100);
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &progress, [&progress, run] { progress.setValue(run->percent); });
    poll.start(100);
    // The generator works on its own connection in a worker thread; the
    // window stays responsive and Cancel stops it between batches.
    QFutureWatcher<QString> watcher;
    connect(&watcher, &QFutureWatcher<QString>::finished, &progress, &QProgressDialog::accept);
    watcher.setFuture(QtConcurrent::run([run, path]() -> QString {
        try {
            demo::DemoOptions options;
            demo::createDemoStore(path, options, [run](int p) {
                run->percent = p;
                return !run->cancelled;
            });
            return QString();
        } catch (const std::exception &e) {
            return QString::fromUtf8(e.what());
        }
    }));
    if (progress.exec() != QDialog::Accepted)
        run->cancelled = true; // Cancel: the generator stops at its next batch
    poll.stop();
    watcher.waitForFinished();
    const QString error = watcher.result();
    if (!error.isEmpty()) {
        if (!run->cancelled)
            MessageBox::warning(nullptr, tr("Demo store"), error);
        return false;
    }
    return !run->cancelled;
}

void ConsoleFlow::enter(std::unique_ptr<services::Workspace> workspace, std::optional<QString> caughtUp)
{
    m_workspace = std::move(workspace);
    QSettings settings;
    settings.setValue(QStringLiteral("lastStore"), m_workspace->path());
    settings.setValue(QStringLiteral("lastUser"), m_workspace->session().username);
    // Credentials that lapsed while the console was closed suspend their
    // providers now, before any page shows them as available: after a login
    // the login dialog's worker did it (catchUp), else it is done here.
    if (caughtUp) {
        if (caughtUp->isEmpty())
            m_sweptDay = sweepKey();
        else
            MessageBox::warning(nullptr, tr("Expired credentials"), *caughtUp);
    } else {
        runExpirySweep();
        runTimeoutSweep();
    }
    m_dayTimer->start();
    m_minuteTimer->start();
    m_window = new MainWindow(*m_workspace);
    // The timers' sweeps read on this worker whether they have anything to
    // do; it goes with the window, before the session's store closes.
    m_sweepCheck = itemmodels::Queries(*m_workspace).sweepCheck(m_window);
    connect(m_sweepCheck, &itemmodels::SweepCheck::checked, this,
            [this](itemmodels::SweepCheck::Sweep sweep, bool due) { sweepChecked(int(sweep), due); });
    connect(m_sweepCheck, &itemmodels::SweepCheck::checkFailed, this, [](itemmodels::SweepCheck::Sweep, const QString &message) {
        // A busy or damaged store: said by the next page that reads it; tried again at the next tick.
        qWarning("sweep check: %s", qPrintable(message));
    });
    m_window->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_window, &MainWindow::lockRequested, this, &ConsoleFlow::lock);
    connect(m_window, &MainWindow::logoutRequested, this, &ConsoleFlow::logout);
    connect(m_window, &MainWindow::dataKeyRotationRequested, this, &ConsoleFlow::rotateDataKey);
    connect(m_window, &MainWindow::autoLockChanged, m_locker, &IdleLocker::setTimeout);
    // Closed by the user (logout disconnects this first): the session ends.
    connect(m_window, &QObject::destroyed, this, [this] { m_workspace.reset(); });
    // Auto-lock must never be switched off by a stored value that is wrong:
    // that reads as the default, and the administrator is told below.
    QStringList settingProblems;
    try {
        m_locker->setTimeout(int(services::SettingsService(m_workspace->services()).autoLockMinutes().value));
        settingProblems = services::OfficeSettings(m_workspace->services()).problems();
    } catch (const std::exception &e) {
        m_locker->setTimeout(int(services::settings::AutoLockMinutes.defaultValue));
        settingProblems.append(QString::fromUtf8(e.what()));
    }
    m_locker->setEnabled(true);
    m_window->show();
    startRetentionSweep();
    if (!settingProblems.isEmpty())
        MessageBox::warning(m_window, tr("Office settings"), settingProblems.join(u"\n\n"));
}

void ConsoleFlow::lock()
{
    if (!m_window || !m_workspace)
        return;
    if (m_curtain.isDrawn())
        return;
    m_locker->setEnabled(false);
    // Hide the data, keep the windows and everything typed into them.
    m_curtain.draw();
    scan_temp_files::purge();
    // No sync while locked: a running round stops on its worker (what it
    // had not committed waits for the next round) and runs again after unlocking.
    m_window->syncClient()->setPaused(true);
    UnlockDialog unlock(*m_workspace);
    unlock.setObjectName(QStringLiteral("unlockDialog"));
    const int result = unlock.exec();
    if (result == QDialog::Accepted && m_window) {
        m_curtain.lift();
        m_locker->setEnabled(true);
        m_window->syncClient()->setPaused(false);
        return;
    }
    logout();
}

std::weak_ptr<services::Workspace> ConsoleFlow::closeSession()
{
    m_locker->setEnabled(false);
    // The session's windows stay out of sight; its open dialogs are cancelled.
    m_curtain.dismiss();
    scan_temp_files::purge();
    m_dayTimer->stop();
    m_minuteTimer->stop();
    std::shared_ptr<services::Workspace> closing(std::move(m_workspace));
    if (m_window) {
        // This may run inside one of the window's own signals, so the window
        // goes with deleteLater(); its workspace lives exactly as long.
        MainWindow *w = m_window;
        m_window = nullptr;
        w->hide();
        disconnect(w, &QObject::destroyed, this, nullptr);
        connect(w, &QObject::destroyed, [keep = closing] {});
        w->deleteLater();
    }
    return closing;
}

void ConsoleFlow::logout()
{
    const QString path = m_workspace ? m_workspace->path() : QString();
    const QString user = m_workspace ? m_workspace->session().username : QString();
    closeSession();
    QMetaObject::invokeMethod(this, [this, path, user] {
        if (!loginTo(path, user, QString()))
            QApplication::quit();
    }, Qt::QueuedConnection);
}

void ConsoleFlow::rotateDataKey()
{
    if (!m_workspace || !m_window)
        return;
    UnlockDialog confirm(*m_workspace, m_window);
    confirm.setObjectName(QStringLiteral("rotationPasswordDialog"));
    confirm.setConfirmation(
        tr("Rotate the data key"),
        tr("The whole store is re-encrypted under a new random data key and sealed to every remaining account, so "
           "key slots kept in older copies (backups made before an account was removed) no longer open it. For this "
           "store it takes %1. This console closes the store meanwhile and opens it again afterwards; every other "
           "console and command must close it first. Enter your password to start.")
            .arg(services::DataKeyRotation::durationEstimate(QFileInfo(m_workspace->path()).size())),
        tr("Rotate"));
    if (confirm.exec() != QDialog::Accepted)
        return;
    auto password = std::make_shared<services::SecretText>(confirm.takeConfirmedPassword());
    const QString path = m_workspace->path();
    const QString user = m_workspace->session().username;
    std::weak_ptr<services::Workspace> closing = closeSession();
    QMetaObject::invokeMethod(this, [=, this] { rotateWhenClosed(path, user, password, closing); }, Qt::QueuedConnection);
}

void ConsoleFlow::rotateWhenClosed(const QString &path, const QString &user, std::shared_ptr<services::SecretText> password,
                                   std::weak_ptr<services::Workspace> closing)
{
    // The old window (and with it this console's connection) goes at the
    // next pass of the event loop it was deleted in; the rotation waits.
    if (!closing.expired()) {
        QTimer::singleShot(20, this, [=, this] { rotateWhenClosed(path, user, password, closing); });
        return;
    }
    RotationRunResult result = runDataKeyRotation(path, user, *password, &ConsoleFlow::catchUp);
    password.reset();
    if (!result.workspace) {
        if (!loginTo(path, user, result.message))
            QApplication::quit();
        return;
    }
    enter(std::move(result.workspace), result.afterLoginProblem);
    if (result.rotated)
        MessageBox::information(m_window, tr("Rotate the data key"), result.message);
    else
        MessageBox::warning(m_window, tr("Rotate the data key"), result.message);
}

} // namespace doorstep::ui
