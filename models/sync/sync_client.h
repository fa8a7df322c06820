#pragma once
// The console's sync: rounds on a worker thread with its own
// QNetworkAccessManager, each store call of the round (StoreLedger, the
// spine) run back on the thread that owns the store, the GUI thread. Rounds
// start on request ("Sync now") and by themselves every
// few minutes while enrolled; a failed round is retried with exponential
// backoff and jitter. Lives on the GUI thread; no QtWidgets.
#include "sync/backoff.h"
#include "sync/enrollment.h"
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

    StoreLedger &ledger() { return m_ledger; }
    SyncOverview overview() { return m_ledger.overview(); }
    bool busy() const { return m_busy; }
    // True after a completed round, false after a failed one; unknown (false) before.
    bool online() const { return m_online; }
    QString lastError() const { return m_lastError; }

    // Periodic rounds while enrolled (0 = only on request). Off in tests.
    void setInterval(int ms);
    void setBackoff(Backoff b) { m_backoff = b; }

public slots:
    void syncNow();
    void enroll(const doorstep::sync::EnrollRequest &request);
    void cancel();

signals:
    void progress(const QString &stage, int done);
    void roundFinished(bool ok, const QString &message);
    void enrollFinished(bool ok, const QString &message);
    // Pending, conflicts, online or last sync may have changed.
    void stateChanged();

private:
    void start(std::function<QString()> work, bool enrollment);
    void finished(bool enrollment, bool ok, const QString &message);
    void scheduleNext();
    // Runs `call` on this object's thread and waits (or gives up when cancelled).
    void onGuiThread(const std::function<void(StoreLedger &)> &call);

    StoreLedger m_ledger;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread
    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_closing{false};
    bool m_busy = false;
    bool m_online = false;
    QString m_lastError;
    int m_failures = 0;
    int m_intervalMs = 0;
    Backoff m_backoff;
    QTimer m_timer;
};

} // namespace doorstep::sync
