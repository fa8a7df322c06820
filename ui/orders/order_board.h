#pragma once
// The board: one column of cards per status, each a paged OrdersModel with
// the shared filter and its own status, and the live count in the header.
// Columns fetch more cards as they are scrolled, like the table.
#include "itemmodels/order_filter.h"

#include <QWidget>

class QLabel;
class QListView;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class OrdersModel;
class PageWorker;
}

namespace doorstep::ui {

class OrderBoard : public QWidget
{
    Q_OBJECT
public:
    explicit OrderBoard(services::Workspace &workspace, QWidget *parent = nullptr);

    void setFilter(const itemmodels::OrderFilter &filter); // status is per column
    void setCounts(const std::map<domain::OrderStatus, qint64> &counts);
    void clearCounts(); // while they are being counted: "…"
    void reload();
    void refreshRows(); // row by row in every column (PagedTableModel::refreshRows)
    // Each column reads its first page on `worker` (PagedTableModel::loadOnWorker).
    void loadOnWorker(itemmodels::PageWorker *worker);
    itemmodels::OrdersModel *column(domain::OrderStatus status) const;
    QListView *columnView(domain::OrderStatus status) const;

Q_SIGNALS:
    void orderSelected(qint64 orderId);

private:
    struct Column
    {
        domain::OrderStatus status;
        itemmodels::OrdersModel *model;
        QListView *view;
        QLabel *title;
    };
    QList<Column> m_columns;
};

} // namespace doorstep::ui
