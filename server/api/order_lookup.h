#pragma once
// The customer's own order, for every customer endpoint under orders/{id}
// (customer_api.cpp, payment_api.cpp, complaint_api.cpp), and the small
// per-order lists the API keeps in api_keys (an order's payments, complaints,
// refunds).
#include "api/api_keys.h"
#include "storage/sync_storage.h"

namespace doorstep::server::api {

inline QString idKey(qint64 id)
{
    return QString::number(id);
}

// The order when it is this customer's and still stands; otherwise nothing,
// which the caller answers with 404 (another customer's order looks like no
// order at all).
inline std::optional<StoredRow> ownOrder(StorageTransaction &tx, qint64 customerId, qint64 orderId)
{
    if (!tx.apiSubjects(keys::kCustomerOrder, idKey(customerId), 0).contains(orderId))
        return std::nullopt;
    auto order = tx.row(QStringLiteral("orders"), orderId);
    if (!order || order->deleted)
        return std::nullopt;
    return order;
}

// The live rows of `entity` listed under the order in api_keys (kind), oldest first.
inline QList<StoredRow> listedRows(StorageTransaction &tx, const QString &kind, qint64 orderId, const QString &entity)
{
    QList<StoredRow> out;
    for (const qint64 id : tx.apiSubjects(kind, idKey(orderId), 0)) {
        if (auto row = tx.row(entity, id); row && !row->deleted)
            out.append(*row);
    }
    return out;
}

inline QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace doorstep::server::api
