// Paying approved refunds back through the payment provider (ApiService,
// api_service.h; issue #12). What is watched and why: sync/refund_watch.h.
// After each push of an office (commands.cpp), every watched refund of it is
// looked at in a transaction of its own, so one that fails (the provider
// busy, a deadlock with a push) leaves the others paid:
//  - requested: not decided yet, still watched;
//  - rejected, paid by hand, gone, or the order not paid in the app: no
//    longer watched;
//  - approved: paid back, the refund marked paid by the platform (paid_by
//    NULL, as the console's own "paid" never is), the payment's refunded
//    share and the order's payment_status moved, refund_paid with the
//    provider's reference on the complaint's timeline;
//  - approved but already paid back (the payment's record lists it: a
//    second console approved it too, or a stale copy was pushed after the
//    server marked it paid): the row is put right again, the provider not
//    asked.
//
// Exactly once: the refund row is held while the provider is asked and until
// the commit that records it (PostgreSQL locks it as it is read, the
// embedded store serialises transactions), so two pushes at once, or two
// server processes, pay it once; the record on the payment row commits with
// the refund's new status; and the provider's refund call is idempotent by
// the refund's id (payment_gateway.h), which covers a server that dies after
// the provider paid and before its commit. A provider's failure leaves the
// refund approved and watched: tried again after the office's next push
// (and by the server's one-minute retry, commands.cpp).
#include "api/api_keys.h"
#include "api/api_service.h"
#include "api/order_lookup.h"

#include <QJsonArray>

namespace doorstep::server::api {
namespace {
const QString kRefunds = QStringLiteral("refunds");
const QString kPayments = QStringLiteral("payments");

// The paid-back record of the refund on the payment (its "refunds": refund
// id as text, amount, the provider's reference, when), if it is there.
QJsonObject paidBackRecord(const StoredRow &payment, qint64 refundId)
{
    for (const QJsonValue &v : payment.row.value(QLatin1StringView("refunds")).toArray()) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1StringView("refund_id")).toString() == QString::number(refundId))
            return r;
    }
    return {};
}

// The refund as the platform marks it paid (no staff member paid it).
StoredRow paidRefund(StoredRow refund, qint64 at)
{
    refund.row.insert(QStringLiteral("status"), QStringLiteral("paid"));
    refund.row.insert(QStringLiteral("paid_by"), QJsonValue::Null);
    refund.row.insert(QStringLiteral("paid_at"), at);
    return refund;
}
} // namespace

int ApiService::payBackApprovedRefunds(const QString &office)
{
    const qint64 now = m_now();
    QList<qint64> watched;
    {
        auto tx = m_storage.begin();
        watched = tx->apiSubjects(keys::kRefundWatch, office, now);
        tx->commit();
    }
    int paid = 0;
    for (const qint64 refundId : watched) {
        if (payBackRefund(office, refundId, now))
            ++paid;
    }
    return paid;
}

bool ApiService::payBackRefund(const QString &office, qint64 refundId, qint64 now)
{
    auto tx = m_storage.begin();
    const auto unwatch = [&] { tx->putApiKey(keys::kRefundWatch, office, refundId, now); }; // expires now
    const auto refund = tx->row(kRefunds, refundId); // held until the commit (see above)
    const QString status = refund && !refund->deleted ? refund->row.value(QLatin1StringView("status")).toString()
                                                      : QString();
    if (status == u"requested")
        return false; // not decided yet (rolled back: nothing written)
    if (status != u"approved") { // rejected, paid by hand, or gone
        unwatch();
        tx->commit();
        return false;
    }
    const qint64 orderId = refund->row.value(QLatin1StringView("order_id")).toInteger();
    const qint64 amount = refund->row.value(QLatin1StringView("amount_fen")).toInteger();
    std::optional<StoredRow> payment;
    for (const StoredRow &p : listedRows(*tx, keys::kOrderPayment, orderId, kPayments)) {
        const QString s = p.row.value(QLatin1StringView("status")).toString();
        if (s == u"paid" || s == u"refunded")
            payment = p;
    }
    if (!payment) {
        unwatch(); // not paid through the app: the office pays it back by hand (RefundService::markPaid)
        tx->commit();
        return false;
    }
    if (const QJsonObject done = paidBackRecord(*payment, refundId); !done.isEmpty()) {
        // Paid back before: only the row is put right (its timeline step was written then).
        tx->putRow(paidRefund(*refund, done.value(QLatin1StringView("at")).toInteger()), QStringLiteral("platform"),
                   {refund->owner});
        unwatch();
        tx->commit();
        return false;
    }
    const GatewayAnswer answer = m_gateway->refund(payment->id, refundId, amount);
    if (answer.state != PaymentState::Refunded) {
        qWarning("doorstep-server: refund %lld was not paid back (%s); tried again after the office's next push",
                 refundId, qUtf8Printable(answer.failure));
        return false; // still approved and watched
    }
    tx->putRow(paidRefund(*refund, now), QStringLiteral("platform"), {refund->owner});
    StoredRow paidFrom = *payment;
    const qint64 back = paidFrom.row.value(QLatin1StringView("refunded_fen")).toInteger() + amount;
    const qint64 taken = paidFrom.row.value(QLatin1StringView("amount_fen")).toInteger();
    QJsonArray records = paidFrom.row.value(QLatin1StringView("refunds")).toArray();
    records.append(QJsonObject{{QStringLiteral("refund_id"), QString::number(refundId)},
                               {QStringLiteral("amount_fen"), amount},
                               {QStringLiteral("reference"), answer.reference},
                               {QStringLiteral("at"), now}});
    paidFrom.row.insert(QStringLiteral("refunds"), records);
    paidFrom.row.insert(QStringLiteral("refunded_fen"), back);
    if (back >= taken)
        paidFrom.row.insert(QStringLiteral("status"), paymentStateKey(PaymentState::Refunded));
    tx->putRow(paidFrom, QStringLiteral("platform"), {});
    setPaymentStatus(*tx, orderId, back >= taken ? QStringLiteral("refunded") : QStringLiteral("partially_refunded"));
    const qint64 complaintId = refund->row.value(QLatin1StringView("complaint_id")).toInteger();
    if (const auto complaint = complaintId ? tx->row(QStringLiteral("complaints"), complaintId) : std::nullopt)
        complaintEvent(*tx, *complaint, now, QStringLiteral("refund_paid"),
                       QStringLiteral("paid back through the payment provider, reference %1").arg(answer.reference), refundId);
    unwatch();
    tx->commit();
    return true;
}

} // namespace doorstep::server::api
