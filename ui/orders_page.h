#pragma once
// Orders: filter by status (with live counts), search by order number,
// customer name or phone digits, and the selected order's status timeline.
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTableView;
class QTimer;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class OrdersModel;
}

namespace doorstep::ui {

class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersPage(services::Workspace &workspace, QWidget *parent = nullptr);

    itemmodels::OrdersModel *model() const { return m_model; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *searchEdit() const { return m_search; }
    QTableView *view() const { return m_view; }
    QListWidget *timeline() const { return m_timeline; }

    void refreshCounts();

private:
    void showTimeline();

    services::Workspace &m_workspace;
    itemmodels::OrdersModel *m_model;
    QComboBox *m_status;
    QLineEdit *m_search;
    QTableView *m_view;
    QListWidget *m_timeline;
    QTimer *m_debounce;
};

} // namespace doorstep::ui
