#pragma once
// The one state machine of an order. Every status change anywhere (console,
// CLI, customer/provider API, auto-dispatch) asks this table whether it is
// allowed; the service layer records it in the order's timeline.
//
//   created -> awaiting_dispatch -> assigned -> accepted -> on_the_way -> in_service -> completed -> rated
//   assigned --decline/timeout/unassign--> awaiting_dispatch
//   created..accepted --reschedule--> awaiting_dispatch (new window, provider released)
//   created..accepted --cancel (customer or office)--> cancelled;  on_the_way --cancel (office only)--> cancelled
#include <QList>
#include <QString>

#include <optional>

namespace doorstep::domain {

enum class OrderStatus { Created, AwaitingDispatch, Assigned, Accepted, OnTheWay, InService, Completed, Rated, Cancelled };

enum class OrderEvent {
    Submit,     // the order enters the dispatch queue
    Assign,     // a dispatcher or auto-dispatch gives it to a provider
    Unassign,   // taken back from the provider
    Accept,     // the provider accepts
    Decline,    // the provider declines
    Timeout,    // the provider did not answer in time
    Depart,     // the provider is on the way
    Start,      // service begins at the door
    Complete,   // service done
    Rate,       // the customer rates it
    Cancel,
    Reschedule, // new time window; back to the queue
};

enum class OrderActor { Customer, Provider, Office, System };

std::optional<OrderStatus> nextStatus(OrderStatus from, OrderEvent event, OrderActor actor);
// Whether a transition needs a reason from the person making it.
bool eventNeedsReason(OrderEvent event);

QList<OrderStatus> allOrderStatuses();
QList<OrderEvent> allOrderEvents();
QString orderStatusKey(OrderStatus status);            // stored: "awaiting_dispatch"
std::optional<OrderStatus> orderStatusFromKey(QStringView key);
QString orderStatusDisplayName(OrderStatus status);    // translated
QString orderEventKey(OrderEvent event);               // "assign" (stored in order_events.event)
std::optional<OrderEvent> orderEventFromKey(QStringView key);
QString orderEventDisplayName(OrderEvent event);       // translated, for the timeline: "Declined by the provider"
QString orderEventVerb(OrderEvent event);              // translated, for refusals: "declined"
bool isFinal(OrderStatus status);                      // rated, cancelled

} // namespace doorstep::domain
