#pragma once
// What the order board, the order table and the schedule board's pending list
// filter on. Every field is optional (0 / empty / nullopt: no restriction).
#include "domain/order_lifecycle.h"

#include <QString>

#include <optional>

namespace doorstep::itemmodels {

struct OrderFilter
{
    std::optional<domain::OrderStatus> status;
    qint64 windowFrom = 0;   // window_start >= windowFrom (UTC seconds)
    qint64 windowTo = 0;     // window_start <  windowTo
    qint64 districtId = 0;
    qint64 categoryId = 0;
    qint64 providerId = 0;
    // The statistics funnel's stages: 2 dispatched, 3 accepted, 4 completed, 5 rated;
    // orders that reached at least this one at some point (stats_order_facts.stage,
    // schema v15), whatever their status now. 0: any.
    int reachedStage = 0;
    // Orders with a paid refund (stats_order_facts.refunds): the dashboard's refunds.
    bool paidRefund = false;
    QString providerName;    // prefix of the provider's name
    QString search;          // order number (DS…), customer phone digits, or surname prefix
    bool earliestFirst = false; // by window ascending (the dispatch queue); default latest first

    bool operator==(const OrderFilter &) const = default;
};

} // namespace doorstep::itemmodels
