// Rotating the data key: a copy made before an account was removed keeps
// that account's slot; after the rotation the slot it yields no longer opens
// the store, while every remaining account still does.
#include "services/customer_service.h"
#include "services/data_key_rotation.h"
#include "services/staff_service.h"
#include "services/store_maintenance.h"
#include "store/header_vfs.h"
#include "store/secret_memory.h"
#include "test_store.h"

#include <sqlite3.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;

namespace {
const QString kAdmin = QStringLiteral("admin");
const QString kAdminPass = QStringLiteral("admin-pass");
const QString kClerk = QStringLiteral("clerk");
const QString kClerkPass = QStringLiteral("clerk-pass");
const QString kAgent = QStringLiteral("agent");
const QString kAgentPass = QStringLiteral("agent-pass");

QByteArray headerOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(store::kHeaderSize) : QByteArray();
}

// What an attacker holding an old copy does: parse its header, unwrap a
// slot with a password they know. Empty when that fails.
store::SecretBytes keyFromCopy(const QString &copy, const QString &user, const QString &password)
{
    const store::HeaderParse parsed = store::parseHeader(headerOf(copy));
    const store::KeySlot *slot = parsed.header.slotFor(user);
    if (!slot)
        return {};
    auto key = parsed.header.unwrap(*slot, password);
    return key ? *key : store::SecretBytes();
}

// Reads the store's pages with a raw data key, as SQLCipher would.
bool keyOpensStore(const QString &path, const store::SecretBytes &key)
{
    if (key.isEmpty())
        return false;
    store::Database db;
    db.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, store::registerHeaderVfs());
    try {
        db.exec("PRAGMA key = \"" + store::rawKeyLiteral(key.bytes()) + "\"");
        db.exec("PRAGMA cipher_page_size = 4096"); // the store's page size (store.cpp)
        db.scalar("SELECT count(*) FROM sqlite_master");
        return true;
    } catch (const store::SqlError &) {
        return false;
    }
}

qint64 customerCount(const QString &path, const QString &user, const QString &password)
{
    auto ws = Workspace::inspect(path, user, password);
    return tests::count(*ws, "customers");
}
} // namespace

