#include "store/store.h"

#include "store/header_format.h"
#include "store/header_vfs.h"
#include "store/migrations.h"
#include "store/raw_key_database.h"
#include "store/secret_memory.h"
#include "store/store_files.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtEndian>

#include <openssl/crypto.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <optional>

namespace doorstep::store {
namespace {
constexpr int kPageSize = 4096;
constexpr int kBusyTimeoutMs = 5000;
std::atomic<int> g_busyTimeoutMs{kBusyTimeoutMs};

QByteArray keyPragma(const SecretBytes &key)
{
    // A raw 256-bit key: SQLCipher uses it as is, with no password KDF. The
    // statement holds the key in hex: the caller wipes it.
    QByteArray sql;
    sql.reserve(128);
    sql.append("PRAGMA key = \"");
    QByteArray literal = rawKeyLiteral(key.bytes());
    sql.append(literal);
    wipe(literal);
    sql.append('"');
    return sql;
}


// SQLCipher 4 (Windows builds via vcpkg) defaults to other algorithms than
// Debian's 3.4.1; pin the 3.x format so a store moves between platforms.
void pinCipherFormat(Database &db, const QByteArray &schema)
{
    const QString version = db.scalar("PRAGMA cipher_version").toString();
    const QByteArray prefix = schema.isEmpty() ? QByteArray() : schema + '.';
    if (version.startsWith(u'4'))
        db.exec("PRAGMA " + prefix + "cipher_compatibility = 3");
    db.exec("PRAGMA " + prefix + "cipher_page_size = " + QByteArray::number(kPageSize));
}

// How a connection waits for another one's lock: SQLite's own busy timeout
// sleeps longer and longer (up to 100 ms a time), so a console action
// waiting behind the sync worker's page transactions could miss the gaps
// between them for seconds. Polling every 2 ms takes the lock within 2 ms of
// its release, until the timeout (set when the connection opens).
constexpr int kBusyPollMs = 2;

int pollForLock(void *timeoutMs, int calls)
{
    if (qint64(calls) * kBusyPollMs >= reinterpret_cast<std::intptr_t>(timeoutMs))
        return 0; // SQLITE_BUSY: "the store is busy"
    sqlite3_sleep(kBusyPollMs);
    return 1;
}

void waitForLocks(sqlite3 *db)
{
    sqlite3_busy_handler(db, &pollForLock, reinterpret_cast<void *>(std::intptr_t(Store::busyTimeout())));
}

// Checks that need no key: is this file a store at all, and is it whole?
void precheckFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        throw StoreError(StoreError::Kind::NotFound, path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io, file.errorString());
    const qint64 size = file.size();
    const QByteArray start = file.read(16);
    if (!hasStoreMagic(start)) {
        // A file cut inside the magic is indistinguishable from a foreign one.
        throw StoreError(size < 16 && size > 0 && kStoreMagic.startsWith(start)
                             ? StoreError::Kind::Truncated
                             : StoreError::Kind::NotAStore);
    }
    if (size < kHeaderSize + kPageSize || (size - kHeaderSize) % kPageSize != 0)
        throw StoreError(StoreError::Kind::Truncated,
                         StoreError::tr("%1 bytes").arg(size));
}
} // namespace

void openWithRawKey(Database &db, const QString &path, const SecretBytes &key, bool create)
{
    if (create)
        createOwnerOnlyFile(path);
    else if (!QFileInfo::exists(path))
        throw StoreError(StoreError::Kind::NotFound, path);
    QByteArray sql = keyPragma(key);
    try {
        db.open(path, SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0), nullptr);
        waitForLocks(db.handle());
        db.exec(sql);
        wipe(sql);
        pinCipherFormat(db, QByteArray());
        try {
            db.scalar("SELECT count(*) FROM sqlite_master"); // proves the key
        } catch (const SqlError &e) {
            if (e.primaryCode() == SQLITE_NOTADB)
                throw StoreError(StoreError::Kind::WrongPassword);
            throw;
        }
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA foreign_keys = ON");
        db.exec("PRAGMA synchronous = FULL");
        db.exec("PRAGMA temp_store = MEMORY");
        db.exec("PRAGMA secure_delete = ON");
    } catch (const SqlError &e) {
        wipe(sql);
        db.close();
        throw StoreError::fromSql(e);
    } catch (...) {
        wipe(sql);
        db.close();
        throw;
    }
}

void removeStoreFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

