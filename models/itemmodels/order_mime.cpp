#include "itemmodels/order_mime.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace doorstep::itemmodels {
namespace {

QString mimeType()
{
    return QString::fromUtf16(kOrderMimeType);
}

QJsonObject toJson(const OrderDrag &d)
{
    // Ids as strings: 64-bit ids do not survive a round trip through doubles.
    return {{QStringLiteral("order"), QString::number(d.orderId)},
            {QStringLiteral("fromProvider"), QString::number(d.fromProviderId)},
            {QStringLiteral("fromStart"), QString::number(d.fromStart)},
            {QStringLiteral("dropStart"), QString::number(d.dropStart)},
            {QStringLiteral("duration"), d.durationMin}};
}

} // namespace

QMimeData *encodeOrderDrag(const OrderDrag &drag)
{
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(toJson(drag)).toJson(QJsonDocument::Compact));
    return data;
}

void setDropStart(QMimeData *data, qint64 start)
{
    if (auto drag = decodeOrderDrag(data)) {
        drag->dropStart = start;
        data->setData(mimeType(), QJsonDocument(toJson(*drag)).toJson(QJsonDocument::Compact));
    }
}

std::optional<OrderDrag> decodeOrderDrag(const QMimeData *data)
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(data->data(mimeType())).object();
    OrderDrag d;
    d.orderId = o.value(QStringLiteral("order")).toString().toLongLong();
    d.fromProviderId = o.value(QStringLiteral("fromProvider")).toString().toLongLong();
    d.fromStart = o.value(QStringLiteral("fromStart")).toString().toLongLong();
    d.dropStart = o.value(QStringLiteral("dropStart")).toString().toLongLong();
    d.durationMin = o.value(QStringLiteral("duration")).toInt();
    if (d.orderId <= 0)
        return std::nullopt;
    return d;
}

} // namespace doorstep::itemmodels
