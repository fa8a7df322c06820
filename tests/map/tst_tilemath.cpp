// Web Mercator tile math and the WGS-84 -> GCJ-02 offset against published
// values: tile numbers a tile server would serve, and the reference
// conversions of the open-source converters (coordtransform, eviltransform)
// that 高德/腾讯 users check against.
#include "map/gcj02.h"
#include "map/tile_math.h"
#include "map/tile_source.h"

#include <QTest>

#include <cmath>

using namespace doorstep::map;

namespace {
// Metres between two nearby points (equirectangular is exact enough at 1 m).
double metres(LatLng a, LatLng b)
{
    constexpr double kR = 6371008.8;
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    const double x = (b.lng - a.lng) * kRad * std::cos((a.lat + b.lat) / 2 * kRad);
    const double y = (b.lat - a.lat) * kRad;
    return std::hypot(x, y) * kR;
}
} // namespace

class TstTileMath : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tileNumbers_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("lng");
        QTest::addColumn<int>("z");
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("y");
        QTest::newRow("null island z1") << 0.0 << 0.0 << 1 << 1 << 1;
        QTest::newRow("north-west corner") << 85.0 << -179.9 << 5 << 0 << 0;
        QTest::newRow("south-east corner") << -85.0 << 179.9 << 5 << 31 << 31;
        // Tiananmen and the Bund: the numbers of the OpenStreetMap wiki's
        // slippy-map formula (computed apart, in Python).
        QTest::newRow("beijing z12") << 39.9087 << 116.3975 << 12 << 3372 << 1552;
        QTest::newRow("beijing z16") << 39.9087 << 116.3975 << 16 << 53957 << 24832;
        QTest::newRow("shanghai z14") << 31.2304 << 121.4737 << 14 << 13720 << 6694;
    }
    void tileNumbers()
    {
        QFETCH(double, lat);
        QFETCH(double, lng);
        QFETCH(int, z);
        QFETCH(int, x);
        QFETCH(int, y);
        const TileKey key = tileAt({lat, lng}, z);
        QCOMPARE(key.z, z);
        QCOMPARE(key.x, x);
        QCOMPARE(key.y, y);
    }

    void worldRoundTrip()
    {
        for (const LatLng p : {LatLng{39.9087, 116.3975}, LatLng{-33.86, 151.21}, LatLng{51.5, -0.12}}) {
            const LatLng back = fromWorld(toWorld(p, 15.5), 15.5);
            QVERIFY(std::abs(back.lat - p.lat) < 1e-9);
            QVERIFY(std::abs(back.lng - p.lng) < 1e-9);
        }
        // The equator crosses the middle of the world; Mercator's edge is its top.
        QCOMPARE(toWorld({0, 0}, 2).y(), 512.0);
        QVERIFY(std::abs(toWorld({kMaxLat, 0}, 2).y()) < 1e-6);
        QCOMPARE(toWorld({0, -180}, 2).x(), 0.0);
    }

    void tilesCoverTheViewNearestFirst()
    {
        // A 600 x 300 view centred inside tile (10, 5) at zoom 4.
        const QRectF view(10.5 * kTileSize - 300, 5.5 * kTileSize - 150, 600, 300);
        const QList<TileKey> tiles = tilesCovering(view, 4);
        QCOMPARE(tiles.size(), 3 * 3);
        QCOMPARE(tiles.first(), (TileKey{4, 10, 5}));
        for (const TileKey &t : tiles) {
            QVERIFY(t.x >= 9 && t.x <= 11);
            QVERIFY(t.y >= 4 && t.y <= 6);
        }
    }

    void tilesWrapAtTheAntimeridianAndStopAtThePoles()
    {
        // Zoom 1 is 2 x 2 tiles; a view straddling x = 0 and the top edge.
        const QList<TileKey> tiles = tilesCovering(QRectF(-100, -100, 200, 200), 1);
        QCOMPARE(tiles.size(), 2); // the row above the world is left out
        for (const TileKey &t : tiles)
            QCOMPARE(t.y, 0);
        QList<int> fetched;
        for (const TileKey &t : tiles)
            fetched.append(wrapped(t).x);
        std::sort(fetched.begin(), fetched.end());
        QCOMPARE(fetched, (QList<int>{0, 1})); // x = -1 is tile 1, drawn left of 0
    }

    void scale()
    {
        // Zoom 0 at the equator: the equator over 256 pixels.
        QVERIFY(std::abs(metresPerPixel(0, 0) - 156543.03) < 0.01);
        QVERIFY(std::abs(metresPerPixel(60, 1) - 156543.03 / 4) < 0.01); // cos 60° = 1/2, one zoom = 1/2
    }

    void gcj02ReferenceValues_data()
    {
        QTest::addColumn<double>("wgsLat");
        QTest::addColumn<double>("wgsLng");
        QTest::addColumn<double>("gcjLat");
        QTest::addColumn<double>("gcjLng");
        // wandergis/coordtransform README: wgs84togcj02(116.404, 39.915).
        QTest::newRow("beijing (coordtransform)") << 39.915 << 116.404 << 39.91640428150164 << 116.41024449916938;
        // googollee/eviltransform's test table (wgs, gcj).
        QTest::newRow("beijing (eviltransform)") << 39.911954 << 116.377817 << 39.91334545536069 << 116.38404722455657;
        QTest::newRow("shanghai") << 31.1774276 << 121.5272106 << 31.17530398364597 << 121.531541859215;
        QTest::newRow("shenzhen") << 22.543847 << 113.912316 << 22.540796131694766 << 113.9171764808363;
    }
    void gcj02ReferenceValues()
    {
        QFETCH(double, wgsLat);
        QFETCH(double, wgsLng);
        QFETCH(double, gcjLat);
        QFETCH(double, gcjLng);
        const LatLng wgs{wgsLat, wgsLng};
        const LatLng got = wgs84ToGcj02(wgs);
        QVERIFY2(metres(got, {gcjLat, gcjLng}) < 1.0, qPrintable(QStringLiteral("off by %1 m").arg(metres(got, {gcjLat, gcjLng}))));
        // The offset itself is hundreds of metres: drawing WGS-84 on 高德 tiles would be visibly wrong.
        QVERIFY(metres(wgs, got) > 100);
    }

    void noOffsetOutsideChina()
    {
        for (const LatLng p : {LatLng{35.6812, 139.7671} /* Tokyo */, LatLng{51.5007, -0.1246} /* London */,
                               LatLng{40.7128, -74.0060} /* New York */, LatLng{-33.8568, 151.2153} /* Sydney */}) {
            QVERIFY(outOfChina(p));
            const LatLng got = wgs84ToGcj02(p);
            QCOMPARE(got.lat, p.lat);
            QCOMPARE(got.lng, p.lng);
        }
    }

    void tileUrls()
    {
        TileSource source{QStringLiteral("https://{s}.tile.example.org/{z}/{x}/{y}.png"), {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, false};
        QCOMPARE(source.url({12, 3372, 1552}).toString(), QStringLiteral("https://b.tile.example.org/12/3372/1552.png")); // (x+y) % 3 = 1
        QCOMPARE(source.url({12, 3372, 1552}), source.url({12, 3372, 1552}));                                        // one URL per tile: cache hits
        QVERIFY(TileSource::problem(source.urlTemplate, source.subdomains).isEmpty());
        QVERIFY(!TileSource::problem(source.urlTemplate, {}).isEmpty());                                  // {s} without subdomains
        QVERIFY(!TileSource::problem(QStringLiteral("https://t.example.org/{z}/{x}.png"), {}).isEmpty()); // no {y}
        QVERIFY(!TileSource::problem(QStringLiteral("ftp://t.example.org/{z}/{x}/{y}.png"), {}).isEmpty());
        QVERIFY(TileSource::looksChinese(QStringLiteral("https://webrd0{s}.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}&style=8")));
        QVERIFY(TileSource::looksChinese(QStringLiteral("https://rt{s}.map.gtimg.com/tile?z={z}&x={x}&y={y}")));
        QVERIFY(!TileSource::looksChinese(source.urlTemplate));
        const TileSource other{QStringLiteral("https://other/{z}/{x}/{y}"), {}, false};
        QVERIFY(source.cacheName() != other.cacheName());
    }
};

QTEST_APPLESS_MAIN(TstTileMath)
#include "tst_tilemath.moc"
