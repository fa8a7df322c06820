#include "itemmodels/order_detail.h"

#include "domain/masking.h"
#include "store/sqlite.h"

#include <QCoreApplication>

namespace doorstep::itemmodels {

std::optional<OrderDetail> loadOrderDetail(store::Database &db, const services::Session &session, qint64 orderId)
{
    if (!session.can(services::Permission::OrderView))
        return std::nullopt;
    auto st = db.prepare("SELECT o.order_no, o.status, c.name, c.phone, o.address, d.name, si.name, o.window_start, o.window_end,"
                         " o.duration_min, o.price_fen, o.payment_status, p.name, o.planned_start, o.cancel_reason, o.note, o.lat, o.lng,"
                         " coalesce(o.paid_through, '') = 'platform'"
                         " FROM orders o JOIN customers c ON c.id = o.customer_id JOIN service_items si ON si.id = o.service_item_id"
                         " LEFT JOIN districts d ON d.id = o.district_id LEFT JOIN providers p ON p.id = o.provider_id WHERE o.id = ?");
    st.bind(1, orderId);
    if (!st.next())
        return std::nullopt;
    OrderDetail o;
    o.id = orderId;
    o.lat = st.real(16);
    o.lng = st.real(17);
    o.orderNo = st.text(0);
    o.statusKey = st.text(1);
    o.customer = st.text(2);
    o.phone = session.can(services::Permission::CustomerRevealPersonal) ? st.text(3) : domain::maskPhone(st.text(3));
    o.address = st.text(4);
    o.district = st.text(5);
    o.service = st.text(6);
    o.windowStart = st.int64(7);
    o.windowEnd = st.int64(8);
    o.durationMin = st.int32(9);
    o.priceFen = st.int64(10);
    o.paymentStatus = st.text(11);
    o.paidInApp = st.int64(18) != 0;
    o.provider = st.text(12);
    o.plannedStart = st.int64(13);
    o.cancelReason = st.text(14);
    o.note = st.text(15);
    o.timeline = orderTimeline(db, orderId);

    auto d = db.prepare("SELECT r.at, p.name, r.mode, s.display_name, r.planned_start, r.undone_at, r.explanation FROM dispatch_records r"
                        " JOIN providers p ON p.id = r.provider_id LEFT JOIN staff s ON s.id = r.staff_id WHERE r.order_id = ? ORDER BY r.at, r.id");
    d.bind(1, orderId);
    while (d.next())
        o.dispatches.append({d.int64(0), d.text(1), d.text(2), d.text(3), d.int64(4), d.int64(5), d.text(6)});

    auto r = db.prepare("SELECT stars, comment FROM ratings WHERE order_id = ?");
    r.bind(1, orderId);
    if (r.next()) {
        o.stars = r.int32(0);
        o.ratingComment = r.text(1);
    }
    auto c = db.prepare("SELECT opened_at, category, status, resolution_due_at, resolution FROM complaints WHERE order_id = ? ORDER BY opened_at");
    c.bind(1, orderId);
    while (c.next())
        o.complaints.append({c.int64(0), c.text(1), c.text(2), c.int64(3), c.text(4)});
    o.refundedFen = db.scalar("SELECT coalesce(sum(amount_fen), 0) FROM refunds WHERE order_id = ? AND status IN ('approved','paid')", orderId)
                        .toLongLong();
    return o;
}

QString paymentStatusDisplayName(const QString &key)
{
    if (key == u"unpaid")
        return QCoreApplication::translate("OrderDetail", "Unpaid");
    if (key == u"paid")
        return QCoreApplication::translate("OrderDetail", "Paid");
    if (key == u"partially_refunded")
        return QCoreApplication::translate("OrderDetail", "Partly refunded");
    if (key == u"refunded")
        return QCoreApplication::translate("OrderDetail", "Refunded");
    return key;
}

} // namespace doorstep::itemmodels
