#include "row_facts.h"

#include <QJsonValue>

namespace doorstep::server {
namespace {
QString text(const QJsonObject &row, QLatin1StringView column)
{
    const QJsonValue v = row.value(column);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toInteger());
    return {};
}
} // namespace

bool isPlatformMatched(const QString &entity)
{
    static const QStringList kMatched{
        QStringLiteral("offices"),         QStringLiteral("districts"),         QStringLiteral("qualification_types"),
        QStringLiteral("service_categories"), QStringLiteral("service_items"), QStringLiteral("ledger_rules"),
        QStringLiteral("courses"),         QStringLiteral("assessments"),       QStringLiteral("sla_policies"),
        QStringLiteral("holiday_calendars")};
    return kMatched.contains(entity);
}

std::optional<QString> naturalKey(const QString &entity, const QJsonObject &row)
{
    if (!isPlatformMatched(entity))
        return std::nullopt;
    QString key;
    if (entity == u"districts")
        key = text(row, QLatin1StringView("adcode"));
    else if (entity == u"sla_policies") {
        const QString category = text(row, QLatin1StringView("category"));
        const QString severity = text(row, QLatin1StringView("severity"));
        if (!category.isEmpty() && !severity.isEmpty())
            key = category + u'|' + severity;
    } else if (entity == u"holiday_calendars")
        key = text(row, QLatin1StringView("year"));
    else
        key = text(row, QLatin1StringView("code"));
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

std::optional<Booking> bookingOf(const QString &entity, const QJsonObject &row, bool deleted)
{
    if (deleted || entity != u"orders" || row.value(QLatin1StringView("status")).toString() == u"cancelled")
        return std::nullopt;
    const QJsonValue provider = row.value(QLatin1StringView("provider_id"));
    const QJsonValue start = row.value(QLatin1StringView("planned_start"));
    const QJsonValue minutes = row.value(QLatin1StringView("duration_min"));
    if (!provider.isDouble() || !start.isDouble() || !minutes.isDouble())
        return std::nullopt;
    Booking b{provider.toInteger(), start.toInteger(), start.toInteger() + minutes.toInteger() * 60};
    return b;
}

} // namespace doorstep::server
