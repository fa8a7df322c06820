#pragma once
#include "itemmodels/paged_table_model.h"
#include "services/session.h"

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

// Staff accounts of the store, by user name, a page at a time. Needs the
// StaffView permission; otherwise it stays empty.
class StaffModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { Username, DisplayName, Role, RefundLimit, Phone, Status, LastLogin, ColumnCount };

    StaffModel(store::Database &db, const services::Session &session, QObject *parent = nullptr);

    services::Role roleAt(int row) const;
    QString usernameAt(int row) const;
    bool isActiveAt(int row) const;
    qint64 refundLimitAt(int row) const; // fen

protected:
    Query query() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const Row &row, int column, int role) const override;

private:
    static QList<Row> fetchPage(store::Database &db, const Row *last, int limit);
    bool m_allowed;
    bool m_unmasked;
};

} // namespace doorstep::itemmodels
