#pragma once
// Gets tiles for the map: from the disk cache at once, else over HTTP
// (QNetworkAccessManager, a few at a time, nearest-first as asked), storing
// what comes in. tileArrived() says when to repaint. A failed tile is not
// asked for again for a while, so a map without network does not hammer it;
// isOffline() is true while the latest answer was a failure (the widget then
// says so and draws the districts instead of the missing tiles).
#include "map/tile_cache.h"
#include "map/tile_source.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace doorstep::map {

class TileFetcher : public QObject
{
    Q_OBJECT
public:
    TileFetcher(std::shared_ptr<TileCache> cache, QObject *parent = nullptr);
    ~TileFetcher() override;

    void setSource(const TileSource &source);
    const TileSource &source() const { return m_source; }
    TileCache &cache() const { return *m_cache; }

    // The tile's bytes when cached; otherwise queues a download (unless it
    // failed lately) and returns nothing.
    std::optional<QByteArray> tile(TileKey key);
    // Forgets queued downloads of tiles no longer wanted (the view moved).
    void keepOnly(const QSet<TileKey> &wanted);
    bool isOffline() const { return m_offline; }
    int inFlight() const { return int(m_running.size()); }
    int queued() const { return int(m_queue.size()); }

    static constexpr int kMaxParallel = 4;
    static constexpr int kRetryAfterSecs = 30;
    static constexpr int kTimeoutMs = 8000;

Q_SIGNALS:
    void tileArrived(map::TileKey key);
    void offlineChanged(bool offline);

private:
    void startNext();
    void finished(QNetworkReply *reply, TileKey key);
    void setOffline(bool offline);

    std::shared_ptr<TileCache> m_cache;
    QNetworkAccessManager *m_network;
    TileSource m_source;
    QString m_cacheName;
    QList<TileKey> m_queue;
    QHash<TileKey, QNetworkReply *> m_running;
    QHash<TileKey, qint64> m_failedAt; // monotonic ms
    bool m_offline = false;
};

} // namespace doorstep::map
