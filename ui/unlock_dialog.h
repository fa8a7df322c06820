#pragma once
// Shown when the console locked itself: the same user re-enters the password.
// The main window stays alive underneath, so nothing unsaved is lost. The
// password is checked against the store's current key slots (a password
// reset or removed meanwhile no longer unlocks) on a worker thread.
// The same dialog confirms an action that needs the password itself
// (rotating the data key): setConfirmation(), then confirmedPassword().
#include "services/secret_text.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class WorkerTask;

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    enum Result { LoggedOut = 2 };
    explicit UnlockDialog(services::Workspace &workspace, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    // Other wording and no Log out button; Esc cancels.
    void setConfirmation(const QString &title, const QString &text, const QString &acceptLabel);
    // After acceptance in confirmation mode: the checked password (moved out).
    services::SecretText takeConfirmedPassword() { return std::move(m_confirmed); }

    QLineEdit *passwordEdit() const { return m_password; }
    QString errorText() const;

    bool isBusy() const;

public Q_SLOTS:
    void accept() override;
    void reject() override; // ignored while the password is being checked

Q_SIGNALS:
    void attemptFinished();

private:
    services::Workspace &m_workspace;
    QString m_username;
    QLabel *m_prompt;
    QPushButton *m_accept;
    QPushButton *m_logout;
    bool m_confirming = false;
    services::SecretText m_confirmed;
    QLineEdit *m_password;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    WorkerTask *m_check;
};

} // namespace doorstep::ui
