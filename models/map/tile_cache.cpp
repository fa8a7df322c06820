#include "map/tile_cache.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace doorstep::map {

TileCache::TileCache(const QString &dir, qint64 maxBytes)
    : m_dir(dir)
    , m_maxBytes(maxBytes)
{
    QDir().mkpath(m_dir);
    scan();
    evict();
}

QString TileCache::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/tiles");
}

QString TileCache::pathOf(const QString &source, TileKey key) const
{
    return QStringLiteral("%1/%2/%3/%4/%5.tile").arg(m_dir, source).arg(key.z).arg(key.x).arg(key.y);
}

void TileCache::scan()
{
    // Older files are used first: the order of their times is the order of use.
    struct Found
    {
        QString path;
        qint64 size;
        QDateTime modified;
    };
    QList<Found> found;
    QDirIterator it(m_dir, {QStringLiteral("*.tile")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        found.append({info.filePath(), info.size(), info.lastModified()});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) { return a.modified < b.modified; });
    for (const Found &f : found) {
        m_entries.insert(f.path, {f.size, ++m_clock});
        m_bytes += f.size;
    }
}

std::optional<QByteArray> TileCache::get(const QString &source, TileKey key)
{
    const QString path = pathOf(source, key);
    const auto it = m_entries.find(path);
    if (it == m_entries.end())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) { // removed behind our back
        m_bytes -= it->size;
        m_entries.erase(it);
        return std::nullopt;
    }
    it->lastUse = ++m_clock;
    return file.readAll();
}

bool TileCache::contains(const QString &source, TileKey key) const
{
    return m_entries.contains(pathOf(source, key));
}

void TileCache::put(const QString &source, TileKey key, const QByteArray &bytes)
{
    const QString path = pathOf(source, key);
    QDir().mkpath(QFileInfo(path).path());
    QSaveFile file(path); // a tile half written by a crash never shows
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return; // a full disk loses the cache, not the map
    if (const auto it = m_entries.constFind(path); it != m_entries.constEnd())
        m_bytes -= it->size;
    m_entries.insert(path, {bytes.size(), ++m_clock});
    m_bytes += bytes.size();
    evict();
}

void TileCache::setMaxBytes(qint64 maxBytes)
{
    m_maxBytes = maxBytes;
    evict();
}

void TileCache::evict()
{
    if (m_bytes <= m_maxBytes)
        return;
    QList<std::pair<quint64, QString>> byUse;
    byUse.reserve(m_entries.size());
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        byUse.append({it->lastUse, it.key()});
    std::sort(byUse.begin(), byUse.end());
    for (const auto &entry : byUse) {
        const QString &path = entry.second;
        if (m_bytes <= m_maxBytes)
            break;
        QFile::remove(path);
        m_bytes -= m_entries.take(path).size;
    }
}

} // namespace doorstep::map