class TestDataKeyRotation : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;

    // A store with an administrator, a clerk (dispatcher), an agent and a customer.
    QString makeStore()
    {
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("rotate%1.doorstep").arg(++m_n));
        StaffService staff(ws->services());
        staff.setKdf(store::KdfParams::fastForTests());
        staff.add({kClerk, QStringLiteral("办事员"), Role::Dispatcher, {}, kClerkPass});
        staff.add({kAgent, QStringLiteral("客服"), Role::ServiceAgent, {}, kAgentPass});
        CustomerService(ws->services()).add({QStringLiteral("王芳"), QStringLiteral("13912345678"), {}, 0, {}, 0, 0, {}});
        return ws->store().path();
    }

    static qint64 staffId(Workspace &ws, const QString &user)
    {
        return ws.store().db().scalar("SELECT id FROM staff WHERE username = ?", user).toLongLong();
    }

    // Backs the store up (an old copy), then removes the clerk.
    QString backupThenRemoveClerk(const QString &path)
    {
        auto ws = Workspace::login(path, kAdmin, kAdminPass);
        const QString backup = path + QStringLiteral(".backup");
        StoreMaintenance(ws->services()).backup(backup);
        StaffService(ws->services()).remove(staffId(*ws, kClerk));
        return backup;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        store::Store::setBusyTimeout(100); // a refused rotation takes ms, not 5 s
    }

    void removingAnAccountMarksTheRotationDue()
    {
        const QString path = makeStore();
        {
            auto ws = Workspace::login(path, kAdmin, kAdminPass);
            QVERIFY(!rotationDue(ws->store().db()).isDue());
        }
        backupThenRemoveClerk(path);
        auto ws = Workspace::login(path, kAdmin, kAdminPass);
        const RotationDue due = rotationDue(ws->store().db());
        QVERIFY(due.isDue());
        QCOMPARE(due.removedAccounts, QStringList{kClerk});
        StaffService(ws->services()).remove(staffId(*ws, kAgent));
        QCOMPARE(rotationDue(ws->store().db()).removedAccounts, (QStringList{kClerk, kAgent}));
    }

    void anOldCopysSlotNoLongerOpensTheRotatedStore()
    {
        const QString path = makeStore();
        const QString backup = backupThenRemoveClerk(path);
        // The hole: the removed clerk's slot in the backup, with the clerk's
        // password, yields the key that still decrypts the current store.
        const store::SecretBytes oldKey = keyFromCopy(backup, kClerk, kClerkPass);
        QVERIFY(!oldKey.isEmpty());
        QVERIFY(keyOpensStore(path, oldKey));
        QVERIFY_THROWS_EXCEPTION(store::StoreError, Workspace::login(path, kClerk, kClerkPass));

        const RotationOutcome outcome = DataKeyRotation::rotate(path, kAdmin, kAdminPass);
        QCOMPARE(outcome.accounts, 2);
        QCOMPARE(outcome.removedAccounts, QStringList{kClerk});
        QVERIFY(outcome.storeBytes > store::kHeaderSize);

        QVERIFY(!keyOpensStore(path, oldKey));
        // Every remaining account opens the rotated store, and the data is there.
        QCOMPARE(customerCount(path, kAdmin, kAdminPass), 1);
        QCOMPARE(customerCount(path, kAgent, kAgentPass), 1);
        QVERIFY(keyOpensStore(path, keyFromCopy(path, kAgent, kAgentPass)));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".rekeying")));
        // Nothing of the old file's is left under the path's name.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        // The backup itself is an old copy: it still opens with its own slots
        // (README: what a backup made before a removal opens).
        QVERIFY(keyOpensStore(backup, oldKey));
    }

    void theRotationIsAuditedAndNoLongerDue()
    {
        const QString path = makeStore();
        backupThenRemoveClerk(path);
        DataKeyRotation::rotate(path, kAdmin, kAdminPass);
        auto ws = Workspace::login(path, kAdmin, kAdminPass);
        QVERIFY(!rotationDue(ws->store().db()).isDue());
        auto st = ws->store().db().prepare("SELECT username, detail FROM audit_log WHERE action = 'store.rekey'");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), kAdmin);
        const QJsonObject detail = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("accounts")).toInt(), 2);
        QCOMPARE(detail.value(QStringLiteral("removed_accounts")).toArray().first().toString(), kClerk);
        QVERIFY(!st.next());
        const VerifyReport report = StoreMaintenance(ws->services()).verify();
        QVERIFY2(report.ok(), qPrintable(report.pageProblems.join(u'\n') + report.audit.reason));
    }

    void aSecondRotationNeedsNoRemoval()
    {
        const QString path = makeStore();
        const store::SecretBytes first = keyFromCopy(path, kAgent, kAgentPass);
        DataKeyRotation::rotate(path, kAdmin, kAdminPass);
        const store::SecretBytes second = keyFromCopy(path, kAgent, kAgentPass);
        DataKeyRotation::rotate(path, kAdmin, kAdminPass);
        const store::SecretBytes third = keyFromCopy(path, kAgent, kAgentPass);
        QVERIFY(first.bytes() != second.bytes() && second.bytes() != third.bytes());
        QVERIFY(!keyOpensStore(path, first) && !keyOpensStore(path, second) && keyOpensStore(path, third));
        QCOMPARE(customerCount(path, kClerk, kClerkPass), 1);
    }

    void refusedWhileAnotherSessionHasTheStoreOpen()
    {
        const QString path = makeStore();
        const store::SecretBytes before = keyFromCopy(path, kAgent, kAgentPass);
        {
            auto other = Workspace::login(path, kAgent, kAgentPass); // another console
            try {
                DataKeyRotation::rotate(path, kAdmin, kAdminPass);
                QFAIL("rotated a store another session had open");
            } catch (const store::StoreError &e) {
                QCOMPARE(e.kind(), store::StoreError::Kind::Busy);
                QVERIFY(e.message().contains(QStringLiteral("another console")));
            }
            // That session goes on working.
            CustomerService(other->services()).add({QStringLiteral("李雷"), QStringLiteral("13800001111"), {}, 0, {}, 0, 0, {}});
        }
        QVERIFY(keyOpensStore(path, before));
        QCOMPARE(customerCount(path, kAdmin, kAdminPass), 2);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".rekeying")));
    }

    void cancellingLeavesTheStoreAsItWas_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("at the start") << 1;
        QTest::newRow("after the copy") << 2;
    }

    void cancellingLeavesTheStoreAsItWas()
    {
        QFETCH(int, cancelAt);
        const QString path = makeStore();
        backupThenRemoveClerk(path);
        const store::SecretBytes before = keyFromCopy(path, kAgent, kAgentPass);
        int reports = 0;
        QList<int> seen;
        try {
            DataKeyRotation::rotate(path, kAdmin, kAdminPass, [&](int percent) {
                seen.append(percent);
                // 1: the first report; 2: the one after the copy (97 %).
                return !(cancelAt == 1 ? ++reports == 1 : percent >= 97);
            });
            QFAIL("the rotation was not cancelled");
        } catch (const store::StoreError &e) {
            QCOMPARE(e.kind(), store::StoreError::Kind::Cancelled);
        }
        QVERIFY(!seen.isEmpty());
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QVERIFY(keyOpensStore(path, before));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".rekeying")));
        auto ws = Workspace::login(path, kAdmin, kAdminPass);
        QVERIFY(rotationDue(ws->store().db()).isDue());
        QCOMPARE(tests::count(*ws, "customers"), 1);
    }

    void onlyAnAdministratorMayRotate()
    {
        const QString path = makeStore();
        try {
            DataKeyRotation::rotate(path, kAgent, kAgentPass);
            QFAIL("a service agent rotated the key");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
        }
        QVERIFY(keyOpensStore(path, keyFromCopy(path, kAgent, kAgentPass)));
    }

    void aSessionHoldingTheReplacedFileNoticesIt()
    {
        // A console that opened the file just before the rotation took it
        // holds the old, unlinked file. SQLite (through the header VFS) tells
        // it so; Store::open then starts again on the new file.
        const QString path = makeStore();
        store::Database early;
        early.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, store::registerHeaderVfs()); // no lock yet
        DataKeyRotation::rotate(path, kAdmin, kAdminPass);
        int moved = 0;
        QCOMPARE(sqlite3_file_control(early.handle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved), SQLITE_OK);
        QCOMPARE(moved, 1);
        store::Database late;
        late.open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, store::registerHeaderVfs());
        QCOMPARE(sqlite3_file_control(late.handle(), "main", SQLITE_FCNTL_HAS_MOVED, &moved), SQLITE_OK);
        QCOMPARE(moved, 0);
    }

    void legacyPasswordSlotsAreUpgradedAtLoginBeforeTheyCanBeRotated()
    {
        // A store made before key-pair slots (2026-12-02): both accounts'
        // slots wrap the data key under their passwords only.
        const QString path = m_dir.filePath(QStringLiteral("legacy.doorstep"));
        QVERIFY(QFile::copy(QStringLiteral(DOORSTEP_SOURCE_DIR "/tests/data/legacy/password_slots.doorstep"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        const auto kinds = [&] {
            QMap<QString, store::KeySlot::Kind> out;
            for (const store::KeySlot &k : store::parseHeader(headerOf(path)).header.keySlots)
                out.insert(k.username, k.kind);
            return out;
        };
        QCOMPARE(kinds().value(kAdmin), store::KeySlot::Kind::Password);
        QCOMPARE(kinds().value(kClerk), store::KeySlot::Kind::Password);
        try {
            DataKeyRotation::rotate(path, kAdmin, kAdminPass); // logging in upgrades the admin's slot
            QFAIL("rotated a store with a slot only its password can rewrap");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Conflict);
            QVERIFY(e.message().contains(kClerk));
            QVERIFY(!e.message().contains(kAdmin));
        }
        QCOMPARE(kinds().value(kAdmin), store::KeySlot::Kind::KeyPair);
        QCOMPARE(kinds().value(kClerk), store::KeySlot::Kind::Password);
        Workspace::login(path, kClerk, kClerkPass); // the clerk logs in once
        QCOMPARE(kinds().value(kClerk), store::KeySlot::Kind::KeyPair);
        DataKeyRotation::rotate(path, kAdmin, kAdminPass);
        QVERIFY(Workspace::login(path, kClerk, kClerkPass) != nullptr);
        auto ws = Workspace::login(path, kAdmin, kAdminPass);
        QCOMPARE(ws->session().officeName, QStringLiteral("Legacy office"));
    }
};

QTEST_GUILESS_MAIN(TestDataKeyRotation)
#include "tst_datakeyrotation.moc"
