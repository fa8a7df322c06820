#pragma once
// Editing the SLA policies (table sla_policies: per complaint category ×
// severity, a first-response and a resolution target, each an amount in
// minutes, business_minutes or business_days; README.md, "SLA policies").
// SlaPolicyEdit (managers, administrators), one audited action per policy
// ("sla.policy_set"), queued in the sync outbox as an office setting is: the
// change stays in the office (PROTOCOL.md: sla_policies are the platform's
// catalogue, which refuses an office's write), so it is queued under the
// never-sent "settings" entity with the policy's key.
//
// What a change does to complaints already open: nothing. Their deadlines
// were promised when they were recorded (or last reopened) and are stored;
// moving them silently would turn amber or red (or back) complaints nobody
// touched. Complaints recorded from the change on, and the fresh resolution
// target a reopening gets, use the new policy; the result says how many open
// complaints of that kind keep their old deadlines, so the editor can tell.
#include "services/service_layer.h"
#include "services/sla_clock.h"

namespace doorstep::services {

struct SlaPolicyRow
{
    domain::ComplaintCategory category = domain::ComplaintCategory::Other;
    domain::ComplaintSeverity severity = domain::ComplaintSeverity::Medium;
    std::optional<SlaPolicy> policy; // none: no row stored for the pair (intake refuses it)
};

struct SlaPolicySaved
{
    bool changed = false;        // false: the stored policy was already this one (nothing written)
    int openComplaintsKept = 0;  // open complaints of that category and severity; their deadlines stay
};

class SlaPolicyService
{
    Q_DECLARE_TR_FUNCTIONS(SlaPolicyService)
public:
    explicit SlaPolicyService(ServiceLayer &services) : m_services(services) {}

    // Every category × severity, in the enums' order, with its stored policy.
    static QList<SlaPolicyRow> list(store::Database &db);

    // Validates and stores one policy. ServiceError::Invalid (nothing
    // written) for an amount out of its unit's range, or a first response
    // that would fall after the resolution.
    SlaPolicySaved set(domain::ComplaintCategory category, domain::ComplaintSeverity severity, const SlaPolicy &policy);

    // The largest amount a target may have in a unit (30 days around the
    // clock, 100 business hours, 60 business days).
    static int maxAmount(SlaUnit unit);
    // "240 business minutes (4 business hours)": a target as people read it.
    static QString describe(SlaTarget target);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
