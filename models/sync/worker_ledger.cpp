#include "sync/worker_ledger.h"

#include "store/sqlite.h"
#include "sync/sync_error.h"

namespace doorstep::sync {
namespace {

// Asked by SQLite every 1,000 steps: true stops the statement (an error that
// rolls the spine's transaction back).
int stopWhenCancelled(void *context)
{
    return static_cast<const std::atomic<bool> *>(context)->load() ? 1 : 0;
}

} // namespace

WorkerLedger::WorkerLedger(const store::Store::WriterOpener &open, const services::Session &session, const services::Clock &clock,
                           const std::atomic<bool> *cancel)
    : m_store(open())
    , m_services(*m_store, session)
    , m_ledger(m_services)
    , m_cancel(cancel)
{
    m_services.clock() = clock;
    if (m_cancel)
        m_store->db().setProgressHandler(1000, &stopWhenCancelled, const_cast<std::atomic<bool> *>(m_cancel));
}

WorkerLedger::~WorkerLedger()
{
    m_store->db().setProgressHandler(0, nullptr, nullptr);
}

qint64 WorkerLedger::totalChanges()
{
    return m_store->db().scalar("SELECT total_changes()").toLongLong();
}

bool WorkerLedger::run(const std::function<void(StoreLedger &)> &call)
{
    const qint64 before = totalChanges();
    try {
        call(m_ledger);
    } catch (...) {
        if (m_cancel && m_cancel->load())
            throw SyncError(SyncError::Kind::Cancelled, tr("Cancelled."));
        throw;
    }
    return totalChanges() != before;
}

} // namespace doorstep::sync
