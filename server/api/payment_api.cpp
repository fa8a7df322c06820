// The customer pays for an order in the app (ApiService, api_service.h;
// openapi.yaml "Payments"): POST orders/{id}/pay takes the order's price
// through the payment provider (payment_gateway.h, the stub for now) and
// GET orders/{id}/payment shows where it stands, asking the provider again
// while it is pending. The order's payment_status follows (unpaid → paid;
// refunds make it partially_refunded or refunded, refund_payback.cpp) and
// reaches the owning office's console with its next pull. Payments are the
// platform's rows (entity "payments", no office audience: the console keeps
// no payments table; what it needs is the order's payment_status).
#include "api/api_messages.h"
#include "api/api_replies.h"
#include "api/api_service.h"
#include "api/order_lookup.h"

namespace doorstep::server::api {
namespace {
const QString kPayments = QStringLiteral("payments");

QJsonObject paymentView(const StoredRow &p)
{
    const QJsonObject &r = p.row;
    return {{QStringLiteral("id"), idText(p.id)},
            {QStringLiteral("order_id"), idText(r.value(QLatin1StringView("order_id")))},
            {QStringLiteral("amount_fen"), r.value(QLatin1StringView("amount_fen"))},
            {QStringLiteral("refunded_fen"), r.value(QLatin1StringView("refunded_fen"))},
            {QStringLiteral("status"), r.value(QLatin1StringView("status"))},
            {QStringLiteral("method"), r.value(QLatin1StringView("method"))},
            {QStringLiteral("failure"), r.value(QLatin1StringView("failure"))},
            {QStringLiteral("created_at"), r.value(QLatin1StringView("created_at"))},
            {QStringLiteral("settled_at"), r.value(QLatin1StringView("settled_at"))}};
}
} // namespace

std::optional<sync::Reply> ApiService::orderAftersales(qint64 customerId, qint64 orderId, const QString &what,
                                                       const ApiRequest &request)
{
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (what == u"pay" && post)
        return pay(customerId, orderId, request);
    if (what == u"payment" && get)
        return payment(customerId, orderId);
    if (what == u"complaints")
        return post ? complain(customerId, orderId, request) : get ? complaints(customerId, orderId) : notFound();
    if (what == u"refunds")
        return post ? askRefund(customerId, orderId, request) : get ? refunds(customerId, orderId) : notFound();
    return std::nullopt;
}

void ApiService::setPaymentStatus(StorageTransaction &tx, qint64 orderId, const QString &status)
{
    auto order = tx.row(QStringLiteral("orders"), orderId);
    if (!order || order->deleted)
        return;
    order->row.insert(QStringLiteral("payment_status"), status);
    // The console refuses to mark the refunds of such an order paid by hand
    // (RefundService::markPaid): the platform pays them back (refund_payback.cpp).
    order->row.insert(QStringLiteral("paid_through"), QStringLiteral("platform"));
    order->row.insert(QStringLiteral("updated_at"), m_now());
    tx.putRow(*order, QStringLiteral("platform"), {order->owner});
}

namespace {
// The provider's answer written into the payment row (and the order's
// payment status when it is paid).
StoredRow settled(StoredRow payment, const GatewayAnswer &answer, qint64 now)
{
    payment.row.insert(QStringLiteral("status"), paymentStateKey(answer.state));
    payment.row.insert(QStringLiteral("provider_ref"), answer.reference);
    payment.row.insert(QStringLiteral("failure"), textOrNull(answer.failure));
    if (answer.state != PaymentState::Pending)
        payment.row.insert(QStringLiteral("settled_at"), now);
    return payment;
}
} // namespace

sync::Reply ApiService::pay(qint64 customerId, qint64 orderId, const ApiRequest &request)
{
    const auto parsed = parsePay(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    // One transaction around the provider's call: it holds the order (the
    // embedded store serialises, PostgreSQL locks the row read), so two pay
    // requests at once cannot both charge. The stub answers at once; a real
    // provider's slow confirmation is the pending state, asked about later.
    auto tx = m_storage.begin();
    const auto order = ownOrder(*tx, customerId, orderId);
    if (!order)
        return notFound();
    const QJsonObject &o = order->row;
    if (o.value(QLatin1StringView("status")).toString() == u"cancelled")
        return conflict(QStringLiteral("order_cancelled"), QStringLiteral("the order is cancelled: nothing to pay"));
    if (o.value(QLatin1StringView("payment_status")).toString() != u"unpaid")
        return conflict(QStringLiteral("already_paid"), QStringLiteral("the order is paid already"));
    for (const StoredRow &p : listedRows(*tx, keys::kOrderPayment, orderId, kPayments)) {
        if (p.row.value(QLatin1StringView("status")).toString() == u"pending")
            return conflict(QStringLiteral("payment_pending"),
                            QStringLiteral("a payment of this order is waiting for the payer's confirmation; "
                                           "see GET orders/{id}/payment"));
    }
    const qint64 amount = o.value(QLatin1StringView("price_fen")).toInteger();
    if (amount <= 0)
        return conflict(QStringLiteral("nothing_to_pay"), QStringLiteral("the order costs nothing"));
    const qint64 now = m_now();
    const qint64 id = newId(*tx, kPayments);
    const StoredRow pending{kPayments, id, order->owner,
                            QJsonObject{{QStringLiteral("id"), id},
                                        {QStringLiteral("order_id"), orderId},
                                        {QStringLiteral("customer_id"), customerId},
                                        {QStringLiteral("amount_fen"), amount},
                                        {QStringLiteral("refunded_fen"), 0},
                                        {QStringLiteral("method"), parsed.value->method},
                                        {QStringLiteral("status"), QStringLiteral("pending")},
                                        {QStringLiteral("provider_ref"), QJsonValue::Null},
                                        {QStringLiteral("failure"), QJsonValue::Null},
                                        {QStringLiteral("created_at"), now},
                                        {QStringLiteral("settled_at"), QJsonValue::Null}},
                            false, {}};
    tx->putApiKey(keys::kOrderPayment, idKey(orderId), id, 0);
    const GatewayAnswer answer = m_gateway->charge(id, amount, parsed.value->card);
    const StoredRow payment = settled(pending, answer, now);
    tx->putRow(payment, QStringLiteral("platform"), {});
    if (answer.state == PaymentState::Paid)
        setPaymentStatus(*tx, orderId, QStringLiteral("paid"));
    tx->commit();
    return {201, paymentView(payment)};
}

sync::Reply ApiService::payment(qint64 customerId, qint64 orderId)
{
    auto tx = m_storage.begin();
    if (!ownOrder(*tx, customerId, orderId))
        return notFound();
    const QList<StoredRow> payments = listedRows(*tx, keys::kOrderPayment, orderId, kPayments);
    if (payments.isEmpty())
        return notFound();
    StoredRow latest = payments.last();
    if (latest.row.value(QLatin1StringView("status")).toString() == u"pending") {
        // Still pending: ask the provider, as a real integration polls its
        // order query until the notification arrives.
        const GatewayAnswer answer = m_gateway->status(latest.id);
        if (answer.state != PaymentState::Pending) {
            latest = settled(latest, answer, m_now());
            tx->putRow(latest, QStringLiteral("platform"), {});
            if (answer.state == PaymentState::Paid)
                setPaymentStatus(*tx, orderId, QStringLiteral("paid"));
        }
    }
    tx->commit();
    return {200, paymentView(latest)};
}

} // namespace doorstep::server::api
