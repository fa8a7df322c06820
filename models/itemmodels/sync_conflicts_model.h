#pragma once
// The Sync conflicts list: every mutation the server rejected (or merged),
// newest first, with the server's reason and message, the other office's
// booking it named, and whether the console took its change back
// (sync_conflicts, written by models/sync's StoreLedger). Paged like every
// list; IdRole is the conflict's id.
#include "itemmodels/paged_table_model.h"

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

class SyncConflictsModel final : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column { When, Action, Reason, Message, Conflict, Undone, Seen, ColumnCount };

    explicit SyncConflictsModel(store::Database &db, QObject *parent = nullptr);

    qint64 totalCount();

protected:
    Query query() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant display(const Row &row, int column, int role) const override;

};

// "The other office (SH-JA) has order DS-JA-1 then": the conflict JSON the
// server sent, for people.
QString describeConflict(const QString &json);

} // namespace doorstep::itemmodels
