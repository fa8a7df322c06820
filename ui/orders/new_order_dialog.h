#pragma once
// A new order taken on the phone: find the customer (name or phone digits),
// pick the service, the address (the customer's by default), the day and the
// arrival window; the price comes from the catalogue. Saved through
// OrderService::create, straight into the dispatch queue unless unticked.
#include "ui/phone_lookup_audit.h"

#include <QDialog>

class QFormLayout;

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimeEdit;
class QTimer;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class CustomersModel;
}

namespace doorstep::ui {

class NewOrderDialog : public QDialog
{
    Q_OBJECT
public:
    // `customerId` preselects a customer (from the customers page); 0: search.
    NewOrderDialog(services::Workspace &workspace, qint64 customerId = 0, QWidget *parent = nullptr);

    qint64 createdOrderId() const { return m_created; }
    void accept() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    // For tests and the keyboard: the form's fields.
    QLineEdit *customerSearch() const { return m_search; }
    QTableView *customerView() const { return m_customers; }
    QComboBox *serviceCombo() const { return m_service; }
    QLineEdit *addressEdit() const { return m_address; }
    QDateEdit *dayEdit() const { return m_day; }
    QTimeEdit *startEdit() const { return m_start; }
    QComboBox *lengthCombo() const { return m_length; }
    QCheckBox *urgentBox() const { return m_urgent; }
    QCheckBox *submitBox() const { return m_submit; }
    QLabel *errorLabel() const { return m_error; }
    qint64 selectedCustomer() const;

private:
    // Parts of the constructor.
    void setUpCustomerSearch();
    void setUpServiceAndWindow();
    QFormLayout *buildForm(qint64 customerId);

    void customerChosen();
    void applySearch();
    void showError(const QString &message);

    services::Workspace &m_workspace;
    itemmodels::CustomersModel *m_model;
    QLineEdit *m_search;
    QTableView *m_customers;
    QComboBox *m_service;
    QLineEdit *m_address;
    QDateEdit *m_day;
    QTimeEdit *m_start;
    QComboBox *m_length;
    QCheckBox *m_urgent;
    QCheckBox *m_submit;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QTimer *m_debounce;
    QLabel *m_searchHint;
    PhoneLookupAudit m_lookups; // whole-number searches are audited
    qint64 m_fixedCustomer = 0;
    qint64 m_created = 0;
};

} // namespace doorstep::ui
