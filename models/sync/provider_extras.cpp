#include "sync/provider_extras.h"

#include "store/sqlite.h"

#include <QJsonArray>

namespace doorstep::sync {
namespace {
const QString kDistricts = QStringLiteral("$districts");
const QString kSkills = QStringLiteral("$skills");
const QString kHours = QStringLiteral("$hours");
const QString kDaysOff = QStringLiteral("$days_off");

qint64 mapped(const QHash<QString, QHash<qint64, qint64>> &idMap, const QString &entity, qint64 id)
{
    return idMap.value(entity).value(id, id);
}
} // namespace

QJsonObject withProviderExtras(store::Database &db, QJsonObject provider,
                               const QHash<QString, QHash<qint64, qint64>> &idMap)
{
    const qint64 id = provider.value(QStringLiteral("id")).toInteger();
    QJsonArray districts;
    auto d = db.prepare("SELECT district_id FROM provider_districts WHERE provider_id = ? ORDER BY district_id");
    d.bind(1, id);
    while (d.next())
        districts.append(mapped(idMap, QStringLiteral("districts"), d.int64(0)));
    QJsonArray skills;
    auto s = db.prepare("SELECT category_id, status, suspended_reason FROM provider_skills WHERE provider_id = ?"
                        " ORDER BY category_id");
    s.bind(1, id);
    while (s.next())
        skills.append(QJsonObject{{QStringLiteral("category_id"), mapped(idMap, QStringLiteral("service_categories"), s.int64(0))},
                                  {QStringLiteral("status"), s.text(1)},
                                  {QStringLiteral("suspended_reason"), s.isNull(2) ? QJsonValue() : QJsonValue(s.text(2))}});
    QJsonArray hours;
    auto h = db.prepare("SELECT weekday, start_min, end_min FROM provider_hours WHERE provider_id = ? ORDER BY weekday, start_min");
    h.bind(1, id);
    while (h.next())
        hours.append(QJsonObject{{QStringLiteral("weekday"), h.int64(0)},
                                 {QStringLiteral("start_min"), h.int64(1)},
                                 {QStringLiteral("end_min"), h.int64(2)}});
    QJsonArray daysOff;
    auto o = db.prepare("SELECT day FROM provider_days_off WHERE provider_id = ? ORDER BY day");
    o.bind(1, id);
    while (o.next())
        daysOff.append(o.text(0));
    provider.insert(kDistricts, districts);
    provider.insert(kSkills, skills);
    provider.insert(kHours, hours);
    provider.insert(kDaysOff, daysOff);
    return provider;
}

void applyProviderExtras(store::Database &db, qint64 providerId, const QJsonObject &provider)
{
    // Whole sets, replaced: the owner's console sends the provider's current
    // ones each time, so a district or skill it dropped goes here too.
    if (provider.value(kDistricts).isArray()) {
        db.run("DELETE FROM provider_districts WHERE provider_id = ?", providerId);
        for (const QJsonValue &v : provider.value(kDistricts).toArray())
            db.run("INSERT OR IGNORE INTO provider_districts(provider_id, district_id)"
                   " SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM districts WHERE id = ?2)",
                   providerId, v.toInteger());
    }
    if (provider.value(kSkills).isArray()) {
        db.run("DELETE FROM provider_skills WHERE provider_id = ?", providerId);
        for (const QJsonValue &v : provider.value(kSkills).toArray()) {
            const QJsonObject s = v.toObject();
            const QJsonValue reason = s.value(QStringLiteral("suspended_reason"));
            // A reference this console cannot resolve is left out, never a
            // page that fails its foreign keys at COMMIT.
            db.run("INSERT OR IGNORE INTO provider_skills(provider_id, category_id, status, suspended_reason)"
                   " SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM service_categories WHERE id = ?2)",
                   providerId, s.value(QStringLiteral("category_id")).toInteger(), s.value(QStringLiteral("status")).toString(),
                   reason.isString() ? QVariant(reason.toString()) : QVariant());
        }
    }
    // Days off (schema v20): a row from a console or server that does not
    // send them leaves this store's as they are.
    if (provider.value(kDaysOff).isArray()) {
        db.run("DELETE FROM provider_days_off WHERE provider_id = ?", providerId);
        for (const QJsonValue &v : provider.value(kDaysOff).toArray()) {
            if (v.isString() && v.toString().size() == 10)
                db.run("INSERT OR IGNORE INTO provider_days_off(provider_id, day) VALUES (?, ?)", providerId, v.toString());
        }
    }
    if (provider.value(kHours).isArray()) {
        db.run("DELETE FROM provider_hours WHERE provider_id = ?", providerId);
        for (const QJsonValue &v : provider.value(kHours).toArray()) {
            const QJsonObject h = v.toObject();
            db.run("INSERT OR IGNORE INTO provider_hours(provider_id, weekday, start_min, end_min) VALUES (?, ?, ?, ?)", providerId,
                   h.value(QStringLiteral("weekday")).toInteger(), h.value(QStringLiteral("start_min")).toInteger(),
                   h.value(QStringLiteral("end_min")).toInteger());
        }
    }
}

void applyBooking(store::Database &db, qint64 orderId, bool deleted, const QJsonObject &slot)
{
    db.run("DELETE FROM sync_bookings WHERE order_id = ?", orderId);
    if (deleted)
        return;
    const QJsonValue district = slot.value(QStringLiteral("district_id"));
    db.run("INSERT INTO sync_bookings(order_id, provider_id, start_at, end_at, district_id, order_no, office)"
           " VALUES (?, ?, ?, ?, ?, ?, ?)",
           orderId, slot.value(QStringLiteral("provider_id")).toInteger(), slot.value(QStringLiteral("start_at")).toInteger(),
           slot.value(QStringLiteral("end_at")).toInteger(), district.isDouble() ? QVariant(district.toInteger()) : QVariant(),
           slot.value(QStringLiteral("order_no")).toString(), slot.value(QStringLiteral("office")).toString());
}

void applyPosition(store::Database &db, qint64 providerId, bool deleted, const QJsonObject &position)
{
    if (deleted) {
        db.run("DELETE FROM sync_positions WHERE provider_id = ?", providerId);
        return;
    }
    const qint64 at = position.value(QStringLiteral("at")).toInteger();
    db.run("DELETE FROM sync_positions WHERE provider_id = ? AND at <= ?", providerId, at);
    db.run("INSERT OR IGNORE INTO sync_positions(provider_id, lat, lng, at) VALUES (?, ?, ?, ?)", providerId,
           position.value(QStringLiteral("lat")).toDouble(), position.value(QStringLiteral("lng")).toDouble(), at);
}

} // namespace doorstep::sync