void Store::setBusyTimeout(int milliseconds)
{
    g_busyTimeoutMs = std::max(0, milliseconds);
}

int Store::busyTimeout()
{
    return g_busyTimeoutMs;
}

Store::~Store()
{
    m_db.close();
}

std::unique_ptr<Store> Store::create(const QString &path, const QString &username, const QString &password,
                                     const KdfParams &kdf)
{
    // Owner-only from the first byte (and the WAL and shm after it, which
    // SQLite creates with the main file's mode); refuses an existing file.
    createOwnerOnlyFile(path);
    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    store->m_username = username;
    store->m_dataKey = SecretBytes(crypto::randomBytes(32));
    store->m_header.storeUid = crypto::randomBytes(16);
    try {
        store->m_db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, registerHeaderVfs());
        QByteArray prefix = headerPrefix(store->m_header.storeUid);
        prefix.append(4096 - prefix.size(), '\0');
        if (!writeHeader(store->m_db.handle(), 0, prefix))
            throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot write the header"));
        const QList<KeySlot> slotSet{StoreHeader::makeSlot(store->m_header.storeUid, username, password,
                                                         store->m_dataKey, kdf)};
        store->m_activeArea = 1; // so the first write goes to area A
        store->writeHeaderSlots(slotSet);
        store->applyKeyAndPragmas();
        migrate(store->m_db);
        store->m_db.run("INSERT INTO meta(key, value) VALUES ('key_slots', ?)",
                        QString::fromLatin1(serializeSlotSet(slotSet).toBase64()));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString node = QString::number(qFromLittleEndian<quint16>(crypto::randomBytes(2).constData()) & 0x3ff);
        store->m_db.run("INSERT INTO meta(key, value) VALUES ('store_uid', ?), ('node_id', ?), ('created_at', ?)",
                        QString::fromLatin1(store->m_header.storeUid.toHex()), node, QString::number(now));
    } catch (...) {
        store->m_db.close();
        removeStoreFiles(path);
        throw;
    }
    return store;
}

std::unique_ptr<Store> Store::open(const QString &path, const QString &username, const QString &password)
{
    // Replaced: the file this attempt held was swapped for a re-encrypted
    // or restored one; the next attempt reads the new file's header.
    for (int attempt = 1;; ++attempt) {
        try {
            return openImpl(path, username, password, true);
        } catch (const StoreError &e) {
            if (e.kind() != StoreError::Kind::Replaced || attempt == 3)
                throw;
        }
    }
}

std::unique_ptr<Store> Store::openWithoutMigrating(const QString &path, const QString &username,
                                                   const QString &password)
{
    return openImpl(path, username, password, false);
}

std::unique_ptr<Store> Store::openImpl(const QString &path, const QString &username, const QString &password,
                                       bool doMigrate)
{
    precheckFile(path);
    std::unique_ptr<Store> store(new Store);
    store->m_path = path;
    try {
        store->m_db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, registerHeaderVfs());
    } catch (const SqlError &e) {
        throw StoreError::fromSql(e);
    }
    QByteArray bytes;
    if (!readHeader(store->m_db.handle(), &bytes)) {
        // precheckFile() saw a whole header: failing to read it now is the disk's doing.
        if (realFileSize(store->m_db.handle()) < kHeaderSize)
            throw StoreError(StoreError::Kind::Truncated);
        throw StoreError::diskError();
    }
    const HeaderParse parsed = parseHeader(bytes);
    switch (parsed.problem) {
    case HeaderProblem::None:
        break;
    case HeaderProblem::NotAStore:
        throw StoreError(StoreError::Kind::NotAStore);
    case HeaderProblem::UnsupportedVersion:
        throw StoreError(StoreError::Kind::TooNew,
                         StoreError::tr("header format %1").arg(headerFormat(bytes)));
    case HeaderProblem::Damaged:
    case HeaderProblem::TooManySlots:
        throw StoreError(StoreError::Kind::HeaderDamaged);
    }
    store->m_header = parsed.header;
    store->m_activeArea = parsed.activeArea;
    const KeySlot *slot = store->m_header.slotFor(username);
    if (!slot)
        throw StoreError(StoreError::Kind::UnknownUser, username);
    auto key = store->m_header.unwrap(*slot, password);
    if (!key)
        throw StoreError(StoreError::Kind::WrongPassword);
    store->m_dataKey = std::move(*key);
    store->m_username = slot->username;
    // A format-1 store below 1 GiB becomes format 2 (the lock-byte gap) at
    // no cost; before the first statement, while SQLite holds no lock.
    if (doMigrate)
        adoptGappedLayout(store->m_db.handle());
    try {
        store->applyKeyAndPragmas();
    } catch (const StoreError &e) {
        // SQLCipher reads its salt from the file when keyed and, should that
        // read fail, carries on with a random one: a passing read error then
        // looks like a damaged store ("restore from a backup"). The key came
        // out of an authenticated slot, so one more try tells them apart.
        if (e.kind() != StoreError::Kind::Damaged)
            throw;
        try {
            store->m_db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, registerHeaderVfs());
        } catch (const SqlError &again) {
            throw StoreError::fromSql(again);
        }
        store->applyKeyAndPragmas();
    }
    try {
        const int version = doorstep::store::schemaVersion(store->m_db);
        if (version > latestSchemaVersion())
            throw StoreError(StoreError::Kind::TooNew,
                             StoreError::tr("schema %1, this console knows %2").arg(version).arg(latestSchemaVersion()));
        if (doMigrate && version < latestSchemaVersion())
            migrate(store->m_db);
    } catch (const SqlError &e) {
        throw StoreError::fromSql(e);
    }
    if (doMigrate) {
        try {
            store->reconcileHeader(password);
            store->upgradeOwnSlot(password);
        } catch (const SqlError &e) {
            throw StoreError::fromSql(e); // opening throws StoreError only
        }
    }
    return store;
}

