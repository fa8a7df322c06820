#include "stats/dashboard_loader.h"

#include "store/sqlite.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace doorstep::stats {

struct DashboardLoader::Shared
{
    store::Store::ReaderOpener openReader;
    QMutex mutex;
    std::unique_ptr<store::Database> db;
    DashboardCache cache; // the worker's, for filter changes within one period
    std::atomic<quint64> latest{0};
    QThreadPool pool; // one thread: loads run one after another on one connection
};

struct DashboardLoader::Outcome
{
    quint64 request = 0;
    Dashboard dashboard;
    QString error;
};

namespace {
struct Interrupt
{
    const std::atomic<quint64> *latest;
    quint64 mine;
};

int stopWhenObsolete(void *context)
{
    const auto *interrupt = static_cast<const Interrupt *>(context);
    return interrupt->latest->load() != interrupt->mine ? 1 : 0;
}
} // namespace

DashboardLoader::DashboardLoader(store::Store::ReaderOpener openReader, bool allowed, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_allowed(allowed)
{
    m_shared->openReader = std::move(openReader);
    m_shared->pool.setMaxThreadCount(1);
}

DashboardLoader::~DashboardLoader()
{
    ++m_shared->latest;
    m_shared->pool.waitForDone();
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->db.reset();
}

void DashboardLoader::waitForIdle()
{
    m_shared->pool.waitForDone();
}

void DashboardLoader::request(const Filter &filter, Granularity granularity)
{
    const quint64 mine = ++m_shared->latest;
    m_pending = true;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        finished(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_shared->pool, [shared = m_shared, mine, filter, granularity, allowed = m_allowed]() -> Outcome {
        Outcome outcome;
        outcome.request = mine;
        if (shared->latest.load() != mine)
            return outcome; // replaced before it started; dropped in finished()
        if (!allowed) {
            outcome.error = QCoreApplication::translate("Stats", "Your role may not view statistics.");
            return outcome;
        }
        const QMutexLocker lock(&shared->mutex);
        Interrupt interrupt{&shared->latest, mine};
        try {
            if (!shared->db)
                shared->db = shared->openReader();
            shared->db->setProgressHandler(1000, &stopWhenObsolete, &interrupt);
            outcome.dashboard = loadDashboard(*shared->db, filter, granularity, &shared->cache);
        } catch (const std::exception &e) {
            shared->cache.valid = false; // possibly half filled
            outcome.error = QString::fromUtf8(e.what());
        }
        if (shared->db)
            shared->db->setProgressHandler(0, nullptr, nullptr);
        return outcome;
    }));
}

void DashboardLoader::finished(const Outcome &outcome)
{
    if (outcome.request != m_shared->latest.load())
        return; // obsolete
    m_pending = false;
    if (!outcome.error.isEmpty())
        Q_EMIT failed(outcome.error);
    else
        Q_EMIT loaded(outcome.dashboard);
}

} // namespace doorstep::stats
