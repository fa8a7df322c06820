#pragma once
// Where doorstep-server keeps its state: one interface, two backends.
//  - embedded (the default): an encrypted store through models/store, so a
//    small platform runs one process and nothing else;
//  - PostgreSQL 15 (libpq): several server processes against one database.
// The server keeps no state outside this storage (its CA and TLS files in
// --data are configuration), so two server processes on one PostgreSQL
// behave as one. The protocol logic (ownership, conditions, exactly-once) is
// written once above this interface (server/sync); a backend only stores,
// locks and pages. tests/server/tst_syncstorage runs one suite on both.
//
// Both backends are safe to call from several threads at once (the HTTP
// server's handler threads): PostgreSQL gives each call and transaction a
// connection of its own, the embedded store serialises them on its one
// connection. A thread holds at most one open transaction; while it does, it
// may still read through SyncStorage.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace doorstep::server {

// In a list of providers whose jobs changed (the provider apps' doorbell):
// any provider's may have, ring them all. No provider has id 0.
inline constexpr qint64 kEveryProvider = 0;

struct OfficeInfo
{
    QString code;        // "SH-XH"; the CN of its client certificate
    QString name;
    QStringList districts; // adcodes the office serves
    qint64 createdAt = 0;
    // The 10-bit node of every row id the office's console mints (1–1023,
    // unique among offices; 0 is the server's own). Given by addOffice.
    int node = 0;
};

// One row as the platform holds it. owner: an office code, or "platform" for
// the catalogue, offices and districts, or "shared" for customers.
struct StoredRow
{
    QString entity;
    qint64 id = 0;
    QString owner;
    QJsonObject row;     // all columns, as the outbox snapshots them
    bool deleted = false;
    // Shared rows (customers…): who sent the row first and who wrote each
    // field last, {"created_by": office, "fields": {field: office}}, so a
    // colliding id and the office whose value lost are known. Empty otherwise.
    QJsonObject provenance;
};

struct ChangeEntry
{
    QString entity;
    qint64 id = 0;
    bool deleted = false;
    QJsonObject row;
    QString office; // the office whose mutation made it ("platform" for the server's own)
};

struct ChangePage
{
    QList<ChangeEntry> changes;
    QByteArray cursor; // opaque; give it back to read on
    bool more = false;
};

struct MutationKey
{
    QString office;
    QByteArray storeUid; // 16 bytes
    qint64 epoch = 0;
};

// The first answer to an API request with an Idempotency-Key.
struct IdempotencyRecord
{
    QString requestHash;
    int status = 0;   // 0 = the first request is still being answered
    QByteArray reply; // the JSON body answered
};

struct OfficeStatus
{
    OfficeInfo office;
    qint64 lastSyncAt = 0;   // last push or pull, 0 = never
    qint64 applied = 0;      // mutations applied, all time
    qint64 rejected = 0;
    qint64 auditSeq = 0;     // audit-chain head of the newest push
    QString auditHash;
};

// One atomic unit of work. Destroying it without commit() rolls back.
// Reads inside it see its own writes. commit() ends it (its connection or
// lock is released then, not when the object goes): calling it afterwards
// throws std::logic_error. Use it on the thread that began it. A backend serialises transactions that
// call lockMutations() for the same key, and those that call lockProvider()
// for the same provider (so two offices cannot book one provider twice, even
// through two server processes).
class StorageTransaction
{
public:
    virtual ~StorageTransaction() = default;

    // Locks the key's counter and returns the last decided mutation id (0 = none).
    virtual qint64 lockMutations(const MutationKey &key) = 0;
    // Records a decided mutation: sets the last id, counts applied/rejected.
    // Called once per mutation of a push, all in the push's one transaction.
    virtual void recordMutation(const MutationKey &key, qint64 id, bool applied, const QString &reason, qint64 at) = 0;

    // A hint: the rows this transaction is about to read with row(). A
    // backend with a round trip per query (PostgreSQL) reads them in one
    // statement and locks those an office may write, as row() does; the
    // embedded store ignores it.
    virtual void prefetchRows(const QList<std::pair<QString, qint64>> &keys) { Q_UNUSED(keys); }

    virtual void lockProvider(qint64 providerId) = 0;
    virtual std::optional<StoredRow> row(const QString &entity, qint64 id) = 0;
    // Orders not cancelled whose provider is providerId and whose
    // [start, end) overlaps [from, to), other than exceptOrderId.
    virtual QList<StoredRow> providerBookings(qint64 providerId, qint64 from, qint64 to, qint64 exceptOrderId) = 0;
    // A platform-owned row by its natural key (code, adcode, …), for matching.
    virtual std::optional<qint64> platformIdByKey(const QString &entity, const QString &naturalKey) = 0;

    // Upserts (or tombstones) the row and appends one change-log entry per
    // audience ("*" = every office; else office codes).
    virtual void putRow(const StoredRow &row, const QString &originOffice, const QStringList &audiences) = 0;
    // Appends change-log entries only, the row store untouched: another
    // office's redacted copy of a row, or a notice for one office.
    virtual void appendChange(const ChangeEntry &change, const QStringList &audiences) = 0;

