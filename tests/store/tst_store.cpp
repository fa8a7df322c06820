// The encrypted store as a user meets it: create, reopen, every way opening
// can fail with a clear message, tamper detection, and backups.
#include "store/header_vfs.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store/store_files.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace doorstep::store;

class TestStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<Store> makeStore(const QString &name)
    {
        return Store::create(path(name), QStringLiteral("admin"), QStringLiteral("correct horse"),
                             KdfParams::fastForTests());
    }
    static StoreError::Kind openError(const QString &file, const QString &user, const QString &password)
    {
        try {
            Store::open(file, user, password);
        } catch (const StoreError &e) {
            return e.kind();
        }
        return StoreError::Kind(-1);
    }
    static void fill(Store &store, int rows)
    {
        Transaction tx(store.db());
        store.db().run("INSERT INTO offices(id, code, name, city, created_at, updated_at) VALUES (1, 'SH01', '徐汇店', '上海', 0, 0)");
        for (int i = 0; i < rows; ++i)
            store.db().run("INSERT INTO customers(id, office_id, name, phone, created_at, updated_at) VALUES (?, 1, ?, ?, 0, 0)",
                           qint64(i + 1), QStringLiteral("顾客%1王秀英").arg(i), QStringLiteral("1391234%1").arg(i, 4, 10, QChar(u'0')));
        tx.commit();
    }

