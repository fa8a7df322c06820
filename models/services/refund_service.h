#pragma once
// Refunds of a complaint's order (issue #13), each step one action through the
// spine, written to the complaint's timeline too:
//
//   request  → requested   (RefundIssue: agents, administrators)
//   approve  → approved    the requester, up to their own refund limit
//                          (staff.refund_limit_fen, RefundIssue); anyone else
//                          only with RefundApproveOverLimit (managers,
//                          administrators) and whatever the amount. Above the
//                          requester's limit only someone else approves: four eyes.
//   reject   → rejected    with a reason; the requester withdrawing their own,
//                          or someone who may approve it
//   markPaid → paid        (RefundMarkPaid: finance confirmed the payment to a
//                          manager); the order's payment_status follows.
//                          Refused for an order the customer paid in the app
//                          (orders.paid_through = 'platform'): the platform
//                          pays its approved refunds back through its payment
//                          provider once the approval has synced, and marks
//                          them paid itself (server/api/refund_payback.cpp);
//                          a hand-made "paid" would hide a refund not paid.
//
// The rule that counts: the refunds of an order that are requested, approved
// or paid together never exceed what was paid for it (orders.price_fen of an
// order whose payment_status is paid or partially_refunded; an unpaid or
// already refunded order has nothing to refund). It is checked inside the
// action's transaction, which BEGIN IMMEDIATE makes the only writer of the
// store: two consoles requesting at once are serialised, and the second sees
// the first's refund and is refused (tst_refundservice, two threads).
#include "services/service_layer.h"

namespace doorstep::services {

struct RefundRequest
{
    qint64 complaintId = 0;
    qint64 amountFen = 0;
    QString reason;
};

class RefundService
{
    Q_DECLARE_TR_FUNCTIONS(RefundService)
public:
    explicit RefundService(ServiceLayer &services) : m_services(services) {}

    // Returns the refund's id. Refused (Conflict) beyond what is left to refund.
    qint64 request(const RefundRequest &request);
    void approve(qint64 refundId);
    void reject(qint64 refundId, const QString &reason);
    void markPaid(qint64 refundId);

    // What is left to refund on the order (paid minus requested, approved and paid refunds).
    static qint64 refundableFen(store::Database &db, qint64 orderId);

private:
    // The permission a decision on the refund needs from the acting staff
    // member: their own request or someone else's (read before the action;
    // requested_by never changes).
    Permission decisionPermission(qint64 refundId);

    ServiceLayer &m_services;
};

} // namespace doorstep::services
