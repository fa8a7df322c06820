#include "row_keys.h"

#include <QJsonValue>

namespace doorstep::server {

static std::optional<QString> textOf(const QJsonObject &row, const QString &column)
{
    const QJsonValue v = row.value(column);
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return std::nullopt;
}

std::optional<QString> naturalKey(const QString &entity, const QJsonObject &row)
{
    if (entity == u"offices" || entity == u"qualification_types" || entity == u"service_categories"
        || entity == u"service_items" || entity == u"ledger_rules" || entity == u"courses"
        || entity == u"assessments")
        return textOf(row, QStringLiteral("code"));
    if (entity == u"districts")
        return textOf(row, QStringLiteral("adcode"));
    if (entity == u"holiday_calendars")
        return textOf(row, QStringLiteral("year"));
    if (entity == u"sla_policies") {
        const auto category = textOf(row, QStringLiteral("category"));
        const auto severity = textOf(row, QStringLiteral("severity"));
        if (!category || !severity)
            return std::nullopt;
        return *category + u'/' + *severity;
    }
    return std::nullopt;
}

std::optional<BookingSpan> bookingSpan(const QString &entity, const QJsonObject &row)
{
    if (entity != u"orders" || row.value(u"status").toString() == u"cancelled")
        return std::nullopt;
    const QJsonValue provider = row.value(u"provider_id");
    const QJsonValue start = row.value(u"planned_start");
    if (!provider.isDouble() || !start.isDouble())
        return std::nullopt;
    BookingSpan span;
    span.providerId = provider.toInteger();
    span.from = start.toInteger();
    span.to = span.from + row.value(u"duration_min").toInteger() * 60;
    return span;
}

} // namespace doorstep::server
