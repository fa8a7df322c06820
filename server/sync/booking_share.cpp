#include "sync/booking_share.h"

#include "storage/row_facts.h"

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

} // namespace

QList<Notice> bookingNotices(StorageTransaction &tx, OwnershipResolver &resolver, const StoredRow &next,
                             const QString &office)
{
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

} // namespace doorstep::server::sync