void Store::applyKeyAndPragmas()
{
    QByteArray sql = keyPragma(m_dataKey);
    try {
        // Before the first read: a store locked by another connection (a
        // restore in progress, a checkpoint) is waited for, then reported busy.
        waitForLocks(m_db.handle());
        m_db.exec(sql);
        wipe(sql);
        pinCipherFormat(m_db, QByteArray());
        // The first page read proves the key and page 1's integrity.
        m_db.scalar("SELECT count(*) FROM sqlite_master");
        // A re-encryption or restore may have put another file at this path
        // while this connection waited for its first lock: it then holds the
        // old, unlinked file. Before WAL mode opens companion files by name
        // (they now belong to the new file), start again on the new one.
        int moved = 0;
        if (sqlite3_file_control(m_db.handle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
            throw StoreError(StoreError::Kind::Replaced);
        m_db.exec("PRAGMA journal_mode = WAL");
        m_db.exec("PRAGMA foreign_keys = ON");
        m_db.exec("PRAGMA synchronous = FULL");
        m_db.exec("PRAGMA temp_store = MEMORY");
        // Deleted and rewritten content is overwritten with zeros instead of
        // left in free space, so an anonymised person's old values do not
        // linger in the file (~6% on the retention sweep: bench_securedelete).
        m_db.exec("PRAGMA secure_delete = ON");
    } catch (const SqlError &e) {
        wipe(sql);
        throw StoreError::fromSql(e);
    } catch (...) {
        wipe(sql);
        throw;
    }
}

Store::ReaderOpener Store::readerOpener() const
{
    auto key = std::make_shared<const SecretBytes>(m_dataKey);
    return [path = m_path, key]() -> std::unique_ptr<Database> {
        auto db = std::make_unique<Database>();
        QByteArray sql = keyPragma(*key);
        try {
            db->open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, registerHeaderVfs());
            waitForLocks(db->handle());
            db->exec(sql);
            wipe(sql);
            pinCipherFormat(*db, QByteArray());
            db->scalar("SELECT count(*) FROM sqlite_master");
            // A reader: nothing written through it, whatever a caller tries.
            db->exec("PRAGMA query_only = 1");
            db->exec("PRAGMA temp_store = MEMORY");
        } catch (const SqlError &e) {
            wipe(sql);
            throw StoreError::fromSql(e);
        }
        return db;
    };
}

Store::WriterOpener Store::writerOpener() const
{
    auto key = std::make_shared<const SecretBytes>(m_dataKey);
    return [path = m_path, username = m_username, header = m_header, area = m_activeArea, key]() -> std::unique_ptr<Store> {
        std::unique_ptr<Store> store(new Store);
        store->m_path = path;
        store->m_username = username;
        store->m_header = header;
        store->m_activeArea = area;
        store->m_dataKey = *key;
        try {
            store->m_db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, registerHeaderVfs());
        } catch (const SqlError &e) {
            throw StoreError::fromSql(e);
        }
        store->applyKeyAndPragmas();
        return store;
    };
}

