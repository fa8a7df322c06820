#include "sync/refund_watch.h"

#include "api/api_keys.h"

namespace doorstep::server::sync {

void watchRefund(StorageTransaction &tx, const StoredRow &next, qint64 now)
{
    if (next.entity != u"refunds" || next.deleted
        || next.row.value(QLatin1StringView("status")).toString() != u"approved")
        return;
    const QString order = QString::number(next.row.value(QLatin1StringView("order_id")).toInteger());
    if (tx.apiSubjects(api::keys::kOrderPayment, order, 0).isEmpty())
        return; // not paid in the app: finance pays it back by hand (Mark refund paid)
    // Listed with the order's refunds too: the customer sees what the office
    // granted, and asking in the app counts it against what is left.
    tx.putApiKey(api::keys::kOrderRefund, order, next.id, 0);
    tx.putApiKey(api::keys::kRefundWatch, next.owner, next.id, now + api::keys::kRefundWatchLifetime);
}

} // namespace doorstep::server::sync
