// After-sales in the app (ApiService, api_service.h; openapi.yaml
// "Complaints and refunds"): a customer complains about their order and asks
// for a refund. Both become the console's own rows (complaints and
// complaint_events as services/complaint_service writes them, refunds as
// services/refund_service does), owned by the order's office, so they land in
// its complaints queue with its next pull. The customer is the actor: no
// staff member opened them (opened_by, requested_by and staff_id are NULL) and
// the timeline says "in the app".
//
// Deadlines: the console computes them from the SLA policy on the office's
// business hours and holiday calendar, which the server does not hold; the
// server reads the same policy (a catalogue row) on a 24×7 clock, which is
// never later than the business-hours deadline, and the office's next move of
// the complaint recomputes them.
//
// Refunds are decided in the console (a manager approves: nobody on the
// office's staff asked for it). Once the approval comes back with a push,
// payBackApprovedRefunds pays it through the payment provider
// (refund_payback.cpp), as it does a refund an agent asked for in the
// console on an order paid in the app (sync/refund_watch.h).
#include "api/api_messages.h"
#include "api/api_replies.h"
#include "api/api_service.h"
#include "api/order_lookup.h"

#include <QJsonArray>

namespace doorstep::server::api {
namespace {
const QString kComplaints = QStringLiteral("complaints");
const QString kRefunds = QStringLiteral("refunds");

// Minutes of a policy's target on a 24×7 clock (see above).
qint64 targetSeconds(const QJsonObject &policy, const char *amount, const char *unit, qint64 fallback)
{
    const qint64 n = policy.value(QLatin1StringView(amount)).toInteger();
    const QString u = policy.value(QLatin1StringView(unit)).toString();
    if (n <= 0)
        return fallback;
    return u == u"business_days" ? n * 24 * 3600 : n * 60;
}

QJsonObject complaintView(const StoredRow &c)
{
    const QJsonObject &r = c.row;
    return {{QStringLiteral("id"), idText(c.id)},
            {QStringLiteral("order_id"), idText(r.value(QLatin1StringView("order_id")))},
            {QStringLiteral("category"), r.value(QLatin1StringView("category"))},
            {QStringLiteral("severity"), r.value(QLatin1StringView("severity"))},
            {QStringLiteral("ask"), r.value(QLatin1StringView("customer_ask"))},
            {QStringLiteral("status"), r.value(QLatin1StringView("status"))},
            {QStringLiteral("opened_at"), r.value(QLatin1StringView("opened_at"))},
            {QStringLiteral("resolution_due_at"), r.value(QLatin1StringView("resolution_due_at"))},
            {QStringLiteral("resolution"), r.value(QLatin1StringView("resolution"))}};
}

QJsonObject refundView(const StoredRow &f)
{
    const QJsonObject &r = f.row;
    return {{QStringLiteral("id"), idText(f.id)},
            {QStringLiteral("order_id"), idText(r.value(QLatin1StringView("order_id")))},
            {QStringLiteral("complaint_id"), idText(r.value(QLatin1StringView("complaint_id")))},
            {QStringLiteral("amount_fen"), r.value(QLatin1StringView("amount_fen"))},
            {QStringLiteral("status"), r.value(QLatin1StringView("status"))},
            {QStringLiteral("reject_reason"), r.value(QLatin1StringView("reject_reason"))},
            {QStringLiteral("requested_at"), r.value(QLatin1StringView("requested_at"))},
            {QStringLiteral("paid_at"), r.value(QLatin1StringView("paid_at"))}};
}
} // namespace

void ApiService::complaintEvent(StorageTransaction &tx, const StoredRow &complaint, qint64 at, const QString &kind,
                                const QString &note, qint64 refundId, const QString &toStatus)
{
    const qint64 id = newId(tx, QStringLiteral("complaint_events"));
    const QJsonObject event{{QStringLiteral("id"), id},
                            {QStringLiteral("complaint_id"), complaint.id},
                            {QStringLiteral("at"), at},
                            {QStringLiteral("staff_id"), QJsonValue::Null},
                            {QStringLiteral("kind"), kind},
                            {QStringLiteral("from_status"), QJsonValue::Null},
                            {QStringLiteral("to_status"), textOrNull(toStatus)},
                            {QStringLiteral("assignee_id"), QJsonValue::Null},
                            {QStringLiteral("note"), textOrNull(note)},
                            {QStringLiteral("refund_id"), refundId ? QJsonValue(refundId) : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("order_id"), QJsonValue::Null}};
    tx.putRow({QStringLiteral("complaint_events"), id, complaint.owner, event, false, {}}, QStringLiteral("platform"),
              {complaint.owner});
}

sync::Reply ApiService::complain(qint64 customerId, qint64 orderId, const ApiRequest &request)
{
    const auto parsed = parseComplaint(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    const ComplaintRequest &in = *parsed.value;
    auto tx = m_storage.begin();
    const auto order = ownOrder(*tx, customerId, orderId);
    if (!order)
        return notFound();
    const QString status = order->row.value(QLatin1StringView("status")).toString();
    if (status == u"created" || status == u"awaiting_dispatch")
        return conflict(QStringLiteral("not_dispatched"),
                        QStringLiteral("nobody has been sent for this order yet: change or cancel it instead"));
    const qint64 now = m_now();
    QJsonObject policy;
    for (const StoredRow &p : tx->rowsOf(QStringLiteral("sla_policies"), 500)) {
        if (p.row.value(QLatin1StringView("category")).toString() == in.category
            && p.row.value(QLatin1StringView("severity")).toString() == in.severity)
            policy = p.row;
    }
    const qint64 first = targetSeconds(policy, "first_response_amount", "first_response_unit", 24 * 3600);
    const qint64 resolution = targetSeconds(policy, "resolution_amount", "resolution_unit", 72 * 3600);
    const qint64 id = newId(*tx, kComplaints);
    const QJsonValue null(QJsonValue::Null);
    const QJsonObject row{{QStringLiteral("id"), id},
                          {QStringLiteral("order_id"), orderId},
                          {QStringLiteral("customer_id"), customerId},
                          {QStringLiteral("provider_id"), order->row.value(QLatin1StringView("provider_id"))},
                          {QStringLiteral("category"), in.category},
                          {QStringLiteral("severity"), in.severity},
                          {QStringLiteral("customer_ask"), textOrNull(in.ask)},
                          {QStringLiteral("description"), in.description},
                          {QStringLiteral("status"), QStringLiteral("open")},
                          {QStringLiteral("upheld"), null},
                          {QStringLiteral("assigned_staff_id"), null},
                          {QStringLiteral("opened_by"), null},
                          {QStringLiteral("opened_at"), now},
                          {QStringLiteral("first_response_clock"), QStringLiteral("24x7")},
                          {QStringLiteral("first_response_due_at"), now + first},
                          {QStringLiteral("first_response_warn_at"), now + first * 3 / 4},
                          {QStringLiteral("first_response_at"), null},
                          {QStringLiteral("resolution_clock"), QStringLiteral("24x7")},
                          {QStringLiteral("resolution_due_at"), now + resolution},
                          {QStringLiteral("resolution_warn_at"), now + resolution * 3 / 4},
                          {QStringLiteral("resolved_at"), null},
                          {QStringLiteral("resolution"), null},
                          {QStringLiteral("reservice_order_id"), null},
                          {QStringLiteral("paused_at"), null},
                          {QStringLiteral("next_due_at"), now + first},
                          {QStringLiteral("next_warn_at"), now + first * 3 / 4},
                          {QStringLiteral("calendar_ran_out"), 0},
                          {QStringLiteral("reopen_count"), 0},
                          {QStringLiteral("satisfaction"), null},
                          // A safety incident goes to the office manager at once, as in the console.
                          {QStringLiteral("escalated_at"), in.category == u"safety" ? QJsonValue(now) : null},
                          {QStringLiteral("updated_at"), now}};
    const StoredRow complaint{kComplaints, id, order->owner, row, false, {}};
    tx->putRow(complaint, QStringLiteral("platform"), {order->owner});
    complaintEvent(*tx, complaint, now, QStringLiteral("opened"), QStringLiteral("opened by the customer in the app"), 0,
                   QStringLiteral("open"));
    tx->putApiKey(keys::kOrderComplaint, idKey(orderId), id, 0);
    tx->commit();
    return {201, complaintView(complaint)};
}

sync::Reply ApiService::complaints(qint64 customerId, qint64 orderId)
{
    auto tx = m_storage.begin();
    if (!ownOrder(*tx, customerId, orderId))
        return notFound();
    QJsonArray list;
    for (const StoredRow &c : listedRows(*tx, keys::kOrderComplaint, orderId, kComplaints))
        list.append(complaintView(c));
    tx->commit();
    return {200, {{QStringLiteral("complaints"), list}}};
}

sync::Reply ApiService::askRefund(qint64 customerId, qint64 orderId, const ApiRequest &request)
{
    const auto parsed = parseRefundAsk(request.body);
    if (!parsed.value)
        return badRequest(parsed.error);
    const RefundAskRequest &in = *parsed.value;
    auto tx = m_storage.begin();
    const auto order = ownOrder(*tx, customerId, orderId);
    if (!order)
        return notFound();
    const QString payment = order->row.value(QLatin1StringView("payment_status")).toString();
    if (payment != u"paid" && payment != u"partially_refunded")
        return conflict(QStringLiteral("not_paid"), payment == u"refunded"
                                                        ? QStringLiteral("the order is refunded already")
                                                        : QStringLiteral("the order is not paid: there is nothing to refund"));
    std::optional<StoredRow> complaint;
    if (in.complaintId) {
        if (tx->apiSubjects(keys::kOrderComplaint, idKey(orderId), 0).contains(in.complaintId))
            complaint = tx->row(kComplaints, in.complaintId);
        if (!complaint || complaint->deleted)
            return sync::errorReply(422, QStringLiteral("unknown_complaint"),
                                    QStringLiteral("complaint_id is not a complaint about this order"));
        if (complaint->row.value(QLatin1StringView("status")).toString() == u"rejected")
            return conflict(QStringLiteral("complaint_rejected"), QStringLiteral("the office rejected this complaint"));
    }
    // As RefundService::refundableFen: what was paid less the refunds asked,
    // approved or paid (those asked in the app; the office's own requests
    // are checked again by the console when it approves).
    qint64 taken = 0;
    for (const StoredRow &f : listedRows(*tx, keys::kOrderRefund, orderId, kRefunds)) {
        if (f.row.value(QLatin1StringView("status")).toString() != u"rejected")
            taken += f.row.value(QLatin1StringView("amount_fen")).toInteger();
    }
    const qint64 left = std::max<qint64>(0, order->row.value(QLatin1StringView("price_fen")).toInteger() - taken);
    if (in.amountFen > left)
        return conflict(QStringLiteral("more_than_paid"),
                        QStringLiteral("only %1 fen of this order's payment is left to refund").arg(left));
    const qint64 now = m_now();
    const qint64 id = newId(*tx, kRefunds);
    const QJsonValue null(QJsonValue::Null);
    const StoredRow refund{kRefunds, id, order->owner,
                           QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("order_id"), orderId},
                                       {QStringLiteral("complaint_id"), complaint ? QJsonValue(complaint->id) : null},
                                       {QStringLiteral("amount_fen"), in.amountFen},
                                       {QStringLiteral("reason"), in.reason},
                                       {QStringLiteral("status"), QStringLiteral("requested")},
                                       {QStringLiteral("requested_by"), null},
                                       {QStringLiteral("approved_by"), null},
                                       {QStringLiteral("requested_at"), now},
                                       {QStringLiteral("decided_at"), null},
                                       {QStringLiteral("rejected_by"), null},
                                       {QStringLiteral("reject_reason"), null},
                                       {QStringLiteral("paid_by"), null},
                                       {QStringLiteral("paid_at"), null}},
                           false, {}};
    tx->putRow(refund, QStringLiteral("platform"), {order->owner});
    if (complaint)
        complaintEvent(*tx, *complaint, now, QStringLiteral("refund_requested"),
                       QStringLiteral("asked in the app: %1").arg(in.reason), id);
    tx->putApiKey(keys::kOrderRefund, idKey(orderId), id, 0);
    tx->putApiKey(keys::kRefundWatch, order->owner, id, now + keys::kRefundWatchLifetime);
    tx->commit();
    return {201, refundView(refund)};
}

sync::Reply ApiService::refunds(qint64 customerId, qint64 orderId)
{
    auto tx = m_storage.begin();
    if (!ownOrder(*tx, customerId, orderId))
        return notFound();
    QJsonArray list;
    for (const StoredRow &f : listedRows(*tx, keys::kOrderRefund, orderId, kRefunds))
        list.append(refundView(f));
    tx->commit();
    return {200, {{QStringLiteral("refunds"), list}}};
}

} // namespace doorstep::server::api
