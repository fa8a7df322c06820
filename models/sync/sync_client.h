#pragma once
// The console's sync: rounds on a worker thread with its own
// QNetworkAccessManager and its own read-write connection to the store
// (WorkerLedger), so neither the network nor the round's store work (the
// outbox batches, recording pushes, applying pulled pages) holds up the GUI
// thread; SQLite serialises the round's writes with the console's own. The
// GUI thread hears progress, storeChanged after each commit of the worker,
// and the outcome. Rounds start on request ("Sync now") and by themselves
// every few minutes while enrolled; a failed round is retried with
// exponential backoff and jitter; one round at a time. Lives on the GUI
// thread; no QtWidgets.
#include "sync/backoff.h"
#include "sync/enrollment.h"
#include "sync/notify_channel.h"
#include "sync/sync_round.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace doorstep::sync {

class SyncClient : public QObject
{
    Q_OBJECT
public:
    explicit SyncClient(services::ServiceLayer &services, QObject *parent = nullptr);
    ~SyncClient() override;

    // The GUI thread's view (its own connection): overview, history, conflicts seen.
    StoreLedger &ledger() { return m_ledger; }
    SyncOverview overview() { return m_ledger.overview(); }
    bool busy() const { return m_busy; }
    // True after a completed round, false after a failed one; unknown (false) before.
    bool online() const { return m_online; }
    QString lastError() const { return m_lastError; }

    // Periodic rounds while enrolled (0 = only on request). Off in tests.
    void setInterval(int ms);
    void setBackoff(Backoff b) { m_backoff = b; }
    // The most rows per pulled page (SyncRound::pullLimit; the protocol allows up to 5,000).
    void setPullLimit(int rows) { m_pullLimit = rows; }

    // While the console is locked: the running round stops (at its next
    // statement or network wait; what it had not committed is left for the
    // next round) and none starts until it is resumed.
    void setPaused(bool paused);
    bool paused() const { return m_paused; }

    // Live operations: listen to the server's notices (NotifyChannel) while
    // enrolled and not paused, and run a round as soon as one says there are
    // changes (one more after the running round, if one runs). The periodic
    // rounds stay as the fallback. Off by default (tests drive rounds).
    void setLive(bool on);
    // The notice channel is subscribed now.
    bool liveConnected() const { return m_notify.live(); }
    NotifyChannel &notifyChannel() { return m_notify; }

public slots:
    void syncNow();
    // This console wrote what the server should have now (an assignment the
    // provider's app waits for): while live, a round at once (or one more
    // after the running one) instead of at the next notice or periodic round.
    // Offline or not enrolled: nothing (the changes wait in the outbox).
    void pushSoon();
    void enroll(const doorstep::sync::EnrollRequest &request);
    void cancel();

signals:
    void progress(const QString &stage, int done);
    void roundFinished(bool ok, const QString &message);
    void enrollFinished(bool ok, const QString &message);
    // Pending, conflicts, online or last sync may have changed.
    void stateChanged();
    // The worker committed a change to the store (pulled rows, a refused
    // booking taken back, rows marked sent): pages read again. On the GUI
    // thread, after the commit.
    void storeChanged();

private:
    // `work` runs on the worker with the store calls of its round or
    // enrollment (OnStore on a WorkerLedger opened for it).
    void start(std::function<QString(const OnStore &)> work, bool enrollment);
    void finished(bool enrollment, bool ok, const QString &message);
    void scheduleNext();
    void pullNeeded();
    void updateChannel();

    StoreLedger m_ledger;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    std::atomic<bool> m_cancel{false};
    bool m_busy = false;
    bool m_paused = false;
    bool m_resumeRound = false; // the lock cancelled a round: run it again when unlocked
    bool m_online = false;
    QString m_lastError;
    int m_failures = 0;
    int m_intervalMs = 0;
    // Each pulled page is one write transaction on the worker, which a console
    // action waits behind: SyncRound sizes it by time (WriteBudget), up to
    // this many rows, whatever a quick page promised (bench_sync_stall: a page
    // of 160 rows grown from quick ones took 134 ms at load 11; 735 ms at a
    // fixed 1,000 rows).
    int m_pullLimit = 100;
    Backoff m_backoff;
    QTimer m_timer;
    NotifyChannel m_notify;
    bool m_live = false;
    bool m_pullAgain = false; // a notice came during a round: one more round after it
};

} // namespace doorstep::sync
