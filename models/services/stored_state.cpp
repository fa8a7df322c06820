#include "services/stored_state.h"

namespace doorstep::services {

ServiceError unknownStoredKey(const QString &column, qint64 rowId, const QString &key)
{
    return {ServiceError::Kind::Store,
            ServiceError::tr("%1 of row %2 is \"%3\", which this version of Doorstep does not know. The store was changed outside "
                             "this console or by a newer version of Doorstep; nothing was changed.")
                .arg(column, QString::number(rowId), key)};
}

domain::OrderStatus storedOrderStatus(const QString &key, qint64 orderId)
{
    if (const auto status = domain::orderStatusFromKey(key))
        return *status;
    throw unknownStoredKey(QStringLiteral("orders.status"), orderId, key);
}

} // namespace doorstep::services
