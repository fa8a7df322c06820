#pragma once
// The office's calendar. The store holds UTC seconds only; days, weekdays and
// working hours are the office's local ones (Asia/Shanghai).
#include <QString>
#include <QTimeZone>

namespace doorstep::domain {

QTimeZone officeTimeZone();             // Asia/Shanghai (UTC+8 without DST if the zone database lacks it)
qint64 officeDayStart(qint64 utcSecs);  // UTC seconds of local midnight of the day holding utcSecs
int officeWeekday(qint64 utcSecs);      // 1 = Monday .. 7 = Sunday, local
QString officeDate(qint64 utcSecs);     // "2026-11-25", local
QString officeMonth(qint64 utcSecs);    // "2026-11", local

} // namespace doorstep::domain
