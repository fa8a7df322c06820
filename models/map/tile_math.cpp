#include "map/tile_math.h"

#include <QHashFunctions>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace doorstep::map {

size_t qHash(const TileKey &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.z, key.x, key.y);
}

double worldSize(double zoom)
{
    return kTileSize * std::exp2(zoom);
}

QPointF toWorld(LatLng p, double zoom)
{
    const double size = worldSize(zoom);
    const double lat = std::clamp(p.lat, -kMaxLat, kMaxLat) * std::numbers::pi / 180.0;
    const double x = (p.lng + 180.0) / 360.0 * size;
    const double y = (1.0 - std::log(std::tan(lat) + 1.0 / std::cos(lat)) / std::numbers::pi) / 2.0 * size;
    return {x, y};
}

LatLng fromWorld(QPointF world, double zoom)
{
    const double size = worldSize(zoom);
    const double n = std::numbers::pi * (1.0 - 2.0 * world.y() / size);
    return {std::atan(std::sinh(n)) * 180.0 / std::numbers::pi, world.x() / size * 360.0 - 180.0};
}

TileKey tileAt(LatLng p, int zoom)
{
    const QPointF w = toWorld(p, zoom);
    const int n = 1 << zoom;
    const int x = int(std::floor(w.x() / kTileSize));
    const int y = std::clamp(int(std::floor(w.y() / kTileSize)), 0, n - 1);
    return {zoom, ((x % n) + n) % n, y};
}

QList<TileKey> tilesCovering(const QRectF &world, int zoom)
{
    const int n = 1 << zoom;
    const int x0 = int(std::floor(world.left() / kTileSize));
    const int x1 = int(std::floor((world.right() - 1e-9) / kTileSize));
    const int y0 = std::max(0, int(std::floor(world.top() / kTileSize)));
    const int y1 = std::min(n - 1, int(std::floor((world.bottom() - 1e-9) / kTileSize)));
    struct Near
    {
        double distance;
        TileKey key;
    };
    QList<Near> tiles;
    const QPointF centre = world.center();
    for (int y = y0; y <= y1; ++y)
        for (int x = x0; x <= x1 && x - x0 < n; ++x) {
            const QPointF middle((x + 0.5) * kTileSize, (y + 0.5) * kTileSize);
            const QPointF d = middle - centre;
            tiles.append({d.x() * d.x() + d.y() * d.y(), TileKey{zoom, x, y}});
        }
    std::stable_sort(tiles.begin(), tiles.end(), [](const Near &a, const Near &b) { return a.distance < b.distance; });
    QList<TileKey> out;
    out.reserve(tiles.size());
    for (const Near &t : tiles)
        out.append(t.key);
    return out;
}

TileKey wrapped(TileKey key)
{
    const int n = 1 << key.z;
    return {key.z, ((key.x % n) + n) % n, key.y};
}

double metresPerPixel(double lat, double zoom)
{
    constexpr double kEquator = 40075016.686; // WGS-84 equator in metres
    return kEquator * std::cos(lat * std::numbers::pi / 180.0) / worldSize(zoom);
}

} // namespace doorstep::map
