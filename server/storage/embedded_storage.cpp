#include "storage/embedded_storage.h"

#include "storage/row_facts.h"

#include "store/migrations.h"
#include "store/raw_key_database.h"
#include "store/store_error.h"

#include <QJsonDocument>

#include <sqlite3.h>

#include <algorithm>
#include <mutex>
#include <stdexcept>

namespace doorstep::server {
namespace {
const QString kSchema = QStringLiteral(":/doorstep/server-schema");
// The smallest node (1–1023) no office holds; NULL when none is left.
constexpr char kFreeNodeSql[] = "SELECT min(n) FROM (SELECT 1 AS n UNION ALL SELECT node + 1 FROM offices"
                                " WHERE node IS NOT NULL) WHERE n <= 1023 AND n NOT IN"
                                " (SELECT node FROM offices WHERE node IS NOT NULL)";

QString joinDistricts(const QStringList &districts)
{
    // Never a null QString: an office without districts is "" (NOT NULL).
    return districts.isEmpty() ? QStringLiteral("") : districts.join(u',');
}

QStringList splitDistricts(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

QString toText(const QJsonObject &row)
{
    return QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
}

QJsonObject fromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Columns: code, name, districts, created_at, node.
OfficeInfo officeFrom(store::Statement &st)
{
    return {st.text(0), st.text(1), splitDistricts(st.text(2)), st.int64(3), int(st.int64(4))};
}

QVariant provenanceText(const QJsonObject &provenance)
{
    return provenance.isEmpty() ? QVariant() : QVariant(toText(provenance));
}

QString keyUid(const MutationKey &key)
{
    return QString::fromLatin1(key.storeUid.toHex());
}

using Lock = std::lock_guard<QRecursiveMutex>;

class EmbeddedTransaction : public StorageTransaction
{
public:
    EmbeddedTransaction(EmbeddedStorage &storage, store::Database &db)
        : m_lock(storage.mutex()), m_storage(storage), m_db(db), m_tx(db)
    {
    }

    qint64 lockMutations(const MutationKey &key) override
    {
        live();
        // BEGIN IMMEDIATE already holds the one write lock.
        return m_db
            .scalar("SELECT last_id FROM mutation_keys WHERE office = ? AND store_uid = ? AND epoch = ?", key.office,
                    keyUid(key), key.epoch)
            .toLongLong();
    }

    void recordMutation(const MutationKey &key, qint64 id, bool applied, const QString &, qint64) override
    {
        live();
        run("INSERT OR IGNORE INTO mutation_keys(office, store_uid, epoch, last_id) VALUES (?, ?, ?, 0)", key.office,
            keyUid(key), key.epoch);
        run("UPDATE mutation_keys SET last_id = ? WHERE office = ? AND store_uid = ? AND epoch = ?", id, key.office,
            keyUid(key), key.epoch);
        run("INSERT OR IGNORE INTO office_stats(office) VALUES (?)", key.office);
        if (applied)
            run("UPDATE office_stats SET applied = applied + 1 WHERE office = ?", key.office);
        else
            run("UPDATE office_stats SET rejected = rejected + 1 WHERE office = ?", key.office);
    }

    void lockProvider(qint64) override { live(); } // the write lock covers it

    std::optional<StoredRow> row(const QString &entity, qint64 id) override
    {
        live();
        auto &st = m_storage.cached("SELECT owner, row, deleted, provenance FROM rows WHERE entity = ? AND id = ?");
        st.bindAll(entity, id);
        std::optional<StoredRow> out;
        if (st.next())
            out = StoredRow{entity, id, st.text(0), fromText(st.text(1)), st.int64(2) != 0,
                            st.isNull(3) ? QJsonObject() : fromText(st.text(3))};
        st.reset(); // no read left open on the connection
        return out;
    }

    QList<StoredRow> providerBookings(qint64 providerId, qint64 from, qint64 to, qint64 exceptOrderId) override
    {
        live();
        auto st = m_db.prepare("SELECT id, owner, row FROM rows WHERE provider_id = ? AND start_at < ? AND end_at > ?"
                               " AND id <> ? AND entity = 'orders' AND deleted = 0 ORDER BY start_at");
        st.bindAll(providerId, to, from, exceptOrderId);
        QList<StoredRow> out;
        while (st.next())
            out.append({QStringLiteral("orders"), st.int64(0), st.text(1), fromText(st.text(2)), false});
        return out;
    }

    std::optional<qint64> platformIdByKey(const QString &entity, const QString &naturalKey) override
    {
        live();
        const QVariant id = m_db.scalar("SELECT id FROM rows WHERE entity = ? AND natural_key = ?", entity, naturalKey);
        if (id.isNull())
            return std::nullopt;
        return id.toLongLong();
    }

    void putRow(const StoredRow &r, const QString &originOffice, const QStringList &audiences) override
    {
        live();
        // A tombstone keeps no columns (nor personal data): the change says deleted.
        const QString json = toText(r.deleted ? QJsonObject() : r.row);
        // Only the platform's own rows are matched by code: an office's row
        // that happens to carry a code is not the catalogue's.
        const auto key = !r.deleted && r.owner == u"platform" ? naturalKey(r.entity, r.row) : std::nullopt;
        const auto booking = bookingOf(r.entity, r.row, r.deleted);
        // "*" already reaches every office: an entry for one office beside
        // it would send that office the same change twice.
        QStringList targets = audiences.contains(QStringLiteral("*")) ? QStringList{QStringLiteral("*")} : audiences;
        targets.removeDuplicates();
        const QVariant keyValue = key ? QVariant(*key) : QVariant();
        const QVariant provider = booking ? QVariant(booking->providerId) : QVariant();
        const QVariant start = booking ? QVariant(booking->startAt) : QVariant();
        const QVariant end = booking ? QVariant(booking->endAt) : QVariant();
        // UPDATE, else INSERT (no UPSERT in SQLite 3.15). Not INSERT OR
        // REPLACE: REPLACE resolves every constraint by deleting, so a row
        // claiming another's natural key would silently delete that row.
        const QVariant provenance = provenanceText(r.provenance);
        run("UPDATE rows SET owner = ?, row = ?, deleted = ?, natural_key = ?, provider_id = ?, start_at = ?,"
            " end_at = ?, provenance = ? WHERE entity = ? AND id = ?",
            r.owner, json, r.deleted, keyValue, provider, start, end, provenance, r.entity, r.id);
        if (m_db.changes() == 0)
            run("INSERT INTO rows(entity, id, owner, row, deleted, natural_key, provider_id, start_at, end_at, provenance)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.entity, r.id, r.owner, json, r.deleted, keyValue, provider, start, end, provenance);
        for (const QString &audience : targets)
            run("INSERT INTO changes(audience, entity, id, deleted, row, office) VALUES (?, ?, ?, ?, ?, ?)", audience,
                r.entity, r.id, r.deleted, json, originOffice);
    }

    void appendChange(const ChangeEntry &c, const QStringList &audiences) override
    {
        live();
        const QString json = toText(c.deleted ? QJsonObject() : c.row);
        QStringList targets = audiences;
        targets.removeDuplicates();
        for (const QString &audience : std::as_const(targets))
            run("INSERT INTO changes(audience, entity, id, deleted, row, office) VALUES (?, ?, ?, ?, ?, ?)", audience,
                c.entity, c.id, c.deleted, json, c.office);
    }

    QList<StoredRow> rowsOf(const QString &entity, int limit) override
    {
        live();
        auto st = m_db.prepare("SELECT id, owner, row FROM rows WHERE entity = ? AND deleted = 0 ORDER BY id LIMIT ?");
        st.bindAll(entity, limit);
        QList<StoredRow> out;
        while (st.next())
            out.append({entity, st.int64(0), st.text(1), fromText(st.text(2)), false});
        return out;
    }

    void putApiKey(const QString &kind, const QString &key, qint64 subject, qint64 expiresAt) override
    {
        live();
        // The primary key is the only constraint, so REPLACE only renews.
        run("INSERT OR REPLACE INTO api_keys(kind, key, subject, expires_at, revoked_at) VALUES (?, ?, ?, ?, NULL)",
            kind, key, subject, expiresAt);
    }

    QList<qint64> apiSubjects(const QString &kind, const QString &key, qint64 now) override
    {
        live();
        auto &st = m_storage.cached("SELECT subject FROM api_keys WHERE kind = ? AND key = ? AND revoked_at IS NULL"
                                    " AND (expires_at = 0 OR expires_at > ?) ORDER BY subject");
        st.bindAll(kind, key, now);
        QList<qint64> out;
        while (st.next())
            out.append(st.int64(0));
        st.reset();
        return out;
    }

    int revokeApiKeys(const QString &kind, const QString &key, qint64 now) override
    {
        live();
        run("UPDATE api_keys SET revoked_at = ? WHERE kind = ? AND key = ? AND revoked_at IS NULL"
            " AND (expires_at = 0 OR expires_at > ?)",
            now, kind, key, now);
        return m_db.changes();
    }

    std::optional<IdempotencyRecord> claimIdempotencyKey(const QString &scope, const QString &key, const QString &requestHash,
                                                         qint64 now, qint64 expiresAt) override
    {
        live();
        run("DELETE FROM api_idempotency WHERE expires_at <= ?", now);
        run("INSERT OR IGNORE INTO api_idempotency(scope, key, request_hash, status, expires_at) VALUES (?, ?, ?, 0, ?)",
            scope, key, requestHash, expiresAt);
        if (m_db.changes() == 1)
            return std::nullopt;
        auto st = m_db.prepare("SELECT request_hash, status, coalesce(reply, '') FROM api_idempotency WHERE scope = ? AND key = ?");
        st.bindAll(scope, key);
        if (!st.next())
            return std::nullopt;
        return IdempotencyRecord{st.text(0), int(st.int64(1)), st.text(2).toUtf8()};
    }

    void finishIdempotencyKey(const QString &scope, const QString &key, int status, const QByteArray &reply) override
    {
        live();
        run("UPDATE api_idempotency SET status = ?, reply = ? WHERE scope = ? AND key = ?", status,
            QString::fromUtf8(reply), scope, key);
    }

    void releaseIdempotencyKey(const QString &scope, const QString &key) override
    {
        live();
        run("DELETE FROM api_idempotency WHERE scope = ? AND key = ?", scope, key);
    }

    void commit() override
    {
        // As on PostgreSQL: a statement that failed fails the transaction
        // (SQLite alone would undo that statement and commit the rest).
        if (m_failed)
            throw store::SqlError(SQLITE_ABORT, QStringLiteral("the transaction was rolled back after an earlier error"));
        m_tx.commit();
        // Over: other threads may go on (as PostgreSQL's transaction gives
        // its connection back at commit).
        m_lock.unlock();
    }

private:
    void live() const
    {
        if (!m_lock.owns_lock())
            throw std::logic_error("the storage transaction was already committed");
    }

    template<typename... Args>
    void run(const char *sql, const Args &...args)
    {
        try {
            m_storage.cached(sql).execWith(args...);
        } catch (...) {
            m_failed = true;
            throw;
        }
    }

    // First: taken before BEGIN, released after the COMMIT or ROLLBACK.
    std::unique_lock<QRecursiveMutex> m_lock;
    EmbeddedStorage &m_storage;
    store::Database &m_db;
    store::Transaction m_tx;
    bool m_failed = false;
};
} // namespace

std::unique_ptr<EmbeddedStorage> EmbeddedStorage::create(const QString &path, const store::SecretBytes &key)
{
    std::unique_ptr<EmbeddedStorage> s(new EmbeddedStorage);
    store::openWithRawKey(s->m_db, path, key, true);
    s->tune();
    store::migrate(s->m_db, kSchema, store::latestSchemaVersion(kSchema));
    return s;
}

std::unique_ptr<EmbeddedStorage> EmbeddedStorage::open(const QString &path, const store::SecretBytes &key)
{
    std::unique_ptr<EmbeddedStorage> s(new EmbeddedStorage);
    store::openWithRawKey(s->m_db, path, key, false);
    s->tune();
    const int latest = store::latestSchemaVersion(kSchema);
    if (store::schemaVersion(s->m_db) > latest)
        throw store::StoreError(store::StoreError::Kind::TooNew);
    store::migrate(s->m_db, kSchema, latest);
    return s;
}

std::unique_ptr<StorageTransaction> EmbeddedStorage::begin()
{
    return std::make_unique<EmbeddedTransaction>(*this, m_db);
}

void EmbeddedStorage::tune()
{
    // The server's working set (the change log's tail, the rows being
    // pushed) stays decrypted in memory: every page read from disk costs an
    // HMAC check and a decryption (SQLCipher's default cache is 2,000 pages).
    m_db.exec("PRAGMA cache_size = -65536");
}

store::Statement &EmbeddedStorage::cached(const char *sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.try_emplace(sql, m_db.handle(), QByteArray(sql)).first;
    it->second.reset();
    return it->second;
}

void EmbeddedStorage::addOffice(const OfficeInfo &office, const QByteArray &codeHash, qint64 codeExpiresAt)
{
    const Lock lock(m_mutex);
    store::Transaction tx(m_db);
    // Adding an office again keeps the one office and its node and issues it
    // a new code (the old code stops working). A new office takes the
    // smallest free node; the write lock (and the unique index) keep two
    // processes adding offices from taking one node.
    if (m_db.scalar("SELECT count(*) FROM offices WHERE code = ?", office.code).toInt() == 0) {
        const QVariant node = m_db.scalar(kFreeNodeSql);
        if (node.isNull())
            throw std::runtime_error("all 1023 office nodes are taken");
        m_db.run("INSERT INTO offices(code, name, districts, created_at, code_hash, code_expires_at, node)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)",
                 office.code, office.name, joinDistricts(office.districts), office.createdAt,
                 QString::fromLatin1(codeHash.toHex()), codeExpiresAt, node.toLongLong());
    }
    m_db.run("UPDATE offices SET name = ?, districts = ?, code_hash = ?, code_expires_at = ?, code_used_at = NULL"
             " WHERE code = ?",
             office.name, joinDistricts(office.districts), QString::fromLatin1(codeHash.toHex()), codeExpiresAt,
             office.code);
    m_db.run("INSERT OR IGNORE INTO office_stats(office) VALUES (?)", office.code);
    tx.commit();
}

std::optional<OfficeInfo> EmbeddedStorage::office(const QString &code)
{
    const Lock lock(m_mutex);
    auto st = m_db.prepare("SELECT code, name, districts, created_at, node FROM offices WHERE code = ?");
    st.bindAll(code);
    if (!st.next())
        return std::nullopt;
    return officeFrom(st);
}

QList<OfficeInfo> EmbeddedStorage::offices()
{
    const Lock lock(m_mutex);
    auto st = m_db.prepare("SELECT code, name, districts, created_at, node FROM offices ORDER BY code");
    QList<OfficeInfo> out;
    while (st.next())
        out.append(officeFrom(st));
    return out;
}

std::optional<OfficeInfo> EmbeddedStorage::redeemCode(const QByteArray &codeHash, qint64 now)
{
    const Lock lock(m_mutex);
    store::Transaction tx(m_db);
    const QString hash = QString::fromLatin1(codeHash.toHex());
    m_db.run("UPDATE offices SET code_used_at = ? WHERE code_hash = ? AND code_used_at IS NULL"
             " AND code_expires_at > ?",
             now, hash, now);
    if (m_db.changes() != 1)
        return std::nullopt;
    auto st = m_db.prepare("SELECT code, name, districts, created_at, node FROM offices WHERE code_hash = ?");
    st.bindAll(hash);
    if (!st.next())
        return std::nullopt;
    OfficeInfo info = officeFrom(st);
    tx.commit();
    return info;
}

void EmbeddedStorage::recordCertificate(const QString &office, const QByteArray &serial, qint64 notAfter, qint64 at)
{
    const Lock lock(m_mutex);
    m_db.run("INSERT INTO certificates(serial, office, not_after, issued_at) VALUES (?, ?, ?, ?)", 
             QString::fromLatin1(serial), office, notAfter, at);
}

void EmbeddedStorage::revokeCertificate(const QByteArray &serial, qint64 at)
{
    const Lock lock(m_mutex);
    m_db.run("UPDATE certificates SET revoked_at = ? WHERE serial = ? AND revoked_at IS NULL", at,
             QString::fromLatin1(serial));
}

void EmbeddedStorage::revokeOffice(const QString &office, qint64 at)
{
    const Lock lock(m_mutex);
    store::Transaction tx(m_db);
    m_db.run("UPDATE certificates SET revoked_at = ? WHERE office = ? AND revoked_at IS NULL", at, office);
    m_db.run("UPDATE offices SET code_expires_at = 0 WHERE code = ? AND code_used_at IS NULL", office);
    tx.commit();
}

bool EmbeddedStorage::certificateValid(const QString &office, const QByteArray &serial, qint64 now)
{
    const Lock lock(m_mutex);
    return m_db
        .scalar("SELECT count(*) FROM certificates WHERE serial = ? AND office = ? AND revoked_at IS NULL"
                " AND not_after >= ?", // X.509 notAfter is inclusive
                QString::fromLatin1(serial), office, now)
        .toInt() == 1;
}

qint64 EmbeddedStorage::lastMutationId(const MutationKey &key)
{
    const Lock lock(m_mutex);
    return m_db
        .scalar("SELECT last_id FROM mutation_keys WHERE office = ? AND store_uid = ? AND epoch = ?", key.office,
                keyUid(key), key.epoch)
        .toLongLong();
}

void EmbeddedStorage::ensureStats(const QString &office)
{
    m_db.run("INSERT OR IGNORE INTO office_stats(office) VALUES (?)", office);
}

void EmbeddedStorage::recordAuditHead(const QString &office, qint64 seq, const QString &hash, qint64 at)
{
    const Lock lock(m_mutex);
    store::Transaction tx(m_db);
    ensureStats(office);
    // The head with the highest seq only (sync_storage.h): a late retry
    // carrying an older head, or a rewritten one at the same seq, does not
    // replace the anchor.
    m_db.run("UPDATE office_stats SET audit_seq = ?, audit_hash = ? WHERE office = ? AND audit_seq < ?", seq, hash,
             office, seq);
    m_db.run("UPDATE office_stats SET last_sync_at = max(last_sync_at, ?) WHERE office = ?", at, office);
    tx.commit();
}

void EmbeddedStorage::touch(const QString &office, qint64 at)
{
    const Lock lock(m_mutex);
    store::Transaction tx(m_db);
    ensureStats(office);
    // An older round finishing late does not move it back.
    m_db.run("UPDATE office_stats SET last_sync_at = max(last_sync_at, ?) WHERE office = ?", at, office);
    tx.commit();
}

QList<OfficeStatus> EmbeddedStorage::status()
{
    const Lock lock(m_mutex);
    auto st = m_db.prepare("SELECT o.code, o.name, o.districts, o.created_at, o.node, coalesce(s.last_sync_at, 0),"
                           " coalesce(s.applied, 0), coalesce(s.rejected, 0), coalesce(s.audit_seq, 0),"
                           " coalesce(s.audit_hash, '') FROM offices o LEFT JOIN office_stats s ON s.office = o.code"
                           " ORDER BY o.code");
    QList<OfficeStatus> out;
    while (st.next())
        out.append({officeFrom(st), st.int64(5), st.int64(6), st.int64(7), st.int64(8), st.text(9)});
    return out;
}

ChangePage EmbeddedStorage::changesSince(const QString &office, const QByteArray &cursor, int limit)
{
    bool ok = true;
    const qint64 after = cursor.isEmpty() ? 0 : cursor.toLongLong(&ok);
    ChangePage page;
    if (!ok || after < 0)
        throw std::invalid_argument("malformed cursor");
    limit = std::clamp(limit, 1, 5000);
    const Lock lock(m_mutex);
    // One row more than asked tells whether there is more.
    auto st = m_db.prepare("SELECT seq, entity, id, deleted, row, office FROM changes"
                           " WHERE seq > ?1 AND audience IN ('*', ?2) ORDER BY seq LIMIT ?3");
    st.bindAll(after, office, limit + 1);
    qint64 last = after;
    qint64 bytes = 0;
    while (st.next()) {
        if (page.changes.size() == limit || bytes >= kMaxChangePageBytes) {
            page.more = true;
            break;
        }
        last = st.int64(0);
        const QString row = st.text(4);
        bytes += row.size();
        page.changes.append({st.text(1), st.int64(2), st.int64(3) != 0, fromText(row), st.text(5)});
    }
    page.cursor = QByteArray::number(last);
    return page;
}

} // namespace doorstep::server
