#pragma once
// Credential expiry: providers whose approved credentials have lapsed are
// suspended, with a visible reason and an audit entry, and a renewal lifts
// exactly the suspension its lapse caused.
//
//   - an expired ID card or health certificate suspends the provider wholly
//     (providers.status = 'suspended', status_reason);
//   - an expired qualification suspends only the skills whose service
//     category requires it (provider_skills.status = 'suspended', suspended_reason).
//
// A credential is expired as of `today` (the office's calendar day) when its
// valid_to is before today and no other approved credential of the same kind
// covers today. Each suspension is a provider_suspensions row naming the
// credential, so the sweep is idempotent and never takes over a suspension a
// supervisor decided (those have no row and are left alone).
//
// Run sweepNow() when the console opens (after login): it catches up on
// every day the console was closed, because it compares dates rather than
// waiting for the day of expiry.
#include "services/service_layer.h"

#include <QDate>

namespace doorstep::services {

struct SweepResult
{
    int providersSuspended = 0;    // providers newly suspended wholly
    int skillsSuspended = 0;       // provider skills newly suspended
    int suspensionsRecorded = 0;   // provider_suspensions rows written (one provider may have several causes)
    bool changed() const { return suspensionsRecorded > 0; }
};

// What liftResolved() did.
struct LiftResult
{
    int suspensionsLifted = 0;        // provider_suspensions rows closed
    bool providerReactivated = false; // the provider, suspended by expiry, is active again
    int skillsRestored = 0;           // skills suspended by expiry that are active again
};

// The visible reason of a suspended provider (categoryId 0) or skill: the
// reasons of its open provider_suspensions rows, joined. Every writer of those
// rows (this sweep, services/complaint_suspension) keeps status_reason equal to
// it, and lifts or narrows only a suspension whose reason still equals it.
QString openSuspensionReasons(store::Database &db, qint64 providerId, qint64 categoryId);

// What suspendLapsed() looks at: everything the sweep does, or only the
// whole-provider causes (an ID card or health certificate).
enum class SweepScope { Everything, WholeProviders };

class ProviderExpiryService
{
    Q_DECLARE_TR_FUNCTIONS(ProviderExpiryService)
public:
    explicit ProviderExpiryService(ServiceLayer &services) : m_services(services) {}

    // One audited action ("provider.expiry_sweep") when there is something to
    // suspend; writes nothing (not even an audit entry) otherwise. Any role
    // may trigger it (ProviderView): it applies the office's rules to the
    // passage of time and decides nothing. `today` invalid: the office's today.
    SweepResult sweep(QDate today = {});
    // Whether sweep(today) would find anything, read on `db` alone (a
    // worker's read-only connection: a quiet day then costs the GUI thread nothing).
    static bool isDue(store::Database &db, QDate today);

    // The sweep's work inside an action that is already running (sweep() is
    // this in its own "provider.expiry_sweep" action; the demo seed uses it to
    // suspend its lapsed providers the same way).
    static SweepResult suspendLapsed(ActionContext &ctx, QDate today, SweepScope scope = SweepScope::Everything);

    // Inside an action that approved a credential (renewal): lifts the open
    // suspensions of `providerId` whose requirement an approved credential
    // now covers on `today`, restoring the skill or the provider when nothing
    // else keeps it suspended.
    static LiftResult liftResolved(ActionContext &ctx, qint64 providerId, QDate today, qint64 byCredentialId);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
