#include "ui/providers/provider_correction_dialog.h"

#include "itemmodels/provider_record.h"
#include "itemmodels/queries.h"
#include "services/provider_review_service.h"
#include "services/workspace.h"
#include "ui/catalogue_combo.h"
#include "ui/message_box.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace doorstep::ui {

ProviderCorrectionDialog::ProviderCorrectionDialog(services::Workspace &workspace, qint64 providerId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(providerId)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_address(new QLineEdit(this))
{
    setWindowTitle(tr("Correct provider"));
    m_gender->addItem(tr("Not given"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("f"));
    m_gender->addItem(tr("Male"), QStringLiteral("m"));
    itemmodels::ProviderRecord record;
    try {
        const itemmodels::Queries queries(workspace);
        fillChoices(m_district, tr("—"), queries.districts());
        record = queries.providerRecord(providerId);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Mobile:"), m_phone);
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("Home district:"), m_district);
    form->addRow(tr("Home address:"), m_address);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProviderCorrectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProviderCorrectionDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(460);
    if (record.isNull() || record.erased)
        return;
    m_loaded = true;
    m_name->setText(record.name);
    // Never the number itself: an empty field keeps it.
    m_phone->setPlaceholderText(tr("%1 (type a new number to replace it)").arg(record.maskedPhone));
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(record.gender)));
    m_district->setCurrentIndex(qMax(0, m_district->findData(record.homeDistrictId)));
    m_address->setText(record.address);
}

void ProviderCorrectionDialog::accept()
{
    services::ProviderCorrection fix;
    fix.name = m_name->text();
    if (const QString phone = m_phone->text().trimmed(); !phone.isEmpty())
        fix.phone = phone;
    fix.gender = m_gender->currentData().toString();
    fix.homeDistrictId = m_district->currentData().toLongLong();
    fix.homeAddress = m_address->text().trimmed();
    try {
        m_changed = services::ProviderReviewService(m_workspace.services()).correctProvider(m_id, fix);
    } catch (const std::exception &e) {
        MessageBox::error(this, e); // stays open with what was typed
        return;
    }
    QDialog::accept();
}

} // namespace doorstep::ui
