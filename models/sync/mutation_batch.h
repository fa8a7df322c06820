#pragma once
// From the sync outbox to the wire's mutations (server/PROTOCOL.md, "Mutations
// and push"): every unsent outbox row of one audit entry makes one mutation
// (id = audit_log.seq, with the entry's time, actor and action), in audit
// order. Tables that never leave the office (staff, meta, settings, sync_*,
// the audit log) are dropped; a mutation left with no change is not sent,
// its rows are only marked sent. Assignments carry the provider_day
// condition so the server can refuse a double booking.
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace doorstep::store {
class Database;
}

namespace doorstep::sync {

// True for the tables whose rows are never sent (staff and key data, the
// console's own bookkeeping).
bool neverSent(const QString &entity);

struct Mutation
{
    qint64 id = 0; // audit_log.seq
    qint64 at = 0;
    QString actor;
    QString action;
    QJsonArray changes;            // {"entity", "id", "op", "row"}
    QList<QJsonObject> conditions; // provider_day, one per order the action assigned
    // customer_fields: an edit of a customer the server already has names the
    // fields it changed with their values as last known (sync_shadow), so the
    // server decides concurrent edits per field; {"kind": "customer_new"} for
    // a customer the server's version of which it never had (its own new
    // one). Empty when not such an edit.
    QJsonObject customerFields;
    // The main row, for the conflicts list.
    QString entity;
    qint64 entityId = 0;

    QJsonObject toJson() const;
};

struct Batch
{
    QList<Mutation> mutations;
    // Audit entries whose outbox rows were all never-sent tables: marked sent
    // with the batch, never on the wire.
    QList<qint64> silent;
    bool isEmpty() const { return mutations.isEmpty() && silent.isEmpty(); }
};

// The console records a push's answers in one transaction on the store,
// during which a person's save on the GUI thread waits for the write lock
// (README, bench_sync_stall): 100 keeps that wait short; the server takes
// larger batches just as well.
constexpr int kMaxMutationsPerBatch = 100;
// And at most about this many bytes of rows: a credential scan travels in its
// row (base64, up to 13.4 MiB for domain::kMaxScanBytes), and a hundred of
// them would be a request no server takes. Checked between mutations, so a
// batch always carries at least one, and the server's sync listener takes a
// body of this budget plus the largest single mutation (sync_http_server.cpp).
constexpr qint64 kMaxBatchBytes = 4 * 1024 * 1024;

// The oldest unsent mutations, at most maxMutations of them and, past the
// first, about maxBytes of their rows (silent entries do not count), whole:
// a mutation is never split across batches.
Batch nextBatch(store::Database &db, int maxMutations = kMaxMutationsPerBatch, qint64 maxBytes = kMaxBatchBytes);

// The actions that put an order on a provider's day (services/dispatch_service.cpp,
// auto_dispatch_service.cpp): their mutations carry provider_day conditions.
bool isAssignmentAction(const QString &action);

} // namespace doorstep::sync
