#pragma once
// What a backend must know about a row beyond its JSON, the same for both
// backends: the natural key of a platform-matched row (service item code,
// district adcode, …) and the booking an order holds on its provider.

#include <QJsonObject>
#include <QString>

#include <optional>

namespace doorstep::server {

// "code", "adcode", "category|severity", "year"… or nullopt for an entity
// that is not matched by a natural key (or a row without one).
std::optional<QString> naturalKey(const QString &entity, const QJsonObject &row);
bool isPlatformMatched(const QString &entity);

struct Booking
{
    qint64 providerId = 0;
    qint64 startAt = 0;
    qint64 endAt = 0;
};
// An order's time on its provider: [planned_start, + duration_min); nullopt
// when unassigned, unplanned, cancelled or deleted.
std::optional<Booking> bookingOf(const QString &entity, const QJsonObject &row, bool deleted);

} // namespace doorstep::server
