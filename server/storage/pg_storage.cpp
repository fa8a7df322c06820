#include "pg_storage.h"

#include "pg_cursor.h"
#include "pg_write_batch.h"
#include "row_facts.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <stdexcept>

namespace doorstep::server {

namespace {

// The first key of the two-int advisory lock that serialises schema
// upgrades ("DSTP"); providers use the one-bigint form, a separate key space.
constexpr int SchemaLockSpace = 0x44535450;

// BEGIN … COMMIT on one leased connection; ROLLBACK when left without commit.
class TxScope
{
public:
    TxScope(PgConnection &conn, const char *beginSql) : m_conn(conn) { m_conn.exec(beginSql); }
    ~TxScope()
    {
        if (m_open) {
            try {
                m_conn.exec("ROLLBACK");
            } catch (const PgError &) {
                // The connection is gone; the pool will not reuse it.
            }
        }
    }
    TxScope(const TxScope &) = delete;
    TxScope &operator=(const TxScope &) = delete;

    void commit()
    {
        m_open = false;
        const PgResult r = m_conn.exec("COMMIT");
        // A transaction in which a statement failed "commits" as ROLLBACK
        // without an error: say so instead of reporting success.
        if (r.commandTag() != "COMMIT")
            throw PgError(QStringLiteral("the transaction was rolled back after an earlier error"));
    }

private:
    PgConnection &m_conn;
    bool m_open = true;
};

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList stringList(const QString &jsonArrayText)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(jsonArrayText.toUtf8()).array();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

QString jsonArrayText(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

// Columns: code, name, districts, created_at, node.
OfficeInfo officeAt(const PgResult &r, int row)
{
    return OfficeInfo{r.text(row, 0), r.text(row, 1), stringList(r.text(row, 2)), r.int64(row, 3), int(r.int64(row, 4))};
}

// Columns: entity, id, owner, body, deleted[, provenance].
StoredRow storedRowAt(const PgResult &r, int row, bool withProvenance = false)
{
    StoredRow out{r.text(row, 0), r.int64(row, 1), r.text(row, 2), jsonObject(r.text(row, 3)), r.boolean(row, 4), {}};
    if (withProvenance && !r.isNull(row, 5))
        out.provenance = jsonObject(r.text(row, 5));
    return out;
}

// The smallest node (1–1023) no office holds; no row when none is left.
constexpr char kFreeNodeSql[] = "SELECT min(n) FROM (SELECT 1 AS n UNION ALL SELECT node + 1 FROM offices "
                                "WHERE node IS NOT NULL) c WHERE n <= 1023 AND n NOT IN "
                                "(SELECT node FROM offices WHERE node IS NOT NULL)";

QList<PgParam> keyParams(const MutationKey &key)
{
    return {key.office, PgParam::bytes(key.storeUid), key.epoch};
}

class PgTransaction final : public StorageTransaction
{
public:
    PgTransaction(PgPool::Lease lease, const QByteArray &instanceTag)
        : m_instanceTag(instanceTag)
        , m_lease(std::move(lease))
        // READ COMMITTED on purpose: each statement sees what committed before
        // it started, so a read after lockProvider()/lockMutations() returned
        // sees the booking or counter of the transaction it waited for. (In
        // REPEATABLE READ the snapshot would predate the wait.)
        , m_tx(**m_lease, "BEGIN ISOLATION LEVEL READ COMMITTED")
    {
    }

    qint64 lockMutations(const MutationKey &key) override
    {
        m_batch.flush(conn()); // a counter queued for this key would otherwise be read stale
        // Insert the counter if missing; a concurrent inserter waits on ours
        // and then does nothing, so the FOR UPDATE below always finds the row.
        conn().exec("INSERT INTO mutation_counters(office, store_uid, epoch) VALUES ($1, $2, $3) "
                    "ON CONFLICT DO NOTHING",
                    keyParams(key));
        const PgResult r = conn().exec("SELECT last_id FROM mutation_counters "
                                       "WHERE office = $1 AND store_uid = $2 AND epoch = $3 FOR UPDATE",
                                       keyParams(key));
        return r.rows() ? r.int64(0, 0) : 0;
    }

    void recordMutation(const MutationKey &key, qint64 id, bool applied, const QString &reason, qint64 at) override
    {
        if (m_batch.holdsOtherKey(key))
            m_batch.flush(conn());
        m_batch.recordMutation(key, id, applied, reason, at);
    }

    void lockProvider(qint64 providerId) override
    {
        // Transaction-scoped, so it is released by COMMIT or ROLLBACK and by
        // the server dying (the backend ends with the connection). Any other
        // server process on this database takes the same lock.
        conn().exec("SELECT pg_advisory_xact_lock($1::bigint)", {providerId});
    }

    std::optional<StoredRow> row(const QString &entity, qint64 id) override
    {
        if (auto queued = m_batch.row(entity, id))
            return queued;
        // Platform rows (districts, offices, the catalogue) are read for
        // every mutation of a push to find who owns what; they change only
        // through snapshots and the operator, so one push reads each once.
        const QString cacheKey = entity + u'/' + QString::number(id);
        if (const auto cached = m_platformRows.constFind(cacheKey); cached != m_platformRows.constEnd())
            return *cached;
        if (const auto fetched = m_prefetched.constFind(cacheKey); fetched != m_prefetched.constEnd())
            return *fetched;
        // An office's row is locked as it is read (as the upsert that used
        // to follow each read did): the decision made on it holds until our
        // commit writes it. Platform rows are read by every push: no lock.
        const PgResult r = conn().exec(isPlatformMatched(entity)
                                           ? "SELECT entity, id, owner, body::text, deleted, provenance::text "
                                             "FROM sync_rows WHERE entity = $1 AND id = $2"
                                           : "SELECT entity, id, owner, body::text, deleted, provenance::text "
                                             "FROM sync_rows WHERE entity = $1 AND id = $2 FOR UPDATE",
                                       {entity, id});
        if (!r.rows())
            return std::nullopt;
        StoredRow out = storedRowAt(r, 0, true);
        if (out.owner == u"platform")
            m_platformRows.insert(cacheKey, out);
        return out;
    }

    void prefetchRows(const QList<std::pair<QString, qint64>> &keys) override
    {
        QJsonArray wanted;
        for (const auto &[entity, id] : keys) {
            if (isPlatformMatched(entity))
                continue;
            const QString key = entity + u'/' + QString::number(id);
            if (m_prefetched.contains(key) || m_batch.row(entity, id))
                continue;
            m_prefetched.insert(key, std::nullopt); // absent unless found below
            wanted.append(QJsonObject{{QStringLiteral("e"), entity}, {QStringLiteral("i"), QString::number(id)}});
        }
        if (wanted.isEmpty())
            return;
        // Locked in (entity, id) order, so two pushes wanting the same rows
        // queue instead of deadlocking.
        const PgResult r = conn().exec(
            "SELECT s.entity, s.id, s.owner, s.body::text, s.deleted, s.provenance::text FROM sync_rows s "
            "JOIN (SELECT DISTINCT e, i::bigint AS i FROM jsonb_to_recordset($1::jsonb) AS k(e text, i text)) k "
            "ON s.entity = k.e AND s.id = k.i ORDER BY s.entity, s.id FOR UPDATE OF s",
            {QString::fromUtf8(QJsonDocument(wanted).toJson(QJsonDocument::Compact))});
        for (int i = 0; i < r.rows(); ++i) {
            const StoredRow row = storedRowAt(r, i, true);
            m_prefetched.insert(row.entity + u'/' + QString::number(row.id), row);
        }
    }

    QList<StoredRow> providerBookings(qint64 providerId, qint64 from, qint64 to, qint64 exceptOrderId) override
    {
        m_batch.flush(conn()); // a queued order may hold the provider
        const PgResult r = conn().exec("SELECT entity, id, owner, body::text, deleted FROM sync_rows "
                                       "WHERE provider_id = $1 AND booked_from < $3 AND booked_to > $2 "
                                       "AND id <> $4 AND entity = 'orders' AND NOT deleted "
                                       "ORDER BY booked_from, id",
                                       {providerId, from, to, exceptOrderId});
        QList<StoredRow> out;
        for (int i = 0; i < r.rows(); ++i)
            out.append(storedRowAt(r, i));
        return out;
    }

    std::optional<qint64> platformIdByKey(const QString &entity, const QString &naturalKey) override
    {
        m_batch.flush(conn()); // a queued platform row may carry the key
        const PgResult r = conn().exec("SELECT id FROM sync_rows WHERE entity = $1 AND natural_key = $2",
                                       {entity, naturalKey});
        if (!r.rows())
            return std::nullopt;
        return r.int64(0, 0);
    }

    // Queued (pg_write_batch.h): sent with the rest of the push's writes.
    void putRow(const StoredRow &row, const QString &originOffice, const QStringList &audiences) override
    {
        conn(); // throws once committed
        m_batch.putRow(row, originOffice, audiences);
    }

    void appendChange(const ChangeEntry &c, const QStringList &audiences) override
    {
        conn();
        m_batch.appendChange(c, audiences);
    }

    QList<StoredRow> rowsOf(const QString &entity, int limit) override
    {
        m_batch.flush(conn()); // queued rows of that entity count too
        const PgResult r = conn().exec("SELECT entity, id, owner, body::text, deleted FROM sync_rows "
                                       "WHERE entity = $1 AND NOT deleted ORDER BY id LIMIT $2",
                                       {entity, qint64(limit)});
        QList<StoredRow> out;
        for (int i = 0; i < r.rows(); ++i)
            out.append(storedRowAt(r, i));
        return out;
    }

    void putApiKey(const QString &kind, const QString &key, qint64 subject, qint64 expiresAt) override
    {
        conn().exec("INSERT INTO api_keys(kind, key, subject, expires_at) VALUES ($1, $2, $3, $4) "
                    "ON CONFLICT (kind, key, subject) DO UPDATE SET expires_at = EXCLUDED.expires_at, revoked_at = NULL",
                    {kind, key, subject, expiresAt});
    }

    QList<qint64> apiSubjects(const QString &kind, const QString &key, qint64 now) override
    {
        const PgResult r = conn().exec("SELECT subject FROM api_keys WHERE kind = $1 AND key = $2 "
                                       "AND revoked_at IS NULL AND (expires_at = 0 OR expires_at > $3) ORDER BY subject",
                                       {kind, key, now});
        QList<qint64> out;
        for (int i = 0; i < r.rows(); ++i)
            out.append(r.int64(i, 0));
        return out;
    }

    int revokeApiKeys(const QString &kind, const QString &key, qint64 now) override
    {
        // READ COMMITTED: a second caller waits on our row lock, then sees
        // revoked_at set and updates nothing.
        const PgResult r = conn().exec("UPDATE api_keys SET revoked_at = $3 WHERE kind = $1 AND key = $2 "
                                       "AND revoked_at IS NULL AND (expires_at = 0 OR expires_at > $3) RETURNING 1",
                                       {kind, key, now});
        return r.rows();
    }

    std::optional<IdempotencyRecord> claimIdempotencyKey(const QString &scope, const QString &key, const QString &requestHash,
                                                         qint64 now, qint64 expiresAt) override
    {
        conn().exec("DELETE FROM api_idempotency WHERE expires_at <= $1", {now});
        // A second claimer waits on the first one's uncommitted row, then
        // sees it (READ COMMITTED): never two claims of one key.
        if (conn().exec("INSERT INTO api_idempotency(scope, key, request_hash, status, expires_at) VALUES ($1, $2, $3, 0, $4) "
                        "ON CONFLICT (scope, key) DO NOTHING RETURNING 1",
                        {scope, key, requestHash, expiresAt}).rows() == 1)
            return std::nullopt;
        const PgResult r = conn().exec("SELECT request_hash, status, coalesce(reply, '') FROM api_idempotency "
                                       "WHERE scope = $1 AND key = $2",
                                       {scope, key});
        if (r.rows() == 0)
            return std::nullopt;
        return IdempotencyRecord{r.text(0, 0), int(r.int64(0, 1)), r.text(0, 2).toUtf8()};
    }

    void finishIdempotencyKey(const QString &scope, const QString &key, int status, const QByteArray &reply) override
    {
        conn().exec("UPDATE api_idempotency SET status = $3, reply = $4 WHERE scope = $1 AND key = $2",
                    {scope, key, qint64(status), QString::fromUtf8(reply)});
    }

    void releaseIdempotencyKey(const QString &scope, const QString &key) override
    {
        conn().exec("DELETE FROM api_idempotency WHERE scope = $1 AND key = $2", {scope, key});
    }

    void tellOtherProcesses(const QString &origin, const QStringList &audiences) override
    {
        // NOTIFY is transactional: delivered when this commits, never if it
        // rolls back, so no process rings a console for rows it cannot see.
        conn().exec("SELECT pg_notify($1, $2)", {PgNoticeListener::Channel,
                                                 PgNoticeListener::payload(m_instanceTag, origin, audiences).constData()});
    }

    void tellOtherProcessesJobs(const QList<qint64> &providers) override
    {
        for (const QByteArray &payload : PgNoticeListener::jobsPayloads(m_instanceTag, providers))
            conn().exec("SELECT pg_notify($1, $2)", {PgNoticeListener::Channel, payload.constData()});
    }

    void commit() override
    {
        m_batch.flush(conn());
        m_tx.commit();
        // The connection goes back now, not when the caller drops the
        // object: a push commits and then records its audit head, which
        // borrows another connection, and a full pool must not wait on a
        // connection its own thread holds idle.
        m_lease.reset();
    }

private:
    PgConnection &conn()
    {
        if (!m_lease)
            throw std::logic_error("the storage transaction was already committed");
        return **m_lease;
    }

    QByteArray m_instanceTag;
    std::optional<PgPool::Lease> m_lease;
    TxScope m_tx; // after m_lease: it rolls back before the lease goes
    PgWriteBatch m_batch;
    QHash<QString, StoredRow> m_platformRows; // "entity/id"; see row()
    // prefetchRows(): rows read (and locked) up front, nullopt = absent then.
    // A row this transaction writes is answered by m_batch first.
    QHash<QString, std::optional<StoredRow>> m_prefetched;
};

} // namespace

PgStorage::PgStorage(const QString &conninfo, PgPool::Options pool)
    : m_pool(conninfo, pool)
    , m_instanceTag(QByteArray::number(QRandomGenerator::system()->generate64(), 16))
{
    migrate();
}

std::unique_ptr<PgNoticeListener> PgStorage::listenToOtherProcesses(PgNoticeListener::Heard heard,
                                                                    PgNoticeListener::HeardJobs heardJobs)
{
    return std::make_unique<PgNoticeListener>(m_pool.conninfo(), m_instanceTag, std::move(heard), std::move(heardJobs));
}

PgStorage::~PgStorage() = default;

void PgStorage::migrate()
{
    auto conn = m_pool.acquire();
    TxScope tx(*conn, "BEGIN");
    // Two server processes starting at once: the second waits here and then
    // finds the schema in place.
    conn->exec("SELECT pg_advisory_xact_lock($1, 0)", {SchemaLockSpace});
    // (Not CREATE TABLE IF NOT EXISTS: it sends a NOTICE on every start.)
    if (conn->exec("SELECT to_regclass('schema_version') IS NULL").boolean(0, 0))
        conn->exec("CREATE TABLE schema_version (version integer NOT NULL)");
    const PgResult r = conn->exec("SELECT COALESCE(max(version), 0) FROM schema_version");
    const qint64 version = r.int64(0, 0);
    if (version > SchemaVersion)
        throw PgError(QStringLiteral("the database has schema version %1, made by a newer doorstep-server "
                                     "(this one knows %2)")
                          .arg(version)
                          .arg(SchemaVersion));
    if (version < 1) {
        QFile file(QStringLiteral(":/doorstep/server/pg_schema.sql"));
        if (!file.open(QIODevice::ReadOnly))
            throw PgError(QStringLiteral("the PostgreSQL schema is missing from this build"));
        conn->execScript(file.readAll());
        conn->exec("INSERT INTO schema_version(version) VALUES (1)");
    }
    // Version 2 and later: pg_schema_000N.sql, one step each.
    for (qint64 step = std::max<qint64>(version + 1, 2); step <= SchemaVersion; ++step) {
        QFile file(QStringLiteral(":/doorstep/server/pg_schema_%1.sql").arg(step, 4, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::ReadOnly))
            throw PgError(QStringLiteral("the PostgreSQL schema step %1 is missing from this build").arg(step));
        conn->execScript(file.readAll());
        conn->exec("INSERT INTO schema_version(version) VALUES ($1)", {step});
    }
    tx.commit();
}

std::unique_ptr<StorageTransaction> PgStorage::begin()
{
    return std::make_unique<PgTransaction>(m_pool.acquire(), m_instanceTag);
}

void PgStorage::addOffice(const OfficeInfo &office, const QByteArray &codeHash, qint64 codeExpiresAt)
{
    auto conn = m_pool.acquire();
    TxScope tx(*conn, "BEGIN");
    // Adding an office again (a lost code) keeps it and issues another code;
    // the earlier unused one stops working, wherever it was lost.
    // Nodes are handed out one process at a time (the unique index would
    // fail the second of two racing processes instead): this lock is held
    // until COMMIT by any server process adding an office to this database.
    conn->exec("SELECT pg_advisory_xact_lock($1, 1)", {SchemaLockSpace});
    if (!conn->exec("SELECT 1 FROM offices WHERE code = $1", {office.code}).rows()) {
        const PgResult free = conn->exec(kFreeNodeSql);
        if (free.isNull(0, 0))
            throw std::runtime_error("all 1023 office nodes are taken");
        conn->exec("INSERT INTO offices(code, name, districts, created_at, node) VALUES ($1, $2, $3::jsonb, $4, $5)",
                   {office.code, office.name, jsonArrayText(office.districts), office.createdAt, free.int64(0, 0)});
    }
    // Adding it again keeps its node.
    conn->exec("UPDATE offices SET name = $2, districts = $3::jsonb WHERE code = $1",
               {office.code, office.name, jsonArrayText(office.districts)});
    if (!codeHash.isEmpty()) {
        conn->exec("UPDATE enrollment_codes SET expires_at = 0 WHERE office = $1 AND used_at IS NULL", {office.code});
        conn->exec("INSERT INTO enrollment_codes(code_hash, office, expires_at) VALUES ($1, $2, $3)",
                   {PgParam::bytes(codeHash), office.code, codeExpiresAt});
    }
    tx.commit();
}

std::optional<OfficeInfo> PgStorage::office(const QString &code)
{
    auto conn = m_pool.acquire();
    const PgResult r = conn->exec("SELECT code, name, districts::text, created_at, node FROM offices WHERE code = $1",
                                  {code});
    if (!r.rows())
        return std::nullopt;
    return officeAt(r, 0);
}

QList<OfficeInfo> PgStorage::offices()
{
    auto conn = m_pool.acquire();
    const PgResult r = conn->exec("SELECT code, name, districts::text, created_at, node FROM offices ORDER BY code");
    QList<OfficeInfo> out;
    for (int i = 0; i < r.rows(); ++i)
        out.append(officeAt(r, i));
    return out;
}

std::optional<OfficeInfo> PgStorage::redeemCode(const QByteArray &codeHash, qint64 now)
{
    auto conn = m_pool.acquire();
    // One UPDATE: of two concurrent redeemers the second waits for the first's
    // row lock, re-checks used_at IS NULL and updates nothing.
    const PgResult r = conn->exec("UPDATE enrollment_codes SET used_at = $2 "
                                  "WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2 RETURNING office",
                                  {PgParam::bytes(codeHash), now});
    if (!r.rows())
        return std::nullopt;
    const QString code = r.text(0, 0);
    const PgResult o = conn->exec("SELECT code, name, districts::text, created_at, node FROM offices WHERE code = $1",
                                  {code});
    if (!o.rows())
        return std::nullopt;
    return officeAt(o, 0);
}

void PgStorage::recordCertificate(const QString &office, const QByteArray &serial, qint64 notAfter, qint64 at)
{
    auto conn = m_pool.acquire();
    conn->exec("INSERT INTO certificates(serial, office, not_after, issued_at) VALUES ($1, $2, $3, $4) "
               "ON CONFLICT (serial) DO UPDATE SET office = EXCLUDED.office, not_after = EXCLUDED.not_after, "
               "issued_at = EXCLUDED.issued_at",
               {PgParam::bytes(serial), office, notAfter, at});
}

void PgStorage::revokeCertificate(const QByteArray &serial, qint64 at)
{
    auto conn = m_pool.acquire();
    conn->exec("UPDATE certificates SET revoked_at = COALESCE(revoked_at, $2) WHERE serial = $1",
               {PgParam::bytes(serial), at});
}

// Every certificate of the office stops working, and a code not yet used
// can no longer enroll it (one transaction: both or neither).
void PgStorage::revokeOffice(const QString &office, qint64 at)
{
    auto conn = m_pool.acquire();
    conn->exec("WITH c AS (UPDATE enrollment_codes SET expires_at = 0 WHERE office = $1 AND used_at IS NULL)"
               " UPDATE certificates SET revoked_at = $2 WHERE office = $1 AND revoked_at IS NULL",
               {office, at});
}

bool PgStorage::certificateValid(const QString &office, const QByteArray &serial, qint64 now)
{
    auto conn = m_pool.acquire();
    const PgResult r = conn->exec("SELECT 1 FROM certificates WHERE serial = $1 AND office = $2 "
                                  "AND revoked_at IS NULL AND not_after >= $3",
                                  {PgParam::bytes(serial), office, now});
    return r.rows() > 0;
}

qint64 PgStorage::lastMutationId(const MutationKey &key)
{
    auto conn = m_pool.acquire();
    const PgResult r = conn->exec("SELECT last_id FROM mutation_counters "
                                  "WHERE office = $1 AND store_uid = $2 AND epoch = $3",
                                  keyParams(key));
    return r.rows() ? r.int64(0, 0) : 0;
}

void PgStorage::recordAuditHead(const QString &office, qint64 seq, const QString &hash, qint64 at)
{
    auto conn = m_pool.acquire();
    // The highest seq, not the latest arrival: two server processes may store
    // heads of one office's pushes in either order, and a retry may carry an
    // older head; the anchor only moves forward (sync_storage.h). One
    // statement, so the head and the last sync move together.
    conn->exec("UPDATE offices SET last_sync_at = GREATEST(last_sync_at, $4), "
               "audit_seq = CASE WHEN $2 > audit_seq THEN $2 ELSE audit_seq END, "
               "audit_hash = CASE WHEN $2 > audit_seq THEN $3 ELSE audit_hash END, "
               "audit_at = CASE WHEN $2 > audit_seq THEN $4 ELSE audit_at END WHERE code = $1",
               {office, seq, hash, at});
}

void PgStorage::touch(const QString &office, qint64 at)
{
    auto conn = m_pool.acquire();
    conn->exec("UPDATE offices SET last_sync_at = GREATEST(last_sync_at, $2) WHERE code = $1", {office, at});
}

QList<OfficeStatus> PgStorage::status()
{
    auto conn = m_pool.acquire();
    const PgResult r = conn->exec(
        "SELECT o.code, o.name, o.districts::text, o.created_at, o.node, o.last_sync_at, "
        "COALESCE(m.applied, 0), COALESCE(m.rejected, 0), o.audit_seq, o.audit_hash "
        "FROM offices o LEFT JOIN (SELECT office, sum(applied) AS applied, sum(rejected) AS rejected "
        "FROM mutation_counters GROUP BY office) m ON m.office = o.code ORDER BY o.code");
    QList<OfficeStatus> out;
    for (int i = 0; i < r.rows(); ++i)
        out.append(OfficeStatus{officeAt(r, i), r.int64(i, 5), r.int64(i, 6), r.int64(i, 7), r.int64(i, 8),
                                r.text(i, 9)});
    return out;
}

ChangePage PgStorage::changesSince(const QString &office, const QByteArray &cursor, int limit)
{
    if (limit < 1)
        throw std::invalid_argument("limit must be at least 1");
    const std::optional<PgCursor> given = PgCursor::decode(cursor);
    if (!given)
        throw std::invalid_argument("not a cursor of this server");

    auto conn = m_pool.acquire();
    // One snapshot for both statements: the horizon and the rows agree.
    TxScope tx(*conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const PgResult snap = conn->exec("SELECT pg_snapshot_xmin(pg_current_snapshot())::text");
    const std::optional<PgCursor> read = given->forRead(snap.raw(0, 0).toULongLong());
    if (!read)
        throw std::invalid_argument("the cursor is ahead of this database");

    // The two bands of pg_cursor.h. New rows come from (audience, seq) in
    // order; the row comparison steers the planner there (it would rather
    // walk the primary key and filter out every other office's entries).
    // The late band is small and unordered by its index (xid): no ORDER BY
    // inside, or the planner walks every seq below the high-water mark.
    // One more row than asked says whether more are waiting.
    const PgResult r = conn->exec(
        "SELECT seq, entity, id, deleted, body::text, office FROM ("
        " (SELECT seq, entity, id, deleted, body, office FROM change_log"
        "   WHERE audience = $1 AND (audience, seq) > ($1, $2::bigint) AND xid < $4::xid8"
        "   ORDER BY audience, seq LIMIT $6)"
        " UNION ALL"
        " (SELECT seq, entity, id, deleted, body, office FROM change_log"
        "   WHERE audience = '*' AND (audience, seq) > ('*', $2::bigint) AND xid < $4::xid8"
        "   ORDER BY audience, seq LIMIT $6)"
        " UNION ALL"
        " (SELECT seq, entity, id, deleted, body, office FROM change_log"
        "   WHERE xid >= $3::xid8 AND xid < $4::xid8 AND seq > $5 AND seq <= $2 AND audience IN ($1, '*'))"
        ") c ORDER BY seq LIMIT $6",
        {office, read->seq, QString::number(read->lo), QString::number(read->hi), read->late, qint64(limit) + 1});
    tx.commit();

    ChangePage page;
    page.more = r.rows() > limit;
    const int n = std::min(r.rows(), limit);
    std::optional<qint64> lastSeq;
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i) {
        // Ending early is a page of a smaller limit (pg_cursor.h): the rest
        // are the next page's first.
        if (bytes >= kMaxChangePageBytes) {
            page.more = true;
            break;
        }
        const QString body = r.text(i, 4);
        bytes += body.size();
        page.changes.append(ChangeEntry{r.text(i, 1), r.int64(i, 2), r.boolean(i, 3), jsonObject(body), r.text(i, 5)});
        lastSeq = r.int64(i, 0);
    }
    page.cursor = read->after(lastSeq, page.more).encode();
    return page;
}

} // namespace doorstep::server
