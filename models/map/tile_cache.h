#pragma once
// Tiles on disk, so a map that was seen once draws again without the network
// (the office's line drops; a dispatcher pans the same district all day).
// One directory per tile source (TileSource::cacheName), one file per tile,
// bounded by size: past the bound the least recently used tiles go first.
// GUI thread only (the fetcher and the widget share one).
#include "map/tile_math.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace doorstep::map {

class TileCache
{
public:
    // `dir` is created when missing; what is already there counts (and may be
    // evicted) at once.
    TileCache(const QString &dir, qint64 maxBytes);
    // QStandardPaths::CacheLocation/tiles.
    static QString defaultDir();

    std::optional<QByteArray> get(const QString &source, TileKey key);
    void put(const QString &source, TileKey key, const QByteArray &bytes);
    bool contains(const QString &source, TileKey key) const;

    QString dir() const { return m_dir; }
    QString pathOf(const QString &source, TileKey key) const;
    qint64 sizeBytes() const { return m_bytes; }
    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 maxBytes);

private:
    struct Entry
    {
        qint64 size = 0;
        quint64 lastUse = 0;
    };
    void scan();
    void evict();

    QString m_dir;
    qint64 m_maxBytes;
    qint64 m_bytes = 0;
    quint64 m_clock = 0; // use counter: larger is more recent
    QHash<QString, Entry> m_entries; // by path
};

} // namespace doorstep::map
