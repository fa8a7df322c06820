#include "ui/login_dialog.h"

#include "services/workspace.h"
#include "ui/error_label.h"
#include "ui/worker_task.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
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

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    m_attempt = new WorkerTask(this, tr("Checking the password and opening the store…"),
                               {m_buttons, m_path, m_username, m_password, browseButton});
    connect(m_attempt, &WorkerTask::finished, this, &LoginDialog::attemptFinished);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Doorstep 上门服务 back office</h2>"), this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_attempt->busyBar());
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    m_username->setFocus();
}

// Closed while opening (e.g. the application quits): the task waits, and a
// store opened meanwhile is closed with its result.
LoginDialog::~LoginDialog() = default;

bool LoginDialog::isBusy() const
{
    return m_attempt->isBusy();
}

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
    if (isBusy())
        return;
    m_error->hide();
    // The result is held through a shared pointer, so a workspace opened after
    // the dialog is gone is destroyed with the task's result, never leaked.
    // The after-login work (the catch-up sweeps) runs on the same worker,
    // while the workspace is still this thread's alone.
    struct Opened
    {
        std::unique_ptr<services::Workspace> workspace;
        QString afterLoginProblem;
    };
    m_attempt->start(
        [path = storePath(), user = m_username->text().trimmed(), password = m_password->text(), after = m_afterLogin] {
            auto opened = std::make_shared<Opened>();
            opened->workspace = services::Workspace::login(path, user, password);
            if (after) {
                try {
                    opened->afterLoginProblem = after(*opened->workspace);
                } catch (const std::exception &e) {
                    opened->afterLoginProblem = QString::fromUtf8(e.what());
                }
            }
            return opened;
        },
        [this](WorkOutcome<std::shared_ptr<Opened>> outcome) {
            if (!outcome.value) {
                m_error->setText(outcome.errorText());
                m_error->show();
                m_password->selectAll();
                m_password->setFocus();
                return;
            }
            m_workspace = std::move((*outcome.value)->workspace);
            m_afterLoginProblem = (*outcome.value)->afterLoginProblem;
            m_password->clear();
            QDialog::accept();
        });
}

void LoginDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

} // namespace doorstep::ui
