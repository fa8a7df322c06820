#pragma once
// A provider travels with what another office needs to dispatch it
// (server/PROTOCOL.md, "Providers serving a neighbour's districts"): the
// districts it serves, its skills and its weekly hours ride in its row as
// "$districts", "$skills" and "$hours". Those tables have no id of their own,
// so they never travel alone; the server sends a provider serving a
// neighbour's district there (without its personal data), and the
// neighbour's console rebuilds the three tables from the row.
#include <QHash>
#include <QJsonObject>

namespace doorstep::store {
class Database;
}

namespace doorstep::sync {

// The provider's row with its extras read from the store as they are now.
// idMap (entity -> local id -> platform id): references the platform
// renumbered during the first snapshot are sent as the platform's ids.
QJsonObject withProviderExtras(store::Database &db, QJsonObject provider,
                               const QHash<QString, QHash<qint64, qint64>> &idMap = {});

// Replaces the provider's served districts, skills and hours with the ones
// its pulled row carries (an extra the row lacks is left as it is).
void applyProviderExtras(store::Database &db, qint64 providerId, const QJsonObject &provider);

// Another office's booking of a provider this office may book (a pulled
// `provider_bookings` row: the slot only, PROTOCOL.md "Bookings of shared
// providers"), kept in sync_bookings for the provider's day; deleted when
// that office's order no longer holds it.
void applyBooking(store::Database &db, qint64 orderId, bool deleted, const QJsonObject &slot);

// A provider's last position as their app reported it (a pulled
// `provider_positions` row), kept in sync_positions for the dispatch map.
// An older report never replaces a newer one.
void applyPosition(store::Database &db, qint64 providerId, bool deleted, const QJsonObject &position);

} // namespace doorstep::sync