int Store::schemaVersion()
{
    return doorstep::store::schemaVersion(m_db);
}

QList<KeySlot> Store::committedSlots()
{
    const QVariant stored = m_db.scalar("SELECT value FROM meta WHERE key = 'key_slots'");
    if (stored.isNull())
        return m_header.keySlots; // made before the copy existed and opened without migrating
    auto slotSet = parseSlotSet(QByteArray::fromBase64(stored.toString().toLatin1()));
    if (!slotSet)
        throw StoreError(StoreError::Kind::Damaged, StoreError::tr("the committed key slots are unreadable"));
    return *slotSet;
}

void Store::writeHeaderSlots(const QList<KeySlot> &slotSet)
{
    // The sequence continues after whatever is on disk now: another session
    // may have written the header since this one last looked.
    QByteArray bytes;
    const HeaderParse onDisk = readHeader(m_db.handle(), &bytes) ? parseHeader(bytes) : HeaderParse{HeaderProblem::Damaged, {}, 0, false};
    const bool readable = onDisk.problem == HeaderProblem::None;
    StoreHeader updated;
    updated.storeUid = m_header.storeUid;
    updated.keySlots = slotSet;
    updated.sequence = std::max(readable ? onDisk.header.sequence : 0, m_header.sequence) + 1;
    const int first = 1 - (readable ? onDisk.activeArea : m_activeArea);
    // First the area not holding the newest copy, then the other one: at every
    // instant one area is whole, and at the end neither keeps an old slot.
    for (const int area : {first, 1 - first}) {
        const auto write = serializeArea(updated, area);
        if (!write)
            throw StoreError(StoreError::Kind::TooManyAccounts);
        if (!writeHeader(m_db.handle(), write->offset, write->bytes))
            throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot write the key slots"));
        m_header = updated;
        m_activeArea = area;
        ++updated.sequence;
    }
}

template<typename Edit>
void Store::changeSlots(Edit &&edit)
{
    // Inside a caller's transaction the write lock is already held; otherwise
    // this change is a transaction of its own.
    std::optional<Transaction> own;
    if (sqlite3_get_autocommit(m_db.handle()))
        own.emplace(m_db);
    try {
        QList<KeySlot> slotSet = committedSlots(); // under the write lock: nobody else's change is lost
        edit(slotSet);
        m_db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('key_slots', ?)",
                 QString::fromLatin1(serializeSlotSet(slotSet).toBase64()));
        m_headerAhead = true;
        writeHeaderSlots(slotSet);
        if (own) {
            own->commit();
            m_headerAhead = false;
        }
    } catch (const SqlError &e) {
        if (own) {
            own.reset();
            restoreHeaderFromDatabase();
        }
        throw StoreError::fromSql(e);
    } catch (...) {
        if (own) {
            own.reset();
            restoreHeaderFromDatabase();
        }
        throw;
    }
}

void Store::restoreHeaderFromDatabase()
{
    try {
        Transaction tx(m_db);
        const QList<KeySlot> committed = committedSlots();
        QByteArray bytes;
        const HeaderParse onDisk = readHeader(m_db.handle(), &bytes) ? parseHeader(bytes) : HeaderParse{HeaderProblem::Damaged, {}, 0, false};
        if (onDisk.problem != HeaderProblem::None || !onDisk.areasAgree
            || serializeSlotSet(onDisk.header.keySlots) != serializeSlotSet(committed))
            writeHeaderSlots(committed);
        else
            m_header = onDisk.header;
        tx.commit();
        m_headerAhead = false;
    } catch (const SqlError &e) {
        throw StoreError::fromSql(e);
    }
}

