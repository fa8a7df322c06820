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

    // How long a connection waits for another one's lock before SQLITE_BUSY
    // (the user then reads "the store is busy"). 5 s by default; applies to
    // stores opened afterwards. Tests shorten it so a busy case takes ms.
    static void setBusyTimeout(int milliseconds);
    static int busyTimeout();

    Database &db() { return m_db; }
    // Opens further read-only connections to this store for worker threads
    // (live counts and other reads that must not hold up the GUI thread).
    // The opener holds its own copy of the data key (wiped when the last copy
    // of the opener goes) and may be called on any thread; each connection it
    // returns belongs to the thread that uses it. Throws StoreError.
    using ReaderOpener = std::function<std::unique_ptr<Database>()>;
    ReaderOpener readerOpener() const;
    // Opens another read-write Store on this file for a worker thread that
    // writes through its own services::ServiceLayer (the console's sync
    // rounds): same data key, user and store uid, a connection of its own
    // (SQLite serialises its writes with this one's; ids stay unique through
    // claimIds). No migration or slot repair, and it must not change key
    // slots: its header is a copy of this moment's. Same rules as
    // readerOpener otherwise. Throws StoreError.
    using WriterOpener = std::function<std::unique_ptr<Store>()>;
    WriterOpener writerOpener() const;
    const QString &path() const { return m_path; }
    const QString &username() const { return m_username; }
    QByteArray storeUid() const { return m_header.storeUid; }
    int schemaVersion();

    // Key slots. The committed slot set lives in the database (meta.key_slots),
    // written in the same transaction as the staff row and the audit entry;
    // the header is its copy that can be read before the key is known. Each
    // change reads the committed set under the write lock (so two sessions
    // never undo each other's changes), writes it to the database and then to
    // both header areas. Inside a caller's transaction (ServiceLayer::perform)
    // the header runs ahead of the database until COMMIT; after a rollback
    // restoreHeaderFromDatabase() puts it back, and open() does the same after
    // a crash. Outside a transaction each change is its own.
    QStringList slotUsers();
    bool hasSlot(const QString &username);
    void addSlot(const QString &username, const QString &password, const KdfParams &kdf);
    void replaceSlot(const QString &username, const QString &newPassword, const KdfParams &kdf);
    // The same with the key derived beforehand (SlotKey::derive on a worker
    // thread): only the sealing (AES-GCM, microseconds) runs here, under the
    // data key in force now.
    void addSlot(const QString &username, const SlotKey &key);
    void replaceSlot(const QString &username, const SlotKey &key);
    // The committed slot set with the store uid: what StoreHeader::unwrap
    // checks a password against away from the connection (a worker thread).
    StoreHeader committedHeader();
    void removeSlot(const QString &username);
    KdfParams slotKdf(const QString &username);
    // True when `password` unlocks `username`'s slot in the committed set
    // (unlocking the console after auto-lock, confirming an old password): a
    // password removed or reset by another session no longer passes.
    bool checkPassword(const QString &username, const QString &password);
    // After a failed transaction that changed slots; a no-op when the header
    // already matches. Takes the write lock.
    void restoreHeaderFromDatabase();
    bool headerAheadOfDatabase() const { return m_headerAhead; }
    void slotChangesCommitted() { m_headerAhead = false; }
    // Accounts whose slot open() found changed without a committed
    // transaction (a crash between the header write and COMMIT) and put back
    // as committed. Workspace::login records them in the audit log.
    const QStringList &slotsRepairedAtOpen() const { return m_repairedAtOpen; }

    // Rotating the data key (services/data_key_rotation.h drives these).
    // Accounts whose slot only their own password can rewrap: written before
    // key-pair slots, upgraded at the account's next login.
    QStringList passwordOnlySlots();
    // Takes the store for this connection alone (SQLite's exclusive locking
    // mode): refused with Busy while any other connection, in this process
    // or another, has it open; held until this Store is destroyed.
    void takeExclusiveAccess();
    // Writes the store re-encrypted under a new random data key to
    // targetPath (created owner-only; must not exist): same data, same store
    // uid, every committed slot sealed to the new key. The new key is never
    // held anywhere but in the new file's slots. Cancelled when progress
    // returns false (the target is removed). Needs takeExclusiveAccess().
    void exportRekeyed(const QString &targetPath, const std::function<bool(int percent)> &progress = {});
    // The last step before the re-encrypted file takes this one's name: this
    // file leaves WAL mode, so no WAL or journal named after the path belongs
    // to it any more (the new file's would otherwise be at risk).
    void detachFromCompanionFiles();

    // Full page-level check: every page's HMAC and the b-tree structure.
    // Returns an empty list when the store is sound.
    QStringList integrityProblems();

    // A consistent encrypted copy of the live store (same key, same slots),
    // written to a temporary file and renamed into place.
    void backupTo(const QString &targetPath, const std::function<bool(int percent)> &progress = {});

    qint64 nodeId(); // this store's id prefix for generated row ids
    // The node the sync server gave this office (1–1023) becomes the prefix
    // of every id minted from now on. Inside a write transaction (meta).
    void adoptNode(qint64 node);
    qint64 newId();  // time-ordered, unique across nodes (see ids.cpp)
    // Several consoles (processes, or sessions in one process) may write the
    // same store file with the same node. Inside a write transaction,
    // claimIds() continues after the last id any of them issued
    // (meta.id_high_water) and recordIds() moves that mark past this
    // connection's ids, so two connections never hand out the same id.
    // claimIds() also reads the node again: another connection may have
    // adopted the server's.
    void claimIds();
    void recordIds();

private:
    Store() = default;
    static std::unique_ptr<Store> openImpl(const QString &path, const QString &username, const QString &password,
                                           bool migrate);
    void applyKeyAndPragmas();
    QList<KeySlot> committedSlots();
    template<typename Edit>
    void changeSlots(Edit &&edit);
    void writeHeaderSlots(const QList<KeySlot> &slots);
    void reconcileHeader(const QString &password);
    void upgradeOwnSlot(const QString &password);
    // Writes a consistent copy of this store to `temp` (created here) under
    // `key` with `header` in front; `finish` runs on the copy (attached as
    // "target") before it is closed.
    void exportTo(const QString &temp, const QByteArray &header, const SecretBytes &key,
                  const std::function<bool(int)> &progress, const std::function<void()> &finish);

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
    bool m_headerAhead = false;
    QStringList m_repairedAtOpen;
};

} // namespace doorstep::store
