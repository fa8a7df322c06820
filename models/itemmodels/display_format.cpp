#include "itemmodels/display_format.h"

#include "domain/office_time.h"

#include <QDateTime>

namespace doorstep::itemmodels {

QTimeZone officeTimeZone()
{
    return domain::officeTimeZone();
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

QString formatFen(qint64 fen)
{
    // Integer arithmetic only: no rounding of money through floating point.
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    QString yuan = QString::number(abs / 100);
    for (qsizetype i = yuan.size() - 3; i > 0; i -= 3)
        yuan.insert(i, u',');
    return (negative ? QStringLiteral("-¥") : QStringLiteral("¥")) + yuan + u'.' + QString::number(abs % 100).rightJustified(2, u'0');
}

} // namespace doorstep::itemmodels
