#include "itemmodels/display_format.h"

#include <QDateTime>

namespace doorstep::itemmodels {

QTimeZone officeTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Shanghai"));
        return z.isValid() ? z : QTimeZone(8 * 3600);
    }();
    return zone;
}

QString formatDateTime(qint64 utcSecs)
{
    if (utcSecs <= 0)
        return QString();
    return QDateTime::fromSecsSinceEpoch(utcSecs, officeTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatDate(qint64 utcSecs)
{
    if (utcSecs <= 0)
        return QString();
    return QDateTime::fromSecsSinceEpoch(utcSecs, officeTimeZone()).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace doorstep::itemmodels
