#pragma once
// What a storage backend derives from a stored row, written once so both
// backends (embedded and PostgreSQL) index rows the same way:
//  - the natural key of a platform-owned row (SyncStorage::platformIdByKey),
//    by which an office's snapshot is matched to the platform's catalogue;
//  - the span an order books its provider for (providerBookings).

#include <QJsonObject>
#include <QString>

#include <optional>

namespace doorstep::server {

// offices: code; districts: adcode; the catalogue (qualification_types,
// service_categories, service_items, ledger_rules, courses, assessments):
// code; sla_policies: "category/severity"; holiday_calendars: the year.
// nullopt for other entities or a row without the key's columns.
std::optional<QString> naturalKey(const QString &entity, const QJsonObject &row);

struct BookingSpan
{
    qint64 providerId = 0;
    qint64 from = 0; // UTC seconds, inclusive
    qint64 to = 0;   // exclusive
};

// An order that holds its provider: provider_id and planned_start set,
// status not cancelled; [planned_start, planned_start + duration_min minutes).
std::optional<BookingSpan> bookingSpan(const QString &entity, const QJsonObject &row);

} // namespace doorstep::server
