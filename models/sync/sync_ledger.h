#pragma once
// The store side of sync: what a round reads from the store and every write
// it makes, each write one action through the spine (services::ServiceLayer):
//   sync.enroll  the office's certificate, key, CA and server (meta; nothing queued)
//   sync.push    outbox rows marked sent, rejected mutations in sync_conflicts
//   sync.undo_assignment  an assignment the server refused (provider_busy) taken back
//   sync.pull    one page of the server's changes applied (nothing queued back)
//   sync.round   a round's outcome in sync_rounds (the administrator's history)
// A StoreLedger belongs to the thread of its ServiceLayer: the console's
// worker has its own, on its own connection (WorkerLedger).
#include "services/service_layer.h"
#include "sync/mutation_batch.h"
#include "sync/sync_wire.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <optional>

namespace doorstep::sync {

// What the console needs to reach its server (meta, after enrollment).
struct SyncIdentity
{
    QString serverUrl; // the sync listener, "https://host:port"
    QString officeCode;
    QString officeName;
    QByteArray certificatePem;
    QByteArray keyPem; // the office key: never leaves the store but for the TLS handshake
    QByteArray caPem;
    QString storeUid;  // 32 hex
    qint64 epoch = 1;
};

struct PushCounts
{
    int applied = 0;  // merged ones included: the server took the mutation
    int merged = 0;   // applied with fields another office's edit kept: in sync_conflicts
    int rejected = 0; // in sync_conflicts
    int duplicate = 0;
    int undone = 0;   // assignments taken back locally
};

struct RoundRecord
{
    qint64 startedAt = 0;
    qint64 finishedAt = 0; // as recorded (recentRounds)
    int pushed = 0;
    int applied = 0;
    int rejected = 0;
    int pulled = 0;
    QString error; // empty when the round completed
};

struct SyncOverview
{
    bool enrolled = false;
    QString serverUrl;
    QString officeCode;
    qint64 pending = 0;    // outbox rows not yet sent
    qint64 conflicts = 0;  // rejected mutations not yet seen
    qint64 lastSyncAt = 0; // last completed round, 0 = never
    QString lastError;     // of the newest round, when it failed
};

// Where the first snapshot has got to: table by table, by id.
struct SnapshotCursor
{
    QStringList tables;
    int table = 0;
    qint64 afterId = 0;
    qint64 outboxUpto = 0; // outbox rows up to here are in the snapshot
    bool done() const { return table >= tables.size(); }
};

class StoreLedger
{
    Q_DECLARE_TR_FUNCTIONS(StoreLedger)
public:
    explicit StoreLedger(services::ServiceLayer &services) : m_services(services) {}

    services::ServiceLayer &services() { return m_services; }

    std::optional<SyncIdentity> identity();
    // Throws SyncError::NotEnrolled when the console has no server yet.
    SyncIdentity requireIdentity();
    SyncOverview overview();

    // sync.enroll (Permission::SyncAdmin). The office's "node" (protocol 2)
    // becomes the node of every id this store mints from now on.
    void storeEnrollment(const SyncIdentity &identity, const QJsonObject &office);
    // sync.node: the node the server gave this office, when the store does
    // not mint ids on it yet (a console enrolled under protocol 1). Returns
    // whether it changed.
    bool adoptNode(int node);
    // The office's accept timeout (minutes, 0: none), told to the server at
    // hello; and whether the server said it owns the timeouts since
    // (services/order_timeout_service.h). Returns whether that changed.
    int acceptTimeoutMinutes();
    bool setServerOwnsTimeouts(bool owns);

    Batch nextBatch(int maxMutations = kMaxMutationsPerBatch) { return sync::nextBatch(m_services.db(), maxMutations); }
    QJsonObject auditHead();
    // Marks the batch's rows sent for every mutation that has a result (and
    // the silent entries), records rejected ones, then takes back refused
    // assignments. A result for an id not in the batch is a protocol error.
    PushCounts recordPush(const Batch &batch, const PushReply &reply);

    QString pullCursor();
    // Applies the page's rows (upsert by id, never REPLACE: that would fire
    // ON DELETE CASCADE) except this office's own coming back, and stores the
    // page's cursor, in one sync.pull action. Returns the rows applied.
    int applyPage(const ChangesPage &page, const QString &ownOffice);

    // The first snapshot: the tables that are sent (parents first), read a
    // page at a time; then sync.snapshot marks the outbox rows it covered sent.
    SnapshotCursor snapshotStart();
    // One page holds the rows of one table: the id_map of a page (say the
    // platform's service_categories) is known before the rows that refer to
    // them are read. References to rows the platform renumbered are sent as
    // the platform's ids (idMap: entity -> local -> platform), so the server
    // never stores, and other offices never pull, a reference to a local id.
    // A page ends early past about maxBytes of JSON (credential scans travel
    // in their rows; kMaxBatchBytes says why), never before its first row.
    QJsonArray snapshotPage(SnapshotCursor &cursor, int maxRows, const QHash<QString, QHash<qint64, qint64>> &idMap = {},
                            qint64 maxBytes = kMaxBatchBytes);
    // refused: the rows the server would not take ({"entity", "id",
    // "reason"}, e.g. an order in a district another office serves), each
    // listed in sync_conflicts (mutation_id = -row id: no mutation carried it).
    void snapshotSent(qint64 outboxUpto, int rows, const QJsonArray &refused = {});
    // The snapshot replies' id_map ({"entity", "local", "platform"}): where
    // the platform already had a row of that code, the local row takes the
    // platform's id and every reference to it follows (found from the
    // schema's foreign keys), in one sync.id_map action with the references
    // checked at COMMIT. Returns the rows renumbered.
    int applyIdMap(const QJsonArray &idMap);

    // sync.conflicts_seen: the conflicts someone has looked at leave the
    // unseen count (status bar, Sync window); they stay listed. Returns how
    // many were newly marked.
    int markConflictsSeen(const QList<qint64> &ids);

    // A failed round is recorded when its error differs from the last one
    // (a console offline all day does not fill the history and audit log).
    void recordRound(const RoundRecord &round);
    // The newest rounds first (the administrator's Sync window).
    QList<RoundRecord> recentRounds(int limit);
    qint64 pendingCount() { return services::outbox::pendingCount(m_services.db()); }

private:
    bool undoAssignment(const Mutation &m, const MutationResult &result);
    // sync.field_lost: a customer's field value this office had lost to
    // another office's edit, as an entry of the customer's history (the
    // audit log: field names and masked values, as customer.update writes;
    // the whole values are in the sync_conflicts row).
    void recordFieldLoss(qint64 customerId, const QJsonObject &lost, const QJsonObject &kept, const QString &otherOffice);

    services::ServiceLayer &m_services;
};

} // namespace doorstep::sync
