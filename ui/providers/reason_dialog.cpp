#include "ui/providers/reason_dialog.h"
#include "ui/error_label.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace doorstep::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("reasonDialog"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true); // Tab reaches the buttons: the dialog works without the mouse
    m_reason->setMinimumSize(360, 90);
    styleAsError(m_error);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    // Ctrl+Enter confirms from inside the text field (Enter adds a line).
    buttons->button(QDialogButtonBox::Ok)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReasonDialog::reject);
    auto *promptLabel = new QLabel(prompt, this);
    promptLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(promptLabel);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->setText(tr("Please give a reason; it is kept with the decision."));
        m_error->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

QString ReasonDialog::ask(QWidget *parent, const QString &title, const QString &prompt)
{
    ReasonDialog dialog(title, prompt, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.reason() : QString();
}

} // namespace doorstep::ui
