#pragma once
// The writes of one PostgreSQL push transaction, held back and sent as three
// statements instead of one round trip per mutation and per row.
//
// Why: profiling bench_syncpush showed the PostgreSQL backend spending its
// time waiting on round trips (≈ 0.4–0.7 ms each on this loaded 2-core
// machine, four per one-row mutation: read, upsert, counter, …), not in the
// database's own work. PgTransaction queues putRow/appendChange/recordMutation
// here and flushes before any query whose answer a queued write could change
// (providerBookings, platformIdByKey, lockMutations) and at commit; row()
// answers a row this transaction wrote from the queue, as the database would
// after the flush. Order is kept: change-log entries get their seq
// in the order they were queued, after every queued row upsert has run and
// locked its row (pg_cursor.h relies on that per-row order).

#include "pg_connection.h"
#include "sync_storage.h"

#include <QHash>
#include <QJsonArray>

#include <optional>

namespace doorstep::server {

class PgWriteBatch
{
public:
    void putRow(const StoredRow &row, const QString &originOffice, const QStringList &audiences);
    void appendChange(const ChangeEntry &change, const QStringList &audiences);
    // The counter's row is locked (lockMutations) for the whole transaction,
    // so its update can wait for the flush at commit. One key at a time:
    // flush first when holdsOtherKey(key).
    void recordMutation(const MutationKey &key, qint64 id, bool applied, const QString &reason, qint64 at);

    // The newest queued version of the row, if this batch wrote it.
    std::optional<StoredRow> row(const QString &entity, qint64 id) const;
    bool holdsOtherKey(const MutationKey &key) const;
    bool isEmpty() const;
    // Sends everything queued (up to three statements) and empties the batch.
    void flush(PgConnection &conn);

private:
    void flushRows(PgConnection &conn);
    void flushCounter(PgConnection &conn);

    QList<StoredRow> m_rows;                       // one per (entity, id): the last queued
    QHash<QString, qsizetype> m_rowIndex;          // "entity/id" -> index in m_rows
    QJsonArray m_changes;                          // change-log entries, in order

    std::optional<MutationKey> m_key;
    qint64 m_lastId = 0, m_applied = 0, m_rejected = 0;
    QJsonArray m_rejections;
};

} // namespace doorstep::server
