#include "ui/staff_dialogs.h"

#include "ui/message_box.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace doorstep::ui {
namespace {
QLineEdit *passwordEdit(QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

void addButtons(QDialog *dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
}

bool passwordsMatch(QWidget *parent, QLineEdit *a, QLineEdit *b)
{
    if (a->text() == b->text())
        return true;
    MessageBox::warning(parent, QCoreApplication::translate("StaffDialogs", "Password"),
                        QCoreApplication::translate("StaffDialogs", "The two passwords differ."));
    return false;
}
} // namespace

NewPasswordDialog::NewPasswordDialog(const QString &title, QWidget *parent, bool askCurrent)
    : QDialog(parent)
    , m_password(passwordEdit(this))
    , m_confirm(passwordEdit(this))
{
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    if (askCurrent) {
        m_current = passwordEdit(this);
        form->addRow(tr("Current password:"), m_current);
    }
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Repeat:"), m_confirm);
    addButtons(this, form);
}

QString NewPasswordDialog::password() const
{
    return m_password->text();
}

QString NewPasswordDialog::currentPassword() const
{
    return m_current ? m_current->text() : QString();
}

void NewPasswordDialog::accept()
{
    if (passwordsMatch(this, m_password, m_confirm))
        QDialog::accept();
}

AddStaffDialog::AddStaffDialog(QWidget *parent)
    : QDialog(parent)
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_password(passwordEdit(this))
    , m_confirm(passwordEdit(this))
{
    setWindowTitle(tr("Add staff account"));
    for (services::Role r : services::allRoles())
        m_role->addItem(services::roleDisplayName(r), int(r));
    m_role->setCurrentIndex(int(services::Role::Dispatcher));
    m_username->setPlaceholderText(tr("e.g. zhang.wei"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Mobile (optional):"), m_phone);
    form->addRow(tr("Initial password:"), m_password);
    form->addRow(tr("Repeat:"), m_confirm);
    addButtons(this, form);
}

services::NewStaff AddStaffDialog::staff() const
{
    return {m_username->text().trimmed(), m_displayName->text().trimmed(),
            services::Role(m_role->currentData().toInt()), m_phone->text().trimmed(), m_password->text()};
}

void AddStaffDialog::accept()
{
    if (passwordsMatch(this, m_password, m_confirm))
        QDialog::accept();
}

} // namespace doorstep::ui
