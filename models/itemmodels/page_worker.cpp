#include "itemmodels/page_worker.h"

#include "store/sqlite.h"

#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace doorstep::itemmodels {

// What the worker thread and the owner share: the connection (one read at a
// time, under the mutex) and whether the owner is going away.
struct PageWorker::Shared
{
    store::Store::ReaderOpener openReader;
    QMutex mutex;
    std::unique_ptr<store::Database> db;
    std::atomic<bool> closing{false};
};

namespace {
struct Stop
{
    const std::atomic<bool> *closing;
    const PageWorker::Obsolete *obsolete;
};

// SQLite calls this every 1000 virtual machine steps: non-zero stops the
// statement (SQLITE_INTERRUPT, thrown as an SqlError).
int stopWhenObsolete(void *context)
{
    const auto *stop = static_cast<const Stop *>(context);
    return stop->closing->load() || (*stop->obsolete)() ? 1 : 0;
}
} // namespace

PageWorker::PageWorker(store::Store::ReaderOpener openReader, QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->openReader = std::move(openReader);
    m_pool.setMaxThreadCount(1);
}

PageWorker::~PageWorker()
{
    m_shared->closing = true; // the running read stops at its next step
    m_pool.waitForDone();
    const QMutexLocker lock(&m_shared->mutex);
    m_shared->db.reset();
}

void PageWorker::waitForIdle()
{
    m_pool.waitForDone();
}

QFuture<PageWorker::Outcome> PageWorker::run(Obsolete obsolete, Read read)
{
    return QtConcurrent::run(&m_pool, [shared = m_shared, obsolete = std::move(obsolete), read = std::move(read)]() -> Outcome {
        Outcome outcome;
        if (shared->closing.load() || obsolete())
            return outcome;
        const QMutexLocker lock(&shared->mutex);
        Stop stop{&shared->closing, &obsolete};
        outcome.ran = true;
        try {
            if (!shared->db)
                shared->db = shared->openReader();
            shared->db->setProgressHandler(1000, &stopWhenObsolete, &stop);
            read(*shared->db);
        } catch (const std::exception &e) {
            outcome.error = QString::fromUtf8(e.what());
        }
        if (shared->db)
            shared->db->setProgressHandler(0, nullptr, nullptr);
        return outcome;
    });
}

} // namespace doorstep::itemmodels
