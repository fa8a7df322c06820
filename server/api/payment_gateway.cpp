#include "api/payment_gateway.h"

namespace doorstep::server::api {

QString paymentStateKey(PaymentState state)
{
    switch (state) {
    case PaymentState::Pending:
        return QStringLiteral("pending");
    case PaymentState::Paid:
        return QStringLiteral("paid");
    case PaymentState::Failed:
        return QStringLiteral("failed");
    case PaymentState::Refunded:
        return QStringLiteral("refunded");
    }
    return {};
}

namespace {
QString reference(const char *prefix, qint64 id)
{
    return QStringLiteral("%1%2").arg(QLatin1StringView(prefix)).arg(id);
}
} // namespace

GatewayAnswer StubPaymentGateway::charge(qint64 paymentId, qint64 amountFen, const QString &card)
{
    if (card == u"stub_declined")
        return {PaymentState::Failed, reference("stub-pay-", paymentId), QStringLiteral("card_declined")};
    const QMutexLocker lock(&m_mutex);
    if (card == u"stub_pending") {
        // Taken once the server asks again (the payer confirms meanwhile).
        m_taken.insert(paymentId, -amountFen);
        return {PaymentState::Pending, reference("stub-pay-", paymentId), {}};
    }
    m_taken.insert(paymentId, amountFen);
    if (card == u"stub_refund_busy")
        m_busy.insert(paymentId);
    return {PaymentState::Paid, reference("stub-pay-", paymentId), {}};
}

GatewayAnswer StubPaymentGateway::status(qint64 paymentId)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_taken.find(paymentId);
    if (it == m_taken.end())
        return {PaymentState::Failed, reference("stub-pay-", paymentId), QStringLiteral("unknown_payment")};
    if (*it < 0)
        *it = -*it; // the payer confirmed
    return {PaymentState::Paid, reference("stub-pay-", paymentId), {}};
}

GatewayAnswer StubPaymentGateway::refund(qint64 paymentId, qint64 refundId, qint64 amountFen)
{
    const QMutexLocker lock(&m_mutex);
    if (const auto done = m_refunds.constFind(refundId); done != m_refunds.constEnd())
        return *done; // the same refund asked again: answered again, paid once
    if (m_busy.contains(paymentId) && !m_triedOnce.contains(refundId)) {
        m_triedOnce.insert(refundId);
        return {PaymentState::Failed, reference("stub-refund-", refundId), QStringLiteral("provider_busy")};
    }
    const qint64 taken = m_taken.value(paymentId, 0);
    qint64 &back = m_refunded[paymentId];
    // A server restarted since the charge (the stub forgets): pay back anyway,
    // as the real provider, which remembers, would.
    if (taken > 0 && back + amountFen > taken)
        return {PaymentState::Failed, reference("stub-refund-", refundId), QStringLiteral("more_than_taken")};
    back += amountFen;
    const GatewayAnswer paid{PaymentState::Refunded, reference("stub-refund-", refundId), {}};
    m_refunds.insert(refundId, paid);
    return paid;
}

} // namespace doorstep::server::api
