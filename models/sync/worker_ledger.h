#pragma once
// The store as the console's sync worker sees it: a read-write connection of
// its own (Store::writerOpener), a ServiceLayer on it acting as the
// logged-in account with the console's clock, and a StoreLedger on that. So a
// round's store work (building batches, recording pushes, applying pulled
// pages, recording the round) runs on the worker, still through the spine,
// one transaction per call as in the CLI, and the GUI thread only hears the
// outcome. Made, used and destroyed on the worker thread, one per round: the
// connection is closed when the round ends.
#include "sync/sync_ledger.h"

#include <atomic>
#include <functional>
#include <memory>

namespace doorstep::sync {

class WorkerLedger
{
    Q_DECLARE_TR_FUNCTIONS(WorkerLedger)
public:
    // `cancel` stops a running statement too (SQLite's progress handler): a
    // transaction cut short rolls back whole, so cancelling, locking or
    // closing the console mid-page leaves the page for the next round.
    WorkerLedger(const store::Store::WriterOpener &open, const services::Session &session, const services::Clock &clock,
                 const std::atomic<bool> *cancel);
    ~WorkerLedger();
    WorkerLedger(const WorkerLedger &) = delete;
    WorkerLedger &operator=(const WorkerLedger &) = delete;

    // Runs one ledger call here; true when it committed a change (the GUI
    // thread's pages then read again). A call stopped by `cancel` throws
    // SyncError::Cancelled.
    bool run(const std::function<void(StoreLedger &)> &call);

private:
    qint64 totalChanges();

    std::unique_ptr<store::Store> m_store;
    services::ServiceLayer m_services;
    StoreLedger m_ledger;
    const std::atomic<bool> *m_cancel;
};

} // namespace doorstep::sync
