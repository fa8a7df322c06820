#pragma once
// Where map tiles come from: an XYZ URL template with {z}, {x}, {y} and
// optionally {s} (one of the subdomains, chosen by the tile so a tile always
// has the same URL and hits the same cache entry), and whether its tiles are
// drawn in GCJ-02 (高德/腾讯 and other Chinese maps: points are shifted before
// drawing; see gcj02.h). The office chooses it (services/map_settings); an
// empty template means no tiles: the map draws districts on a plain ground.
#include "map/tile_math.h"

#include <QString>
#include <QStringList>
#include <QUrl>

namespace doorstep::map {

struct TileSource
{
    QString urlTemplate;   // e.g. https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png
    QStringList subdomains; // for {s}; empty: {s} is not used
    bool gcj02 = false;    // tiles drawn in GCJ-02

    bool isConfigured() const { return !urlTemplate.trimmed().isEmpty(); }
    QUrl url(TileKey key) const;
    // A short stable name for the cache directory: tiles of two sources never mix.
    QString cacheName() const;

    // Empty when `urlTemplate` can serve tiles (http(s), {z} {x} {y}, {s} only
    // with subdomains); else a sentence saying what is wrong.
    static QString problem(const QString &urlTemplate, const QStringList &subdomains);
    // Hosts known to serve GCJ-02 tiles (AMap/Autonavi, Tencent): the settings
    // dialog proposes the flag for them. The stored flag decides, not this.
    static bool looksChinese(const QString &urlTemplate);
};

} // namespace doorstep::map
