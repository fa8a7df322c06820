#include "ui/map/office_tiles.h"

#include "map/tile_cache.h"
#include "map/tile_fetcher.h"
#include "services/map_settings.h"
#include "services/workspace.h"

#include <memory>

namespace doorstep::ui {

OfficeTiles officeTiles(services::Workspace &workspace, QObject *parent)
{
    OfficeTiles out;
    services::MapTileSettings settings;
    try {
        settings = services::MapSettings(workspace.services()).read();
    } catch (const std::exception &e) {
        out.problem = QString::fromUtf8(e.what());
        return out;
    }
    out.problem = settings.problem;
    if (!settings.source.isConfigured())
        return out; // no directory is made for an office without tiles
    // One cache while any map holds it: two would each count only their own files.
    static std::weak_ptr<map::TileCache> shared;
    const qint64 bound = qint64(settings.cacheMb) * 1024 * 1024;
    std::shared_ptr<map::TileCache> cache = shared.lock();
    if (!cache || cache->dir() != map::TileCache::defaultDir()) {
        cache = std::make_shared<map::TileCache>(map::TileCache::defaultDir(), bound);
        shared = cache;
    } else {
        cache->setMaxBytes(bound);
    }
    out.fetcher = new map::TileFetcher(cache, parent);
    out.fetcher->setSource(settings.source);
    return out;
}

} // namespace doorstep::ui
