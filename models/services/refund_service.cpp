#include "services/refund_service.h"

#include "domain/complaint_states.h"
#include "domain/money.h"
#include "services/complaint_timeline.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

namespace doorstep::services {
namespace {
using domain::RefundStatus;

QString yuan(qint64 fen)
{
    return domain::Money::fromFen(fen).toDisplayString();
}

struct Row
{
    qint64 orderId = 0;
    qint64 complaintId = 0;
    qint64 amountFen = 0;
    RefundStatus status = RefundStatus::Requested;
    qint64 requestedBy = 0;
    bool paidInApp = false; // the order was paid through the platform (orders.paid_through)
};

Row load(store::Database &db, qint64 refundId)
{
    auto st = db.prepare("SELECT f.order_id, coalesce(f.complaint_id, 0), f.amount_fen, f.status, coalesce(f.requested_by, 0),"
                         " coalesce(o.paid_through, '') = 'platform' FROM refunds f JOIN orders o ON o.id = f.order_id WHERE f.id = ?");
    st.bindAll(refundId);
    if (!st.next())
        throw ServiceError::notFound(RefundService::tr("The refund no longer exists."));
    return {st.int64(0), st.int64(1), st.int64(2), storedState<RefundStatus>(st.text(3), refundId), st.int64(4), st.int64(5) != 0};
}

void requireStatus(const Row &r, RefundStatus expected)
{
    if (r.status != expected)
        throw ServiceError::conflict(RefundService::tr("The refund is already %1.").arg(domain::stateDisplayName(r.status).toLower()));
}

QJsonObject detail(qint64 refundId, const Row &r, RefundStatus to)
{
    return {{QStringLiteral("order"), QString::number(r.orderId)},
            {QStringLiteral("complaint"), QString::number(r.complaintId)},
            {QStringLiteral("amount_fen"), r.amountFen},
            {QStringLiteral("refund"), QString::number(refundId)},
            {QStringLiteral("status"), domain::stateKey(to)}};
}

// The refunded share of the order's payment follows the paid refunds.
void updatePaymentStatus(ActionContext &ctx, qint64 orderId)
{
    const qint64 paid = ctx.db().scalar("SELECT coalesce(sum(amount_fen), 0) FROM refunds WHERE order_id = ? AND status = 'paid'", orderId)
                            .toLongLong();
    const qint64 price = ctx.db().scalar("SELECT price_fen FROM orders WHERE id = ?", orderId).toLongLong();
    ctx.db().run("UPDATE orders SET payment_status = ?, updated_at = ? WHERE id = ?",
                 paid >= price ? QStringLiteral("refunded") : QStringLiteral("partially_refunded"), ctx.now(), orderId);
    ctx.changed(QStringLiteral("orders"), orderId);
}
// The step on the complaint's timeline (refunds made before v12 may have no complaint).
void timeline(ActionContext &ctx, qint64 complaintId, const char *kind, qint64 refundId, const QString &note = {})
{
    if (complaintId)
        recordComplaintEvent(ctx, complaintId, {QString::fromLatin1(kind), note, {}, {}, {}, refundId, {}});
}
} // namespace

qint64 RefundService::refundableFen(store::Database &db, qint64 orderId)
{
    const qint64 paid = db.scalar("SELECT CASE WHEN payment_status IN ('paid','partially_refunded') THEN price_fen ELSE 0 END"
                                  " FROM orders WHERE id = ?", orderId).toLongLong();
    const qint64 taken = db.scalar("SELECT coalesce(sum(amount_fen), 0) FROM refunds WHERE order_id = ? AND status <> 'rejected'", orderId)
                             .toLongLong();
    return std::max<qint64>(0, paid - taken);
}

qint64 RefundService::request(const RefundRequest &in)
{
    return m_services.perform(Permission::RefundIssue, QStringLiteral("refund.request"), [&](ActionContext &ctx) {
        const QString reason = in.reason.trimmed();
        if (reason.isEmpty())
            throw ServiceError::invalid(tr("Please write down why the customer is refunded."));
        if (in.amountFen <= 0)
            throw ServiceError::invalid(tr("The amount to refund must be more than zero."));
        auto c = ctx.db().prepare("SELECT c.order_id, c.status, o.payment_status, o.price_fen FROM complaints c JOIN orders o ON o.id = c.order_id"
                                  " WHERE c.id = ?");
        c.bindAll(in.complaintId);
        if (!c.next())
            throw ServiceError::notFound(tr("The complaint no longer exists."));
        const qint64 orderId = c.int64(0);
        if (storedState<domain::ComplaintStatus>(c.text(1), in.complaintId) == domain::ComplaintStatus::Rejected)
            throw ServiceError::conflict(tr("The complaint was rejected; reopen it before refunding."));
        const QString payment = c.text(2);
        if (payment == u"unpaid")
            throw ServiceError::conflict(tr("The order was not paid: there is nothing to refund."));
        // Read inside the transaction (BEGIN IMMEDIATE): no other session can
        // add a refund between this count and the insert below.
        const qint64 left = refundableFen(ctx.db(), orderId);
        if (in.amountFen > left)
            throw ServiceError::conflict(
                left == 0 ? tr("Nothing is left to refund on this order: its refunds (requested, approved or paid) already reach the %1 paid.")
                                .arg(yuan(c.int64(3)))
                          : tr("Only %1 of the %2 paid for this order is left to refund (the rest is already requested, approved or paid).")
                                .arg(yuan(left), yuan(c.int64(3))));
        const qint64 id = ctx.newId();
        ctx.db().run("INSERT INTO refunds(id, order_id, complaint_id, amount_fen, reason, status, requested_by, requested_at)"
                     " VALUES (?, ?, ?, ?, ?, 'requested', ?, ?)",
                     id, orderId, in.complaintId, in.amountFen, reason, ctx.actor().staffId, ctx.now());
        ctx.changed(QStringLiteral("refunds"), id);
        timeline(ctx, in.complaintId, "refund_requested", id, reason);
        // The reason may name people: it stays in the row.
        ctx.describe(QStringLiteral("refunds"), id,
                     detail(id, {orderId, in.complaintId, in.amountFen, RefundStatus::Requested, ctx.actor().staffId, false}, RefundStatus::Requested));
        return id;
    });
}

Permission RefundService::decisionPermission(qint64 refundId)
{
    const QVariant by = m_services.db().scalar("SELECT requested_by FROM refunds WHERE id = ?", refundId);
    return by.isValid() && by.toLongLong() == m_services.session().staffId ? Permission::RefundIssue : Permission::RefundApproveOverLimit;
}

void RefundService::approve(qint64 refundId)
{
    const Permission needed = decisionPermission(refundId);
    m_services.perform(needed, QStringLiteral("refund.approve"), [&](ActionContext &ctx) {
        const Row r = load(ctx.db(), refundId);
        requireStatus(r, RefundStatus::Requested);
        const bool own = r.requestedBy == ctx.actor().staffId;
        if (own != (needed == Permission::RefundIssue))
            throw ServiceError::conflict(tr("The refund changed in another session; look at it again."));
        if (own) {
            // The limit as stored now (an administrator may have lowered it).
            const qint64 limit = ctx.db().scalar("SELECT refund_limit_fen FROM staff WHERE id = ?", ctx.actor().staffId).toLongLong();
            if (r.amountFen > limit)
                throw ServiceError::conflict(tr("%1 is above your refund limit of %2: a manager or an administrator other than you approves it.")
                                                 .arg(yuan(r.amountFen), yuan(limit)));
        }
        ctx.db().run("UPDATE refunds SET status = 'approved', approved_by = ?, decided_at = ? WHERE id = ?", ctx.actor().staffId, ctx.now(),
                     refundId);
        ctx.changed(QStringLiteral("refunds"), refundId);
        timeline(ctx, r.complaintId, "refund_approved", refundId);
        QJsonObject d = detail(refundId, r, RefundStatus::Approved);
        d.insert(QStringLiteral("own_request"), own);
        ctx.describe(QStringLiteral("refunds"), refundId, d);
    });
}

void RefundService::reject(qint64 refundId, const QString &reason)
{
    const Permission needed = decisionPermission(refundId);
    m_services.perform(needed, QStringLiteral("refund.reject"), [&](ActionContext &ctx) {
        const QString why = reason.trimmed();
        if (why.isEmpty())
            throw ServiceError::invalid(tr("Please write down why the refund is rejected."));
        const Row r = load(ctx.db(), refundId);
        requireStatus(r, RefundStatus::Requested);
        ctx.db().run("UPDATE refunds SET status = 'rejected', rejected_by = ?, reject_reason = ?, decided_at = ? WHERE id = ?",
                     ctx.actor().staffId, why, ctx.now(), refundId);
        ctx.changed(QStringLiteral("refunds"), refundId);
        timeline(ctx, r.complaintId, "refund_rejected", refundId, why);
        ctx.describe(QStringLiteral("refunds"), refundId, detail(refundId, r, RefundStatus::Rejected));
    });
}

void RefundService::markPaid(qint64 refundId)
{
    m_services.perform(Permission::RefundMarkPaid, QStringLiteral("refund.mark_paid"), [&](ActionContext &ctx) {
        const Row r = load(ctx.db(), refundId);
        if (r.status == RefundStatus::Requested)
            throw ServiceError::conflict(tr("The refund is not approved yet."));
        requireStatus(r, RefundStatus::Approved);
        if (r.paidInApp)
            throw ServiceError::conflict(tr("The customer paid this order in the app: the platform pays the refund back through its "
                                            "payment provider once the approval has synced, and marks it paid. Nothing to mark by hand."));
        ctx.db().run("UPDATE refunds SET status = 'paid', paid_by = ?, paid_at = ? WHERE id = ?", ctx.actor().staffId, ctx.now(), refundId);
        ctx.changed(QStringLiteral("refunds"), refundId);
        updatePaymentStatus(ctx, r.orderId);
        timeline(ctx, r.complaintId, "refund_paid", refundId);
        ctx.describe(QStringLiteral("refunds"), refundId, detail(refundId, r, RefundStatus::Paid));
    });
}

} // namespace doorstep::services
