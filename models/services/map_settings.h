#pragma once
// The office's map tiles: an XYZ URL template (map/tile_source.h), its
// subdomains, whether its tiles are in GCJ-02, and the disk cache's bound.
// Office settings like the others (table `settings`, synced, one audited
// action per save, Permission::SettingsEdit), but text, which the numeric
// catalogue of office_settings.h does not hold, so they are declared here.
// Not stored (the default): no tiles, the map draws districts on a plain
// ground. A stored template that is wrong is reported, never fetched.
#include "map/tile_source.h"

#include <QCoreApplication>
#include <QString>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

class ServiceLayer;

struct MapTileSettings
{
    map::TileSource source; // urlTemplate empty: no tiles
    int cacheMb = kDefaultCacheMb;
    QString problem;        // a stored value that is wrong (then source is empty)

    static constexpr int kDefaultCacheMb = 200;
    static constexpr int kMinCacheMb = 10;
    static constexpr int kMaxCacheMb = 10000;
};

namespace map_keys {
inline constexpr char16_t Url[] = u"map.tile_url";
inline constexpr char16_t Subdomains[] = u"map.tile_subdomains"; // comma-separated
inline constexpr char16_t Gcj02[] = u"map.tile_gcj02";           // 0 or 1
inline constexpr char16_t CacheMb[] = u"map.tile_cache_mb";
} // namespace map_keys

class MapSettings
{
    Q_DECLARE_TR_FUNCTIONS(MapSettings)
public:
    explicit MapSettings(ServiceLayer &services) : m_services(services) {}

    MapTileSettings read() const;
    static MapTileSettings read(store::Database &db);
    // Refused with ServiceError::Invalid (nothing written) for a template the
    // fetcher could not use or a cache bound out of range; an empty template
    // switches tiles off.
    void write(const map::TileSource &source, int cacheMb);

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
