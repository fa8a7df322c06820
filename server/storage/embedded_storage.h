#pragma once
// SyncStorage in one SQLCipher file (the default backend): keyed with a raw
// 256-bit key through store::openWithRawKey, its own schema
// (storage/sql, applied with store::migrate on ":/doorstep/server-schema").
// SQLite serialises writers (BEGIN IMMEDIATE), so the per-key and
// per-provider locks of the interface are that one write lock, and the
// change log's sequence number is a cursor that never skips a change.

#include "storage/sync_storage.h"

#include "store/key_crypto.h"
#include "store/sqlite.h"

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
    store::Statement &cached(const char *sql);

private:
    EmbeddedStorage() = default;
    void ensureStats(const QString &office);
    void tune();
    store::Database m_db;
    std::unordered_map<const char *, store::Statement> m_statements; // keyed by the literal's address
};

} // namespace doorstep::server
