#include "ui/providers/background_check_dialog.h"
#include "ui/error_label.h"


#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace doorstep::ui {

BackgroundCheckDialog::BackgroundCheckDialog(const QString &providerName, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_result(new QComboBox(this))
    , m_agency(new QLineEdit(this))
    , m_date(new QDateEdit(today, this))
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("backgroundCheckDialog"));
    setWindowTitle(tr("Background check: %1").arg(providerName));
    using R = domain::BackgroundCheckResult;
    for (R result : {R::Clear, R::Flagged, R::Pending})
        m_result->addItem(domain::stateDisplayName(result), domain::stateKey(result));
    m_agency->setPlaceholderText(tr("Required: the agency and its reference, e.g. 上海安信背调 BJ-2026-0012"));
    m_agency->setMinimumWidth(340);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_date->setToolTip(tr("The day the agency made the check"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Optional: what the report says"));
    m_note->setFixedHeight(70);
    styleAsError(m_error);
    m_error->hide();
    // A requested check has no result date yet.
    connect(m_result, &QComboBox::currentIndexChanged, this, [this] { m_date->setEnabled(result() != domain::BackgroundCheckResult::Pending); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BackgroundCheckDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BackgroundCheckDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Result"), m_result);
    form->addRow(tr("Agency / reference"), m_agency);
    form->addRow(tr("Checked on"), m_date);
    form->addRow(tr("Note"), m_note);
    form->addRow(m_error);
    form->addRow(buttons);
    m_result->setFocus();
}

domain::BackgroundCheckResult BackgroundCheckDialog::result() const
{
    return domain::stateFromKey<domain::BackgroundCheckResult>(m_result->currentData().toString()).value();
}

QString BackgroundCheckDialog::agency() const
{
    return m_agency->text().trimmed();
}

QDate BackgroundCheckDialog::checkedOn() const
{
    return result() == domain::BackgroundCheckResult::Pending ? QDate() : m_date->date();
}

QString BackgroundCheckDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void BackgroundCheckDialog::accept()
{
    if (agency().isEmpty()) {
        m_error->setText(tr("Please name the agency that made the check."));
        m_error->show();
        m_agency->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace doorstep::ui
