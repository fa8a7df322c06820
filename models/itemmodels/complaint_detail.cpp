#include "itemmodels/complaint_detail.h"

#include "domain/complaint_states.h"
#include "domain/masking.h"
#include "domain/money.h"
#include "services/refund_service.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

#include <QCoreApplication>

namespace doorstep::itemmodels {
namespace {
// The context lupdate files these strings under is the macro's literal,
// the one the program asks for (a free tr() wrapper would be filed under
// the namespace's name and never found: tst_translation_contexts).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintDetail)
};

QString stateName(const QString &key, qint64 id)
{
    return domain::stateDisplayName(services::storedState<domain::ComplaintStatus>(key, id));
}

QString refundSentence(const QString &kind, const QString &amount)
{
    if (kind == u"refund_requested")
        return Text::tr("Refund of %1 requested").arg(amount);
    if (kind == u"refund_approved")
        return Text::tr("Refund of %1 approved").arg(amount);
    if (kind == u"refund_rejected")
        return Text::tr("Refund of %1 rejected").arg(amount);
    return Text::tr("Refund of %1 paid").arg(amount);
}

QString returnVisitSentence(const QString &kind, const QString &orderNo)
{
    if (kind == u"return_visit_dispatched")
        return Text::tr("Return visit %1 dispatched").arg(orderNo);
    if (kind == u"return_visit_completed")
        return Text::tr("Return visit %1 done").arg(orderNo);
    if (kind == u"return_visit_cancelled")
        return Text::tr("Return visit %1 cancelled").arg(orderNo);
    return Text::tr("Return visit %1 ordered").arg(orderNo);
}

QString sentence(const ComplaintEvent &e, qint64 complaintId)
{
    QString s;
    if (e.kind == u"opened")
        s = Text::tr("Complaint recorded");
    else if (e.kind == u"assigned")
        s = Text::tr("Given to %1").arg(e.assignee);
    else if (e.kind == u"state")
        s = Text::tr("%1 → %2").arg(stateName(e.fromStatus, complaintId), stateName(e.toStatus, complaintId));
    else if (e.kind == u"reopened")
        s = Text::tr("Reopened");
    else if (e.kind == u"call")
        s = Text::tr("Call with the customer");
    else if (e.kind.startsWith(u"refund_"))
        s = refundSentence(e.kind, domain::Money::fromFen(e.amountFen).toDisplayString());
    else if (e.kind.startsWith(u"return_visit"))
        s = returnVisitSentence(e.kind, e.orderNo);
    else if (e.kind == u"provider_suspended")
        s = Text::tr("Provider suspended pending investigation");
    else if (e.kind == u"suspension_lifted")
        s = Text::tr("Provider's suspension lifted");
    else if (e.kind == u"attachment")
        s = Text::tr("Photo attached");
    else
        s = Text::tr("Note");
    return e.note.isEmpty() ? s : Text::tr("%1: %2").arg(s, e.note);
}
} // namespace

