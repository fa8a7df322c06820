#include "ui/login_dialog.h"

#include "services/workspace.h"
#include "ui/error_label.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace doorstep::ui {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Doorstep — Log in"));
    m_password->setEchoMode(QLineEdit::Password);
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_error->setObjectName(QStringLiteral("error"));
    styleAsError(m_error);
    m_error->setWordWrap(true);
    m_error->hide();
    m_hint->setWordWrap(true);
    m_hint->hide();

    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &LoginDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("Store file:"), pathRow);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Doorstep 上门服务 back office</h2>"), this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    m_username->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::setStorePath(const QString &path)
{
    m_path->setText(path);
}

QString LoginDialog::storePath() const
{
    return m_path->text().trimmed();
}

void LoginDialog::setUsername(const QString &name)
{
    m_username->setText(name);
    m_password->setFocus();
}

void LoginDialog::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QString LoginDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

std::unique_ptr<services::Workspace> LoginDialog::takeWorkspace()
{
    return std::move(m_workspace);
}

void LoginDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a store"), storePath(),
                                                      tr("Doorstep stores (*.doorstep);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

void LoginDialog::accept()
{
    m_error->hide();
    QApplication::setOverrideCursor(Qt::WaitCursor); // key derivation takes ~0.4 s by design
    try {
        m_workspace = services::Workspace::login(storePath(), m_username->text().trimmed(), m_password->text());
    } catch (const std::exception &e) {
        QApplication::restoreOverrideCursor();
        m_error->setText(QString::fromUtf8(e.what()));
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    QApplication::restoreOverrideCursor();
    m_password->clear();
    QDialog::accept();
}

} // namespace doorstep::ui
