#pragma once
// Correct a provider's own record (PIPL right to correction): name, mobile,
// gender, home district and address, from the provider directory. Every role
// sees provider numbers masked, so the mobile field starts empty with the
// mask as its placeholder and a number is replaced only when a whole new one
// is typed. The ID number is the ID card credential's (see
// services::ProviderCorrection).
#include <QDialog>

class QComboBox;
class QLineEdit;

namespace doorstep::services {
class Workspace;
}

namespace doorstep::ui {

class ProviderCorrectionDialog : public QDialog
{
    Q_OBJECT
public:
    ProviderCorrectionDialog(services::Workspace &workspace, qint64 providerId, QWidget *parent = nullptr);
    // False when the provider is gone or anonymised: the caller says so.
    bool isLoaded() const { return m_loaded; }
    const QStringList &changedFields() const { return m_changed; }

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QLineEdit *addressEdit() const { return m_address; }

public Q_SLOTS:
    void accept() override;

private:
    services::Workspace &m_workspace;
    qint64 m_id;
    QLineEdit *m_name;
    QLineEdit *m_phone;
    QComboBox *m_gender;
    QComboBox *m_district;
    QLineEdit *m_address;
    bool m_loaded = false;
    QStringList m_changed;
};

} // namespace doorstep::ui
