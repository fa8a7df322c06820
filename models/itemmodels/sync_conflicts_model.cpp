#include "itemmodels/sync_conflicts_model.h"

#include "itemmodels/display_format.h"
#include "store/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace doorstep::itemmodels {
namespace {
// Raw row: id, at, action, reason, message, conflict, undone, seen_at.
enum RawColumn { RId, RAt, RAction, RReason, RMessage, RConflict, RUndone, RSeen };

QList<QVariantList> conflictRows(store::Database &db, const QVariantList *last, int limit);
} // namespace

SyncConflictsModel::SyncConflictsModel(store::Database &db, QObject *parent)
    : PagedTableModel(db, parent)
{
    reload();
}

qint64 SyncConflictsModel::totalCount()
{
    return db().scalar("SELECT count(*) FROM sync_conflicts").toLongLong();
}

PagedTableModel::Query SyncConflictsModel::query() const
{
    Query q;
    q.rows = [](store::Database &db, const Row *last, int limit) { return conflictRows(db, last, limit); };
    q.count = [](store::Database &db) { return db.scalar("SELECT count(*) FROM sync_conflicts").toLongLong(); };
    return q;
}

namespace {
QList<QVariantList> conflictRows(store::Database &db, const QVariantList *last, int limit)
{
    QList<QVariantList> rows;
    if (limit <= 0)
        return rows;
    // Newest first, by (at, id) on sync_conflicts_recent.
    auto st = last ? db.prepare("SELECT id, at, action, reason, message, conflict, undone, seen_at FROM sync_conflicts"
                                  " WHERE at < ? OR (at = ? AND id < ?) ORDER BY at DESC, id DESC LIMIT ?")
                   : db.prepare("SELECT id, at, action, reason, message, conflict, undone, seen_at FROM sync_conflicts"
                                  " ORDER BY at DESC, id DESC LIMIT ?");
    int pos = 1;
    if (last) {
        st.bind(pos++, last->at(RAt));
        st.bind(pos++, last->at(RAt));
        st.bind(pos++, last->at(RId));
    }
    st.bind(pos, qint64(limit));
    while (st.next())
        rows.append({st.value(0), st.value(1), st.value(2), st.value(3), st.value(4), st.value(5), st.value(6), st.value(7)});
    return rows;
}
} // namespace

QString SyncConflictsModel::columnTitle(int column) const
{
    switch (column) {
    case When: return tr("When");
    case Action: return tr("Change");
    case Reason: return tr("Reason");
    case Message: return tr("What the server said");
    case Conflict: return tr("Other booking");
    case Undone: return tr("Taken back here");
    case Seen: return tr("Seen");
    default: return {};
    }
}

QVariant SyncConflictsModel::display(const Row &row, int column, int role) const
{
    if (role == SortRole) {
        static constexpr RawColumn raw[] = {RAt, RAction, RReason, RMessage, RConflict, RUndone, RSeen};
        return row.at(raw[column]);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case When: return formatDateTime(row.at(RAt).toLongLong());
    case Action: return row.at(RAction).toString();
    case Reason: return row.at(RReason).toString() == u"provider_busy" ? tr("Provider already booked") : row.at(RReason).toString();
    case Message: return row.at(RMessage).toString();
    case Conflict: return describeConflict(row.at(RConflict).toString());
    case Undone: return row.at(RUndone).toLongLong() ? tr("Yes: back in its queue") : tr("No");
    case Seen: return row.at(RSeen).isNull() ? tr("Not yet") : formatDateTime(row.at(RSeen).toLongLong());
    default: return {};
    }
}

QString describeConflict(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    if (o.isEmpty())
        return {};
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        parts.append(it.key() + u": " + it.value().toVariant().toString());
    return parts.join(QStringLiteral(", "));
}

} // namespace doorstep::itemmodels
