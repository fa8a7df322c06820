#include "sync/booking_share.h"

#include "storage/row_facts.h"

#include <limits>

namespace doorstep::server::sync {
namespace {
const QString kBookings = QStringLiteral("provider_bookings");

QJsonObject slotRow(const StoredRow &order, const Booking &b, const QString &office)
{
    return {{QStringLiteral("id"), order.id},
            {QStringLiteral("provider_id"), b.providerId},
            {QStringLiteral("start_at"), b.startAt},
            {QStringLiteral("end_at"), b.endAt},
            {QStringLiteral("district_id"), order.row.value(QLatin1StringView("district_id"))},
            {QStringLiteral("order_no"), order.row.value(QLatin1StringView("order_no"))},
            {QStringLiteral("office"), office}};
}

// A provider now serving an office it did not: that office's dispatchers
// need the bookings already made.
QList<Notice> bookingsForNewNeighbours(StorageTransaction &tx, OwnershipResolver &resolver, const StoredRow &next,
                                       qint64 since)
{
    if (next.deleted)
        return {};
    const std::optional<StoredRow> before = tx.row(next.entity, next.id);
    const QStringList was = before && !before->deleted ? resolver.neighboursOf(before->row, next.owner) : QStringList();
    QStringList joined;
    for (const QString &office : resolver.neighboursOf(next.row, next.owner))
        if (!was.contains(office))
            joined.append(office);
    if (joined.isEmpty())
        return {};
    QList<Notice> out;
    for (const StoredRow &order : tx.providerBookings(next.id, since, std::numeric_limits<qint64>::max(), 0)) {
        const auto booking = bookingOf(order.entity, order.row, order.deleted);
        QStringList audience = joined;
        audience.removeAll(order.owner);
        if (booking && !audience.isEmpty())
            out.append({ChangeEntry{kBookings, order.id, false, slotRow(order, *booking, order.owner), order.owner}, audience});
    }
    return out;
}
} // namespace

QList<Notice> bookingNotices(StorageTransaction &tx, OwnershipResolver &resolver, const StoredRow &next,
                             const QString &office, qint64 since)
{
    if (next.entity == u"providers")
        return bookingsForNewNeighbours(tx, resolver, next, since);
    if (next.entity != u"orders")
        return {};
    const std::optional<StoredRow> before = tx.row(next.entity, next.id);
    // Plain values, not optionals: GCC's -Wmaybe-uninitialized misreads the latter here.
    const auto wasBooking = before ? bookingOf(before->entity, before->row, before->deleted) : std::nullopt;
    const auto nowBooking = bookingOf(next.entity, next.row, next.deleted);
    const Booking was = wasBooking.value_or(Booking{});
    const Booking now = nowBooking.value_or(Booking{});
    if (wasBooking.has_value() == nowBooking.has_value() && was.providerId == now.providerId && was.startAt == now.startAt
        && was.endAt == now.endAt)
        return {}; // the same booking (or none, still)
    QList<Notice> out;
    if (wasBooking && (!nowBooking || now.providerId != was.providerId)) {
        QStringList audience = resolver.officesBooking(was.providerId);
        audience.removeAll(office);
        if (!audience.isEmpty())
            out.append({ChangeEntry{kBookings, next.id, true, {}, office}, audience});
    }
    if (nowBooking) {
        QStringList audience = resolver.officesBooking(now.providerId);
        audience.removeAll(office);
        if (!audience.isEmpty())
            out.append({ChangeEntry{kBookings, next.id, false, slotRow(next, now, office), office}, audience});
    }
    return out;
}

QList<Notice> platformBookingNotices(StorageTransaction &tx, SyncStorage &storage, const StoredRow &next)
{
    if (next.entity != u"orders")
        return {};
    const QList<OfficeInfo> offices = storage.offices();
    OfficeInfo owner{next.owner, {}, {}, 0, 0};
    for (const OfficeInfo &o : offices)
        if (o.code == next.owner)
            owner = o;
    OwnershipResolver resolver(tx, owner, offices);
    return bookingNotices(tx, resolver, next, next.owner, 0);
}

} // namespace doorstep::server::sync
