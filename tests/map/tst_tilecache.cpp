// The disk cache: what is put comes back (also after a restart), and the
// directory stays under its size bound by dropping the least recently used tiles.
#include "map/tile_cache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep::map;

class TstTileCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void putGetAndRestart()
    {
        QTemporaryDir dir;
        const QString source = QStringLiteral("osm");
        {
            TileCache cache(dir.path(), 1 << 20);
            QVERIFY(!cache.get(source, {3, 1, 2}));
            cache.put(source, {3, 1, 2}, QByteArray("png-bytes"));
            QCOMPARE(*cache.get(source, {3, 1, 2}), QByteArray("png-bytes"));
            QVERIFY(QFile::exists(cache.pathOf(source, {3, 1, 2})));
            QVERIFY(!cache.get(QStringLiteral("other"), {3, 1, 2})); // sources never mix
        }
        TileCache again(dir.path(), 1 << 20);
        QCOMPARE(again.sizeBytes(), qint64(9));
        QCOMPARE(*again.get(source, {3, 1, 2}), QByteArray("png-bytes"));
    }

    void boundedLeastRecentlyUsedFirst()
    {
        QTemporaryDir dir;
        const QString s = QStringLiteral("s");
        TileCache cache(dir.path(), 3000);
        const QByteArray kilo(1000, 'x');
        cache.put(s, {5, 0, 0}, kilo);
        cache.put(s, {5, 1, 0}, kilo);
        cache.put(s, {5, 2, 0}, kilo);
        QVERIFY(cache.get(s, {5, 0, 0})); // used again: now the newest
        cache.put(s, {5, 3, 0}, kilo);    // over the bound: the oldest use goes
        QCOMPARE(cache.sizeBytes(), qint64(3000));
        QVERIFY(!cache.contains(s, {5, 1, 0}));
        QVERIFY(!QFile::exists(cache.pathOf(s, {5, 1, 0})));
        QVERIFY(cache.contains(s, {5, 0, 0}));
        QVERIFY(cache.contains(s, {5, 3, 0}));
        cache.setMaxBytes(1000);
        QCOMPARE(cache.sizeBytes(), qint64(1000));
        QVERIFY(cache.contains(s, {5, 3, 0}));
    }

    void aTileRemovedBehindItsBackIsAMiss()
    {
        QTemporaryDir dir;
        TileCache cache(dir.path(), 1 << 20);
        cache.put(QStringLiteral("s"), {1, 0, 0}, QByteArray("abc"));
        QFile::remove(cache.pathOf(QStringLiteral("s"), {1, 0, 0}));
        QVERIFY(!cache.get(QStringLiteral("s"), {1, 0, 0}));
        QCOMPARE(cache.sizeBytes(), qint64(0));
    }
};

QTEST_APPLESS_MAIN(TstTileCache)
#include "tst_tilecache.moc"
