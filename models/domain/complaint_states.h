#pragma once
// Complaints (issue #13): the stored keys of a complaint's state, category,
// severity and what the customer asks for, through the same one-mapping
// machinery as the provider states (domain/provider_states.h: stateKey,
// stateFromKey, stateDisplayName, allStates), and the lifecycle:
//
//   open → investigating → (waiting for the customer ⇄ investigating) → resolved | rejected
//   open or waiting → resolved | rejected directly; resolved | rejected → investigating (reopen,
//   within the office's days, decided by services/complaint_service)
//
// The keys are exactly what schema v8's CHECK constraints allow.
#include "domain/provider_states.h"

namespace doorstep::domain {

enum class ComplaintStatus { Open, Investigating, WaitingCustomer, Resolved, Rejected }; // complaints.status
enum class ComplaintCategory { NoShow, Quality, Damage, Attitude, Overcharge, Safety, Other }; // complaints.category
enum class ComplaintSeverity { Low, Medium, High };                                      // complaints.severity
enum class CustomerAsk { ReturnVisit, Refund, Apology, Compensation };                   // complaints.customer_ask
// Refunds (schema v1's CHECK): requested → approved → paid, or requested → rejected.
enum class RefundStatus { Requested, Approved, Paid, Rejected };                          // refunds.status
// A return visit's provider, as the customer chose (schema v9).
enum class ReserviceProvider { Same, Another };                                           // orders.reservice_provider

constexpr bool isClosed(ComplaintStatus s) { return s == ComplaintStatus::Resolved || s == ComplaintStatus::Rejected; }

// Whether a complaint may go from `from` to `to` by a state change (reopening
// a closed one is its own action and not allowed here).
constexpr bool complaintMayMove(ComplaintStatus from, ComplaintStatus to)
{
    // Forward from any open state: investigating, waiting, resolved, rejected;
    // back from waiting to investigating when the customer answers.
    return from != to && !isClosed(from) && to != ComplaintStatus::Open;
}

extern template struct StateKeys<ComplaintStatus>;
extern template struct StateKeys<ComplaintCategory>;
extern template struct StateKeys<ComplaintSeverity>;
extern template struct StateKeys<CustomerAsk>;
extern template struct StateKeys<RefundStatus>;
extern template struct StateKeys<ReserviceProvider>;

} // namespace doorstep::domain