void Store::reconcileHeader(const QString &password)
{
    const auto sameSlot = [](const KeySlot *a, const KeySlot *b) {
        return a && b && serializeSlotSet({*a}) == serializeSlotSet({*b});
    };
    const auto headerState = [this](HeaderParse *parsed) {
        QByteArray bytes;
        *parsed = readHeader(m_db.handle(), &bytes) ? parseHeader(bytes) : HeaderParse{HeaderProblem::Damaged, {}, 0, false};
    };
    HeaderParse onDisk;
    headerState(&onDisk);
    const QVariant stored = m_db.scalar("SELECT value FROM meta WHERE key = 'key_slots'");
    if (!stored.isNull() && onDisk.problem == HeaderProblem::None && onDisk.areasAgree
        && serializeSlotSet(onDisk.header.keySlots) == QByteArray::fromBase64(stored.toString().toLatin1()))
        return; // the usual case: no lock taken
    try {
        Transaction tx(m_db); // no other session changes slotSet while this one repairs
        headerState(&onDisk);
        if (onDisk.problem != HeaderProblem::None)
            throw StoreError(StoreError::Kind::HeaderDamaged);
        QList<KeySlot> committed;
        if (m_db.scalar("SELECT value FROM meta WHERE key = 'key_slots'").isNull()) {
            committed = onDisk.header.keySlots; // a store made before the database kept the committed set
            m_db.run("INSERT INTO meta(key, value) VALUES ('key_slots', ?)",
                     QString::fromLatin1(serializeSlotSet(committed).toBase64()));
        } else {
            committed = committedSlots();
        }
        StoreHeader committedHeader;
        committedHeader.keySlots = committed;
        for (const KeySlot &k : committed)
            if (!sameSlot(&k, onDisk.header.slotFor(k.username)))
                m_repairedAtOpen.append(k.username);
        for (const KeySlot &k : onDisk.header.keySlots)
            if (!committedHeader.slotFor(k.username))
                m_repairedAtOpen.append(k.username);
        if (!m_repairedAtOpen.isEmpty() || !onDisk.areasAgree)
            writeHeaderSlots(committed);
        tx.commit();
    } catch (const SqlError &e) {
        throw StoreError::fromSql(e);
    }
    // The password opened the header's slot; the committed slot is what counts.
    const KeySlot *slot = m_header.slotFor(m_username);
    if (!slot)
        throw StoreError(StoreError::Kind::UnknownUser, m_username);
    if (m_repairedAtOpen.contains(slot->username)) {
        const auto key = m_header.unwrap(*slot, password);
        if (!key || key->bytes() != m_dataKey.bytes())
            throw StoreError(StoreError::Kind::WrongPassword);
    }
}

void Store::upgradeOwnSlot(const QString &password)
{
    // A Password slot (written before key-pair slots) can only be rewrapped
    // with its password, so a key rotation could not carry it: the password
    // just typed turns it into a KeyPair slot, same parameters.
    StoreHeader committed;
    committed.keySlots = committedSlots();
    const KeySlot *own = committed.slotFor(m_username);
    if (own && own->kind == KeySlot::Kind::Password)
        replaceSlot(m_username, password, own->kdf);
}

QStringList Store::passwordOnlySlots()
{
    QStringList users;
    for (const KeySlot &k : committedSlots())
        if (k.kind == KeySlot::Kind::Password)
            users.append(k.username);
    return users;
}

void Store::takeExclusiveAccess()
{
    try {
        // In WAL mode every open connection keeps a SHARED lock on the file;
        // exclusive locking mode makes the next write transaction take (and
        // keep) EXCLUSIVE, which is refused while any of them exists.
        m_db.exec("PRAGMA locking_mode = EXCLUSIVE");
        Transaction tx(m_db);
        tx.commit();
        // Everything in the database file itself, so a copy reads it there.
        m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const SqlError &e) {
        if (e.isBusy())
            throw StoreError(StoreError::Kind::Busy,
                             StoreError::tr("it is open in another console or command; close it there first"));
        throw StoreError::fromSql(e);
    }
}

void Store::exportRekeyed(const QString &targetPath, const std::function<bool(int)> &progress)
{
    const QStringList passwordOnly = passwordOnlySlots();
    if (!passwordOnly.isEmpty())
        throw StoreError(StoreError::Kind::Io, StoreError::tr("the slots of %1 can only be rewrapped with their "
                                                               "passwords").arg(passwordOnly.join(QStringLiteral(", "))));
    const SecretBytes newKey(crypto::randomBytes(32));
    StoreHeader rekeyed;
    rekeyed.storeUid = m_header.storeUid;
    rekeyed.sequence = 1;
    for (const KeySlot &slot : committedSlots())
        rekeyed.keySlots.append(*StoreHeader::resealed(rekeyed.storeUid, slot, newKey));
    const auto image = headerImage(rekeyed);
    if (!image)
        throw StoreError(StoreError::Kind::TooManyAccounts);
    exportTo(targetPath, *image, newKey, progress, [&] {
        m_db.run("INSERT OR REPLACE INTO target.meta(key, value) VALUES ('key_slots', ?)",
                 QString::fromLatin1(serializeSlotSet(rekeyed.keySlots).toBase64()));
    });
}

