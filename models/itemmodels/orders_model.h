#pragma once
#include "domain/order_lifecycle.h"
#include "itemmodels/order_filter.h"
#include "itemmodels/order_mime.h"
#include "itemmodels/paged_table_model.h"
#include "services/clock.h"
#include "services/session.h"

#include <map>
#include <memory>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

// Orders, a page at a time, through keyset queries on the board indexes:
// with a status, latest window first through orders(status, window_start, id)
// (or the district/provider indexes); with only a date range, through
// orders(window_start, id); with neither, newest first by id (ids are
// time-ordered). Search: an order number, or phone digits of the customer
// (domain/phone_search.h: the whole number; the last four digits, or for
// roles that see whole numbers any 3-10), or a surname prefix.
//
// Rows can be dragged (OrderDrag payload). A model used as the schedule
// board's pending list also accepts a dragged job back: it emits
// unassignRequested and leaves the change to the caller (an undo command).
class OrdersModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { OrderNo, Status, Service, Customer, Phone, District, Window, Provider, Price, ColumnCount };
    enum Roles {
        OverdueRole = IdRole + 1, // QString: why the order is late by the clock (empty: on time)
        StatusKeyRole,            // stored status key
        WindowStartRole,          // UTC seconds
        CategoryRole,             // service category id
    };

    // Late marks are measured against `clock` and settings::DispatchLeadMinutes.
    OrdersModel(store::Database &db, const services::Session &session, const services::Clock &clock, QObject *parent = nullptr);

    const OrderFilter &filter() const { return m_filter; }
    void setFilter(const OrderFilter &filter);                       // reloads
    // What the search may be instead when its phone digits are refused
    // (domain/phone_search.h); empty otherwise.
    QString searchHint() const;
    void setStatusFilter(std::optional<domain::OrderStatus> status); // reloads
    void setSearch(const QString &text);                             // reloads
    // Live counts per status for the current filter (its status ignored),
    // on this thread; the order page counts on a worker (StatusCounts).
    std::map<domain::OrderStatus, qint64> countsByStatus();
    bool revealsPersonal() const { return m_unmasked; }
    void setAcceptsJobsBack(bool accepts) { m_acceptsJobs = accepts; }

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    void unassignRequested(const itemmodels::OrderDrag &drag);

protected:
    Query query() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const Row &row, int column, int role) const override;

private:
    // What a load's first page decides for the pages after it.
    struct Plan
    {
        int dispatchLeadMinutes = 0;
        bool walkInDisplayOrder = false; // provider-name filter (see ProviderWalk)
    };
    static QList<Row> fetchPage(store::Database &db, const OrderFilter &filter, bool unmasked, Plan &plan, const Row *last, int limit);
    static void appendLateness(Row &row, int dispatchLeadMinutes);
    bool isLate(const Row &row) const;
    QString overdueReason(const Row &row) const;

    const services::Clock &m_clock;
    bool m_allowed;
    bool m_unmasked;
    bool m_acceptsJobs = false;
    OrderFilter m_filter;
};

// Orders per status matching `filter` (its status ignored; statuses with no
// order are left out). `unmasked`: the role sees whole phone numbers, which
// decides what a digit search may match (domain/phone_search.h).
std::map<domain::OrderStatus, qint64> countOrdersByStatus(store::Database &db, const OrderFilter &filter, bool unmasked);

struct TimelineEntry
{
    qint64 at = 0;
    QString actorKind; // customer, provider, staff, system
    QString staffName;
    QString fromStatus;
    QString toStatus;
    QString note;
    QString eventKey;  // order_events.event ("decline", "move"); empty before schema v5
};
// An order's status timeline, oldest first.
QList<TimelineEntry> orderTimeline(store::Database &db, qint64 orderId);
// What happened ("Declined by the provider"), and who did it ("provider,
// recorded by 王芳"), translated.
QString timelineHeadline(const TimelineEntry &entry);
QString timelineActor(const TimelineEntry &entry);

} // namespace doorstep::itemmodels
