#include "itemmodels/sweep_check.h"

#include "itemmodels/page_worker.h"
#include "services/order_timeout_service.h"
#include "services/provider_expiry_service.h"

#include <QFutureWatcher>

#include <memory>

namespace doorstep::itemmodels {

SweepCheck::SweepCheck(store::Store::ReaderOpener openReader, QObject *parent)
    : QObject(parent)
    , m_worker(new PageWorker(std::move(openReader), this))
{
}

bool SweepCheck::isChecking(Sweep sweep) const
{
    return m_checking[int(sweep)];
}

bool SweepCheck::checkExpiry(QDate today)
{
    return start(Sweep::Expiry, [today](store::Database &db) { return services::ProviderExpiryService::isDue(db, today); });
}

bool SweepCheck::checkTimeouts(qint64 now)
{
    return start(Sweep::Timeouts, [now](store::Database &db) { return services::OrderTimeoutService::isDue(db, now); });
}

bool SweepCheck::start(Sweep sweep, std::function<bool(store::Database &db)> due)
{
    if (m_checking[int(sweep)])
        return false;
    m_checking[int(sweep)] = true;
    auto answer = std::make_shared<bool>(false);
    auto *watcher = new QFutureWatcher<PageWorker::Outcome>(this);
    connect(watcher, &QFutureWatcher<PageWorker::Outcome>::finished, this, [this, watcher, sweep, answer] {
        watcher->deleteLater();
        m_checking[int(sweep)] = false;
        const PageWorker::Outcome outcome = watcher->result();
        if (!outcome.error.isEmpty())
            Q_EMIT checkFailed(sweep, outcome.error);
        else if (outcome.ran)
            Q_EMIT checked(sweep, *answer);
    });
    watcher->setFuture(m_worker->run([] { return false; }, [due = std::move(due), answer](store::Database &db) { *answer = due(db); }));
    return true;
}

} // namespace doorstep::itemmodels
