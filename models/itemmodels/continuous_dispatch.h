#pragma once
// Continuous auto-dispatch: the office setting settings::ContinuousDispatch
// (off, propose, assign) applied to new waiting orders while the console runs.
//
// "New" means waiting for dispatch and not seen waiting before by this
// component: the orders waiting when it starts are the dispatcher's, and an
// order is planned once (one the planner leaves out stays with the
// dispatcher, with the reason). Whoever changed orders tells it
// (ordersMayHaveArrived(): after a sync commit, after an order is typed in);
// calls within the debounce interval make one run, and a call during a run
// makes one more run after it.
//
// A run is AutoDispatchService split over threads like the dialog's: the
// snapshot of the new orders (one per office day) is read on the GUI thread,
// the planner runs on a worker with only that copy and words the plan there.
// In "assign" mode the same worker writes it through the spine as one
// `dispatch.auto_assign` action (permission, hard rules re-checked in the
// transaction, audit, outbox; mode-'auto' records with the explanation) on a
// connection of its own (Store::writerOpener, the session and clock of the
// console), as the sync worker writes: those re-checks took 150–330 ms of
// the GUI thread's CPU per run while platform orders streamed in
// (bench_live_stall). In "propose" mode the proposals wait in entries()
// until the dispatcher accepts one (acceptProposal: the `dispatch.auto_accept`
// action of the dialog). Proposals live in this console only, for its session.
//
// No widgets: ContinuousDispatchModel shows entries(), the dispatch page the model.
#include "services/auto_dispatch_service.h"
#include "services/auto_dispatch_settings.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>
#include <vector>

class QTimer;

namespace doorstep::itemmodels {

struct ContinuousDispatchEntry
{
    enum class State {
        Proposed,    // propose mode: waits for the dispatcher
        Assigned,    // assign mode: written
        Accepted,    // a proposal the dispatcher accepted
        NotAssigned, // the planner left it out (proposal.why says why)
        Refused,     // the rules refused it when it was written (note says why)
        Gone,        // a proposal whose order is no longer waiting
    };
    services::AutoDispatchProposal proposal; // with the explanation (why, warnings)
    State state = State::NotAssigned;
    QString note; // the refusal, or what became of a proposal
    qint64 at = 0; // when this entry was made or last changed (UTC seconds)
};

class ContinuousDispatch final : public QObject
{
    Q_OBJECT
public:
    // The session must be allowed to dispatch (Permission::OrderDispatch).
    explicit ContinuousDispatch(services::ServiceLayer &services, QObject *parent = nullptr);
    ~ContinuousDispatch() override; // cancels a run and waits for its worker

    // The office setting as stored now (a wrong value reads as Off).
    services::ContinuousDispatchMode mode() const;

    // Orders may have arrived: a run after the debounce interval.
    void ordersMayHaveArrived();
    void setDebounceMs(int ms);
    bool isRunning() const { return m_running; }

    const QList<ContinuousDispatchEntry> &entries() const { return m_entries; }
    int rowOfOrder(qint64 orderId) const;
    // One click: writes a proposal as proposed (`dispatch.auto_accept`). A
    // proposal the rules now refuse (the provider was booked meanwhile, the
    // order dispatched by hand) is not written: the entry says why and the
    // ServiceError is thrown for the caller to show.
    services::AutoDispatchOutcome acceptProposal(qint64 orderId);

Q_SIGNALS:
    // Around appending an entry (the model's row insertion).
    void entryAboutToBeAdded(int row);
    void entryAdded(int row);
    void entryChanged(int row);
    // After every run, also one that found nothing (or was off).
    void runFinished(int assigned, int proposed, int notAssigned);
    void runFailed(const QString &message);
    // This component wrote orders (the pages read again; message for the status bar).
    void ordersChanged(const QString &message);

private:
    struct Run
    {
        // What to plan, chosen on the GUI thread (an indexed read of the
        // waiting orders); everything else happens on the worker.
        std::vector<services::AutoDispatchSelection> selections;
        dispatch::autodispatch::ObjectiveWeights weights;
        // Filled on the worker: the snapshots read (on its own connection:
        // they grow with the orders left waiting, 84 ms on the GUI thread
        // with a few hundred), the plan worded, and in "assign" mode what
        // writing it did; or the error that stopped the read or the write.
        QList<services::AutoDispatchProposal> planned;
        services::AutoDispatchOutcome written;
        QString readError;
        QString writeError;
    };
    void start();
    void finish();
    void finishRun(Run run, services::ContinuousDispatchMode mode);
    QList<qint64> waitingOrders(QHash<qint64, qint64> *windowStarts = nullptr);
    void forgetGoneProposals();
    void addEntry(ContinuousDispatchEntry entry);
    void setState(int row, ContinuousDispatchEntry::State state, const QString &note);

    services::ServiceLayer &m_services;
    QTimer *m_debounce;
    QSet<qint64> m_seen;
    QList<ContinuousDispatchEntry> m_entries;
    bool m_running = false;
    bool m_again = false;
    services::ContinuousDispatchMode m_runMode = services::ContinuousDispatchMode::Off;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<Run> m_watcher;
};

} // namespace doorstep::itemmodels
