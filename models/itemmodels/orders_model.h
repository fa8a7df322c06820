#pragma once
#include "domain/order_lifecycle.h"
#include "itemmodels/paged_table_model.h"
#include "services/session.h"

#include <QDateTime>
#include <map>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

// Orders, a page at a time. With a status filter they come latest window
// first through orders(status, window_start, id); without one, newest first
// by id (ids are time-ordered). Search: an order number, or phone digits of
// the customer (11 digits: exact; fewer: contained).
class OrdersModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { OrderNo, Status, Service, Customer, Phone, District, Window, Provider, Price, ColumnCount };

    OrdersModel(store::Database &db, const services::Session &session, QObject *parent = nullptr);

    void setStatusFilter(std::optional<domain::OrderStatus> status); // reloads
    void setSearch(const QString &text);                             // reloads
    std::map<domain::OrderStatus, qint64> countsByStatus();          // live counts for the filter

protected:
    QList<Row> fetchRows(const Row *last, int limit) override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const Row &row, int column, int role) const override;

private:
    store::Database &m_db;
    bool m_allowed;
    bool m_unmasked;
    std::optional<domain::OrderStatus> m_status;
    QString m_search;
};

struct TimelineEntry
{
    qint64 at = 0;
    QString actorKind; // customer, provider, staff, system
    QString staffName;
    QString fromStatus;
    QString toStatus;
    QString note;
};
// An order's status timeline, oldest first.
QList<TimelineEntry> orderTimeline(store::Database &db, qint64 orderId);

} // namespace doorstep::itemmodels
