#include "http/provider_bell.h"

#include "http/bell_shard.h"
#include "storage/sync_storage.h"

#include <QMetaObject>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QThread>
#include <QThreadPool>
#include <QWebSocket>

#include <utility>

namespace doorstep::server::http {

ProviderBell::ProviderBell(Authenticate providerFor, QThreadPool &workers, int shards, QObject *parent)
    : QObject(parent), m_providerFor(std::move(providerFor)), m_workers(workers),
      m_home(new BellShard(m_providerFor, m_workers))
{
    m_home->setParent(this);
    for (int i = 0; i < shards; ++i) {
        auto *thread = new QThread;
        thread->setObjectName(QStringLiteral("doorbells %1").arg(i));
        auto *shard = new BellShard(m_providerFor, m_workers);
        shard->moveToThread(thread);
        thread->start();
        m_shards.append({thread, shard});
    }
}

ProviderBell::~ProviderBell()
{
    stop();
    for (const auto &[thread, shard] : std::as_const(m_shards)) {
        delete shard; // thread-less now; what the pool's last jobs posted to it goes with it
        delete thread;
    }
}

void ProviderBell::stop()
{
    m_stopped = true;
    m_home->closeAll();
    for (const auto &[thread, shard] : std::as_const(m_shards)) {
        if (thread->isFinished())
            continue;
        // The sockets go on their own thread (closeAll stops the pings too),
        // then the thread.
        QMetaObject::invokeMethod(shard, &BellShard::closeAll, Qt::BlockingQueuedConnection);
        thread->quit();
        thread->wait();
    }
}

int ProviderBell::listeners() const
{
    int n = m_home->listeners();
    for (const auto &entry : m_shards)
        n += entry.second->listeners();
    return n;
}

int ProviderBell::listenersAtHome() const
{
    return m_home->listeners();
}

int ProviderBell::connectionsHeld() const
{
    int n = m_home->connectionsHeld();
    for (const auto &[thread, shard] : m_shards) {
        if (thread->isRunning()) {
            int held = 0;
            QMetaObject::invokeMethod(shard, [&held, shard = shard] { held = shard->connectionsHeld(); }, Qt::BlockingQueuedConnection);
            n += held;
        }
    }
    return n;
}

BellShard *ProviderBell::shardFor(qint64 provider) const
{
    if (m_shards.isEmpty())
        return m_home;
    return m_shards.at(int(quint64(provider) % quint64(m_shards.size()))).second;
}

void ProviderBell::adopt(std::unique_ptr<QWebSocket> owned, QTcpSocket *transport)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this); // until a shard takes it
    const QString path = socket->requestUrl().path();
    if (path != u"/api/v1/provider/bell")
        return BellShard::refuse(socket, 404);
    // Qt keeps the upgrade request's headers on the socket.
    const QByteArray authorization = socket->request().rawHeader("Authorization");
    const QPointer<QWebSocket> guarded(socket);
    const QPointer<QTcpSocket> under(transport);
    m_workers.start([this, guarded, under, authorization] {
        int status = 401;
        const std::optional<qint64> provider = m_providerFor(authorization, status);
        QMetaObject::invokeMethod(
            this, [=, this] { admit(guarded, under, authorization, provider, status); }, Qt::QueuedConnection);
    });
}

void ProviderBell::admit(const QPointer<QWebSocket> &guarded, const QPointer<QTcpSocket> &under,
                         const QByteArray &authorization, std::optional<qint64> provider, int status)
{
    QWebSocket *socket = guarded.data();
    if (!socket)
        return;
    if (m_stopped || socket->state() != QAbstractSocket::ConnectedState) { // going, or gone while its token was checked
        socket->deleteLater();
        return;
    }
    if (!provider)
        return BellShard::refuse(socket, status);
    QTcpSocket *transport = under.data();
    BellShard *shard = transport ? shardFor(*provider) : m_home;
    if (shard != m_home) {
        // Qt's WebSocket server deletes the TCP connection when it drops; it
        // lives on another thread from now on, and its shard deletes it.
        QObject::disconnect(transport, &QAbstractSocket::disconnected, nullptr, nullptr);
        transport->setParent(nullptr);
        transport->moveToThread(shard->thread());
        socket->setParent(nullptr);
        socket->moveToThread(shard->thread());
    } else {
        transport = nullptr; // Qt's WebSocket server keeps it
        m_homeUsed = true;
    }
    QMetaObject::invokeMethod(
        shard, [shard, socket, transport, p = *provider, authorization] { shard->listen(socket, transport, p, authorization); },
        Qt::QueuedConnection);
}

void ProviderBell::ring(const QList<qint64> &providers)
{
    // kEveryProvider: another process's notices were lost, everyone rings.
    const bool everyone = providers == QList<qint64>{kEveryProvider};
    QHash<BellShard *, QList<qint64>> byShard;
    if (everyone) {
        byShard.insert(m_home, {});
        for (const auto &entry : std::as_const(m_shards))
            byShard.insert(entry.second, {});
    } else {
        for (const qint64 provider : providers) {
            // Sockets whose connection was unknown wait at home whatever their id.
            byShard[shardFor(provider)].append(provider);
            if (m_homeUsed && !m_shards.isEmpty())
                byShard[m_home].append(provider);
        }
    }
    for (auto it = byShard.cbegin(); it != byShard.cend(); ++it) {
        BellShard *shard = it.key();
        QMetaObject::invokeMethod(shard, [shard, whom = it.value()] { shard->ring(whom); }, Qt::QueuedConnection);
    }
}

void ProviderBell::signedOut(const QByteArray &authorization)
{
    // The header does not say whose token it was: every shard looks.
    QList<BellShard *> shards{m_home};
    for (const auto &entry : std::as_const(m_shards))
        shards.append(entry.second);
    for (BellShard *shard : std::as_const(shards))
        QMetaObject::invokeMethod(shard, [shard, authorization] { shard->signedOut(authorization); }, Qt::QueuedConnection);
}

} // namespace doorstep::server::http
