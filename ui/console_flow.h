#pragma once
// The console's life: first run or login, the main window, auto-lock and
// unlock, log out. app/doorstep/main.cpp only builds one of these.
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

#include "services/secret_text.h"
#include "ui/lock_curtain.h"

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class SweepCheck;
}

namespace doorstep::ui {

class IdleLocker;
class MainWindow;
class RetentionRunner;

class ConsoleFlow : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString storePath;   // empty: the last store used, else first run
        bool demo = false;   // open (creating if needed) the demo store
    };
    explicit ConsoleFlow(Options options, QObject *parent = nullptr);
    ~ConsoleFlow() override;

    // Shows the first dialog; false if the user cancelled before logging in.
    bool start();

    static QString defaultStorePath();
    static QString demoStorePath();
    static QString demoPassword();

    MainWindow *mainWindow() const;
    IdleLocker *idleLocker() const { return m_locker; }
    // The retention sweep started at login, while it runs (tests wait for it).
    RetentionRunner *retentionRunner() const;
    // Hides every window of the console (ui/lock_curtain.h), deletes the
    // decrypted scan copies (scan_temp_files.h) and asks for the same user's
    // password; shows everything again, or logs out.
    void lock();
    bool isLocked() const { return m_curtain.isDrawn(); }

private:
    bool loginTo(const QString &path, const QString &user, const QString &hint);
    bool createDemoStore(const QString &path);
    // `caughtUp`: the login worker already ran catchUp() (with its problem,
    // empty when none); otherwise enter() runs the sweeps itself.
    void enter(std::unique_ptr<services::Workspace> workspace, std::optional<QString> caughtUp = std::nullopt);
    void logout();
    // Hides and deletes the window; the returned handle expires when the
    // session's store is closed (the window goes with deleteLater()).
    std::weak_ptr<services::Workspace> closeSession();
    // File → Rotate the data key…, the staff page after a removal, the banner:
    // confirms with the password, closes the session (the rotation needs the
    // store alone), rotates, and opens the store again.
    void rotateDataKey();
    void rotateWhenClosed(const QString &path, const QString &user, std::shared_ptr<services::SecretText> password,
                          std::weak_ptr<services::Workspace> closing);
    // Expiry suspensions follow the office's date: sweep once per office day
    // (at the first login of the day, and from a timer for a console left
    // open over midnight). At 20,000 providers a sweep reads for ~0.7 s.
    void sweepIfNewDay();
    // Jobs a provider left unanswered past the office's accept timeout go
    // back to the dispatch queue (OrderTimeoutService); every minute and at login.
    void sweepTimeouts();
    // The timers' sweeps: each asks m_sweepCheck (a worker) whether anything
    // is due, and sweepChecked() runs the sweep (a write) here only then.
    void sweepChecked(int sweep, bool due);
    void runExpirySweep();
    void runTimeoutSweep();
    // Personal data past the office's retention period is anonymised once per
    // office day, at the first login of an account that may run the sweep
    // (ui/privacy/retention_runner.h); the status bar says what it did.
    void startRetentionSweep();
    // What a login catches up on before the pages show (expired credentials,
    // unanswered jobs): run by the login dialog's worker (LoginDialog::
    // setAfterLogin), off the GUI thread. Returns a problem for people.
    static QString catchUp(services::Workspace &workspace);
    // Breached complaints flagged to the manager (services/complaint_escalation); quiet on failure.
    static void escalateBreaches(services::Workspace &workspace);
    QString sweepKey() const; // office date and store: one expiry sweep per day

    Options m_options;
    QString m_sweptDay; // office date of the last sweep in this process, with the store path
    QString m_retentionDay; // the same for the retention sweep
    QTimer *m_dayTimer;
    QTimer *m_minuteTimer;
    std::unique_ptr<services::Workspace> m_workspace;
    QPointer<MainWindow> m_window;
    QPointer<RetentionRunner> m_retention; // a child of the window: it ends with the session
    QPointer<itemmodels::SweepCheck> m_sweepCheck; // a child of the window, too
    IdleLocker *m_locker;
    LockCurtain m_curtain; // drawn while locked
};

} // namespace doorstep::ui
