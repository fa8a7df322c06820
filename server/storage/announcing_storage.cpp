#include "storage/announcing_storage.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <utility>

namespace doorstep::server {
namespace {

// What of an order its provider's job list shows that someone else changes.
struct JobFacts
{
    qint64 provider = 0;
    QString status;
    QJsonValue plannedStart;
};

JobFacts jobFacts(const StoredRow &order)
{
    if (order.deleted)
        return {};
    const QJsonObject &r = order.row;
    return {r.value(QLatin1StringView("provider_id")).toInteger(), r.value(QLatin1StringView("status")).toString(),
            r.value(QLatin1StringView("planned_start"))};
}

// The providers to ring for an order going from `before` to `after`: the one
// it was given to and the one it was taken from; the same provider when the
// office or the customer changed the job under them (assigned again,
// cancelled, planned at another time). Their own steps (accepted, on the
// way, in service, completed) ring nobody; a decline rings them once (the
// row alone does not tell it from the office taking the job back).
void ringsFor(const JobFacts &before, const JobFacts &after, QSet<qint64> &out)
{
    if (before.provider != after.provider) {
        if (before.provider)
            out.insert(before.provider);
        if (after.provider)
            out.insert(after.provider);
        return;
    }
    if (!after.provider)
        return;
    const bool theirs = after.status != u"assigned" && after.status != u"cancelled";
    if ((after.status != before.status && !theirs) || after.plannedStart != before.plannedStart)
        out.insert(after.provider);
}

// Forwards every call; remembers who each change-log entry is for.
class AnnouncingTransaction : public StorageTransaction
{
public:
    AnnouncingTransaction(std::unique_ptr<StorageTransaction> inner, const AnnouncingStorage &feed)
        : m_inner(std::move(inner)), m_feed(feed)
    {
    }

    qint64 lockMutations(const MutationKey &key) override { return m_inner->lockMutations(key); }
    void recordMutation(const MutationKey &key, qint64 id, bool applied, const QString &reason, qint64 at) override
    {
        m_inner->recordMutation(key, id, applied, reason, at);
    }
    void prefetchRows(const QList<std::pair<QString, qint64>> &keys) override { m_inner->prefetchRows(keys); }
    void lockProvider(qint64 providerId) override { m_inner->lockProvider(providerId); }
    std::optional<StoredRow> row(const QString &entity, qint64 id) override
    {
        auto found = m_inner->row(entity, id);
        // Remembered as read, for the rings when it is written (ringsFor):
        // every writer reads an order before writing it, so no extra read.
        if (entity == u"orders" && !m_orders.contains(id))
            m_orders.insert(id, found ? jobFacts(*found) : JobFacts());
        return found;
    }
    QList<StoredRow> providerBookings(qint64 providerId, qint64 from, qint64 to, qint64 exceptOrderId) override
    {
        return m_inner->providerBookings(providerId, from, to, exceptOrderId);
    }
    std::optional<qint64> platformIdByKey(const QString &entity, const QString &naturalKey) override
    {
        return m_inner->platformIdByKey(entity, naturalKey);
    }
    void putRow(const StoredRow &row, const QString &originOffice, const QStringList &audiences) override
    {
        if (row.entity == u"orders") {
            if (!m_orders.contains(row.id)) // a blind write: read what it replaces
                AnnouncingTransaction::row(row.entity, row.id);
            const JobFacts after = jobFacts(row);
            ringsFor(m_orders.value(row.id), after, m_rings);
            m_orders.insert(row.id, after);
        }
        m_inner->putRow(row, originOffice, audiences);
        m_told[originOffice] << audiences;
    }
    void appendChange(const ChangeEntry &change, const QStringList &audiences) override
    {
        m_inner->appendChange(change, audiences);
        m_told[change.office] << audiences;
    }
    QList<StoredRow> rowsOf(const QString &entity, int limit) override { return m_inner->rowsOf(entity, limit); }
    void putApiKey(const QString &kind, const QString &key, qint64 subject, qint64 expiresAt) override
    {
        m_inner->putApiKey(kind, key, subject, expiresAt);
    }
    QList<qint64> apiSubjects(const QString &kind, const QString &key, qint64 now) override
    {
        return m_inner->apiSubjects(kind, key, now);
    }
    int revokeApiKeys(const QString &kind, const QString &key, qint64 now) override
    {
        return m_inner->revokeApiKeys(kind, key, now);
    }

