// The header VFS's lock-byte hole with real pages: fills a store past 1 GiB
// through SQLCipher (WAL, checkpoints, the pager's own page placement), then
// checks that the real bytes [1 GiB, 1 GiB + 64 KiB) under SQLite's lock bytes
// were never written, and that the store reopens whole with every row.
// Too big for CI (it writes about 2.3 GiB); the offset arithmetic is tested
// in tst_shiftedoffsets and tst_headervfs.
//   bench_lockgap [STORE]   (default: a temporary file, removed afterwards)
#include "store/shifted_offsets.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace doorstep::store;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(QStringLiteral("gap.doorstep"));
    const QString user = QStringLiteral("admin"), password = QStringLiteral("lock-gap-bench");
    constexpr qint64 kTarget = shifted::kLockByte + 64 * 1024 * 1024; // 64 MiB past the hole
    constexpr int kBlob = 64 * 1024;
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    {
        auto store = Store::create(path, user, password, KdfParams::fastForTests());
        store->db().exec("CREATE TABLE filler(id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
        while (QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size() < kTarget) {
            Transaction tx(store->db());
            auto insert = store->db().prepare("INSERT INTO filler(body) VALUES (zeroblob(?))");
            for (int i = 0; i < 256; ++i, ++rows)
                insert.execWith(kBlob);
            tx.commit();
        }
        store->db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const double fillS = timer.elapsed() / 1000.0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(shifted::kLockByte)) {
        std::printf("cannot read %s\n", qPrintable(path));
        return 1;
    }
    const QByteArray hole = file.read(shifted::kLockGap);
    const bool holeClear = hole.size() == shifted::kLockGap && hole.count('\0') == hole.size();
    const qint64 size = file.size();
    file.close();
    timer.restart();
    auto store = Store::open(path, user, password);
    const QStringList problems = store->integrityProblems();
    const qint64 stored = store->db().scalar("SELECT count(*) FROM filler WHERE length(body) = ?", kBlob).toLongLong();
    std::printf("store file: %lld bytes (%.2f GiB), %lld rows of 64 KiB, filled in %.1f s\n", size,
                double(size) / double(1 << 30), rows, fillS);
    std::printf("real bytes [1 GiB, 1 GiB + 64 KiB) never written: %s\n", holeClear ? "yes" : "NO");
    std::printf("reopened, integrity check in %.1f s: %s; rows back: %lld of %lld\n", timer.elapsed() / 1000.0,
                problems.isEmpty() ? "ok" : qPrintable(problems.join(QLatin1Char(' '))), stored, rows);
    store.reset();
    if (argc <= 1)
        removeStoreFiles(path);
    return holeClear && problems.isEmpty() && stored == rows && size > shifted::kLockByte + shifted::kLockGap ? 0 : 1;
}
