#pragma once
// The office's calendar. The store holds UTC seconds only; days, weekdays and
// working hours are the office's local ones (Asia/Shanghai).
#include <QDate>
#include <QString>
#include <QTimeZone>

namespace doorstep::domain {

QTimeZone officeTimeZone();             // Asia/Shanghai (UTC+8 without DST if the zone database lacks it)
qint64 officeDayStart(qint64 utcSecs);  // UTC seconds of local midnight of the day holding utcSecs
QDate officeDay(qint64 utcSecs);        // the local calendar day holding utcSecs
int officeWeekday(qint64 utcSecs);      // 1 = Monday .. 7 = Sunday, local
QString officeDate(qint64 utcSecs);     // "2026-11-25", local
QString officeMonth(qint64 utcSecs);    // "2026-11", local
qint64 officeNoon(QDate day);           // UTC seconds of 12:00 local on `day`
// When an event a person dates by its day happened: `now` if `day` is the
// office's today (noon may not have come yet, and the services refuse future
// times), else noon that day.
qint64 officeMoment(QDate day, qint64 now);

} // namespace doorstep::domain
