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
// refunds succeed. Thread-safe: requests are served on worker threads.

#include <QHash>
#include <QMutex>
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
    // Pays amountFen of a paid payment back; refundId names the refund.
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
};

} // namespace doorstep::server::api
