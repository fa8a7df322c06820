#include "api/privacy_relay.h"

#include "domain/masking.h"

#include <QCryptographicHash>

namespace doorstep::server::api {
namespace {
bool live(const QString &status)
{
    return status == u"assigned" || status == u"accepted" || status == u"on_the_way" || status == u"in_service";
}
} // namespace

QJsonObject contactOf(const QString &phone, qint64 orderId, const QString &orderStatus)
{
    QJsonObject out{{QStringLiteral("masked"), phone.isEmpty() ? QString() : domain::maskPhone(phone)}};
    if (!live(orderStatus) || phone.isEmpty()) {
        out.insert(QStringLiteral("relay"), QJsonValue::Null);
        return out;
    }
    // 170 + 8 digits from the order id: the same order always gets the same
    // relay, and it carries nothing of either real number.
    const QByteArray h = QCryptographicHash::hash(QByteArray::number(orderId), QCryptographicHash::Sha256);
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(h.at(i));
    out.insert(QStringLiteral("relay"), QStringLiteral("170%1").arg(v % 100000000, 8, 10, QLatin1Char('0')));
    return out;
}

} // namespace doorstep::server::api
