#include "ui/unlock_dialog.h"

#include "services/workspace.h"
#include "ui/error_label.h"
#include "ui/worker_task.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace doorstep::ui {

UnlockDialog::UnlockDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_username(workspace.session().username)
    , m_prompt(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Doorstep — Locked"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    styleAsError(m_error);
    m_error->hide();
    auto *buttons = m_buttons = new QDialogButtonBox(this);
    m_accept = buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_logout = buttons->addButton(tr("Log out"), QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_logout, &QPushButton::clicked, this, [this] { done(LoggedOut); });
    m_check = new WorkerTask(this, tr("Checking the password…"), {m_buttons, m_password});
    connect(m_check, &WorkerTask::finished, this, &UnlockDialog::attemptFinished);
    auto *layout = new QVBoxLayout(this);
    m_prompt->setWordWrap(true);
    m_prompt->setText(tr("The console is locked. %1 (%2), enter your password to continue.")
                          .arg(workspace.session().displayName, m_username));
    layout->addWidget(m_prompt);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addWidget(m_check->busyBar());
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void UnlockDialog::setConfirmation(const QString &title, const QString &text, const QString &acceptLabel)
{
    m_confirming = true;
    setWindowTitle(title);
    m_prompt->setText(text);
    m_accept->setText(acceptLabel);
    m_logout->setText(tr("Cancel"));
    disconnect(m_logout, &QPushButton::clicked, this, nullptr);
    connect(m_logout, &QPushButton::clicked, this, &UnlockDialog::reject);
}

QString UnlockDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

// The task waits for a check still running: it uses the workspace, which
// outlives this dialog.
UnlockDialog::~UnlockDialog() = default;

bool UnlockDialog::isBusy() const
{
    return m_check->isBusy();
}

void UnlockDialog::accept()
{
    if (isBusy())
        return;
    m_error->hide();
    // The committed slot is read here, on the store's thread (the connection
    // is not for two threads at once; the console's timers keep using it);
    // only Argon2 runs on the worker. A store that cannot be read does not
    // unlock.
    std::optional<services::PasswordCheck> check;
    try {
        check = m_workspace.passwordCheck();
    } catch (const std::exception &) {
    }
    m_check->start([check = std::move(check), password = m_password->text()] { return check && (*check)(password); },
                   [this](WorkOutcome<bool> outcome) {
                       if (!outcome.value.value_or(false)) {
                           m_error->setText(tr("The password is wrong, or your account was changed by an administrator."));
                           m_error->show();
                           m_password->selectAll();
                           m_password->setFocus();
                           return;
                       }
                       if (m_confirming)
                           m_confirmed = services::SecretText(m_password->text());
                       m_password->clear();
                       QDialog::accept();
                   });
}

void UnlockDialog::reject()
{
    if (!isBusy()) // Esc logs out, as before; not while a check is running
        QDialog::reject();
}

} // namespace doorstep::ui