void Store::detachFromCompanionFiles()
{
    try {
        // Checkpoints, then deletes the WAL while this connection still holds
        // the file exclusively; the rollback journal of later transactions
        // (none are made) would be the only file named after the path.
        // SQLite answers with the mode in force, which stays "wal" if it cannot change.
        if (m_db.scalar("PRAGMA journal_mode = DELETE").toString() != u"delete")
            throw StoreError(StoreError::Kind::Io, StoreError::tr("the store could not leave WAL mode"));
    } catch (const SqlError &e) {
        throw StoreError::fromSql(e);
    }
}

QStringList Store::slotUsers()
{
    QStringList users;
    for (const KeySlot &k : committedSlots())
        users.append(k.username);
    return users;
}

bool Store::hasSlot(const QString &username)
{
    StoreHeader committed;
    committed.keySlots = committedSlots();
    return committed.slotFor(username) != nullptr;
}

void Store::addSlot(const QString &username, const QString &password, const KdfParams &kdf)
{
    addSlot(username, SlotKey::derive(password, kdf));
}

void Store::addSlot(const QString &username, const SlotKey &key)
{
    changeSlots([&](QList<KeySlot> &slotSet) {
        for (const KeySlot &k : slotSet)
            if (k.username.compare(username, Qt::CaseInsensitive) == 0)
                throw StoreError(StoreError::Kind::AlreadyExists, username);
        slotSet.append(StoreHeader::sealSlot(m_header.storeUid, username, key, m_dataKey));
    });
}

void Store::replaceSlot(const QString &username, const QString &newPassword, const KdfParams &kdf)
{
    replaceSlot(username, SlotKey::derive(newPassword, kdf));
}

void Store::replaceSlot(const QString &username, const SlotKey &key)
{
    changeSlots([&](QList<KeySlot> &slotSet) {
        for (KeySlot &k : slotSet) {
            if (k.username.compare(username, Qt::CaseInsensitive) == 0) {
                k = StoreHeader::sealSlot(m_header.storeUid, k.username, key, m_dataKey);
                return;
            }
        }
        throw StoreError(StoreError::Kind::UnknownUser, username);
    });
}

StoreHeader Store::committedHeader()
{
    StoreHeader committed;
    committed.storeUid = m_header.storeUid;
    committed.keySlots = committedSlots();
    return committed;
}

void Store::removeSlot(const QString &username)
{
    changeSlots([&](QList<KeySlot> &slotSet) {
        const auto removed = slotSet.removeIf([&](const KeySlot &k) {
            return k.username.compare(username, Qt::CaseInsensitive) == 0;
        });
        if (removed == 0)
            throw StoreError(StoreError::Kind::UnknownUser, username);
    });
}

KdfParams Store::slotKdf(const QString &username)
{
    StoreHeader committed;
    committed.keySlots = committedSlots();
    const KeySlot *slot = committed.slotFor(username);
    return slot ? slot->kdf : KdfParams::calibrated();
}

bool Store::checkPassword(const QString &username, const QString &password)
{
    StoreHeader committed = m_header;
    try {
        committed.keySlots = committedSlots();
    } catch (const SqlError &) {
        return false; // the store cannot be read: no unlocking on a stale copy
    }
    const KeySlot *slot = committed.slotFor(username);
    return slot && committed.unwrap(*slot, password).has_value();
}

QStringList Store::integrityProblems()
{
    QStringList problems;
    try {
        auto st = m_db.prepare("PRAGMA integrity_check");
        while (st.next()) {
            const QString line = st.text(0);
            if (line != u"ok")
                problems.append(line);
        }
        auto fk = m_db.prepare("PRAGMA foreign_key_check");
        while (fk.next())
            problems.append(StoreError::tr("Row %1 of table %2 refers to a missing row of %3")
                                .arg(fk.int64(1)).arg(fk.text(0), fk.text(2)));
    } catch (const SqlError &e) {
        problems.append(StoreError::fromSql(e).message());
    }
    return problems;
}

