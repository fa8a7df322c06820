#pragma once
// SyncStorage in one SQLCipher file (the default backend): keyed with a raw
// 256-bit key through store::openWithRawKey, its own schema
// (storage/sql, applied with store::migrate on ":/doorstep/server-schema").
// SQLite serialises writers (BEGIN IMMEDIATE), so the per-key and
// per-provider locks of the interface are that one write lock, and the
// change log's sequence number is a cursor that never skips a change.
//
// Threads: one connection, serialised by one mutex. A transaction holds it
// from begin() until it commits or is destroyed (on the thread that began it); every other call holds it
// for its own length. Not a connection per thread: SQLite admits one writer
// at a time anyway (a push would wait on BEGIN IMMEDIATE instead of on the
// mutex, and need busy-timeout handling), and one connection keeps one
// decrypted page cache and one set of prepared statements for the whole
// server (SQLCipher decrypts and checks every page it reads into a cache).
// The price is that a pull waits for a push's batch to commit; the embedded
// store is the small platform's backend, PostgreSQL the one that scales.
// The mutex is recursive so the thread holding a transaction may still call
// the storage (reads see its uncommitted writes; a storage-level write would
// join it), as it may on PostgreSQL; one open transaction per thread.

#include "storage/sync_storage.h"

#include "store/key_crypto.h"
#include "store/sqlite.h"

#include <QRecursiveMutex>

#include <unordered_map>

namespace doorstep::server {

class EmbeddedStorage : public SyncStorage
{
public:
    // Throws store::StoreError (WrongPassword for a wrong key).
    static std::unique_ptr<EmbeddedStorage> create(const QString &path, const store::SecretBytes &key);
    static std::unique_ptr<EmbeddedStorage> open(const QString &path, const store::SecretBytes &key);

    std::unique_ptr<StorageTransaction> begin() override;
    void addOffice(const OfficeInfo &office, const QByteArray &codeHash, qint64 codeExpiresAt) override;
    std::optional<OfficeInfo> office(const QString &code) override;
    QList<OfficeInfo> offices() override;
    std::optional<OfficeInfo> redeemCode(const QByteArray &codeHash, qint64 now) override;
    void recordCertificate(const QString &office, const QByteArray &serial, qint64 notAfter, qint64 at) override;
    void revokeCertificate(const QByteArray &serial, qint64 at) override;
    void revokeOffice(const QString &office, qint64 at) override;
    bool certificateValid(const QString &office, const QByteArray &serial, qint64 now) override;
    qint64 lastMutationId(const MutationKey &key) override;
    void recordAuditHead(const QString &office, qint64 seq, const QString &hash, qint64 at) override;
    void touch(const QString &office, qint64 at) override;
    QList<OfficeStatus> status() override;
    ChangePage changesSince(const QString &office, const QByteArray &cursor, int limit) override;

    // A prepared statement kept for the connection's life (reset before it
    // is handed out): preparing is most of the per-row cost otherwise.
    // Only while holding mutex().
    store::Statement &cached(const char *sql);
    QRecursiveMutex &mutex() { return m_mutex; }

private:
    EmbeddedStorage() = default;
    void ensureStats(const QString &office);
    void tune();
    QRecursiveMutex m_mutex; // destroyed last
    store::Database m_db;
    std::unordered_map<const char *, store::Statement> m_statements; // keyed by the literal's address
};

} // namespace doorstep::server
