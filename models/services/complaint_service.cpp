#include "services/complaint_service.h"

#include "domain/masking.h"
#include "services/complaint_attachments.h"
#include "services/complaint_suspension.h"
#include "services/complaint_timeline.h"
#include "services/office_settings.h"
#include "services/provider_flags.h"
#include "services/sla_clock.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

namespace doorstep::services {
namespace {
using domain::ComplaintStatus;

constexpr qint64 kDay = 86400;

struct Row
{
    qint64 id = 0;
    ComplaintStatus status = ComplaintStatus::Open;
    domain::ComplaintCategory category = domain::ComplaintCategory::Other;
    domain::ComplaintSeverity severity = domain::ComplaintSeverity::Medium;
    qint64 providerId = 0;
    std::optional<qint64> assignee;
    SlaDeadline firstResponse;
    std::optional<qint64> firstResponseAt;
    SlaDeadline resolution;
    std::optional<qint64> resolvedAt;
    std::optional<qint64> pausedAt;
    bool ranOut = false;
};

Row load(store::Database &db, qint64 id)
{
    auto st = db.prepare("SELECT status, category, severity, provider_id, assigned_staff_id, first_response_clock, first_response_due_at,"
                         " first_response_warn_at, first_response_at, resolution_clock, resolution_due_at, resolution_warn_at, resolved_at,"
                         " paused_at, calendar_ran_out FROM complaints WHERE id = ?");
    st.bindAll(id);
    if (!st.next())
        throw ServiceError::notFound(ComplaintService::tr("The complaint no longer exists."));
    const auto opt = [&](int c) { return st.isNull(c) ? std::nullopt : std::optional<qint64>(st.int64(c)); };
    Row r;
    r.id = id;
    r.status = storedState<ComplaintStatus>(st.text(0), id);
    r.category = storedState<domain::ComplaintCategory>(st.text(1), id);
    r.severity = storedState<domain::ComplaintSeverity>(st.text(2), id);
    r.providerId = st.isNull(3) ? 0 : st.int64(3);
    r.assignee = opt(4);
    r.firstResponse = {st.int64(6), st.int64(7), st.text(5) == u"business", false};
    r.firstResponseAt = opt(8);
    r.resolution = {st.int64(10), st.int64(11), st.text(9) == u"business", false};
    r.resolvedAt = opt(12);
    r.pausedAt = opt(13);
    r.ranOut = st.int64(14) != 0;
    return r;
}

// Writes the row's deadlines and the queue's next deadline from its state.
ComplaintDeadlines storeDeadlines(ActionContext &ctx, const Row &r)
{
    ComplaintDeadlines d;
    d.firstResponseDue = r.firstResponse.due;
    d.resolutionDue = r.resolution.due;
    d.calendarRanOut = r.ranOut || r.firstResponse.calendarRanOut || r.resolution.calendarRanOut;
    std::optional<qint64> warn;
    if (!domain::isClosed(r.status) && !r.pausedAt) {
        const SlaDeadline &next = r.firstResponseAt ? r.resolution : r.firstResponse;
        d.nextDue = next.due;
        warn = next.warn;
    }
    const auto orNull = [](std::optional<qint64> v) { return v ? QVariant(*v) : QVariant(); };
    ctx.db().run("UPDATE complaints SET status = ?, first_response_clock = ?, first_response_due_at = ?, first_response_warn_at = ?,"
                 " first_response_at = ?, resolution_clock = ?, resolution_due_at = ?, resolution_warn_at = ?, paused_at = ?,"
                 " next_due_at = ?, next_warn_at = ?, calendar_ran_out = ?, updated_at = ? WHERE id = ?",
                 domain::stateKey(r.status), r.firstResponse.business ? QStringLiteral("business") : QStringLiteral("24x7"),
                 r.firstResponse.due, r.firstResponse.warn, orNull(r.firstResponseAt),
                 r.resolution.business ? QStringLiteral("business") : QStringLiteral("24x7"), r.resolution.due, r.resolution.warn,
                 orNull(r.pausedAt), orNull(d.nextDue), orNull(warn), d.calendarRanOut, ctx.now(), r.id);
    ctx.changed(QStringLiteral("complaints"), r.id);
    return d;
}

void event(ActionContext &ctx, qint64 complaintId, const QString &kind, const QString &note = {},
           std::optional<ComplaintStatus> from = {}, std::optional<ComplaintStatus> to = {}, std::optional<qint64> assignee = {})
{
    recordComplaintEvent(ctx, complaintId, {kind, note, from, to, assignee, {}, {}});
}

// Leaving "waiting for the customer": the time that was left runs again.
void resume(const SlaClock &sla, Row &r, qint64 now)
{
    if (!r.pausedAt)
        return;
    if (!r.firstResponseAt)
        r.firstResponse = sla.resumed(r.firstResponse, *r.pausedAt, now);
    r.resolution = sla.resumed(r.resolution, *r.pausedAt, now);
    r.pausedAt.reset();
}

QJsonObject detail(const Row &r, std::initializer_list<std::pair<QString, QJsonValue>> more = {})
{
    QJsonObject o{{QStringLiteral("status"), domain::stateKey(r.status)}};
    for (const auto &[k, v] : more)
        o.insert(k, v);
    return o;
}

void requireActiveStaff(store::Database &db, qint64 staffId)
{
    auto st = db.prepare("SELECT role FROM staff WHERE id = ? AND active = 1 AND removed_at IS NULL");
    st.bindAll(staffId);
    if (!st.next())
        throw ServiceError::notFound(ComplaintService::tr("That staff member no longer has an account."));
    const auto role = roleFromKey(st.text(0));
    if (!role || !roleAllows(*role, Permission::ComplaintHandle))
        throw ServiceError::invalid(ComplaintService::tr("Complaints can only be given to someone whose role handles them."));
}
} // namespace

ComplaintOpened ComplaintService::open(const ComplaintIntake &intake)
{
    return m_services.perform(Permission::ComplaintHandle, QStringLiteral("complaint.open"), [&](ActionContext &ctx) {
        const QString description = intake.description.trimmed();
        if (description.isEmpty())
            throw ServiceError::invalid(tr("Please write down what the customer complains about."));
        auto order = ctx.db().prepare("SELECT o.customer_id, o.provider_id, c.erased_at FROM orders o JOIN customers c ON c.id = o.customer_id"
                                      " WHERE o.id = ?");
        order.bindAll(intake.orderId);
        if (!order.next())
            throw ServiceError::notFound(tr("The order no longer exists."));
        if (!order.isNull(2))
            throw ServiceError::invalid(tr("The customer's data was anonymised; a complaint cannot be recorded for them."));
        const SlaClock sla(ctx.db());
        const SlaPolicy policy = SlaClock::policy(ctx.db(), intake.category, intake.severity);
        Row r;
        r.id = ctx.newId();
        r.status = ComplaintStatus::Open;
        r.category = intake.category;
        r.severity = intake.severity;
        r.firstResponse = sla.deadline(ctx.now(), policy.firstResponse);
        r.resolution = sla.deadline(ctx.now(), policy.resolution);
        if (intake.claim)
            r.assignee = ctx.actor().staffId;
        ctx.db().run("INSERT INTO complaints(id, order_id, customer_id, provider_id, category, severity, customer_ask, description, status,"
                     " assigned_staff_id, opened_by, opened_at, first_response_due_at, first_response_warn_at, resolution_due_at, resolution_warn_at,"
                     " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, 0, 0, 0, 0, ?)",
                     r.id, intake.orderId, order.int64(0), order.value(1), domain::stateKey(intake.category), domain::stateKey(intake.severity),
                     intake.ask ? domain::stateKey(*intake.ask) : QString(), description,
                     r.assignee ? QVariant(*r.assignee) : QVariant(), ctx.actor().staffId, ctx.now(), ctx.now());
        const ComplaintDeadlines d = storeDeadlines(ctx, r);
        // A safety or privacy incident goes to the office manager at once (the
        // supervisor decides about suspending the provider).
        if (intake.category == domain::ComplaintCategory::Safety)
            ctx.db().run("UPDATE complaints SET escalated_at = ? WHERE id = ?", ctx.now(), r.id);
        event(ctx, r.id, QStringLiteral("opened"), {}, {}, ComplaintStatus::Open, r.assignee);
        QList<qint64> photoIds;
        for (const ComplaintPhoto &photo : intake.photos)
            photoIds.append(ComplaintAttachments::addWithinAction(ctx, r.id, photo.fileName, photo.bytes));
        // The description may name people: it stays in the row, not in the audit entry.
        ctx.describe(QStringLiteral("complaints"), r.id,
                     {{QStringLiteral("order"), QString::number(intake.orderId)},
                      {QStringLiteral("category"), domain::stateKey(intake.category)},
                      {QStringLiteral("severity"), domain::stateKey(intake.severity)},
                      {QStringLiteral("first_response_due_at"), r.firstResponse.due},
                      {QStringLiteral("resolution_due_at"), r.resolution.due},
                      {QStringLiteral("photos"), int(photoIds.size())}});
        return ComplaintOpened{r.id, d, photoIds};
    });
}

void ComplaintService::claim(qint64 complaintId)
{
    m_services.perform(Permission::ComplaintHandle, QStringLiteral("complaint.claim"), [&](ActionContext &ctx) {
        const Row r = load(ctx.db(), complaintId);
        if (domain::isClosed(r.status))
            throw ServiceError::conflict(tr("The complaint is closed; reopen it first."));
        if (r.assignee == ctx.actor().staffId)
            throw ServiceError::conflict(tr("You already have this complaint."));
        ctx.db().run("UPDATE complaints SET assigned_staff_id = ?, updated_at = ? WHERE id = ?", ctx.actor().staffId, ctx.now(), complaintId);
        ctx.changed(QStringLiteral("complaints"), complaintId);
        event(ctx, complaintId, QStringLiteral("assigned"), {}, {}, {}, ctx.actor().staffId);
        ctx.describe(QStringLiteral("complaints"), complaintId,
                     detail(r, {{QStringLiteral("previous_assignee"), r.assignee ? QJsonValue(QString::number(*r.assignee)) : QJsonValue()}}));
    });
}

void ComplaintService::assign(qint64 complaintId, qint64 staffId)
{
    m_services.perform(Permission::ComplaintAssign, QStringLiteral("complaint.assign"), [&](ActionContext &ctx) {
        const Row r = load(ctx.db(), complaintId);
        if (domain::isClosed(r.status))
            throw ServiceError::conflict(tr("The complaint is closed; reopen it first."));
        requireActiveStaff(ctx.db(), staffId);
        ctx.db().run("UPDATE complaints SET assigned_staff_id = ?, updated_at = ? WHERE id = ?", staffId, ctx.now(), complaintId);
        ctx.changed(QStringLiteral("complaints"), complaintId);
        event(ctx, complaintId, QStringLiteral("assigned"), {}, {}, {}, staffId);
        ctx.describe(QStringLiteral("complaints"), complaintId, detail(r, {{QStringLiteral("assignee"), QString::number(staffId)}}));
    });
}

void ComplaintService::addNote(qint64 complaintId, const QString &note, bool call)
{
    m_services.perform(Permission::ComplaintHandle, call ? QStringLiteral("complaint.call") : QStringLiteral("complaint.note"),
                       [&](ActionContext &ctx) {
        const QString text = note.trimmed();
        if (text.isEmpty())
            throw ServiceError::invalid(call ? tr("Please write down what was said on the call.") : tr("The note is empty."));
        Row r = load(ctx.db(), complaintId);
        event(ctx, complaintId, call ? QStringLiteral("call") : QStringLiteral("note"), text);
        if (call && !r.firstResponseAt && !domain::isClosed(r.status)) {
            r.firstResponseAt = ctx.now();
            storeDeadlines(ctx, r);
        }
        ctx.describe(QStringLiteral("complaints"), complaintId, detail(r));
    });
}

ComplaintMoved ComplaintService::move(qint64 complaintId, const ComplaintMove &change)
{
    return m_services.perform(Permission::ComplaintHandle, QStringLiteral("complaint.state"), [&](ActionContext &ctx) {
        Row r = load(ctx.db(), complaintId);
        const ComplaintStatus from = r.status;
        if (!domain::complaintMayMove(from, change.to))
            throw ServiceError::conflict(tr("A complaint that is %1 cannot become %2.")
                                             .arg(domain::stateDisplayName(from).toLower(), domain::stateDisplayName(change.to).toLower()));
        const QString note = change.note.trimmed();
        const bool closing = domain::isClosed(change.to);
        if (note.isEmpty() && (closing || change.to == ComplaintStatus::WaitingCustomer))
            throw ServiceError::invalid(closing ? tr("Please write down the resolution the customer was given.")
                                                : tr("Please write down what the customer is asked for."));
        if (change.to == ComplaintStatus::Resolved && !change.upheld)
            throw ServiceError::invalid(tr("Please say whether the complaint was upheld."));
        if (change.satisfaction && (!closing || *change.satisfaction < 1 || *change.satisfaction > 5))
            throw ServiceError::invalid(tr("The customer's satisfaction is recorded when the complaint is closed, from 1 to 5."));
        const SlaClock sla(ctx.db());
        if (from == ComplaintStatus::WaitingCustomer)
            resume(sla, r, ctx.now());
        if (!r.firstResponseAt)
            r.firstResponseAt = ctx.now(); // leaving "open" is the first response
        r.status = change.to;
        if (change.to == ComplaintStatus::WaitingCustomer)
            r.pausedAt = ctx.now();
        ComplaintMoved moved{from, change.to, storeDeadlines(ctx, r), {}};
        if (closing) {
            const bool upheld = change.to == ComplaintStatus::Resolved && *change.upheld;
            ctx.db().run("UPDATE complaints SET resolved_at = ?, resolution = ?, upheld = ?, satisfaction = ? WHERE id = ?", ctx.now(), note, upheld,
                         change.satisfaction ? QVariant(*change.satisfaction) : QVariant(), complaintId);
            if (upheld && r.providerId != 0) {
                moved.ledger = ledger::complaintUpheld(ctx, complaintId);
                const OfficeSettings office(ctx.db());
                moved.flagId = flags::raiseIfRepeatedlyUpheld(ctx, r.providerId, office.whole(settings::UpheldComplaintsFlagCount),
                                                              office.whole(settings::UpheldComplaintsFlagDays));
            }
        }
        event(ctx, complaintId, QStringLiteral("state"), note, from, change.to);
        // The investigation is over: a suspension pending it ends with it.
        const bool lifted = closing && ComplaintSuspension::liftWithinAction(ctx, complaintId, tr("The complaint was closed."));
        ctx.describe(QStringLiteral("complaints"), complaintId,
                     detail(r, {{QStringLiteral("from"), domain::stateKey(from)},
                                {QStringLiteral("suspension_lifted"), lifted},
                                {QStringLiteral("upheld"), change.upheld ? QJsonValue(*change.upheld) : QJsonValue()},
                                {QStringLiteral("satisfaction"), change.satisfaction ? QJsonValue(*change.satisfaction) : QJsonValue()},
                                {QStringLiteral("ledger_entries"), int(moved.ledger.size())},
                                {QStringLiteral("flag"), moved.flagId ? QJsonValue(QString::number(*moved.flagId)) : QJsonValue()}}));
        return moved;
    });
}

ComplaintDeadlines ComplaintService::reopen(qint64 complaintId, const QString &reason)
{
    return m_services.perform(Permission::ComplaintHandle, QStringLiteral("complaint.reopen"), [&](ActionContext &ctx) {
        const QString why = reason.trimmed();
        if (why.isEmpty())
            throw ServiceError::invalid(tr("Please write down why the complaint is reopened."));
        Row r = load(ctx.db(), complaintId);
        if (!domain::isClosed(r.status))
            throw ServiceError::conflict(tr("The complaint is still open."));
        const int days = OfficeSettings(ctx.db()).whole(settings::ComplaintReopenDays);
        if (!r.resolvedAt || ctx.now() > *r.resolvedAt + days * kDay)
            throw ServiceError::conflict(tr("The complaint was closed more than %n day(s) ago and can no longer be reopened; "
                                            "record a new complaint instead.", nullptr, days));
        const ComplaintStatus from = r.status;
        const SlaClock sla(ctx.db());
        r.status = ComplaintStatus::Investigating;
        r.resolution = sla.deadline(ctx.now(), SlaClock::policy(ctx.db(), r.category, r.severity).resolution);
        r.pausedAt.reset();
        const ComplaintDeadlines d = storeDeadlines(ctx, r);
        ctx.db().run("UPDATE complaints SET resolved_at = NULL, upheld = NULL, satisfaction = NULL, reopen_count = reopen_count + 1 WHERE id = ?", complaintId);
        event(ctx, complaintId, QStringLiteral("reopened"), why, from, ComplaintStatus::Investigating);
        ctx.describe(QStringLiteral("complaints"), complaintId, detail(r, {{QStringLiteral("from"), domain::stateKey(from)}}));
        return d;
    });
}

} // namespace doorstep::services
