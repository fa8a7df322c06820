#include "ui/customer_dialog.h"

#include "itemmodels/customer_contact.h"
#include "itemmodels/queries.h"
#include "services/customer_service.h"
#include "services/workspace.h"
#include "ui/catalogue_combo.h"
#include "ui/message_box.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace doorstep::ui {

CustomerDialog::CustomerDialog(services::Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_name(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_consent(new QComboBox(this))
{
    setWindowTitle(tr("Add customer"));
    m_phone->setPlaceholderText(tr("11-digit mobile number"));
    m_gender->addItem(tr("Not given"), QString());
    m_gender->addItem(tr("Female"), QStringLiteral("f"));
    m_gender->addItem(tr("Male"), QStringLiteral("m"));
    fillChoices(m_district, tr("—"), itemmodels::Queries(workspace).districts());
    m_consent->addItem(tr("By phone"), QStringLiteral("phone"));
    m_consent->addItem(tr("In the app"), QStringLiteral("app"));
    m_consent->addItem(tr("On paper"), QStringLiteral("paper"));

    m_name->setObjectName(QStringLiteral("name"));
    m_phone->setObjectName(QStringLiteral("phone"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Mobile:"), m_phone);
    form->addRow(tr("Gender:"), m_gender);
    form->addRow(tr("District:"), m_district);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Consent given:"), m_consent);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    form->addRow(buttons);
    setMinimumWidth(460);
}

CustomerDialog::CustomerDialog(services::Workspace &workspace, qint64 customerId, QWidget *parent)
    : CustomerDialog(workspace, parent)
{
    setWindowTitle(tr("Correct customer"));
    m_editing = true;
    m_id = customerId;
    // The consent was given when the customer was added; withdrawing it is a
    // data-subject request, not a correction.
    if (auto *form = qobject_cast<QFormLayout *>(layout()))
        form->setRowVisible(m_consent, false);
    std::optional<itemmodels::CustomerContact> contact;
    try {
        contact = itemmodels::Queries(workspace).customerContact(customerId);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    if (!contact)
        return;
    m_loaded = true;
    m_name->setText(contact->name);
    m_phoneMasked = contact->phoneMasked;
    if (m_phoneMasked) {
        // Never the number itself: the field starts empty, and empty keeps it.
        m_phone->setPlaceholderText(tr("%1 (type a new number to replace it)").arg(contact->phone));
        m_phone->setToolTip(tr("The number is hidden for your role. Leave the field empty to keep it."));
    } else {
        m_phone->setText(contact->phone);
    }
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(contact->gender)));
    m_district->setCurrentIndex(qMax(0, m_district->findData(contact->districtId)));
    m_address->setText(contact->address);
}

void CustomerDialog::accept()
{
    if (m_editing) {
        services::CustomerCorrection fix;
        fix.name = m_name->text();
        const QString phone = m_phone->text().trimmed();
        if (!(m_phoneMasked && phone.isEmpty()))
            fix.phone = phone;
        fix.gender = m_gender->currentData().toString();
        fix.districtId = m_district->currentData().toLongLong();
        fix.address = m_address->text().trimmed();
        try {
            m_changed = services::CustomerService(m_workspace.services()).update(m_id, fix);
        } catch (const std::exception &e) {
            MessageBox::error(this, e); // stays open with what was typed
            return;
        }
        QDialog::accept();
        return;
    }
    services::CustomerInput in;
    in.name = m_name->text();
    in.phone = m_phone->text();
    in.gender = m_gender->currentData().toString();
    in.districtId = m_district->currentData().toLongLong();
    in.address = m_address->text().trimmed();
    try {
        services::CustomerService service(m_workspace.services());
        m_id = service.add(in, m_consent->currentData().toString());
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    QDialog::accept();
}

} // namespace doorstep::ui
