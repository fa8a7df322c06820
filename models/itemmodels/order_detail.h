#pragma once
// Everything the order detail pane shows about one order, read in one go:
// customer (masked by role), address, service, window, price and payment,
// provider, timeline, dispatch history, rating, complaints and refunds.
#include "itemmodels/orders_model.h"

#include <QList>
#include <QString>

#include <optional>

namespace doorstep::itemmodels {

struct DispatchHistoryEntry
{
    qint64 at = 0;
    QString provider;
    QString mode;      // manual, auto
    QString staff;
    qint64 plannedStart = 0;
    qint64 undoneAt = 0;
    QString explanation;
};

struct ComplaintEntry
{
    qint64 openedAt = 0;
    QString category;
    QString status;
    qint64 resolutionDueAt = 0;
    QString resolution;
};

struct OrderDetail
{
    qint64 id = 0;
    QString orderNo;
    QString statusKey;
    QString customer;
    QString phone;        // masked unless the role may see it
    QString address;
    QString district;
    double lat = 0, lng = 0; // WGS-84, the address's (the order detail's map)
    QString service;
    qint64 windowStart = 0, windowEnd = 0;
    int durationMin = 0;
    qint64 priceFen = 0;
    QString paymentStatus;
    bool paidInApp = false; // through the platform's payment provider (orders.paid_through), which pays refunds back
    QString provider;
    qint64 plannedStart = 0;
    QString cancelReason;
    QString note;
    QList<TimelineEntry> timeline;
    QList<DispatchHistoryEntry> dispatches;
    int stars = 0;
    QString ratingComment;
    QList<ComplaintEntry> complaints;
    qint64 refundedFen = 0;
};

std::optional<OrderDetail> loadOrderDetail(store::Database &db, const services::Session &session, qint64 orderId);
QString paymentStatusDisplayName(const QString &key);

} // namespace doorstep::itemmodels
