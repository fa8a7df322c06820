// The header VFS above 1 GiB: pages stay clear of SQLite's lock bytes
// (store/shifted_offsets.h), format-1 stores keep their linear layout, and a
// format-1 store becomes format 2 only when that moves no byte. Files beyond
// 1 GiB are sparse: they cost no disk space.
#include "store/header_format.h"
#include "store/header_vfs.h"
#include "store/shifted_offsets.h"
#include "store/store.h"

#include <sqlite3.h>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <vector>

using namespace doorstep::store;
using shifted::kLockByte;
using shifted::kLockGap;

namespace {
constexpr qint64 kAfter = kLockByte - kHeaderSize; // first logical byte after the hole
constexpr int kPage = 4096;

// The main-database file of the header VFS, driven directly (no pager), so a
// test can write near 1 GiB without a 1 GiB database.
class ShimFile
{
public:
    explicit ShimFile(const QString &path)
        : m_name(path.toUtf8() + QByteArray(3, '\0')) // SQLite reads URI parameters after the name's NUL
    {
        sqlite3_vfs *vfs = sqlite3_vfs_find(registerHeaderVfs());
        m_storage.resize(size_t(vfs->szOsFile) / sizeof(sqlite3_int64) + 1);
        int outFlags = 0;
        m_rc = vfs->xOpen(vfs, m_name.constData(), file(),
                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MAIN_DB, &outFlags);
    }
    ~ShimFile()
    {
        if (m_rc == SQLITE_OK)
            file()->pMethods->xClose(file());
    }
    bool isOpen() const { return m_rc == SQLITE_OK; }
    int write(qint64 logical, const QByteArray &bytes)
    {
        return file()->pMethods->xWrite(file(), bytes.constData(), int(bytes.size()), logical);
    }
    QByteArray read(qint64 logical, int n, int *rc = nullptr)
    {
        QByteArray out(n, '?');
        const int r = file()->pMethods->xRead(file(), out.data(), n, logical);
        if (rc)
            *rc = r;
        return out;
    }
    qint64 size()
    {
        sqlite3_int64 s = -1;
        return file()->pMethods->xFileSize(file(), &s) == SQLITE_OK ? s : -1;
    }
    int truncate(qint64 logical) { return file()->pMethods->xTruncate(file(), logical); }

private:
    sqlite3_file *file() { return reinterpret_cast<sqlite3_file *>(m_storage.data()); }
    QByteArray m_name;
    std::vector<sqlite3_int64> m_storage;
    int m_rc = SQLITE_ERROR;
};

QByteArray page(char fill)
{
    return QByteArray(kPage, fill);
}

QByteArray realBytes(const QString &path, qint64 offset, int n)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || !f.seek(offset))
        return {};
    return f.read(n);
}

qint64 realSize(const QString &path)
{
    return QFileInfo(path).size();
}

void writePrefix(const QString &path, quint32 version)
{
    QByteArray prefix = kStoreMagic.toByteArray();
    prefix.append(4, '\0');
    qToLittleEndian(version, prefix.data() + kFormatVersionOffset);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QCOMPARE(f.write(prefix), prefix.size());
}

quint32 formatOnDisk(const QString &path)
{
    return headerFormat(realBytes(path, 0, int(kHeaderPrefixSize)));
}
} // namespace

