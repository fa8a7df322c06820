#pragma once
// Orders: creation and every status change, each checked against the one
// state machine (domain/order_lifecycle.h) and recorded in the order's
// timeline, through the service layer. Staff act as the office, or record
// what a customer or provider told them on the phone.
#include "domain/order_lifecycle.h"
#include "services/service_layer.h"

namespace doorstep::services {

struct NewOrder
{
    qint64 customerId = 0;
    qint64 serviceItemId = 0;
    qint64 windowStart = 0; // UTC seconds
    qint64 windowEnd = 0;
    QString address;        // empty: the customer's address
    QString note;
    bool submit = true;     // straight into the dispatch queue
    int priority = 0;       // 1: urgent (auto-dispatch leaves it out last)
};

struct OrderChange
{
    domain::OrderEvent event;
    domain::OrderActor onBehalfOf = domain::OrderActor::Office;
    QString reason;          // required for cancel, decline, unassign, reschedule
    qint64 providerId = 0;   // assign
    qint64 plannedStart = 0; // assign (UTC seconds; 0: start of the window)
    qint64 newWindowStart = 0, newWindowEnd = 0; // reschedule
    int stars = 0;           // rate
    QString comment;         // rate
    // Assign by auto-dispatch: the rule "declined before" (Rule::DeclinedBefore)
    // is checked with the others. A person's assign leaves it off.
    bool autoDispatch = false;
};

// Applies one event inside an action that is already running (DispatchService
// uses it to move a job as one audited action). Same checks as apply().
domain::OrderStatus applyOrderChange(ActionContext &ctx, qint64 orderId, const OrderChange &change);
// One row of the order's timeline (order_events), by the acting staff member
// on behalf of `actorKind` (customer, provider, staff, system); queued for sync.
void recordOrderEvent(ActionContext &ctx, qint64 orderId, const QString &actorKind, const QString &fromStatus,
                      const QString &toStatus, const QString &eventKey, const QString &note = {});
// A manual dispatch record: the acting staff member put the order on the
// provider's day at `plannedStart`.
void recordManualDispatch(ActionContext &ctx, qint64 orderId, qint64 providerId, qint64 plannedStart);
// The order's assignment in force (its latest dispatch record not yet undone)
// ends now: taken back, declined, timed out, rescheduled, cancelled or moved.
void markDispatchUndone(ActionContext &ctx, qint64 orderId);

class OrderService
{
    Q_DECLARE_TR_FUNCTIONS(OrderService)
public:
    explicit OrderService(ServiceLayer &services) : m_services(services) {}

    qint64 create(const NewOrder &order);
    // Applies one event; returns the new status. Refused transitions throw
    // ServiceError::Conflict naming the current status, and write nothing.
    domain::OrderStatus apply(qint64 orderId, const OrderChange &change);

    static Permission permissionFor(domain::OrderEvent event);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