    std::optional<IdempotencyRecord> claimIdempotencyKey(const QString &scope, const QString &key,
                                                         const QString &requestHash, qint64 now, qint64 expiresAt) override
    {
        return m_inner->claimIdempotencyKey(scope, key, requestHash, now, expiresAt);
    }
    void finishIdempotencyKey(const QString &scope, const QString &key, int status, const QByteArray &reply) override
    {
        m_inner->finishIdempotencyKey(scope, key, status, reply);
    }
    void releaseIdempotencyKey(const QString &scope, const QString &key) override
    {
        m_inner->releaseIdempotencyKey(scope, key);
    }

    void commit() override
    {
        for (auto it = m_told.constBegin(); it != m_told.constEnd(); ++it)
            m_inner->tellOtherProcesses(it.key(), AnnouncingStorage::audiencesOf(it.value()));
        QList<qint64> providers(m_rings.cbegin(), m_rings.cend());
        std::sort(providers.begin(), providers.end()); // the same order every run (tests)
        if (!providers.isEmpty())
            m_inner->tellOtherProcessesJobs(providers);
        m_inner->commit();
        // After the commit, never before: a console rung early would pull
        // before the rows are there and wait a periodic round for them.
        const QMap<QString, QStringList> told = std::exchange(m_told, {});
        for (auto it = told.constBegin(); it != told.constEnd(); ++it)
            m_feed.announce(it.value(), it.key());
        m_rings.clear();
        if (!providers.isEmpty())
            m_feed.announceJobs(providers);
    }

private:
    std::unique_ptr<StorageTransaction> m_inner;
    const AnnouncingStorage &m_feed;
    QMap<QString, QStringList> m_told; // origin -> audiences
    QHash<qint64, JobFacts> m_orders;  // orders read or written here, as they stand
    QSet<qint64> m_rings;              // providers whose jobs changed
};

} // namespace

QStringList AnnouncingStorage::audiencesOf(QStringList told)
{
    told.removeDuplicates();
    told.removeAll(QString());
    return told;
}

int AnnouncingStorage::addListener(Listener listener, Hears hears)
{
    const QMutexLocker lock(&m_mutex);
    m_listeners.insert(++m_nextListener, {std::move(listener), hears});
    return m_nextListener;
}

int AnnouncingStorage::addJobListener(JobListener listener)
{
    const QMutexLocker lock(&m_mutex);
    m_jobListeners.insert(++m_nextListener, std::move(listener));
    return m_nextListener;
}

void AnnouncingStorage::removeListener(int id)
{
    const QWriteLocker calls(&m_calling);
    const QMutexLocker lock(&m_mutex);
    m_listeners.remove(id);
    m_jobListeners.remove(id);
}

void AnnouncingStorage::announceJobs(const QList<qint64> &providers) const
{
    const QReadLocker calls(&m_calling);
    QList<JobListener> listeners;
    {
        const QMutexLocker lock(&m_mutex);
        listeners = m_jobListeners.values();
    }
    for (const JobListener &listener : listeners)
        listener(providers);
}

void AnnouncingStorage::announceJobsFromOtherProcess(QList<qint64> providers) const
{
    if (providers.contains(kEveryProvider)) {
        providers = {kEveryProvider};
    } else {
        providers.removeIf([](qint64 id) { return id < 0; });
        std::sort(providers.begin(), providers.end());
        providers.erase(std::unique(providers.begin(), providers.end()), providers.end());
    }
    if (!providers.isEmpty())
        announceJobs(providers);
}

void AnnouncingStorage::announce(QStringList audiences, const QString &origin) const
{
    tell(audiencesOf(std::move(audiences)), origin, false);
}

void AnnouncingStorage::announceFromOtherProcess(QStringList audiences, const QString &origin) const
{
    tell(audiencesOf(std::move(audiences)), origin, true);
}

void AnnouncingStorage::tell(const QStringList &audiences, const QString &origin, bool fromOtherProcess) const
{
    if (audiences.isEmpty())
        return;
    const QReadLocker calls(&m_calling);
    QList<Listener> listeners;
    {
        const QMutexLocker lock(&m_mutex);
        for (const auto &[listener, hears] : std::as_const(m_listeners))
            if (!fromOtherProcess || hears == Hears::EveryProcess)
                listeners.append(listener);
    }
    for (const Listener &listener : listeners)
        listener(audiences, origin);
}

std::unique_ptr<StorageTransaction> AnnouncingStorage::begin()
{
    return std::make_unique<AnnouncingTransaction>(m_backend.begin(), *this);
}

} // namespace doorstep::server
