#include "map/tile_fetcher.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace doorstep::map {

namespace {
qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}
} // namespace

TileFetcher::TileFetcher(std::shared_ptr<TileCache> cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_network(new QNetworkAccessManager(this))
{
}

TileFetcher::~TileFetcher()
{
    for (QNetworkReply *reply : std::as_const(m_running)) {
        reply->disconnect(this);
        reply->abort();
    }
}

void TileFetcher::setSource(const TileSource &source)
{
    m_source = source;
    m_cacheName = source.cacheName();
    m_queue.clear();
    m_failedAt.clear();
    for (QNetworkReply *reply : std::as_const(m_running)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_running.clear();
    setOffline(false);
}

std::optional<QByteArray> TileFetcher::tile(TileKey key)
{
    if (!m_source.isConfigured())
        return std::nullopt;
    key = wrapped(key);
    if (auto bytes = m_cache->get(m_cacheName, key))
        return bytes;
    if (m_running.contains(key) || m_queue.contains(key))
        return std::nullopt;
    if (const auto failed = m_failedAt.constFind(key); failed != m_failedAt.constEnd()) {
        if (nowMs() - *failed < kRetryAfterSecs * 1000)
            return std::nullopt;
        m_failedAt.erase(failed);
    }
    m_queue.append(key);
    startNext();
    return std::nullopt;
}

void TileFetcher::keepOnly(const QSet<TileKey> &wanted)
{
    m_queue.removeIf([&](const TileKey &key) { return !wanted.contains(key); });
}

void TileFetcher::startNext()
{
    while (m_running.size() < kMaxParallel && !m_queue.isEmpty()) {
        const TileKey key = m_queue.takeFirst();
        QNetworkRequest request(m_source.url(key));
        // Tile servers' usage policies ask for an application name.
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Doorstep-console/1 (Qt)"));
        request.setTransferTimeout(kTimeoutMs);
        QNetworkReply *reply = m_network->get(request);
        m_running.insert(key, reply);
        connect(reply, &QNetworkReply::finished, this, [this, reply, key] { finished(reply, key); });
    }
}

void TileFetcher::finished(QNetworkReply *reply, TileKey key)
{
    reply->deleteLater();
    m_running.remove(key);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray bytes = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    if (status == 200 && !bytes.isEmpty()) {
        m_cache->put(m_cacheName, key, bytes);
        setOffline(false);
        Q_EMIT tileArrived(key);
    } else {
        m_failedAt.insert(key, nowMs());
        // No HTTP answer at all: the server is out of reach. A 404 is a tile
        // the server does not have, not an outage.
        if (status == 0)
            setOffline(true);
    }
    startNext();
}

void TileFetcher::setOffline(bool offline)
{
    if (m_offline == offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

} // namespace doorstep::map
