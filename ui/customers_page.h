#pragma once
// Customers: search by name or phone digits, newest first or by name, add,
// correct (button, context menu, double-click or Enter, F2).
#include "ui/phone_lookup_audit.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class CustomersModel;
}

namespace doorstep::ui {

class FilterBar;

class CustomersPage : public QWidget
{
    Q_OBJECT
public:
    explicit CustomersPage(services::Workspace &workspace, QWidget *parent = nullptr);

    itemmodels::CustomersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    void addCustomer();
    // Corrects the selected customer's record (PIPL right to correction).
    void editCustomer();
    QPushButton *editButton() const { return m_edit; }
    // A new order for the selected customer (or one to search for).
    void newOrder();
    // Reads the list again (after a change made elsewhere, e.g. the retention sweep).
    void refresh();
    // Reads the rows shown and the count again and applies the difference
    // row by row (after a sync pull): the user's scroll, selection and
    // current row stay, as on the orders page.
    void refreshRows();
    // The selected customer's data-subject request (个人信息权利请求).
    void dataRequest();
    QPushButton *dataRequestButton() const { return m_dataRequest; }

Q_SIGNALS:
    void orderCreated(qint64 orderId);

private:
    void applySearch(const QString &text);
    void selectCustomer(qint64 id);
    services::Workspace &m_workspace;
    itemmodels::CustomersModel *m_model;
    FilterBar *m_filters;
    QLineEdit *m_search;
    PhoneLookupAudit m_lookups; // whole-number searches are audited
    QLabel *m_count;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_newOrder;
    QPushButton *m_dataRequest;
    QTableView *m_view;
};

} // namespace doorstep::ui
