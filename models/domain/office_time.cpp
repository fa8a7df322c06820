#include "domain/office_time.h"

#include <QDateTime>

#include <algorithm>

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

QDate officeDay(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, officeTimeZone()).date();
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

qint64 officeNoon(QDate day)
{
    return QDateTime(day, QTime(12, 0), officeTimeZone()).toSecsSinceEpoch();
}

qint64 officeMoment(QDate day, qint64 now)
{
    return day == officeDay(now) ? now : std::min(now, officeNoon(day));
}

} // namespace doorstep::domain
