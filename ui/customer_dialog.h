#pragma once
// Add a customer: name, mobile, gender, district, address. The customer's
// consent to processing for the service is recorded with the row.
// Correct one (PIPL right to correction): the same form filled in from the
// record. A role that sees phone numbers masked sees the mask as the field's
// placeholder, never the number; the number is replaced only when a whole new
// one is typed.
#include <QDialog>

class QComboBox;
class QLineEdit;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class CustomerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CustomerDialog(services::Workspace &workspace, QWidget *parent = nullptr);
    // Edit mode. isLoaded() is false when the customer is gone (anonymised,
    // or never existed); the caller says so instead of showing the dialog.
    CustomerDialog(services::Workspace &workspace, qint64 customerId, QWidget *parent = nullptr);
    qint64 customerId() const { return m_id; }
    bool isEditing() const { return m_editing; }
    bool isLoaded() const { return m_loaded; }
    // After an accepted correction: the fields that changed.
    const QStringList &changedFields() const { return m_changed; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *genderCombo() const { return m_gender; }

public Q_SLOTS:
    void accept() override;

private:
    services::Workspace &m_workspace;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QComboBox *m_gender;
    QComboBox *m_district;
    QLineEdit *m_address;
    QComboBox *m_consent;
    qint64 m_id = 0;
    bool m_editing = false;
    bool m_loaded = false;
    bool m_phoneMasked = false;
    QStringList m_changed;
};

} // namespace doorstep::ui
