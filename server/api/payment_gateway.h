#pragma once
// Where the apps' payments are taken and paid back (issue #12): an interface
// a real payment provider (WeChat Pay, Alipay) would implement, and the stub
// the server uses until one is contracted. A payment has a real provider's
// states: pending (the payer has not confirmed, or the provider has not said),
// paid, failed, refunded. Amounts in fen, always.
//
// The stub is deterministic, like a real provider's test mode: the payer's
// "card" decides the outcome (stub_ok pays at once, stub_declined fails,
// stub_pending stays pending until the server next asks, then pays), and
// refunds succeed, except that a payment made with stub_refund_busy answers
// each refund's first attempt "provider_busy" (as a real provider's system
// error, to be retried), so the server's retry is testable end to end.
// Thread-safe: requests are served on worker threads.

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

namespace doorstep::server::api {

enum class PaymentState { Pending, Paid, Failed, Refunded };

QString paymentStateKey(PaymentState state);

struct GatewayAnswer
{
    PaymentState state = PaymentState::Pending;
    QString reference; // the provider's id of the payment or refund
    QString failure;   // why, when failed
};

class PaymentGateway
{
public:
    virtual ~PaymentGateway() = default;
    // Starts taking amountFen for the server's payment paymentId.
    virtual GatewayAnswer charge(qint64 paymentId, qint64 amountFen, const QString &card) = 0;
    // Asks again about a pending payment (as a real provider's order query).
    virtual GatewayAnswer status(qint64 paymentId) = 0;
    // Pays amountFen of a paid payment back; refundId names the refund and
    // makes the call idempotent, as a real provider's refund number does
    // (WeChat Pay's out_refund_no): asked again for a refund it paid, the
    // provider answers that refund again and pays nothing more. The server
    // relies on it when it dies between the provider's answer and its commit.
    virtual GatewayAnswer refund(qint64 paymentId, qint64 refundId, qint64 amountFen) = 0;
};

class StubPaymentGateway final : public PaymentGateway
{
public:
    GatewayAnswer charge(qint64 paymentId, qint64 amountFen, const QString &card) override;
    GatewayAnswer status(qint64 paymentId) override;
    GatewayAnswer refund(qint64 paymentId, qint64 refundId, qint64 amountFen) override;

private:
    QMutex m_mutex;
    QHash<qint64, qint64> m_taken;    // payment → fen taken
    QHash<qint64, qint64> m_refunded; // payment → fen paid back
    QHash<qint64, GatewayAnswer> m_refunds; // refund → the answer that paid it
    QSet<qint64> m_busy;      // payments with stub_refund_busy: their refunds fail once
    QSet<qint64> m_triedOnce; // refunds whose first attempt was answered busy
};

} // namespace doorstep::server::api
