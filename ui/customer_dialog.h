#pragma once
// Add a customer: name, mobile, gender, district, address. The customer's
// consent to processing for the service is recorded with the row.
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
    qint64 customerId() const { return m_id; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }

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
};

} // namespace doorstep::ui