    // The apps' API (server/api). Live rows of one entity (the catalogue,
    // districts, offices: small platform tables), at most limit, by id.
    virtual QList<StoredRow> rowsOf(const QString &entity, int limit) = 0;
    // Keys of the apps' API, one table for all kinds (api/api_keys.h names
    // them): sign-in codes, tokens and provider credentials by their SHA-256,
    // and lookups such as a customer's orders. (kind, key, subject) is
    // unique; putting it again renews it. expiresAt 0 = never.
    virtual void putApiKey(const QString &kind, const QString &key, qint64 subject, qint64 expiresAt) = 0;
    // Subjects of the live keys (not revoked, not expired at now), ascending.
    virtual QList<qint64> apiSubjects(const QString &kind, const QString &key, qint64 now) = 0;
    // Revokes the live keys and says how many there were: a single-use code
    // is used by the one call that gets 1 (the row is locked until commit).
    virtual int revokeApiKeys(const QString &kind, const QString &key, qint64 now) = 0;

    // Idempotency-Key (server/api/idempotency.cpp). Claims (scope, key) for
    // a request and returns nothing, or returns the live record another call
    // made first (status 0: still being answered). Expired records are
    // deleted first. The claim is a row of its own, so it commits before the
    // request is answered: a retry arriving meanwhile sees it.
    virtual std::optional<IdempotencyRecord> claimIdempotencyKey(const QString &scope, const QString &key,
                                                                 const QString &requestHash, qint64 now,
                                                                 qint64 expiresAt) = 0;
    // The answer to keep (finish) or the claim to forget (a failure the
    // client may retry: 5xx, 429).
    virtual void finishIdempotencyKey(const QString &scope, const QString &key, int status, const QByteArray &reply) = 0;
    virtual void releaseIdempotencyKey(const QString &scope, const QString &key) = 0;

    // Called just before commit() with the offices whose change logs got
    // entries (origin → audiences): a backend that several server processes
    // share tells the others, as part of this transaction, so they ring their
    // consoles too (pg_notice_listener.h). A backend only one process opens
    // has no one to tell.
    virtual void tellOtherProcesses(const QString &origin, const QStringList &audiences)
    {
        Q_UNUSED(origin);
        Q_UNUSED(audiences);
    }
    // Likewise, just before commit(), the providers whose job lists this
    // transaction changed (sorted, no duplicates, never kEveryProvider): the
    // other processes ring those providers' doorbells (http/provider_bell.h).
    virtual void tellOtherProcessesJobs(const QList<qint64> &providers) { Q_UNUSED(providers); }

    virtual void commit() = 0;
};

class SyncStorage
{
public:
    virtual ~SyncStorage() = default;

    virtual std::unique_ptr<StorageTransaction> begin() = 0;
    // How many transactions make progress at once: the embedded store runs
    // one at a time (one lock), PostgreSQL as many as its pool holds. The
    // HTTP listeners size their worker threads by it.
    virtual int concurrentTransactions() const { return 1; }

    // Offices and enrollment. Codes are stored hashed (SHA-256).
    // Adding an office again keeps the office and issues a new code; its
    // earlier unused code stops working (it may be the one that was lost).
    // A new office gets the smallest node no office has (OfficeInfo::node is
    // ignored; an office added again keeps its node), unique even when two
    // processes add offices at once; std::runtime_error when all 1023 are taken.
    virtual void addOffice(const OfficeInfo &office, const QByteArray &codeHash, qint64 codeExpiresAt) = 0;
    virtual std::optional<OfficeInfo> office(const QString &code) = 0;
    virtual QList<OfficeInfo> offices() = 0;
    // Marks the code used, atomically; nullopt if unknown, used or expired.
    virtual std::optional<OfficeInfo> redeemCode(const QByteArray &codeHash, qint64 now) = 0;
    virtual void recordCertificate(const QString &office, const QByteArray &serial, qint64 notAfter, qint64 at) = 0;
    virtual void revokeCertificate(const QByteArray &serial, qint64 at) = 0;
    // Every certificate issued to the office (`offices revoke CODE`: the
    // operator knows the office, not its serials); its unused code expires too.
    virtual void revokeOffice(const QString &office, qint64 at) = 0;
    // Issued to that office, not revoked, not expired at now (now <= notAfter:
    // X.509's notAfter is the last valid second).
    virtual bool certificateValid(const QString &office, const QByteArray &serial, qint64 now) = 0;

    virtual qint64 lastMutationId(const MutationKey &key) = 0;
    // Keeps the head with the highest seq: a head whose seq is not above the
    // one held (a retried push, heads stored out of order by two server
    // processes, a chain cut back and rewritten) never replaces it, so the
    // anchor can only move forward. Counts as a sync at `at`, as touch().
    virtual void recordAuditHead(const QString &office, qint64 seq, const QString &hash, qint64 at) = 0;
    // Last sync: the latest `at` given, never moved back by a late round.
    virtual void touch(const QString &office, qint64 at) = 0;
    virtual QList<OfficeStatus> status() = 0;

    // Changes visible to office since cursor (empty = from the start), at most
    // limit, never skipping a change that commits later with a lower number.
    // A page also ends (with more) once its rows pass kMaxChangePageBytes,
    // never before its first row: credential scans travel in their rows.
    virtual ChangePage changesSince(const QString &office, const QByteArray &cursor, int limit) = 0;
};

// About what one pull page's rows may weigh (their JSON text).
inline constexpr qint64 kMaxChangePageBytes = 8 * 1024 * 1024;

} // namespace doorstep::server
