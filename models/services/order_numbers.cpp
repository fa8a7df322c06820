#include "services/order_numbers.h"

#include "domain/office_time.h"
#include "services/service_error.h"
#include "store/sqlite.h"

namespace doorstep::services {

QString nextOrderNumber(store::Database &db, qint64 nowUtc, qint64 node)
{
    const QString prefix = QStringLiteral("DS") + domain::officeDate(nowUtc).remove(u'-') + QStringLiteral("%1").arg(node, 4, 10, QChar(u'0'));
    // Every number with this prefix has the same length, so the largest one
    // as text is the largest sequence; the index walk stops at the first row.
    const QString last = db.scalar("SELECT order_no FROM orders WHERE order_no >= ? AND order_no < ? AND length(order_no) = ?"
                                   " ORDER BY order_no DESC LIMIT 1",
                                   prefix, prefix + u'~', qint64(prefix.size() + 5))
                             .toString();
    const int next = last.isEmpty() ? 1 : last.mid(prefix.size()).toInt() + 1;
    if (next > 99999)
        throw ServiceError::conflict(QCoreApplication::translate("OrderService", "This console has used all order numbers for today."));
    return prefix + QStringLiteral("%1").arg(next, 5, 10, QChar(u'0'));
}

} // namespace doorstep::services
