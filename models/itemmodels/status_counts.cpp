#include "itemmodels/status_counts.h"

#include "itemmodels/orders_model.h"
#include "services/session.h"
#include "store/sqlite.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace doorstep::itemmodels {

// What the worker and the GUI thread share: the connection (used by one
// worker at a time, under the mutex) and the number of the latest request.
struct StatusCounts::Shared
{
    store::Store::ReaderOpener openReader;
    QMutex mutex;
    std::unique_ptr<store::Database> db;
    std::atomic<quint64> latest{0};
    QThreadPool pool; // one thread: counts run one after another
};

struct StatusCounts::Outcome
{
    quint64 request = 0;
    OrderFilter filter;
    std::map<domain::OrderStatus, qint64> counts;
    QString error;
    bool stopped = false;
};

namespace {
struct Interrupt
{
    const std::atomic<quint64> *latest;
    quint64 mine;
};

// SQLite calls this every 1000 virtual machine steps: a non-zero answer
// stops the statement (SQLITE_INTERRUPT) once a newer request exists.
int stopWhenObsolete(void *context)
{
    const auto *interrupt = static_cast<const Interrupt *>(context);
    return interrupt->latest->load() != interrupt->mine ? 1 : 0;
}
} // namespace

StatusCounts::StatusCounts(store::Store::ReaderOpener openReader, const services::Session &session, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
    , m_allowed(session.can(services::Permission::OrderView))
    , m_unmasked(session.can(services::Permission::CustomerRevealPersonal))
{
    m_shared->openReader = std::move(openReader);
    m_shared->pool.setMaxThreadCount(1);
}

StatusCounts::~StatusCounts()
{
    ++m_shared->latest; // whatever runs is obsolete now and stops at its next step
    m_shared->pool.waitForDone();
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->db.reset();
}

quint64 StatusCounts::latestRequest() const
{
    return m_shared->latest.load();
}

void StatusCounts::waitForIdle()
{
    m_shared->pool.waitForDone();
}

void StatusCounts::request(const OrderFilter &filter)
{
    const quint64 mine = ++m_shared->latest;
    m_pending = true;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        finished(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_shared->pool, [shared = m_shared, mine, filter, allowed = m_allowed,
                                                            unmasked = m_unmasked]() -> Outcome {
        Outcome outcome;
        outcome.request = mine;
        outcome.filter = filter;
        if (shared->latest.load() != mine) {
            outcome.stopped = true; // replaced before it started
            return outcome;
        }
        if (!allowed)
            return outcome;
        const QMutexLocker lock(&shared->mutex);
        Interrupt interrupt{&shared->latest, mine};
        try {
            if (!shared->db)
                shared->db = shared->openReader();
            shared->db->setProgressHandler(1000, &stopWhenObsolete, &interrupt);
            outcome.counts = countOrdersByStatus(*shared->db, filter, unmasked);
        } catch (const std::exception &e) {
            outcome.stopped = shared->latest.load() != mine;
            outcome.error = QString::fromUtf8(e.what());
        }
        if (shared->db)
            shared->db->setProgressHandler(0, nullptr, nullptr);
        return outcome;
    }));
}

void StatusCounts::finished(const Outcome &outcome)
{
    if (outcome.request != m_shared->latest.load()) {
        Q_EMIT obsoleteDropped(outcome.request);
        return;
    }
    m_pending = false;
    if (!outcome.error.isEmpty())
        Q_EMIT countsFailed(outcome.error);
    else
        Q_EMIT countsReady(outcome.filter, outcome.counts);
}

} // namespace doorstep::itemmodels
