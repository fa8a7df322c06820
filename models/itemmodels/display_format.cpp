#include "itemmodels/display_format.h"

#include "domain/money.h"
#include "domain/office_time.h"

#include <QDateTime>

namespace doorstep::itemmodels {

QString formatDateTime(qint64 utcSecs)
{
    if (utcSecs <= 0)
        return QString();
    return QDateTime::fromSecsSinceEpoch(utcSecs, domain::officeTimeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString formatDate(qint64 utcSecs)
{
    if (utcSecs <= 0)
        return QString();
    return QDateTime::fromSecsSinceEpoch(utcSecs, domain::officeTimeZone()).toString(QStringLiteral("yyyy-MM-dd"));
}

QString formatFen(qint64 fen)
{
    return domain::Money::fromFen(fen).toDisplayString();
}

} // namespace doorstep::itemmodels
