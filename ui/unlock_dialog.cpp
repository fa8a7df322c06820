#include "ui/unlock_dialog.h"

#include "services/workspace.h"
#include "ui/error_label.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace doorstep::ui {

UnlockDialog::UnlockDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_username(workspace.session().username)
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Doorstep — Locked"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    styleAsError(m_error);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Unlock"), QDialogButtonBox::AcceptRole);
    QPushButton *logout = buttons->addButton(tr("Log out"), QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(logout, &QPushButton::clicked, this, [this] { done(LoggedOut); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The console is locked. %1 (%2), enter your password to continue.")
                                     .arg(workspace.session().displayName, m_username), this));
    layout->addWidget(m_password);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString UnlockDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void UnlockDialog::accept()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_workspace.checkPassword(m_password->text());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        m_error->setText(tr("The password is wrong."));
        m_error->show();
        m_password->selectAll();
        return;
    }
    m_password->clear();
    QDialog::accept();
}

} // namespace doorstep::ui
