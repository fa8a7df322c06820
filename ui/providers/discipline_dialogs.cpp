#include "ui/providers/discipline_dialogs.h"

#include "itemmodels/display_format.h"
#include "itemmodels/provider_text.h"
#include "services/provider_review_service.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace doorstep::ui {
namespace {
QDialogButtonBox *buttons(QDialog *dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

QDateEdit *dateEdit(QDate day, QWidget *parent)
{
    auto *edit = new QDateEdit(day, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

bool isQualification(const QString &typeKey)
{
    return domain::stateFromKey<domain::CredentialType>(typeKey) == domain::CredentialType::Qualification;
}
} // namespace

CourseCompletionDialog::CourseCompletionDialog(const QList<Choice> &courses, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_course(new QComboBox(this))
    , m_date(dateEdit(today, this))
{
    setWindowTitle(tr("Record a course completion"));
    for (const Choice &c : courses)
        m_course->addItem(c.name, c.id);
    m_date->setMaximumDate(today);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Course"), m_course);
    form->addRow(tr("Completed on"), m_date);
    form->addRow(buttons(this));
}

qint64 CourseCompletionDialog::courseId() const
{
    return m_course->currentData().toLongLong();
}

QDate CourseCompletionDialog::completedOn() const
{
    return m_date->date();
}

AssessmentResultDialog::AssessmentResultDialog(const QList<Choice> &assessments, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_assessment(new QComboBox(this))
    , m_score(new QSpinBox(this))
    , m_date(dateEdit(today, this))
{
    setWindowTitle(tr("Record an assessment result"));
    for (const Choice &a : assessments)
        m_assessment->addItem(tr("%1 (pass mark %2)").arg(a.name).arg(a.extra), a.id);
    m_score->setRange(0, 100);
    m_score->setValue(80);
    m_date->setMaximumDate(today);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Assessment"), m_assessment);
    form->addRow(tr("Score"), m_score);
    form->addRow(tr("Taken on"), m_date);
    form->addRow(buttons(this));
}

qint64 AssessmentResultDialog::assessmentId() const
{
    return m_assessment->currentData().toLongLong();
}

int AssessmentResultDialog::score() const
{
    return m_score->value();
}

QDate AssessmentResultDialog::takenOn() const
{
    return m_date->date();
}

LedgerEntryDialog::LedgerEntryDialog(QWidget *parent)
    : QDialog(parent)
    , m_points(new QSpinBox(this))
    , m_amount(new QDoubleSpinBox(this))
    , m_reason(new QLineEdit(this))
{
    setWindowTitle(tr("Reward or penalty"));
    m_points->setRange(-1000, 1000);
    m_points->setToolTip(tr("Positive for a reward, negative for a penalty"));
    m_amount->setRange(-100000, 100000);
    m_amount->setDecimals(2);
    m_amount->setPrefix(QStringLiteral("¥"));
    m_reason->setPlaceholderText(tr("Required: what it is for"));
    m_reason->setMinimumWidth(300);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Points"), m_points);
    form->addRow(tr("Amount"), m_amount);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(buttons(this));
}

int LedgerEntryDialog::points() const
{
    return m_points->value();
}

qint64 LedgerEntryDialog::amountFen() const
{
    return qint64(std::llround(m_amount->value() * 100.0));
}

QString LedgerEntryDialog::reason() const
{
    return m_reason->text().trimmed();
}

CredentialDialog::CredentialDialog(const QList<std::pair<QString, QString>> &qualifications, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_type(new QComboBox(this))
    , m_qualification(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_from(dateEdit(today, this))
    , m_to(dateEdit(today.addYears(1), this))
    , m_expires(new QCheckBox(tr("Expires"), this))
    , m_approved(new QCheckBox(tr("I have seen the original: approve it now"), this))
{
    setWindowTitle(tr("Add a credential"));
    for (domain::CredentialType type : domain::allStates<domain::CredentialType>())
        m_type->addItem(domain::stateDisplayName(type), domain::stateKey(type));
    for (const auto &[code, name] : qualifications)
        m_qualification->addItem(name, code);
    m_expires->setChecked(true);
    m_approved->setChecked(true);
    connect(m_expires, &QCheckBox::toggled, m_to, &QDateEdit::setEnabled);
    auto updateType = [this] { m_qualification->setEnabled(isQualification(m_type->currentData().toString())); };
    connect(m_type, &QComboBox::currentIndexChanged, this, updateType);
    updateType();
    auto *form = new QFormLayout(this);
    form->addRow(tr("Kind"), m_type);
    form->addRow(tr("Qualification"), m_qualification);
    form->addRow(tr("Number"), m_number);
    form->addRow(tr("Issued by"), m_issuer);
    form->addRow(tr("Valid from"), m_from);
    form->addRow(m_expires, m_to);
    form->addRow(m_approved);
    form->addRow(buttons(this));
}

void CredentialDialog::setApproveNow(bool approve)
{
    m_approved->setChecked(approve);
}

void CredentialDialog::correct(const CredentialInfo &c)
{
    setWindowTitle(tr("Correct: %1").arg(itemmodels::ProviderText::credentialType(c.type, c.qualificationName)));
    preset(c.type, c.qualificationCode);
    m_type->setEnabled(false);
    m_qualification->setEnabled(false);
    if (domain::stateFromKey<domain::CredentialType>(c.type) == domain::CredentialType::IdCard) {
        // Only the masked number is known here: leave it, unless retyped.
        m_number->clear();
        m_number->setPlaceholderText(tr("Unchanged (%1); type the full number to replace it").arg(c.number));
    } else {
        m_number->setText(c.number);
        m_number->setPlaceholderText(tr("Unchanged when left empty"));
    }
    m_issuer->setText(c.issuer);
    m_issuer->setPlaceholderText(tr("Unchanged when left empty"));
    if (c.validFrom.isValid())
        m_from->setDate(c.validFrom);
    m_expires->setChecked(c.validTo.isValid());
    if (c.validTo.isValid())
        m_to->setDate(c.validTo);
    m_approved->setChecked(false);
    m_approved->hide(); // approving is its own step, on the card
}

void CredentialDialog::preset(const QString &type, const QString &qualificationCode)
{
    m_type->setCurrentIndex(std::max(0, m_type->findData(type)));
    if (!qualificationCode.isEmpty())
        m_qualification->setCurrentIndex(std::max(0, m_qualification->findData(qualificationCode)));
}

services::CredentialInput CredentialDialog::input() const
{
    services::CredentialInput in;
    in.type = m_type->currentData().toString();
    in.qualificationCode = isQualification(in.type) ? m_qualification->currentData().toString() : QString();
    in.number = m_number->text().trimmed();
    in.issuer = m_issuer->text().trimmed();
    in.validFrom = m_from->date();
    in.validTo = m_expires->isChecked() ? m_to->date() : QDate();
    in.approved = m_approved->isChecked();
    return in;
}

} // namespace doorstep::ui
