#include "services/complaint_suspension.h"

#include "domain/complaint_states.h"
#include "domain/provider_states.h"
#include "services/complaint_timeline.h"
#include "services/provider_expiry_service.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

namespace doorstep::services {
namespace {
// Sets the provider's status from their open suspension rows, when the status
// is still the one those rows made (`before`): a status a person set by other
// means is left alone.
void followOpenRows(ActionContext &ctx, qint64 providerId, const QString &before)
{
    const QString after = openSuspensionReasons(ctx.db(), providerId, 0);
    ctx.db().run("UPDATE providers SET status = CASE WHEN COALESCE(?1, '') = '' THEN 'active' ELSE 'suspended' END,"
                 " status_reason = NULLIF(?1, ''), updated_at = ?2 WHERE id = ?3"
                 " AND (status = 'active' AND COALESCE(?4, '') = '' OR status = 'suspended' AND COALESCE(status_reason, '') = COALESCE(?4, ''))",
                 after, ctx.now(), providerId, before);
    if (ctx.db().changes() > 0)
        ctx.changed(QStringLiteral("providers"), providerId);
}
} // namespace

qint64 ComplaintSuspension::suspend(qint64 complaintId, const QString &reason)
{
    return m_services.perform(Permission::ProviderDiscipline, QStringLiteral("complaint.suspend_provider"), [&](ActionContext &ctx) {
        const QString why = reason.trimmed();
        if (why.isEmpty())
            throw ServiceError::invalid(tr("Please write down why the provider is suspended."));
        auto c = ctx.db().prepare("SELECT c.status, c.category, c.provider_id, p.status, o.order_no FROM complaints c"
                                  " JOIN orders o ON o.id = c.order_id LEFT JOIN providers p ON p.id = c.provider_id WHERE c.id = ?");
        c.bindAll(complaintId);
        if (!c.next())
            throw ServiceError::notFound(tr("The complaint no longer exists."));
        if (storedState<domain::ComplaintCategory>(c.text(1), complaintId) != domain::ComplaintCategory::Safety)
            throw ServiceError::invalid(tr("Only a safety or privacy incident suspends the provider pending investigation."));
        if (domain::isClosed(storedState<domain::ComplaintStatus>(c.text(0), complaintId)))
            throw ServiceError::conflict(tr("The complaint is closed: the investigation is over."));
        if (c.isNull(2))
            throw ServiceError::invalid(tr("No provider was assigned to the order complained about."));
        const qint64 providerId = c.int64(2);
        const auto providerStatus = storedState<domain::ProviderStatus>(c.text(3), providerId);
        if (providerStatus != domain::ProviderStatus::Active && providerStatus != domain::ProviderStatus::Suspended)
            throw ServiceError::conflict(tr("The provider is %1: there is nothing to suspend.")
                                             .arg(domain::stateDisplayName(providerStatus).toLower()));
        if (ctx.db().scalar("SELECT 1 FROM provider_suspensions WHERE complaint_id = ? AND lifted_at IS NULL", complaintId).isValid())
            throw ServiceError::conflict(tr("The provider is already suspended pending this investigation."));

        const QString before = openSuspensionReasons(ctx.db(), providerId, 0);
        const qint64 id = ctx.newId();
        ctx.db().run("INSERT INTO provider_suspensions(id, provider_id, complaint_id, reason, started_at, started_by) VALUES (?, ?, ?, ?, ?, ?)",
                     id, providerId, complaintId, tr("Safety incident under investigation (order %1): %2").arg(c.text(4), why), ctx.now(),
                     ctx.actor().staffId);
        ctx.changed(QStringLiteral("provider_suspensions"), id);
        followOpenRows(ctx, providerId, before);
        recordComplaintEvent(ctx, complaintId, {QStringLiteral("provider_suspended"), why, {}, {}, {}, {}, {}});
        // The reason may name people: it stays in the rows.
        ctx.describe(QStringLiteral("provider_suspensions"), id,
                     {{QStringLiteral("complaint"), QString::number(complaintId)}, {QStringLiteral("provider"), QString::number(providerId)}});
        return id;
    });
}

void ComplaintSuspension::lift(qint64 complaintId, const QString &reason)
{
    m_services.perform(Permission::ProviderDiscipline, QStringLiteral("complaint.lift_suspension"), [&](ActionContext &ctx) {
        const QString why = reason.trimmed();
        if (why.isEmpty())
            throw ServiceError::invalid(tr("Please write down why the suspension is lifted."));
        if (!liftWithinAction(ctx, complaintId, why))
            throw ServiceError::conflict(tr("The provider is not suspended pending this investigation."));
        ctx.describe(QStringLiteral("complaints"), complaintId, {{QStringLiteral("lifted"), true}});
    });
}

bool ComplaintSuspension::liftWithinAction(ActionContext &ctx, qint64 complaintId, const QString &note)
{
    qint64 id = 0, providerId = 0;
    {
        auto st = ctx.db().prepare("SELECT id, provider_id FROM provider_suspensions WHERE complaint_id = ? AND lifted_at IS NULL");
        st.bindAll(complaintId);
        if (!st.next())
            return false;
        id = st.int64(0);
        providerId = st.int64(1);
    }
    const QString before = openSuspensionReasons(ctx.db(), providerId, 0);
    ctx.db().run("UPDATE provider_suspensions SET lifted_at = ?, lifted_by = ? WHERE id = ?", ctx.now(), ctx.actor().staffId, id);
    ctx.changed(QStringLiteral("provider_suspensions"), id);
    followOpenRows(ctx, providerId, before);
    recordComplaintEvent(ctx, complaintId, {QStringLiteral("suspension_lifted"), note, {}, {}, {}, {}, {}});
    return true;
}

} // namespace doorstep::services
