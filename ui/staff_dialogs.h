#pragma once
// The small forms of staff administration. Each one that sets a password does
// the action itself when accepted: Argon2 (~0.4 s) runs on a worker thread
// (ui/worker_task) while the dialog shows a busy bar, then the action is
// committed through StaffService on the GUI thread (see StaffService's
// preparePassword for why it is split that way). An error keeps the dialog
// open with what was typed.
#include "services/staff_service.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace doorstep::ui {

class WorkerTask;

// A new password, typed twice: an administrator resetting an account's, or
// the user changing their own (with the current one).
class NewPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // Resets staffId's password.
    NewPasswordDialog(services::StaffService &staff, qint64 staffId, const QString &title, QWidget *parent = nullptr);
    // Changes the logged-in user's own password (asks for the current one).
    NewPasswordDialog(services::StaffService &staff, const QString &title, QWidget *parent = nullptr);
    ~NewPasswordDialog() override;

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    bool isBusy() const;

public Q_SLOTS:
    void accept() override;
    void reject() override; // ignored while the password is being derived

Q_SIGNALS:
    void attemptFinished(); // an attempt ended: saved and accepted, or an error shown

private:
    NewPasswordDialog(services::StaffService &staff, qint64 staffId, const QString &title, QWidget *parent, bool own);

    services::StaffService &m_staff;
    qint64 m_staffId;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    WorkerTask *m_task;
};

class AddStaffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddStaffDialog(services::StaffService &staff, QWidget *parent = nullptr);
    ~AddStaffDialog() override;
    services::NewStaff staff() const;
    qint64 createdId() const { return m_createdId; }

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *confirmEdit() const { return m_confirm; }
    bool isBusy() const;

public Q_SLOTS:
    void accept() override;
    void reject() override; // ignored while the password is being derived

Q_SIGNALS:
    void attemptFinished();

private:
    services::StaffService &m_staff;
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_phone;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    WorkerTask *m_task;
    qint64 m_createdId = 0;
};

} // namespace doorstep::ui
