#include "sync/accept_watch.h"

namespace doorstep::server::sync {
namespace {
// The provider an order waits for (assigned, not yet accepted), if any.
std::optional<qint64> waitingFor(const std::optional<StoredRow> &order)
{
    if (!order || order->deleted || order->row.value(QLatin1StringView("status")).toString() != u"assigned")
        return std::nullopt;
    const QJsonValue provider = order->row.value(QLatin1StringView("provider_id"));
    if (!provider.isDouble())
        return std::nullopt;
    return provider.toInteger();
}

constexpr qint64 kDay = 86400;

QString waitKey(const QString &office, qint64 at)
{
    return office + u'/' + QString::number(at / kDay);
}
} // namespace

void trackAcceptance(StorageTransaction &tx, const StoredRow &next, qint64 now)
{
    if (next.entity != u"orders")
        return;
    const std::optional<qint64> was = waitingFor(tx.row(next.entity, next.id));
    const std::optional<qint64> waits = waitingFor(next);
    if (was == waits)
        return; // the same wait (or none) goes on
    const QString key = QString::number(next.id);
    if (const auto since = waitingSince(tx, next.id)) {
        tx.putApiKey(kAcceptWait, waitKey(next.owner, *since), next.id, 1); // expired: no longer listed
        tx.revokeApiKeys(kAcceptSince, key, now);
    }
    if (waits) {
        tx.putApiKey(kAcceptWait, waitKey(next.owner, now), next.id, 0);
        tx.putApiKey(kAcceptSince, key, now, 0);
    }
}

std::optional<qint64> waitingSince(StorageTransaction &tx, qint64 orderId)
{
    const QList<qint64> since = tx.apiSubjects(kAcceptSince, QString::number(orderId), 0);
    if (since.isEmpty())
        return std::nullopt;
    return since.constLast();
}

QList<qint64> waitsBegunBy(StorageTransaction &tx, const QString &office, qint64 cutoff, int limit)
{
    QList<qint64> out;
    for (qint64 day = cutoff / kDay - 7; day <= cutoff / kDay && out.size() < limit; ++day) {
        for (const qint64 orderId : tx.apiSubjects(kAcceptWait, office + u'/' + QString::number(day), 0)) {
            const auto since = waitingSince(tx, orderId);
            if (since && *since <= cutoff && out.size() < limit)
                out.append(orderId);
        }
    }
    return out;
}

std::optional<int> acceptTimeoutOf(StorageTransaction &tx, const QString &office)
{
    const QList<qint64> minutes = tx.apiSubjects(kAcceptTimeout, office, 0);
    if (minutes.isEmpty())
        return std::nullopt;
    return int(minutes.constLast());
}

bool setAcceptTimeout(StorageTransaction &tx, const QString &office, int minutes, qint64 now)
{
    if (acceptTimeoutOf(tx, office) == minutes)
        return false;
    tx.revokeApiKeys(kAcceptTimeout, office, now);
    tx.putApiKey(kAcceptTimeout, office, minutes, 0);
    return true;
}

} // namespace doorstep::server::sync
