#include "domain/arrival_window.h"

#include "domain/office_time.h"

#include <QDateTime>

namespace doorstep::domain {

qint64 suggestedArrivalStart(qint64 utcNow)
{
    const QTimeZone zone = officeTimeZone();
    QDateTime next = QDateTime::fromSecsSinceEpoch(utcNow, zone).addSecs(3600);
    // Up to the next half hour: 10:10 -> 10:30, 10:40 -> 11:00.
    next.setTime(QTime(next.time().hour(), next.time().minute() < 30 ? 30 : 0));
    if (next.time().minute() == 0)
        next = next.addSecs(3600);
    if (next.time() < QTime(8, 0) || next.time() > QTime(20, 0))
        next = QDateTime(next.time() > QTime(20, 0) ? next.date().addDays(1) : next.date(), QTime(9, 0), zone);
    return next.toSecsSinceEpoch();
}

} // namespace doorstep::domain
