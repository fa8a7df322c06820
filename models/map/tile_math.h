#pragma once
// Web Mercator (EPSG:3857) as XYZ tile servers cut it: 256-pixel tiles, zoom z
// has 2^z x 2^z of them, x grows east from 180°W, y grows south from 85.0511°N.
// "World pixels" are pixels of the whole map at a zoom; a view is a rectangle
// of them, so panning is adding to a centre and zooming is a factor of 2^dz.
#include "map/gcj02.h"

#include <QList>
#include <QPointF>
#include <QRectF>

namespace doorstep::map {

inline constexpr int kTileSize = 256;
inline constexpr int kMinZoom = 3;
inline constexpr int kMaxZoom = 18;
inline constexpr double kMaxLat = 85.0511287798066; // where Mercator's square ends

struct TileKey
{
    int z = 0;
    int x = 0;
    int y = 0;
    friend bool operator==(const TileKey &, const TileKey &) = default;
};
size_t qHash(const TileKey &key, size_t seed = 0) noexcept;

// Size of the world in pixels at a (fractional) zoom.
double worldSize(double zoom);
QPointF toWorld(LatLng p, double zoom);
LatLng fromWorld(QPointF world, double zoom);
// The tile holding a point, x wrapped round the antimeridian, y clamped.
TileKey tileAt(LatLng p, int zoom);
// The tiles covering a rectangle of world pixels at a whole zoom, nearest the
// centre first (so the middle of the view comes in first). x is left as the
// view sees it (it may run past the antimeridian: that is where the tile is
// drawn); wrapped() gives the tile to fetch. Rows outside the world are left out.
QList<TileKey> tilesCovering(const QRectF &world, int zoom);
TileKey wrapped(TileKey key);
// Metres on the ground per pixel at a latitude (for the scale bar).
double metresPerPixel(double lat, double zoom);

} // namespace doorstep::map
