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
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace doorstep::ui {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
    , m_path(new QLineEdit(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_hint(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setWindowTitle(tr("Doorstep — Log in"));
    m_busy->setRange(0, 0); // indeterminate: Argon2 reports no progress
    m_busy->setFormat(tr("Checking the password and opening the store…"));
    m_busy->setTextVisible(true);
    m_busy->hide();
    connect(&m_attempt, &QFutureWatcher<Attempt>::finished, this, &LoginDialog::attemptDone);
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

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Doorstep 上门服务 back office</h2>"), this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_busy);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    m_username->setFocus();
}

LoginDialog::~LoginDialog()
{
    if (m_attempt.isRunning()) {
        // Closed while opening (e.g. the application quits): wait, then close
        // whatever was opened rather than leaving it to a detached thread.
        m_attempt.waitForFinished();
        delete m_attempt.result().workspace;
    }
}

bool LoginDialog::isBusy() const
{
    return m_attempt.isRunning();
}

void LoginDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_buttons->setEnabled(!busy);
    m_path->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
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
    setBusy(true);
    m_attempt.setFuture(QtConcurrent::run(
        [path = storePath(), user = m_username->text().trimmed(), password = m_password->text()] {
            Attempt attempt;
            try {
                attempt.workspace = services::Workspace::login(path, user, password).release();
            } catch (const std::exception &e) {
                attempt.error = QString::fromUtf8(e.what());
            }
            return attempt;
        }));
}

void LoginDialog::reject()
{
    if (!isBusy())
        QDialog::reject();
}

void LoginDialog::attemptDone()
{
    setBusy(false);
    const Attempt attempt = m_attempt.result();
    if (!attempt.workspace) {
        m_error->setText(attempt.error);
        m_error->show();
        m_password->selectAll();
        m_password->setFocus();
        Q_EMIT attemptFinished();
        return;
    }
    m_workspace.reset(attempt.workspace);
    m_password->clear();
    Q_EMIT attemptFinished();
    QDialog::accept();
}

} // namespace doorstep::ui
