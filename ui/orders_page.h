#pragma once
// Orders: a board of status columns and a table of the same orders, one
// filter bar for both (status, dates, district, service, provider, order
// number / customer phone or name), live counts per status, and the selected
// order's detail with its timeline. Counts and pages refresh when another
// console or process changes the store (PRAGMA data_version) and when this
// console dispatches.
#include "itemmodels/order_filter.h"

#include "ui/phone_lookup_audit.h"

#include "domain/order_lifecycle.h"

#include <QWidget>

#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class OrdersModel;
class StatusCounts;
}

namespace doorstep::ui {

class FilterBar;
class OrderBoard;
class OrderDetailView;

// What a statistics figure narrows to beyond the dates, district and service:
// a status, a provider, a funnel stage reached. Provider and stage have no
// control of their own: they show as a button on the filter bar that removes
// them (OrdersPage::narrowingChip).
struct OrderNarrowing
{
    std::optional<domain::OrderStatus> status;
    qint64 providerId = 0;
    QString providerName; // for the button's text
    int reachedStage = 0; // itemmodels::OrderFilter::reachedStage
    bool paidRefund = false;
};

class OrdersPage : public QWidget
{
    Q_OBJECT
public:
    explicit OrdersPage(services::Workspace &workspace, QWidget *parent = nullptr);

    itemmodels::OrdersModel *model() const { return m_model; } // the table's
    OrderBoard *board() const { return m_board; }
    OrderDetailView *detail() const { return m_detail; }
    QComboBox *statusFilter() const { return m_status; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *districtFilter() const { return m_district; }
    QComboBox *categoryFilter() const { return m_category; }
    QLineEdit *providerEdit() const { return m_provider; }
    QCheckBox *allDates() const { return m_allDates; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    QTableView *view() const { return m_view; }
    QListWidget *timeline() const;
    void showBoard(bool board);

    itemmodels::OrderFilter currentFilter() const;
    void applyFilter();   // reloads board, table and counts
    void refresh();       // after a change: same filter, fresh pages and counts
    // After another connection's commit (the sync's pull, another console):
    // the rows shown are read again and change row by row, so scroll,
    // selection and an open dialog stay (PagedTableModel::refreshRows).
    void refreshRows();
    // Asks a worker for the live counts; they arrive through statusCounts()'s countsReady.
    void refreshCounts();
    itemmodels::StatusCounts *statusCounts() const { return m_counts; }
    void newOrder();               // the new-order form; the order opens in the detail pane
    void openOrder(qint64 orderId); // shows one order's detail
    // The orders behind a statistics figure: window office days from..to
    // (inclusive), a district and a service category (0: any), every status;
    // the other filters are cleared. The table is shown.
    // A figure may narrow further (OrderNarrowing).
    void showOrdersOf(QDate from, QDate to, qint64 districtId, qint64 categoryId, const OrderNarrowing &narrowing = {});
    QPushButton *narrowingChip() const { return m_narrowingChip; }

Q_SIGNALS:
    // An order was typed in here (continuous auto-dispatch looks at it).
    void orderCreated(qint64 orderId);

private:
    // Parts of the constructor.
    void setUpTable();
    void buildFilters();
    void connectViews();

    void checkForChanges();
    void showCounts(const std::map<domain::OrderStatus, qint64> *counts); // nullptr: being counted

    services::Workspace &m_workspace;
    itemmodels::OrdersModel *m_model;
    itemmodels::StatusCounts *m_counts;
    std::optional<itemmodels::OrderFilter> m_countedFilter; // what the numbers shown are for
    OrderBoard *m_board;
    OrderDetailView *m_detail;
    FilterBar *m_filters;
    QComboBox *m_status;
    QCheckBox *m_allDates;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_mode;
    QStackedWidget *m_stack;
    QTableView *m_view;
    QTimer *m_poll;
    QComboBox *m_district = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_provider = nullptr;
    QPushButton *m_narrowingChip = nullptr;
    qint64 m_pinnedProvider = 0; // from showOrdersOf, until the chip is clicked
    int m_pinnedStage = 0;
    bool m_pinnedRefund = false;
    QLineEdit *m_search = nullptr;
    PhoneLookupAudit m_lookups; // whole-number searches are audited
    qint64 m_dataVersion = -1;
};

} // namespace doorstep::ui
