#pragma once
// The small forms of staff administration.
#include "services/staff_service.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace doorstep::ui {

// A new password, typed twice.
class NewPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewPasswordDialog(const QString &title, QWidget *parent = nullptr, bool askCurrent = false);
    QString password() const;
    QString currentPassword() const;

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
};

class AddStaffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddStaffDialog(QWidget *parent = nullptr);
    services::NewStaff staff() const;

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *m_username;
    QLineEdit *m_displayName;
    QComboBox *m_role;
    QLineEdit *m_phone;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
};

} // namespace doorstep::ui
