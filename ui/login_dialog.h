#pragma once
// Log in to a store: file, user name, password. Errors (wrong password,
// unknown user, damaged file) are shown in the dialog, which stays open.
// Opening runs Argon2 (~0.4 s by design) and may migrate or repair the
// store: it runs on a worker thread while the dialog shows that it is busy,
// so the window never freezes.
#include <QDialog>

#include <functional>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class WorkerTask;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);
    ~LoginDialog() override;

    void setStorePath(const QString &path);
    QString storePath() const;
    void setUsername(const QString &name);
    void setHint(const QString &hint); // e.g. the demo store's accounts

    std::unique_ptr<services::Workspace> takeWorkspace();

    // Work that must be done before the console shows its pages (the sweeps
    // of what lapsed while it was closed): run on the same worker right after
    // a successful login, while the dialog still shows that it is busy, so it
    // never holds up the GUI thread. Returns a problem for people, or empty.
    using AfterLogin = std::function<QString(services::Workspace &)>;
    void setAfterLogin(AfterLogin work) { m_afterLogin = std::move(work); }
    // What the last successful attempt's after-login work reported.
    QString afterLoginProblem() const { return m_afterLoginProblem; }

    // For GUI tests.
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *passwordEdit() const { return m_password; }
    QString errorText() const;

    bool isBusy() const;

public Q_SLOTS:
    void accept() override;
    void reject() override; // ignored while the store is being opened

Q_SIGNALS:
    void attemptFinished(); // a login attempt ended, accepted or with an error shown

private:
    void browse();

    QLineEdit *m_path;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    WorkerTask *m_attempt;
    std::unique_ptr<services::Workspace> m_workspace;
    AfterLogin m_afterLogin;
    QString m_afterLoginProblem;
};

} // namespace doorstep::ui
