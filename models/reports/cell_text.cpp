#include "reports/cell_text.h"

#include "domain/money.h"
#include "domain/office_time.h"

#include <QDateTime>

namespace doorstep::reports {
namespace {
QDateTime officeDateTime(qint64 utcSecs)
{
    return QDateTime::fromSecsSinceEpoch(utcSecs, domain::officeTimeZone());
}
} // namespace

QString cellFileText(const QVariant &value, ColumnType type)
{
    if (value.isNull())
        return {};
    if (isLabel(value, type))
        return value.toString();
    switch (type) {
    case ColumnType::Text: return value.toString();
    case ColumnType::Integer: return QString::number(value.toLongLong());
    case ColumnType::MoneyFen: return domain::Money::fromFen(value.toLongLong()).toString();
    case ColumnType::Date: return value.toDate().toString(Qt::ISODate);
    case ColumnType::DateTime: return officeDateTime(value.toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case ColumnType::Percent: return QString::number(value.toDouble(), 'f', 4);
    case ColumnType::Decimal: return QString::number(value.toDouble(), 'f', 2);
    }
    return value.toString();
}

QString cellDisplayText(const QVariant &value, ColumnType type)
{
    if (value.isNull())
        return {};
    if (isLabel(value, type))
        return value.toString();
    switch (type) {
    case ColumnType::MoneyFen: return domain::Money::fromFen(value.toLongLong()).toDisplayString();
    case ColumnType::DateTime: return officeDateTime(value.toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case ColumnType::Percent: return QString::number(value.toDouble() * 100, 'f', 1) + u'%';
    default: return cellFileText(value, type);
    }
}

bool needsNeutralising(QStringView text)
{
    if (text.isEmpty())
        return false;
    const QChar c = text.front();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

QString neutralised(const QString &text)
{
    return needsNeutralising(text) ? u'\'' + text : text;
}

double excelSerial(const QDate &day)
{
    static const QDate epoch(1899, 12, 30);
    return double(epoch.daysTo(day));
}

double excelSerialOfUtc(qint64 utcSecs)
{
    const QDateTime local = officeDateTime(utcSecs);
    return excelSerial(local.date()) + local.time().msecsSinceStartOfDay() / 86'400'000.0;
}

bool isLabel(const QVariant &value, ColumnType type)
{
    return type != ColumnType::Text && value.typeId() == QMetaType::QString;
}

bool isNumeric(ColumnType type)
{
    return type != ColumnType::Text;
}

} // namespace doorstep::reports
