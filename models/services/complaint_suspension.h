#pragma once
// A safety or privacy incident escalates at once (ComplaintService::open), and
// a supervisor decides whether its provider is suspended pending
// investigation (issue #13), through the suspension machinery the expiry
// sweep uses: a provider_suspensions row, here caused by the complaint
// (complaint_id) instead of a credential, and providers.status = 'suspended'
// with the joined reasons of the open rows as its visible reason
// (openSuspensionReasons). Dispatch then refuses the provider like any
// suspended one.
//
// The suspension ends when the investigation does: when the complaint is
// closed (resolved or rejected, in the same action), or earlier when a
// supervisor lifts it. Lifting reactivates the provider only when nothing
// else keeps them suspended (an expired credential's row stays, and so does a
// status a person set without a row: its reason differs). What follows an
// upheld incident (penalties, the deactivation flag) is the ledger's and the
// flags' business, not this one's.
//
// Each step is one action (ProviderDiscipline: supervisors, administrators)
// and one line of the complaint's timeline.
#include "services/service_layer.h"

namespace doorstep::services {

class ComplaintSuspension
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintSuspension)
public:
    explicit ComplaintSuspension(ServiceLayer &services) : m_services(services) {}

    // Returns the provider_suspensions row. Refused for a complaint that is
    // not a safety or privacy incident, closed, without a provider, or whose
    // provider is already suspended for it or is no longer working.
    qint64 suspend(qint64 complaintId, const QString &reason);
    // The supervisor lifts it before the complaint closes; the reason is required.
    void lift(qint64 complaintId, const QString &reason);

    // Inside an action that closes the complaint: lifts its open suspension,
    // if it has one. Returns whether it did.
    static bool liftWithinAction(ActionContext &ctx, qint64 complaintId, const QString &note);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
