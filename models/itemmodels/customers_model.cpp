#include "itemmodels/customers_model.h"

#include "domain/masking.h"
#include "itemmodels/display_format.h"
#include "store/sqlite.h"

#include <QRegularExpression>

namespace doorstep::itemmodels {

// Raw row layout: id, name, phone, district, address, orders, created_at.
namespace {
enum Raw { RId, RName, RPhone, RDistrict, RAddress, ROrders, RCreated };

bool isPhoneSearch(const QString &s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{3,11}$"));
    return digits.match(s).hasMatch();
}
} // namespace

class FilterBinder
{
public:
    explicit FilterBinder(store::Statement &st) : m_st(st) {}
    void add(const QVariant &v) { m_st.bind(++m_pos, v); }
    int position() const { return m_pos; }

private:
    store::Statement &m_st;
    int m_pos = 0;
};

CustomersModel::CustomersModel(store::Database &db, const services::Session &session, QObject *parent)
    : PagedTableModel(parent)
    , m_db(db)
    , m_unmasked(session.can(services::Permission::CustomerRevealPersonal))
{
    if (!session.can(services::Permission::CustomerView))
        setPageSize(0);
}

void CustomersModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    reload();
}

void CustomersModel::setOrder(Order order)
{
    m_order = order;
    reload();
}

QByteArray CustomersModel::filterSql() const
{
    if (m_search.isEmpty())
        return "c.erased_at IS NULL";
    if (isPhoneSearch(m_search))
        return m_search.size() == 11 ? "c.erased_at IS NULL AND c.phone = ?" : "c.erased_at IS NULL AND instr(c.phone, ?) > 0";
    // Name prefix as an index range: [text, text + U+FFFF).
    return "c.erased_at IS NULL AND c.name >= ? AND c.name < ?";
}

void CustomersModel::bindFilter(FilterBinder &b) const
{
    if (m_search.isEmpty())
        return;
    if (isPhoneSearch(m_search)) {
        b.add(m_search);
        return;
    }
    b.add(m_search);
    b.add(QString(m_search + QChar(0xffff)));
}

QList<PagedTableModel::Row> CustomersModel::fetchRows(const Row *last, int limit)
{
    QList<Row> rows;
    if (limit <= 0)
        return rows;
    QByteArray sql = "SELECT c.id, c.name, c.phone, d.name, c.address,"
                     " (SELECT count(*) FROM orders o WHERE o.customer_id = c.id), c.created_at"
                     " FROM customers c LEFT JOIN districts d ON d.id = c.district_id WHERE " + filterSql();
    if (m_order == Order::Newest) {
        if (last)
            sql += " AND c.id < ?";
        sql += " ORDER BY c.id DESC LIMIT ?";
    } else {
        if (last)
            sql += " AND (c.name > ? OR (c.name = ? AND c.id > ?))";
        sql += " ORDER BY c.name, c.id LIMIT ?";
    }
    auto st = m_db.prepare(sql);
    FilterBinder b(st);
    bindFilter(b);
    if (last) {
        if (m_order == Order::Newest) {
            b.add(last->at(RId));
        } else {
            b.add(last->at(RName));
            b.add(last->at(RName));
            b.add(last->at(RId));
        }
    }
    b.add(limit);
    while (st.next())
        rows.append({st.value(0), st.value(1), st.value(2), st.value(3), st.value(4), st.value(5), st.value(6)});
    return rows;
}

qint64 CustomersModel::matchingCount()
{
    auto st = m_db.prepare("SELECT count(*) FROM customers c WHERE " + filterSql());
    FilterBinder b(st);
    bindFilter(b);
    return st.next() ? st.int64(0) : 0;
}

QString CustomersModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Name: return tr("Name");
    case Phone: return tr("Phone");
    case District: return tr("District");
    case Address: return tr("Address");
    case Orders: return tr("Orders");
    case Since: return tr("Customer since");
    case ColumnCount: break;
    }
    return {};
}

QVariant CustomersModel::display(const Row &row, int column, int role) const
{
    static constexpr int rawOf[] = {RName, RPhone, RDistrict, RAddress, ROrders, RCreated};
    if (column < 0 || column >= ColumnCount)
        return {};
    const QVariant &raw = row.at(rawOf[column]);
    switch (role) {
    case SortRole:
        return column == Phone && !m_unmasked ? QVariant(domain::maskPhone(raw.toString())) : raw;
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Phone:
            return m_unmasked ? raw.toString() : domain::maskPhone(raw.toString());
        case Since:
            return formatDate(raw.toLongLong());
        default:
            return raw;
        }
    case Qt::TextAlignmentRole:
        return column == Orders ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

} // namespace doorstep::itemmodels
