#include "itemmodels/orders_model.h"

#include "domain/masking.h"
#include "itemmodels/display_format.h"
#include "store/sqlite.h"

#include <QBrush>
#include <QColor>
#include <QRegularExpression>

namespace doorstep::itemmodels {
namespace {
enum Raw { RId, ROrderNo, RStatus, RService, RCustomer, RPhone, RDistrict, RWindowStart, RWindowEnd, RProvider, RPrice };

bool digitsOnly(const QString &s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{3,11}$"));
    return digits.match(s).hasMatch();
}
} // namespace

OrdersModel::OrdersModel(store::Database &db, const services::Session &session, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
    , m_allowed(session.can(services::Permission::OrderView))
    , m_unmasked(session.can(services::Permission::CustomerRevealPersonal))
{
}

void OrdersModel::setStatusFilter(std::optional<domain::OrderStatus> status)
{
    m_status = status;
    reload();
}

void OrdersModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

QList<PagedTableModel::Row> OrdersModel::fetchRows(const Row *last, int limit)
{
    QList<Row> rows;
    if (!m_allowed || limit <= 0)
        return rows;
    QByteArray sql = "SELECT o.id, o.order_no, o.status, si.name, c.name, c.phone, d.name, o.window_start, o.window_end, p.name, o.price_fen"
                     " FROM orders o JOIN service_items si ON si.id = o.service_item_id JOIN customers c ON c.id = o.customer_id"
                     " LEFT JOIN districts d ON d.id = o.district_id LEFT JOIN providers p ON p.id = o.provider_id WHERE 1";
    QVariantList binds;
    if (m_status) {
        sql += " AND o.status = ?";
        binds << domain::orderStatusKey(*m_status);
    }
    if (!m_search.isEmpty()) {
        if (m_search.startsWith(u"DS", Qt::CaseInsensitive)) {
            sql += " AND o.order_no >= ? AND o.order_no < ?";
            binds << m_search.toUpper() << QString(m_search.toUpper() + QChar(0xffff));
        } else if (digitsOnly(m_search)) {
            sql += m_search.size() == 11 ? " AND o.customer_id IN (SELECT id FROM customers WHERE phone = ?)"
                                         : " AND o.customer_id IN (SELECT id FROM customers WHERE instr(phone, ?) > 0)";
            binds << m_search;
        } else {
            sql += " AND o.customer_id IN (SELECT id FROM customers WHERE name >= ? AND name < ?)";
            binds << m_search << QString(m_search + QChar(0xffff));
        }
    }
    if (m_status) {
        if (last) {
            sql += " AND (o.window_start < ? OR (o.window_start = ? AND o.id < ?))";
            binds << last->at(RWindowStart) << last->at(RWindowStart) << last->at(RId);
        }
        sql += " ORDER BY o.window_start DESC, o.id DESC LIMIT ?";
    } else {
        if (last) {
            sql += " AND o.id < ?";
            binds << last->at(RId);
        }
        sql += " ORDER BY o.id DESC LIMIT ?";
    }
    binds << limit;
    auto st = m_db.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    while (st.next()) {
        Row r;
        for (int c = 0; c <= RPrice; ++c)
            r.append(st.value(c));
        rows.append(r);
    }
    return rows;
}

std::map<domain::OrderStatus, qint64> OrdersModel::countsByStatus()
{
    std::map<domain::OrderStatus, qint64> counts;
    if (!m_allowed)
        return counts;
    auto st = m_db.prepare("SELECT status, count(*) FROM orders GROUP BY status");
    while (st.next())
        if (const auto s = domain::orderStatusFromKey(st.text(0)))
            counts[*s] = st.int64(1);
    return counts;
}

QString OrdersModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case OrderNo: return tr("Order");
    case Status: return tr("Status");
    case Service: return tr("Service");
    case Customer: return tr("Customer");
    case Phone: return tr("Phone");
    case District: return tr("District");
    case Window: return tr("Time window");
    case Provider: return tr("Provider");
    case Price: return tr("Price");
    case ColumnCount: break;
    }
    return {};
}

QVariant OrdersModel::display(const Row &row, int column, int role) const
{
    const auto status = domain::orderStatusFromKey(row.at(RStatus).toString()).value_or(domain::OrderStatus::Created);
    if (role == Qt::ForegroundRole && column == Status) {
        // Waiting work stands out; finished work recedes.
        if (status == domain::OrderStatus::AwaitingDispatch)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (domain::isFinal(status))
            return QBrush(QColor(0x88, 0x88, 0x88));
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return column == Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(column)) {
    case OrderNo: return row.at(ROrderNo);
    case Status: return role == SortRole ? row.at(RStatus) : QVariant(domain::orderStatusDisplayName(status));
    case Service: return row.at(RService);
    case Customer: return row.at(RCustomer);
    case Phone: return m_unmasked ? row.at(RPhone).toString() : domain::maskPhone(row.at(RPhone).toString());
    case District: return row.at(RDistrict);
    case Window:
        if (role == SortRole)
            return row.at(RWindowStart);
        return QString(formatDateTime(row.at(RWindowStart).toLongLong()) + u'–'
                       + formatDateTime(row.at(RWindowEnd).toLongLong()).right(5));
    case Provider: return row.at(RProvider);
    case Price: return role == SortRole ? row.at(RPrice) : QVariant(formatFen(row.at(RPrice).toLongLong()));
    case ColumnCount: break;
    }
    return {};
}

QList<TimelineEntry> orderTimeline(store::Database &db, qint64 orderId)
{
    QList<TimelineEntry> out;
    auto st = db.prepare("SELECT e.at, e.actor_kind, s.display_name, e.from_status, e.to_status, e.note FROM order_events e"
                         " LEFT JOIN staff s ON s.id = e.staff_id WHERE e.order_id = ? ORDER BY e.at, e.id");
    st.bind(1, orderId);
    while (st.next())
        out.append({st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)});
    return out;
}

} // namespace doorstep::itemmodels
