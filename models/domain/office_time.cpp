#include "domain/office_time.h"

#include <QDateTime>

namespace doorstep::domain {

QTimeZone officeTimeZone()
{
    static const QTimeZone zone = [] {
        QTimeZone z(QByteArrayLiteral("Asia/Shanghai"));
        return z.isValid() ? z : QTimeZone(8 * 3600);
    }();
    return zone;
}

qint64 officeDayStart(qint64 utcSecs)
{
    const QDate date = QDateTime::fromSecsSinceEpoch(utcSecs, officeTimeZone()).date();
    return QDateTime(date, QTime(0, 0), officeTimeZone()).toSecsSinceEpoch();
}

int officeWeekday(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, officeTimeZone()).date().dayOfWeek();
}

QString officeDate(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, officeTimeZone()).toString(QStringLiteral("yyyy-MM-dd"));
}

QString officeMonth(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, officeTimeZone()).toString(QStringLiteral("yyyy-MM"));
}

} // namespace doorstep::domain
