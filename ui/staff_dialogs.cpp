#include "ui/staff_dialogs.h"

#include "ui/message_box.h"
#include "ui/worker_task.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QProgressBar>

#include <optional>

namespace doorstep::ui {
namespace {
QLineEdit *passwordField(QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setEchoMode(QLineEdit::Password);
    return e;
}

QDialogButtonBox *addButtons(QDialog *dialog, QFormLayout *form)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    form->addRow(buttons);
    return buttons;
}

bool passwordsMatch(QWidget *parent, QLineEdit *a, QLineEdit *b)
{
    if (a->text() == b->text())
        return true;
    MessageBox::warning(parent, QCoreApplication::translate("StaffDialogs", "Password"),
                        QCoreApplication::translate("StaffDialogs", "The two passwords differ."));
    return false;
}

void showError(QWidget *parent, const std::exception_ptr &error)
{
    try {
        std::rethrow_exception(error);
    } catch (const std::exception &e) {
        MessageBox::error(parent, e);
    }
}

QString busyText()
{
    return QCoreApplication::translate("StaffDialogs", "Protecting the password (this takes a moment)…");
}
} // namespace

NewPasswordDialog::NewPasswordDialog(services::StaffService &staff, qint64 staffId, const QString &title, QWidget *parent)
    : NewPasswordDialog(staff, staffId, title, parent, false)
{
}

NewPasswordDialog::NewPasswordDialog(services::StaffService &staff, const QString &title, QWidget *parent)
    : NewPasswordDialog(staff, 0, title, parent, true)
{
}

NewPasswordDialog::NewPasswordDialog(services::StaffService &staff, qint64 staffId, const QString &title, QWidget *parent,
                                     bool own)
    : QDialog(parent)
    , m_staff(staff)
    , m_staffId(staffId)
    , m_password(passwordField(this))
    , m_confirm(passwordField(this))
{
    setWindowTitle(title);
    auto *form = new QFormLayout(this);
    if (own) {
        m_current = passwordField(this);
        form->addRow(tr("Current password:"), m_current);
    }
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Repeat:"), m_confirm);
    QList<QWidget *> inputs{m_password, m_confirm};
    if (m_current)
        inputs.append(m_current);
    m_task = new WorkerTask(this, busyText(), inputs);
    form->addRow(m_task->busyBar());
    inputs.append(addButtons(this, form));
    connect(m_task, &WorkerTask::finished, this, &NewPasswordDialog::attemptFinished);
}

NewPasswordDialog::~NewPasswordDialog() = default;

bool NewPasswordDialog::isBusy() const
{
    return m_task->isBusy();
}

void NewPasswordDialog::accept()
{
    if (isBusy() || !passwordsMatch(this, m_password, m_confirm))
        return;
    const auto committed = [this](WorkOutcome<services::PreparedPassword> outcome) {
        if (!outcome.value)
            return showError(this, outcome.error);
        try {
            if (m_current)
                m_staff.changeOwnPassword(*outcome.value);
            else
                m_staff.resetPassword(m_staffId, *outcome.value);
        } catch (const std::exception &e) {
            MessageBox::error(this, e);
            return;
        }
        for (QLineEdit *e : {m_current, m_password, m_confirm})
            if (e)
                e->clear();
        QDialog::accept();
    };
    if (!m_current) {
        m_task->start([&staff = m_staff, password = m_password->text()] { return staff.preparePassword(password); },
                      committed);
        return;
    }
    std::optional<services::PasswordCheck> check;
    try {
        check.emplace(m_staff.ownPasswordCheck()); // on this thread: it reads the store
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    m_task->start([&staff = m_staff, check = std::move(*check), current = m_current->text(), password = m_password->text()] {
        return staff.prepareOwnPassword(check, current, password);
    }, committed);
}

void NewPasswordDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

AddStaffDialog::AddStaffDialog(services::StaffService &staff, QWidget *parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_username(new QLineEdit(this))
    , m_displayName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_phone(new QLineEdit(this))
    , m_password(passwordField(this))
    , m_confirm(passwordField(this))
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
    QList<QWidget *> inputs{m_username, m_displayName, m_role, m_phone, m_password, m_confirm};
    m_task = new WorkerTask(this, busyText(), inputs);
    form->addRow(m_task->busyBar());
    inputs.append(addButtons(this, form));
    connect(m_task, &WorkerTask::finished, this, &AddStaffDialog::attemptFinished);
}

AddStaffDialog::~AddStaffDialog() = default;

bool AddStaffDialog::isBusy() const
{
    return m_task->isBusy();
}

services::NewStaff AddStaffDialog::staff() const
{
    return {m_username->text().trimmed(), m_displayName->text().trimmed(),
            services::Role(m_role->currentData().toInt()), m_phone->text().trimmed(), m_password->text()};
}

void AddStaffDialog::accept()
{
    if (isBusy() || !passwordsMatch(this, m_password, m_confirm))
        return;
    m_task->start([&staff = m_staff, password = m_password->text()] { return staff.preparePassword(password); },
                  [this](WorkOutcome<services::PreparedPassword> outcome) {
                      if (!outcome.value)
                          return showError(this, outcome.error);
                      try {
                          m_createdId = m_staff.add(staff(), *outcome.value);
                      } catch (const std::exception &e) {
                          MessageBox::error(this, e); // keep the input and let the user correct it
                          return;
                      }
                      m_password->clear();
                      m_confirm->clear();
                      QDialog::accept();
                  });
}

void AddStaffDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

} // namespace doorstep::ui
