#pragma once
#include "itemmodels/paged_table_model.h"
#include "services/session.h"

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

struct SqlFilter;

// Customers, a page at a time, newest first or by name; search by name
// prefix or by phone digits (domain/phone_search.h: roles that see masked
// numbers search by the last 4 digits or the whole number only). Phone
// numbers are masked unless the session's role may see them.
class CustomersModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Phone, District, Address, Orders, Since, ColumnCount };
    enum class Order { Newest, ByName };

    CustomersModel(store::Database &db, const services::Session &session, QObject *parent = nullptr);

    void setSearch(const QString &text);  // reloads
    // What the search may be instead when its digits are refused; empty otherwise.
    QString searchHint() const;
    void setOrder(Order order);           // reloads

protected:
    Query query() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const Row &row, int column, int role) const override;

private:
    SqlFilter filter() const;

    bool m_unmasked;
    QString m_search;
    Order m_order = Order::Newest;
};

} // namespace doorstep::itemmodels