std::optional<ComplaintDetail> loadComplaintDetail(store::Database &db, const services::Session &session, qint64 complaintId)
{
    if (!session.can(services::Permission::ComplaintView))
        return std::nullopt;
    auto st = db.prepare("SELECT c.id, c.order_id, o.order_no, cu.name, cu.phone, p.name, c.category, c.severity, c.status, c.customer_ask,"
                         " c.description, c.assigned_staff_id, s.display_name, c.opened_at, c.first_response_due_at, c.first_response_at,"
                         " c.resolution_due_at, c.next_due_at, c.next_warn_at, c.paused_at, c.resolved_at, c.resolution, c.upheld,"
                         " c.reopen_count, c.calendar_ran_out, c.satisfaction, c.escalated_at,"
                         " CASE WHEN o.payment_status IN ('paid','partially_refunded') THEN o.price_fen ELSE 0 END, p.status,"
                         " (SELECT started_at FROM provider_suspensions ps WHERE ps.complaint_id = c.id AND ps.lifted_at IS NULL),"
                         " coalesce(o.paid_through, '') = 'platform'"
                         " FROM complaints c JOIN orders o ON o.id = c.order_id JOIN customers cu ON cu.id = c.customer_id"
                         " LEFT JOIN providers p ON p.id = c.provider_id LEFT JOIN staff s ON s.id = c.assigned_staff_id WHERE c.id = ?");
    st.bindAll(complaintId);
    if (!st.next())
        return std::nullopt;
    const auto opt = [&](int c) { return st.isNull(c) ? std::nullopt : std::optional<qint64>(st.int64(c)); };
    ComplaintDetail d;
    d.id = st.int64(0);
    d.orderId = st.int64(1);
    d.orderNo = st.text(2);
    d.customer = st.text(3);
    d.phone = session.can(services::Permission::CustomerRevealPersonal) ? st.text(4) : domain::maskPhone(st.text(4));
    d.provider = st.text(5);
    d.categoryKey = st.text(6);
    d.severityKey = st.text(7);
    d.statusKey = st.text(8);
    d.askKey = st.text(9);
    d.description = st.text(10);
    d.assigneeId = opt(11).value_or(0);
    d.assignee = st.text(12);
    d.openedAt = st.int64(13);
    d.firstResponseDueAt = st.int64(14);
    d.firstResponseAt = opt(15).value_or(0);
    d.resolutionDueAt = st.int64(16);
    d.nextDueAt = opt(17);
    d.nextWarnAt = opt(18);
    d.pausedAt = opt(19).value_or(0);
    d.resolvedAt = opt(20).value_or(0);
    d.resolution = st.text(21);
    if (!st.isNull(22))
        d.upheld = st.int64(22) != 0;
    d.reopenCount = st.int32(23);
    d.calendarRanOut = st.int64(24) != 0;
    if (!st.isNull(25))
        d.satisfaction = st.int32(25);
    d.escalatedAt = opt(26).value_or(0);
    d.orderPaidFen = st.int64(27);
    d.providerStatusKey = st.text(28);
    d.suspendedAt = opt(29).value_or(0);
    d.orderPaidInApp = st.int64(30) != 0;
    d.refundableFen = services::RefundService::refundableFen(db, d.orderId);
    auto rf = db.prepare("SELECT f.id, f.amount_fen, f.reason, f.status, coalesce(f.requested_by, 0), rq.display_name, ap.display_name,"
                         " rj.display_name, pd.display_name, f.requested_at, coalesce(f.decided_at, 0), coalesce(f.paid_at, 0), f.reject_reason"
                         " FROM refunds f LEFT JOIN staff rq ON rq.id = f.requested_by LEFT JOIN staff ap ON ap.id = f.approved_by"
                         " LEFT JOIN staff rj ON rj.id = f.rejected_by LEFT JOIN staff pd ON pd.id = f.paid_by"
                         " WHERE f.complaint_id = ? ORDER BY f.requested_at, f.id");
    rf.bindAll(complaintId);
    while (rf.next()) {
        services::storedState<domain::RefundStatus>(rf.text(3), rf.int64(0));
        d.refunds.append({rf.int64(0), rf.int64(1), rf.text(2), rf.text(3), rf.int64(4), rf.text(5), rf.text(6), rf.text(7), rf.text(8),
                          rf.int64(9), rf.int64(10), rf.int64(11), rf.text(12)});
    }
    auto rv = db.prepare("SELECT o.id, o.order_no, o.status, o.reservice_provider, p.name, o.window_start, o.window_end FROM orders o"
                         " LEFT JOIN providers p ON p.id = o.provider_id WHERE o.reservice_complaint_id = ? ORDER BY o.created_at, o.id");
    rv.bindAll(complaintId);
    while (rv.next())
        d.returnVisits.append({rv.int64(0), rv.text(1), rv.text(2), rv.text(3), rv.text(4), rv.int64(5), rv.int64(6)});
    services::storedState<domain::ComplaintStatus>(d.statusKey, d.id); // unknown: refused, naming the row

    d.attachments = services::ComplaintAttachments::list(db, session, complaintId);
    auto ev = db.prepare("SELECT e.at, s.display_name, e.kind, e.from_status, e.to_status, a.display_name, e.note,"
                         " coalesce(f.amount_fen, 0), ro.order_no FROM complaint_events e"
                         " LEFT JOIN staff s ON s.id = e.staff_id LEFT JOIN staff a ON a.id = e.assignee_id"
                         " LEFT JOIN refunds f ON f.id = e.refund_id LEFT JOIN orders ro ON ro.id = e.order_id"
                         " WHERE e.complaint_id = ? ORDER BY e.at, e.id");
    ev.bindAll(complaintId);
    while (ev.next()) {
        ComplaintEvent e{ev.int64(0), ev.text(1), ev.text(2), ev.text(3), ev.text(4), ev.text(5), ev.text(6), ev.int64(7), ev.text(8), {}};
        e.sentence = sentence(e, complaintId);
        d.timeline.append(e);
    }
    return d;
}

QList<qint64> complaintsOfOrder(store::Database &db, const services::Session &session, qint64 orderId)
{
    QList<qint64> ids;
    if (!session.can(services::Permission::ComplaintView))
        return ids;
    auto st = db.prepare("SELECT id FROM complaints WHERE order_id = ? ORDER BY opened_at DESC, id DESC");
    st.bindAll(orderId);
    while (st.next())
        ids.append(st.int64(0));
    return ids;
}

} // namespace doorstep::itemmodels