class TestHeaderVfs : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void pagesAroundOneGibSkipTheLockBytes()
    {
        const QString file = path(QStringLiteral("gapped"));
        ShimFile shim(file);
        QVERIFY(shim.isOpen());
        QCOMPARE(shim.write(kAfter - kPage, page('A')), SQLITE_OK);
        QCOMPARE(shim.write(kAfter, page('B')), SQLITE_OK);
        QCOMPARE(shim.size(), kAfter + kPage);
        QCOMPARE(realSize(file), kLockByte + kLockGap + kPage);
        QCOMPARE(realBytes(file, kLockByte - kPage, kPage), page('A'));
        QCOMPARE(realBytes(file, kLockByte, int(kLockGap)), QByteArray(int(kLockGap), '\0'));
        QCOMPARE(realBytes(file, kLockByte + kLockGap, kPage), page('B'));
        QCOMPARE(shim.read(kAfter - kPage, 2 * kPage), page('A') + page('B'));
    }

    void aRequestAcrossTheHoleIsSplit()
    {
        const QString file = path(QStringLiteral("straddle"));
        ShimFile shim(file);
        const QByteArray bytes = QByteArray(100, 'x') + QByteArray(300, 'y');
        QCOMPARE(shim.write(kAfter - 100, bytes), SQLITE_OK);
        QCOMPARE(realBytes(file, kLockByte - 100, 100), QByteArray(100, 'x'));
        QCOMPARE(realBytes(file, kLockByte + kLockGap, 300), QByteArray(300, 'y'));
        QCOMPARE(shim.read(kAfter - 100, 400), bytes);
        // Reading past the end: the missing part is zeros and says so.
        int rc = SQLITE_OK;
        QCOMPARE(shim.read(kAfter - 100, 500, &rc), bytes + QByteArray(100, '\0'));
        QCOMPARE(rc, SQLITE_IOERR_SHORT_READ);
    }

    void truncateAndSizeAgree()
    {
        const QString file = path(QStringLiteral("truncate"));
        ShimFile shim(file);
        QCOMPARE(shim.truncate(kAfter + kPage), SQLITE_OK);
        QCOMPARE(realSize(file), kLockByte + kLockGap + kPage);
        QCOMPARE(shim.size(), kAfter + kPage);
        QCOMPARE(shim.truncate(kAfter), SQLITE_OK);
        QCOMPARE(realSize(file), kLockByte);
        QCOMPARE(shim.size(), kAfter);
        QCOMPARE(shim.truncate(kPage), SQLITE_OK);
        QCOMPARE(realSize(file), kHeaderSize + kPage);
        QCOMPARE(shim.size(), qint64(kPage));
    }

    void aFormatOneFileKeepsTheLinearLayout()
    {
        const QString file = path(QStringLiteral("linear"));
        writePrefix(file, kFormatLinear);
        ShimFile shim(file);
        QCOMPARE(shim.write(kAfter, page('C')), SQLITE_OK);
        QCOMPARE(realSize(file), kLockByte + kPage);
        QCOMPARE(realBytes(file, kLockByte, kPage), page('C'));
        QCOMPARE(shim.size(), kAfter + kPage);
        QCOMPARE(shim.read(kAfter, kPage), page('C'));
    }

    void aFormatTwoFileIsGapped()
    {
        const QString file = path(QStringLiteral("format2"));
        writePrefix(file, kFormatGapped);
        ShimFile shim(file);
        QCOMPARE(shim.write(kAfter, page('D')), SQLITE_OK);
        QCOMPARE(realBytes(file, kLockByte + kLockGap, kPage), page('D'));
    }

    void newStoresAndBackupsAreFormatTwo()
    {
        const QString file = path(QStringLiteral("new.doorstep"));
        auto store = Store::create(file, QStringLiteral("admin"), QStringLiteral("pw"), KdfParams::fastForTests());
        QCOMPARE(formatOnDisk(file), kFormatGapped);
        store.reset();
        writePrefix(file, kFormatLinear); // as an older console made it
        auto old = Store::openWithoutMigrating(file, QStringLiteral("admin"), QStringLiteral("pw"));
        QCOMPARE(formatOnDisk(file), kFormatLinear); // a read-only check changes nothing
        old->backupTo(path(QStringLiteral("new.backup")));
        QCOMPARE(formatOnDisk(path(QStringLiteral("new.backup"))), kFormatGapped);
    }

    void aFormatOneStoreIsConvertedWhenAlone()
    {
        const QString file = path(QStringLiteral("old.doorstep"));
        {
            auto store = Store::create(file, QStringLiteral("admin"), QStringLiteral("pw"), KdfParams::fastForTests());
            store->db().exec("CREATE TABLE t(x); INSERT INTO t VALUES (42)");
        }
        writePrefix(file, kFormatLinear);
        {
            // Another session has it open: converting now could leave that
            // session placing pages by the old layout, so nothing changes.
            auto other = Store::openWithoutMigrating(file, QStringLiteral("admin"), QStringLiteral("pw"));
            auto second = Store::open(file, QStringLiteral("admin"), QStringLiteral("pw"));
            QCOMPARE(formatOnDisk(file), kFormatLinear);
            QCOMPARE(second->db().scalar("SELECT x FROM t").toInt(), 42);
        }
        auto alone = Store::open(file, QStringLiteral("admin"), QStringLiteral("pw"));
        QCOMPARE(formatOnDisk(file), kFormatGapped);
        QCOMPARE(alone->db().scalar("SELECT x FROM t").toInt(), 42);
        QVERIFY(alone->integrityProblems().isEmpty());
    }

    void aFormatOneStoreAboveOneGibStaysLinear()
    {
        const QString file = path(QStringLiteral("big-old"));
        writePrefix(file, kFormatLinear);
        QVERIFY(QFile::resize(file, kLockByte + kPage)); // sparse
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, registerHeaderVfs()), SQLITE_OK);
        QVERIFY(!adoptGappedLayout(db));
        sqlite3_close(db);
        QCOMPARE(formatOnDisk(file), kFormatLinear);
    }

    void aStoreOfAnUnknownFormatIsTooNew()
    {
        const QString file = path(QStringLiteral("future.doorstep"));
        Store::create(file, QStringLiteral("admin"), QStringLiteral("pw"), KdfParams::fastForTests());
        writePrefix(file, 3);
        try {
            Store::open(file, QStringLiteral("admin"), QStringLiteral("pw"));
            QFAIL("opened a store of an unknown format");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::TooNew);
        }
    }
};

QTEST_GUILESS_MAIN(TestHeaderVfs)
#include "tst_headervfs.moc"
