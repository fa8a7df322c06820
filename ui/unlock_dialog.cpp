#include "ui/unlock_dialog.h"

#include "services/workspace.h"
#include "ui/error_label.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace doorstep::ui {

UnlockDialog::UnlockDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_username(workspace.session().username)
    , m_prompt(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    m_busy->setRange(0, 0);
    m_busy->setFormat(tr("Checking the password…"));
    m_busy->setTextVisible(true);
    m_busy->hide();
    connect(&m_check, &QFutureWatcher<bool>::finished, this, &UnlockDialog::checkDone);
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
    auto *layout = new QVBoxLayout(this);
    m_prompt->setWordWrap(true);
    m_prompt->setText(tr("The console is locked. %1 (%2), enter your password to continue.")
                          .arg(workspace.session().displayName, m_username));
    layout->addWidget(m_prompt);
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
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

UnlockDialog::~UnlockDialog()
{
    m_check.waitForFinished(); // the check uses the workspace, which outlives this dialog
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_buttons->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void UnlockDialog::accept()
{
    if (isBusy())
        return;
    m_error->hide();
    setBusy(true);
    m_check.setFuture(QtConcurrent::run([&workspace = m_workspace, password = m_password->text()] {
        return workspace.checkPassword(password);
    }));
}

void UnlockDialog::reject()
{
    if (!isBusy()) // Esc logs out, as before; not while a check is running
        QDialog::reject();
}

void UnlockDialog::checkDone()
{
    setBusy(false);
    if (!m_check.result()) {
        m_error->setText(tr("The password is wrong, or your account was changed by an administrator."));
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        Q_EMIT attemptFinished();
        return;
    }
    if (m_confirming)
        m_confirmed = services::SecretText(m_password->text());
    m_password->clear();
    Q_EMIT attemptFinished();
    QDialog::accept();
}

} // namespace doorstep::ui
