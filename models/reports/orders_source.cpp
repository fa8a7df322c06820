#include "reports/orders_source.h"

#include "domain/masking.h"
#include "domain/office_time.h"
#include "domain/order_lifecycle.h"
#include "reports/order_period.h"
#include "reports/source_text.h"
#include "store/sqlite.h"

namespace doorstep::reports {
namespace {
// Refunds that count against an order: approved or paid (requested and rejected do not).
constexpr char kRefunds[] =
    "(SELECT coalesce(sum(r.amount_fen), 0) FROM refunds r WHERE r.order_id = o.id AND r.status IN ('approved','paid'))";

QString statusName(const QString &key)
{
    const auto status = domain::orderStatusFromKey(key);
    if (!status)
        throw std::runtime_error(QStringLiteral("unknown orders.status '%1'").arg(key).toStdString());
    return domain::orderStatusDisplayName(*status);
}
} // namespace

QString OrdersSource::title() const
{
    return tr("Order detail");
}

QList<Column> OrdersSource::columns() const
{
    return {
        {QStringLiteral("order_no"), tr("Order no."), ColumnType::Text},
        {QStringLiteral("office_day"), tr("Day"), ColumnType::Date},
        {QStringLiteral("district"), tr("District"), ColumnType::Text},
        {QStringLiteral("category"), tr("Category"), ColumnType::Text},
        {QStringLiteral("service"), tr("Service"), ColumnType::Text},
        {QStringLiteral("customer"), tr("Customer"), ColumnType::Text, true},
        {QStringLiteral("phone"), tr("Phone"), ColumnType::Text, true},
        {QStringLiteral("provider"), tr("Provider"), ColumnType::Text, true},
        {QStringLiteral("status"), tr("Status"), ColumnType::Text},
        {QStringLiteral("price"), tr("Price"), ColumnType::MoneyFen},
        {QStringLiteral("refunds"), tr("Refunds"), ColumnType::MoneyFen},
        {QStringLiteral("created_at"), tr("Created"), ColumnType::DateTime},
        {QStringLiteral("assigned_at"), tr("Assigned"), ColumnType::DateTime},
        {QStringLiteral("completed_at"), tr("Completed"), ColumnType::DateTime},
    };
}

qint64 OrdersSource::rowCount(store::Database &db, const Params &p) const
{
    const OrderCondition c = orderCondition(p.filter);
    auto st = db.prepare("SELECT count(*) FROM orders o INDEXED BY orders_window WHERE " + c.sql);
    for (int i = 0; i < c.params.size(); ++i)
        st.bind(i + 1, c.params[i]);
    return st.next() ? st.int64(0) : 0;
}

bool OrdersSource::readRows(store::Database &db, const Params &p, const RowSink &sink) const
{
    const OrderCondition c = orderCondition(p.filter);
    // LEFT JOINs keep orders the outer loop, so rows come in index order (no sort);
    // the timeline's first assignment and completion through order_events(order_id, at).
    auto st = db.prepare(
        "SELECT o.order_no, o.window_start, d.name, d.name_en, sc.name, sc.name_en, si.name, si.name_en,"
        " cu.name, cu.phone, pr.name, o.status, o.price_fen, " + QByteArray(kRefunds) + ", o.created_at,"
        " (SELECT min(e.at) FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'assigned'),"
        " (SELECT min(e.at) FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'completed')"
        " FROM orders o INDEXED BY orders_window"
        " LEFT JOIN customers cu ON cu.id = o.customer_id"
        " LEFT JOIN service_items si ON si.id = o.service_item_id"
        " LEFT JOIN service_categories sc ON sc.id = o.category_id"
        " LEFT JOIN districts d ON d.id = o.district_id"
        " LEFT JOIN providers pr ON pr.id = o.provider_id"
        " WHERE " + c.sql + " ORDER BY o.window_start, o.id");
    for (int i = 0; i < c.params.size(); ++i)
        st.bind(i + 1, c.params[i]);
    const bool english = englishNames();
    QVariantList row;
    row.reserve(14);
    while (st.next()) {
        row.clear();
        const QString customer = st.text(8), phone = st.text(9);
        row << st.text(0) << domain::officeDay(st.int64(1)) << localName(st, 2, 3, english) << localName(st, 4, 5, english)
            << localName(st, 6, 7, english) << (p.unmasked ? customer : domain::maskName(customer))
            << (p.unmasked ? phone : domain::maskPhone(phone)) << (st.isNull(10) ? QVariant() : QVariant(p.unmasked ? st.text(10) : domain::maskName(st.text(10))))
            << statusName(st.text(11)) << st.int64(12) << st.int64(13) << st.int64(14) << optionalInt(st, 15) << optionalInt(st, 16);
        if (!sink(row))
            return false;
    }
    return true;
}

Summary OrdersSource::summary(store::Database &db, const Params &p) const
{
    const OrderCondition c = orderCondition(p.filter);
    Summary s;
    s.columns = {
        {QStringLiteral("category"), tr("Category"), ColumnType::Text},
        {QStringLiteral("orders"), tr("Orders"), ColumnType::Integer},
        {QStringLiteral("cancelled"), tr("Cancelled"), ColumnType::Integer},
        {QStringLiteral("price"), tr("Order value"), ColumnType::MoneyFen},
        {QStringLiteral("refunds"), tr("Refunds"), ColumnType::MoneyFen},
    };
    auto st = db.prepare("SELECT sc.name, sc.name_en, count(*), sum(o.status = 'cancelled'), sum(o.price_fen), sum(" + QByteArray(kRefunds) + ")"
                         " FROM orders o INDEXED BY orders_window LEFT JOIN service_categories sc ON sc.id = o.category_id"
                         " WHERE " + c.sql + " GROUP BY o.category_id ORDER BY min(sc.sort), o.category_id");
    for (int i = 0; i < c.params.size(); ++i)
        st.bind(i + 1, c.params[i]);
    const bool english = englishNames();
    qint64 orders = 0, cancelled = 0, price = 0, refunds = 0;
    while (st.next()) {
        s.rows.append({localName(st, 0, 1, english), st.int64(2), st.int64(3), st.int64(4), st.int64(5)});
        orders += st.int64(2);
        cancelled += st.int64(3);
        price += st.int64(4);
        refunds += st.int64(5);
    }
    s.totals.append({tr("Total"), orders, cancelled, price, refunds});
    s.chart = Summary::Chart{Summary::Chart::Bar, tr("Orders by service category"), 0, {1, 2}};
    return s;
}

} // namespace doorstep::reports
