#pragma once
// One sync round (server/PROTOCOL.md): hello, push the outbox in batches in
// order, then pull pages of changes until the server has no more. Network on
// the calling thread (HttpsClient); every store read and write through
// `onStore`, which runs it where the StoreLedger lives (directly in the CLI,
// on the worker thread's own connection in the console: WorkerLedger).
//
// Exactly once: outbox rows are marked sent only for mutations the server
// answered; a reply lost after the server committed leaves them unsent, and
// the next round sends them again, which the server answers "duplicate".
#include "sync/sync_error.h"
#include "sync/sync_ledger.h"
#include "sync/write_budget.h"

#include <atomic>
#include <functional>

namespace doorstep::sync {

struct RoundOutcome
{
    int pushed = 0;    // mutations sent and answered
    int applied = 0;   // merged ones included
    int merged = 0;    // applied, with fields another office's edit kept (listed as conflicts)
    int rejected = 0;
    int duplicate = 0;
    int undone = 0;    // refused assignments taken back locally
    int pulled = 0;    // rows applied from the server
};

using OnStore = std::function<void(const std::function<void(StoreLedger &)> &)>;

class SyncRound
{
    Q_DECLARE_TR_FUNCTIONS(SyncRound)
public:
    explicit SyncRound(OnStore onStore, const std::atomic<bool> *cancel = nullptr)
        : m_onStore(std::move(onStore)), m_cancel(cancel) {}

    // Where the round is: "push" / "pull" and how many so far.
    std::function<void(const QString &stage, int done)> progress;
    // The most rows asked for per pulled page and mutations per push; within
    // them, each page's and push's write transaction is sized by time
    // (WriteBudget), since a console action waits for the whole of it.
    int pullLimit = 1000;
    int pushLimit = kMaxMutationsPerBatch;
    double writeTargetMs = WriteBudget::kTargetMs;
    // What those transactions are timed with (a monotonic clock, ms); tests
    // give one in which every write takes as long as they say.
    std::function<double()> clockMs;

    // Records the round in sync_rounds (its error too), then returns or
    // throws SyncError.
    RoundOutcome run();

private:
    RoundOutcome runSteps();
    void checkCancel() const;

    OnStore m_onStore;
    const std::atomic<bool> *m_cancel;
};

// Runs the ledger calls right here (the CLI, tests).
OnStore directStore(StoreLedger &ledger);

} // namespace doorstep::sync