private slots:
    void createAndReopen()
    {
        {
            auto store = makeStore(QStringLiteral("a.doorstep"));
            fill(*store, 10);
            QCOMPARE(store->schemaVersion(), latestSchemaVersion());
        }
        auto again = Store::open(path(QStringLiteral("a.doorstep")), QStringLiteral("ADMIN"), QStringLiteral("correct horse"));
        QCOMPARE(again->db().scalar("SELECT count(*) FROM customers").toInt(), 10);
        QCOMPARE(again->username(), QStringLiteral("admin"));
        QCOMPARE(again->db().scalar("PRAGMA journal_mode").toString(), QStringLiteral("wal"));
        QCOMPARE(again->db().scalar("PRAGMA foreign_keys").toInt(), 1);
        QCOMPARE(again->db().scalar("PRAGMA synchronous").toInt(), 2); // FULL
        QCOMPARE(again->db().scalar("PRAGMA temp_store").toInt(), 2);  // MEMORY
        QCOMPARE(again->db().scalar("PRAGMA secure_delete").toInt(), 1); // anonymised data is zeroed, not left in free space
    }

    void refusesToOverwrite()
    {
        QFile f(path(QStringLiteral("exists")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        QVERIFY_THROWS_EXCEPTION(StoreError, makeStore(QStringLiteral("exists")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
    }

    void wrongPasswordAndUnknownUserChangeNothing()
    {
        const QString file = path(QStringLiteral("pw.doorstep"));
        makeStore(QStringLiteral("pw.doorstep"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        QCOMPARE(openError(file, QStringLiteral("admin"), QStringLiteral("wrong")), StoreError::Kind::WrongPassword);
        QCOMPARE(openError(file, QStringLiteral("nobody"), QStringLiteral("correct horse")), StoreError::Kind::UnknownUser);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        try {
            Store::open(file, QStringLiteral("admin"), QStringLiteral("wrong"));
        } catch (const StoreError &e) {
            QVERIFY(e.message().contains(QStringLiteral("password is wrong")));
        }
    }

    void missingAndForeignFiles()
    {
        QCOMPARE(openError(path(QStringLiteral("none")), QStringLiteral("admin"), QStringLiteral("x")), StoreError::Kind::NotFound);
        QFile f(path(QStringLiteral("notes.txt")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'a'));
        f.close();
        QCOMPARE(openError(f.fileName(), QStringLiteral("admin"), QStringLiteral("x")), StoreError::Kind::NotAStore);
        QFile empty(path(QStringLiteral("empty")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(openError(empty.fileName(), QStringLiteral("admin"), QStringLiteral("x")), StoreError::Kind::NotAStore);
    }

    void truncatedFiles()
    {
        const QString file = path(QStringLiteral("t.doorstep"));
        fill(*makeStore(QStringLiteral("t.doorstep")), 500);
        for (qint64 cut : {qint64(8), kHeaderSize / 2, kHeaderSize + 100}) {
            const QString copy = path(QStringLiteral("t%1.doorstep").arg(cut));
            QVERIFY(QFile::copy(file, copy));
            QVERIFY(QFile::resize(copy, cut));
            QCOMPARE(openError(copy, QStringLiteral("admin"), QStringLiteral("correct horse")), StoreError::Kind::Truncated);
        }
        // Cut at a page boundary: opening may succeed, but the missing pages
        // are reported by the full check rather than read as an empty store.
        const QString copy = path(QStringLiteral("tpage.doorstep"));
        QVERIFY(QFile::copy(file, copy));
        QVERIFY(QFile::resize(copy, QFileInfo(copy).size() - 4096 * 3));
        try {
            auto s = Store::open(copy, QStringLiteral("admin"), QStringLiteral("correct horse"));
            QVERIFY(!s->integrityProblems().isEmpty());
        } catch (const StoreError &e) {
            QVERIFY(e.kind() == StoreError::Kind::Damaged || e.kind() == StoreError::Kind::Truncated);
        }
    }

    void tamperedPagesAreDetected()
    {
        const QString file = path(QStringLiteral("tamper.doorstep"));
        fill(*makeStore(QStringLiteral("tamper.doorstep")), 2000);
        const qint64 size = QFileInfo(file).size();
        auto flipByte = [](const QString &f, qint64 at) {
            QFile io(f);
            QVERIFY(io.open(QIODevice::ReadWrite));
            io.seek(at);
            char c = 0;
            io.getChar(&c);
            io.seek(at);
            io.putChar(char(c ^ 0x20));
        };
        // Page 1 (schema): opening fails and says the store is damaged.
        const QString first = path(QStringLiteral("tamper1.doorstep"));
        QVERIFY(QFile::copy(file, first));
        flipByte(first, kHeaderSize + 200);
        QCOMPARE(openError(first, QStringLiteral("admin"), QStringLiteral("correct horse")), StoreError::Kind::Damaged);
        // A data page: the query reading it fails as "damaged", and the full
        // check names the problem. Never a silently empty or wrong result.
        const QString mid = path(QStringLiteral("tamper2.doorstep"));
        QVERIFY(QFile::copy(file, mid));
        flipByte(mid, size - 4096 * 2 + 1000);
        auto s = Store::open(mid, QStringLiteral("admin"), QStringLiteral("correct horse"));
        QVERIFY(!s->integrityProblems().isEmpty());
        bool failed = false;
        try {
            auto st = s->db().prepare("SELECT name FROM customers");
            while (st.next()) {
            }
        } catch (const SqlError &e) {
            failed = e.isDamage();
        }
        QVERIFY(failed);
        // The key-slot header: both areas damaged means no one can unlock.
        const QString hdr = path(QStringLiteral("tamper3.doorstep"));
        QVERIFY(QFile::copy(file, hdr));
        flipByte(hdr, 4096 + 20);
        flipByte(hdr, 4096 + (kHeaderSize - 4096) / 2 + 20);
        QCOMPARE(openError(hdr, QStringLiteral("admin"), QStringLiteral("correct horse")), StoreError::Kind::HeaderDamaged);
    }

    void fileHoldsNoPlaintext()
    {
        const QString file = path(QStringLiteral("plain.doorstep"));
        {
            auto s = makeStore(QStringLiteral("plain.doorstep"));
            fill(*s, 200);
        }
        QByteArray bytes;
        for (const QString &f : QStringList{file, file + QStringLiteral("-wal")}) {
            QFile io(f);
            if (io.open(QIODevice::ReadOnly))
                bytes += io.readAll();
        }
        QVERIFY(bytes.size() > kHeaderSize);
        QVERIFY(!bytes.contains(QStringLiteral("王秀英").toUtf8()));
        QVERIFY(!bytes.contains("13912340042"));
        QVERIFY(!bytes.contains("CREATE TABLE"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        // User names are not secret and stand in the header's key slots, but
        // nowhere in the encrypted data area.
        QVERIFY(bytes.indexOf("admin") < kHeaderSize);
        QVERIFY(!bytes.mid(kHeaderSize).contains("admin"));
    }

    void plainSqliteCannotReadIt()
    {
        const QString file = path(QStringLiteral("sqlite.doorstep"));
        fill(*makeStore(QStringLiteral("sqlite.doorstep")), 10);
        // The data area alone, as a plain SQLite tool would see it without the header.
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        in.seek(kHeaderSize);
        QFile out(path(QStringLiteral("stripped.db")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll());
        out.close();
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("the sqlite3 command-line tool is not installed");
        for (const QString &f : {file, out.fileName()}) {
            QProcess p;
            p.start(sqlite3, {f, QStringLiteral("SELECT count(*) FROM customers;")});
            QVERIFY(p.waitForFinished(10000));
            QVERIFY(p.exitCode() != 0);
            QVERIFY(p.readAllStandardError().contains("not a database"));
        }
    }

    void backupIsAConsistentEncryptedCopy()
    {
        const QString file = path(QStringLiteral("live.doorstep"));
        const QString copy = path(QStringLiteral("live-backup.doorstep"));
        auto live = makeStore(QStringLiteral("live.doorstep"));
        fill(*live, 300);
        live->backupTo(copy);
        QVERIFY_THROWS_EXCEPTION(StoreError, live->backupTo(copy)); // never overwrites
        live->db().run("DELETE FROM customers WHERE id > 100");
        auto restored = Store::open(copy, QStringLiteral("admin"), QStringLiteral("correct horse"));
        QCOMPARE(restored->db().scalar("SELECT count(*) FROM customers").toInt(), 300);
        QCOMPARE(restored->schemaVersion(), live->schemaVersion());
        QVERIFY(restored->integrityProblems().isEmpty());
        QCOMPARE(restored->storeUid(), live->storeUid());
        QFile io(copy);
        QVERIFY(io.open(QIODevice::ReadOnly));
        QVERIFY(!io.readAll().contains(QStringLiteral("王秀英").toUtf8()));
        QVERIFY(!QFile::exists(copy + QStringLiteral(".partial")));
    }

    void storeAndBackupAreOwnerOnly()
    {
        // ID numbers and phone numbers: the file, its WAL and shm, and every
        // backup are readable by their owner only, whatever the umask allows
        // (022 here, the usual default, gave 0644 before).
#ifndef Q_OS_UNIX
        QSKIP("POSIX modes; on Windows the profile folder's ACLs apply (ARCHITECTURE.md)");
#else
        const mode_t saved = ::umask(022);
        auto live = makeStore(QStringLiteral("private.doorstep"));
        fill(*live, 5);
        live->backupTo(path(QStringLiteral("private-backup.doorstep")));
        ::umask(saved);
        for (const QString &name : {QStringLiteral("private.doorstep"), QStringLiteral("private.doorstep-wal"),
                                    QStringLiteral("private.doorstep-shm"), QStringLiteral("private-backup.doorstep")}) {
            struct stat st{};
            QVERIFY2(::stat(QFile::encodeName(path(name)).constData(), &st) == 0, qPrintable(name));
            QCOMPARE(st.st_mode & 0777, mode_t(0600));
        }
#endif
    }

    void exclusiveLockSeesEveryOpenConnection()
    {
        // restore's lock: refused while any connection (this process or
        // another) has the store open; while held, opening waits then reports busy.
        const QString file = path(QStringLiteral("locked.doorstep"));
        {
            auto open = makeStore(QStringLiteral("locked.doorstep"));
            try {
                ExclusiveStoreLock lock(file);
                QFAIL("the lock was granted while the store was open");
            } catch (const StoreError &e) {
                QCOMPARE(e.kind(), StoreError::Kind::Busy);
            }
        }
        const int saved = Store::busyTimeout();
        Store::setBusyTimeout(20);
        {
            ExclusiveStoreLock lock(file);
            try {
                Store::open(file, QStringLiteral("admin"), QStringLiteral("correct horse"));
                QFAIL("opened a store another connection holds exclusively");
            } catch (const StoreError &e) {
                QCOMPARE(e.kind(), StoreError::Kind::Busy);
                QVERIFY2(!e.message().contains(QStringLiteral("database is locked")), qPrintable(e.message()));
            }
        }
        Store::setBusyTimeout(saved);
        QVERIFY(Store::open(file, QStringLiteral("admin"), QStringLiteral("correct horse")));
    }

    void idsAreUniqueAndOrdered()
    {
        auto s = makeStore(QStringLiteral("ids.doorstep"));
        qint64 last = 0;
        QSet<qint64> seen;
        for (int i = 0; i < 20000; ++i) {
            const qint64 id = s->newId();
            QVERIFY(id > last);
            last = id;
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 20000);
        QCOMPARE((last >> 12) & 0x3ff, s->nodeId());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
