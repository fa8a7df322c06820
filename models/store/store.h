#pragma once
// One Doorstep store: a single SQLCipher file keyed with a random 256-bit raw
// key, which each staff account unwraps from its own key slot in the file's
// header. Store owns the connection; all writes go through services/.

#include "store/key_crypto.h"
#include "store/key_slots.h"
#include "store/sqlite.h"
#include "store/store_error.h"

#include <QString>

#include <functional>
#include <memory>

namespace doorstep::store {

// Deletes a store file with its WAL and shared-memory companions (used to
// clean up a store whose creation failed or was cancelled).
void removeStoreFiles(const QString &path);

class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Creates an empty store (schema at the latest version) whose only key
    // slot belongs to `username`. Refuses to overwrite an existing file.
    // services::createStore() adds the office and the administrator's row.
    static std::unique_ptr<Store> create(const QString &path, const QString &username, const QString &password,
                                         const KdfParams &kdf);
    // Opens with one account's password; throws StoreError saying plainly
    // what is wrong. Migrates an older schema in place.
    static std::unique_ptr<Store> open(const QString &path, const QString &username, const QString &password);
    // Opens at exactly the current schema version, without migrating (tests
    // of migrations, `verify` of a store it must not change).
    static std::unique_ptr<Store> openWithoutMigrating(const QString &path, const QString &username,
                                                      const QString &password);

    Database &db() { return m_db; }
    const QString &path() const { return m_path; }
    const QString &username() const { return m_username; }
    QByteArray storeUid() const { return m_header.storeUid; }
    int schemaVersion();

    // Key slots. These write the header immediately (sync'd); callers in
    // services/ pair them with the staff row inside one transaction.
    QStringList slotUsers() const;
    bool hasSlot(const QString &username) const { return m_header.slotFor(username) != nullptr; }
    void addSlot(const QString &username, const QString &password, const KdfParams &kdf);
    void replaceSlot(const QString &username, const QString &newPassword, const KdfParams &kdf);
    void removeSlot(const QString &username);
    KdfParams slotKdf(const QString &username) const;
    // True when `password` unlocks `username`'s slot (used to unlock the
    // console after auto-lock, and to confirm an old password).
    bool checkPassword(const QString &username, const QString &password) const;

    // Full page-level check: every page's HMAC and the b-tree structure.
    // Returns an empty list when the store is sound.
    QStringList integrityProblems();

    // A consistent encrypted copy of the live store (same key, same slots),
    // written to a temporary file and renamed into place.
    void backupTo(const QString &targetPath, const std::function<bool(int percent)> &progress = {});

    qint64 nodeId(); // this store's id prefix for generated row ids
    qint64 newId();  // time-ordered, unique across nodes (see ids.cpp)
    // Several consoles (processes, or sessions in one process) may write the
    // same store file with the same node. Inside a write transaction,
    // claimIds() continues after the last id any of them issued
    // (meta.id_high_water) and recordIds() moves that mark past this
    // connection's ids, so two connections never hand out the same id.
    void claimIds();
    void recordIds();

private:
    Store() = default;
    static std::unique_ptr<Store> openImpl(const QString &path, const QString &username, const QString &password,
                                           bool migrate);
    void applyKeyAndPragmas();
    void writeSlots(StoreHeader updated);

    Database m_db;
    QString m_path;
    QString m_username;
    StoreHeader m_header;
    int m_activeArea = 0;
    SecretBytes m_dataKey;
    qint64 m_nodeId = -1;
    qint64 m_lastIdMs = 0;
    qint64 m_idSeq = 0;
    qint64 m_lastIssued = 0;
    qint64 m_claimedHigh = 0;
};

} // namespace doorstep::store