void Store::backupTo(const QString &targetPath, const std::function<bool(int)> &progress)
{
    if (QFileInfo::exists(targetPath))
        throw StoreError(StoreError::Kind::AlreadyExists, targetPath);
    const QString temp = targetPath + QStringLiteral(".partial");
    QFile::remove(temp);
    QByteArray header;
    if (!readHeader(m_db.handle(), &header))
        throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot read the header"));
    exportTo(temp, header, m_dataKey, progress, {});
    if (!QFile::rename(temp, targetPath)) {
        QFile::remove(temp);
        throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot move the backup into place"));
    }
    syncDirectory(QFileInfo(targetPath).absolutePath());
    if (progress)
        progress(100);
}

namespace {
// Reports how far a copy has got: the copy's size against the original's
// (pages are written as the copy's page cache spills), checked every few
// thousand SQLite instructions; returning non-zero interrupts the copy.
struct CopyProgress
{
    QString target;
    qint64 sourceBytes = 1;
    const std::function<bool(int)> *report = nullptr;
    int lastPercent = -1;
    bool cancelled = false;

    static int onStep(void *self)
    {
        auto *p = static_cast<CopyProgress *>(self);
        const int percent = int(std::min<qint64>(99, QFileInfo(p->target).size() * 100 / p->sourceBytes));
        if (percent == p->lastPercent)
            return 0;
        p->lastPercent = percent;
        if (!(*p->report)(percent)) {
            p->cancelled = true;
            return 1;
        }
        return 0;
    }
};
} // namespace

void Store::exportTo(const QString &temp, const QByteArray &headerBytes, const SecretBytes &key,
                     const std::function<bool(int)> &progress, const std::function<void()> &finish)
{
    if (progress && !progress(0))
        throw StoreError(StoreError::Kind::Cancelled);
    QByteArray header = headerBytes;
    // The copy is written in this program's layout, whatever the original's.
    setHeaderFormat(&header, kFormatVersion);
    const int version = schemaVersion();
    // A copy holds the same personal data as the store: owner-only too.
    createOwnerOnlyFile(temp);
    CopyProgress copyProgress;
    copyProgress.target = temp;
    copyProgress.sourceBytes = std::max<qint64>(1, QFileInfo(m_path).size());
    copyProgress.report = &progress;
    try {
        {
            // Create the copy's file and header first, through the same VFS.
            Database target;
            target.open(temp, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI, registerHeaderVfs());
            if (!writeHeader(target.handle(), 0, header))
                throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot write the copy's header"));
        }
        QUrl uri = QUrl::fromLocalFile(QFileInfo(temp).absoluteFilePath());
        uri.setQuery(QStringLiteral("vfs=") + QString::fromLatin1(kHeaderVfsName));
        // The key goes in the statement text, built in one buffer that is wiped
        // (a bound QString would leave an unwiped copy of its hex form).
        QByteArray attach = "ATTACH DATABASE '" + uri.toString(QUrl::FullyEncoded).toUtf8().replace('\'', "''")
            + "' AS target KEY \"";
        attach.reserve(attach.size() + 80);
        QByteArray literal = rawKeyLiteral(key.bytes());
        attach.append(literal);
        wipe(literal);
        attach.append('"');
        try {
            m_db.exec(attach);
        } catch (...) {
            wipe(attach);
            throw;
        }
        wipe(attach);
        try {
            pinCipherFormat(m_db, "target");
            if (progress)
                sqlite3_progress_handler(m_db.handle(), 20000, &CopyProgress::onStep, &copyProgress);
            // sqlcipher_export copies schema and rows in one read transaction
            // of the live store: a consistent snapshot even while it is in use.
            m_db.scalar("SELECT sqlcipher_export('target')");
            sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
            m_db.exec("PRAGMA target.user_version = " + QByteArray::number(version));
            if (finish)
                finish();
        } catch (...) {
            sqlite3_progress_handler(m_db.handle(), 0, nullptr, nullptr);
            m_db.exec("DETACH DATABASE target");
            throw;
        }
        m_db.exec("DETACH DATABASE target");
    } catch (const SqlError &e) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        if (copyProgress.cancelled)
            throw StoreError(StoreError::Kind::Cancelled);
        throw StoreError::fromSql(e);
    } catch (...) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        throw;
    }
    // Data on the disk before the name: a crash never leaves a copy whose
    // name exists but whose pages do not.
    if (!syncFile(temp)) {
        QFile::remove(temp);
        throw StoreError(StoreError::Kind::Io, StoreError::tr("cannot write the copy to the disk"));
    }
}

} // namespace doorstep::store
