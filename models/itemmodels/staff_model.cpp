#include "itemmodels/staff_model.h"

#include "domain/masking.h"
#include "itemmodels/display_format.h"
#include "store/sqlite.h"

#include <QFont>

namespace doorstep::itemmodels {
namespace {
enum Raw { RId, RUsername, RDisplay, RRole, RPhone, RActive, RLastLogin, RRefundLimit };
}

StaffModel::StaffModel(store::Database &db, const services::Session &session, QObject *parent)
    : PagedTableModel(db, parent)
    , m_allowed(session.can(services::Permission::StaffView))
    , m_unmasked(session.can(services::Permission::StaffManage))
{
}

PagedTableModel::Query StaffModel::query() const
{
    Query q;
    q.rows = [allowed = m_allowed](store::Database &db, const Row *last, int limit) { return allowed ? fetchPage(db, last, limit) : QList<Row>(); };
    return q;
}

QList<PagedTableModel::Row> StaffModel::fetchPage(store::Database &db, const Row *last, int limit)
{
    QList<Row> rows;
    auto st = db.prepare(last
        ? QByteArray("SELECT id, username, display_name, role, phone, active AND removed_at IS NULL, last_login_at, refund_limit_fen"
                         " FROM staff WHERE username > ? ORDER BY username LIMIT ?")
        : QByteArray("SELECT id, username, display_name, role, phone, active AND removed_at IS NULL, last_login_at, refund_limit_fen"
                         " FROM staff ORDER BY username LIMIT ?"));
    if (last)
        st.bindAll(last->at(RUsername).toString(), limit);
    else
        st.bindAll(limit);
    while (st.next())
        rows.append({st.value(0), st.value(1), st.value(2), st.value(3), st.value(4), st.value(5), st.value(6), st.value(7)});
    return rows;
}

services::Role StaffModel::roleAt(int row) const
{
    return services::roleFromKey(rowAt(row).at(RRole).toString()).value_or(services::Role::Manager);
}

QString StaffModel::usernameAt(int row) const
{
    return rowAt(row).at(RUsername).toString();
}

bool StaffModel::isActiveAt(int row) const
{
    return rowAt(row).at(RActive).toInt() != 0;
}

qint64 StaffModel::refundLimitAt(int row) const
{
    return rowAt(row).at(RRefundLimit).toLongLong();
}

QString StaffModel::columnTitle(int column) const
{
    switch (Column(column)) {
    case Username: return tr("User name");
    case DisplayName: return tr("Name");
    case Role: return tr("Role");
    case RefundLimit: return tr("Refund limit");
    case Phone: return tr("Phone");
    case Status: return tr("Status");
    case LastLogin: return tr("Last login");
    case ColumnCount: break;
    }
    return {};
}

QVariant StaffModel::display(const Row &row, int column, int role) const
{
    const bool active = row.at(RActive).toInt() != 0;
    if (role == Qt::FontRole && !active) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(column)) {
    case Username:
        return row.at(RUsername);
    case DisplayName:
        return row.at(RDisplay);
    case Role:
        if (role == SortRole)
            return row.at(RRole);
        return services::roleDisplayName(services::roleFromKey(row.at(RRole).toString()).value_or(services::Role::Manager));
    case RefundLimit: // what they approve of their own refund requests
        return role == SortRole ? row.at(RRefundLimit) : QVariant(formatFen(row.at(RRefundLimit).toLongLong()));
    case Phone:
        return m_unmasked ? row.at(RPhone).toString() : domain::maskPhone(row.at(RPhone).toString());
    case Status:
        if (role == SortRole)
            return row.at(RActive);
        return active ? tr("Active") : tr("Removed");
    case LastLogin:
        return role == SortRole ? row.at(RLastLogin) : QVariant(formatDateTime(row.at(RLastLogin).toLongLong()));
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace doorstep::itemmodels
