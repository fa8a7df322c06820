#include "reports/complaints_source.h"

#include "domain/complaint_states.h"
#include "domain/masking.h"
#include "domain/office_time.h"
#include "reports/order_period.h"
#include "reports/source_text.h"
#include "store/sqlite.h"

#include <map>

namespace doorstep::reports {
namespace {
// Both halves select the same 17 columns; the period's condition appears
// twice, so its parameters are bound twice.
QByteArray unionSql(const QByteArray &condition)
{
    return "SELECT 0 AS part, k.id AS item, o.order_no, o.window_start AS ws, o.id AS oid, d.name, d.name_en, pr.name, cu.name,"
           " k.category AS category_key, k.severity, k.status, k.upheld AS upheld, k.opened_at, k.resolved_at,"
           " (SELECT coalesce(sum(r.amount_fen), 0) FROM refunds r WHERE r.complaint_id = k.id) AS requested,"
           " (SELECT coalesce(sum(r.amount_fen), 0) FROM refunds r WHERE r.complaint_id = k.id AND r.status IN ('approved','paid')) AS granted,"
           " k.satisfaction"
           " FROM orders o INDEXED BY orders_window JOIN complaints k ON k.order_id = o.id"
           " LEFT JOIN districts d ON d.id = o.district_id LEFT JOIN providers pr ON pr.id = k.provider_id"
           " LEFT JOIN customers cu ON cu.id = k.customer_id"
           " WHERE " + condition +
           " UNION ALL "
           "SELECT 1, r.id, o.order_no, o.window_start, o.id, d.name, d.name_en, pr.name, cu.name,"
           " NULL, NULL, r.status, NULL, r.requested_at, r.decided_at, r.amount_fen,"
           " CASE WHEN r.status IN ('approved','paid') THEN r.amount_fen ELSE 0 END, NULL"
           " FROM orders o INDEXED BY orders_window JOIN refunds r ON r.order_id = o.id AND r.complaint_id IS NULL"
           " LEFT JOIN districts d ON d.id = o.district_id LEFT JOIN providers pr ON pr.id = o.provider_id"
           " LEFT JOIN customers cu ON cu.id = o.customer_id"
           " WHERE " + condition;
}

void bindTwice(store::Statement &st, const QVariantList &params)
{
    int pos = 0;
    for (int round = 0; round < 2; ++round)
        for (const QVariant &v : params)
            st.bind(++pos, v);
}
} // namespace

QString ComplaintsSource::title() const
{
    return tr("Complaints and refunds");
}

QList<Column> ComplaintsSource::columns() const
{
    return {
        {QStringLiteral("kind"), tr("Kind"), ColumnType::Text},
        {QStringLiteral("order_no"), tr("Order no."), ColumnType::Text},
        {QStringLiteral("office_day"), tr("Day"), ColumnType::Date},
        {QStringLiteral("district"), tr("District"), ColumnType::Text},
        {QStringLiteral("provider"), tr("Provider"), ColumnType::Text, true},
        {QStringLiteral("customer"), tr("Customer"), ColumnType::Text, true},
        {QStringLiteral("category"), tr("Complaint"), ColumnType::Text},
        {QStringLiteral("severity"), tr("Severity"), ColumnType::Text},
        {QStringLiteral("status"), tr("Status"), ColumnType::Text},
        {QStringLiteral("upheld"), tr("Upheld"), ColumnType::Text},
        {QStringLiteral("opened_at"), tr("Opened"), ColumnType::DateTime},
        {QStringLiteral("closed_at"), tr("Closed"), ColumnType::DateTime},
        {QStringLiteral("refund_requested"), tr("Refund requested"), ColumnType::MoneyFen},
        {QStringLiteral("refund_granted"), tr("Refund granted"), ColumnType::MoneyFen},
        {QStringLiteral("satisfaction"), tr("Satisfaction"), ColumnType::Integer},
    };
}

qint64 ComplaintsSource::rowCount(store::Database &db, const Params &p) const
{
    const OrderCondition c = orderCondition(p.filter);
    auto st = db.prepare("SELECT count(*) FROM (" + unionSql(c.sql) + ")");
    bindTwice(st, c.params);
    return st.next() ? st.int64(0) : 0;
}

bool ComplaintsSource::readRows(store::Database &db, const Params &p, const RowSink &sink) const
{
    const OrderCondition c = orderCondition(p.filter);
    auto st = db.prepare(unionSql(c.sql) + " ORDER BY ws, oid, part, item");
    bindTwice(st, c.params);
    const bool english = englishNames();
    QVariantList row;
    while (st.next()) {
        const bool complaint = st.int64(0) == 0;
        const QString customer = st.text(8);
        row.clear();
        row << (complaint ? tr("Complaint") : tr("Refund")) << st.text(2) << domain::officeDay(st.int64(3))
            << localName(st, 5, 6, english) << (st.isNull(7) ? QVariant() : QVariant(p.unmasked ? st.text(7) : domain::maskName(st.text(7))))
            << (p.unmasked ? customer : domain::maskName(customer))
            << (complaint ? QVariant(stateName<domain::ComplaintCategory>(st.text(9))) : QVariant())
            << (complaint ? QVariant(stateName<domain::ComplaintSeverity>(st.text(10))) : QVariant())
            << (complaint ? stateName<domain::ComplaintStatus>(st.text(11)) : stateName<domain::RefundStatus>(st.text(11)))
            << (st.isNull(12) ? QVariant() : QVariant(st.int64(12) ? tr("Yes") : tr("No"))) << st.int64(13) << optionalInt(st, 14)
            << st.int64(15) << st.int64(16) << optionalInt(st, 17);
        if (!sink(row))
            return false;
    }
    return true;
}

Summary ComplaintsSource::summary(store::Database &db, const Params &p) const
{
    const OrderCondition c = orderCondition(p.filter);
    Summary s;
    s.columns = {
        {QStringLiteral("category"), tr("Complaint"), ColumnType::Text},
        {QStringLiteral("rows"), tr("Cases"), ColumnType::Integer},
        {QStringLiteral("upheld"), tr("Upheld"), ColumnType::Integer},
        {QStringLiteral("refund_requested"), tr("Refund requested"), ColumnType::MoneyFen},
        {QStringLiteral("refund_granted"), tr("Refund granted"), ColumnType::MoneyFen},
    };
    auto st = db.prepare("SELECT part, category_key, count(*), coalesce(sum(upheld), 0), sum(requested), sum(granted) FROM ("
                         + unionSql(c.sql) + ") GROUP BY part, category_key");
    bindTwice(st, c.params);
    // In the catalogue's order of categories, refunds without a complaint last.
    std::map<int, QVariantList> ordered;
    qint64 rows = 0, upheld = 0, requested = 0, granted = 0;
    while (st.next()) {
        int order = 1000;
        QString name = tr("Refund without complaint");
        if (st.int64(0) == 0) {
            const auto cat = domain::StateKeys<domain::ComplaintCategory>::fromKey(st.text(1));
            if (!cat)
                throw std::runtime_error(QStringLiteral("unknown complaints.category '%1'").arg(st.text(1)).toStdString());
            order = int(*cat);
            name = domain::StateKeys<domain::ComplaintCategory>::displayName(*cat);
        }
        ordered[order] = {name, st.int64(2), st.int64(3), st.int64(4), st.int64(5)};
        rows += st.int64(2);
        upheld += st.int64(3);
        requested += st.int64(4);
        granted += st.int64(5);
    }
    for (const auto &[order, row] : ordered)
        s.rows.append(row);
    s.totals.append({tr("Total"), rows, upheld, requested, granted});
    s.chart = Summary::Chart{Summary::Chart::Bar, tr("Complaints by category"), 0, {1, 2}};
    return s;
}

} // namespace doorstep::reports
