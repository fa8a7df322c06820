#include "itemmodels/customers_model.h"

#include "domain/masking.h"
#include "domain/phone_search.h"
#include "itemmodels/display_format.h"
#include "itemmodels/sql_filter.h"
#include "store/sqlite.h"

namespace doorstep::itemmodels {

// Raw row layout: id, name, phone, district, address, orders, created_at.
namespace {
enum Raw { RId, RName, RPhone, RDistrict, RAddress, ROrders, RCreated };

} // namespace

CustomersModel::CustomersModel(store::Database &db, const services::Session &session, QObject *parent)
    : PagedTableModel(db, parent)
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

QString CustomersModel::searchHint() const
{
    return domain::phoneSearchHint(m_search, m_unmasked);
}

SqlFilter CustomersModel::filter() const
{
    SqlFilter f;
    f.add("c.erased_at IS NULL");
    addNameOrPhoneSearch(f, m_search, "c.name", "c.phone", m_unmasked);
    return f;
}

PagedTableModel::Query CustomersModel::query() const
{
    const SqlFilter base = filter();
    Query q;
    q.rows = [base, byName = m_order == Order::ByName](store::Database &db, const Row *last, int limit) {
        QList<Row> rows;
        if (limit <= 0)
            return rows;
        SqlFilter f = base;
        QByteArray order;
        if (!byName) {
            if (last)
                f.add("c.id < ?", {last->at(RId)});
            order = "c.id DESC";
        } else {
            if (last)
                f.add("c.name > ? OR (c.name = ? AND c.id > ?)", {last->at(RName), last->at(RName), last->at(RId)});
            order = "c.name, c.id";
        }
        auto st = db.prepare("SELECT c.id, c.name, c.phone, d.name, c.address,"
                             " (SELECT count(*) FROM orders o WHERE o.customer_id = c.id), c.created_at"
                             " FROM customers c LEFT JOIN districts d ON d.id = c.district_id WHERE " + f.sql + " ORDER BY " + order + " LIMIT ?");
        f.bind(st, {limit});
        while (st.next())
            rows.append({st.value(0), st.value(1), st.value(2), st.value(3), st.value(4), st.value(5), st.value(6)});
        return rows;
    };
    q.count = [base](store::Database &db) {
        auto st = db.prepare("SELECT count(*) FROM customers c WHERE " + base.sql);
        base.bind(st);
        return st.next() ? st.int64(0) : qint64(0);
    };
    return q;
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
