#pragma once
// The sync outbox: each change an action makes is queued here in the same
// transaction, with a snapshot of the row as stored, so the sync client can
// send it later (possibly days later, after working offline).

#include <QJsonObject>
#include <QString>

namespace doorstep::store {
class Database;
class Statement;
}

namespace doorstep::services {

struct Change
{
    enum class Op { Upsert, Delete };
    QString entity; // table name
    qint64 entityId = 0;
    Op op = Op::Upsert;
    QJsonObject payload; // filled from the stored row when empty
};

namespace outbox {
void enqueue(store::Database &db, const Change &change, qint64 auditSeq, qint64 at);
// The stored row as JSON (blobs as {"$base64": ...}), or an empty object.
QJsonObject rowSnapshot(store::Database &db, const QString &table, qint64 id);
// The current row of a statement as JSON, the same way (typed as stored).
QJsonObject rowJson(const store::Statement &st);
qint64 pendingCount(store::Database &db);
} // namespace outbox

} // namespace doorstep::services
