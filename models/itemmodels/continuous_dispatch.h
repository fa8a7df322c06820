#pragma once
// Continuous auto-dispatch: the office setting settings::ContinuousDispatch
// (off, propose, assign) applied to new waiting orders while the console runs.
//
// "New" means waiting for dispatch and not looked at waiting before by this
// component: the orders waiting when it starts are the dispatcher's. An order
// is looked at once each time it comes to wait: one the planner leaves out
// stays with the dispatcher, with the reason, and is not planned again on the
// next runs. It comes to wait again when its provider declines it or lets the
// accept time pass (assigned -> awaiting_dispatch with a `decline` or
// `timeout` in its timeline: from the provider's app or the server's timeout
// through sync, or recorded here); then it is planned again, also one the
// dispatcher had assigned by hand, and auto-dispatch never offers it to a
// provider who declined it or let it time out (Rule::DeclinedBefore, in every
// auto-dispatch run and write, the dialog's too). A proposal it still had is
// then marked gone. An order a person took back (an unassign by staff: the
// board, "undo", a booking the server refused) is theirs, looked at before or
// not: whoever takes an order back usually means to place it themselves. A
// reschedule of an order looked at before leaves it with the dispatcher too.
//
// What was looked at is keyed by the order AND the timeline event that queued
// it (m_seen: order id -> order_events id), not by how many dispatch records
// it has: the event also says why it waits (turned down or taken back), and
// an order left out is not planned again until another event queues it.
//
// Whoever changed orders tells it (ordersMayHaveArrived(): after a sync
// commit, after an order is typed in); calls within the debounce interval
// make one run, and a call during a run makes one more run after it.
//
// A run is AutoDispatchService split over threads like the dialog's: the
// orders to plan are chosen on the GUI thread (an indexed read of the waiting
// orders); a worker reads the snapshots (one per office day) on a connection
// of its own (Store::writerOpener, the session and clock of the console),
// plans and words the plan. In "assign" mode the same worker writes it
// through the spine as one `dispatch.auto_assign` action (permission, hard
// rules re-checked in the transaction, audit, outbox; mode-'auto' records
// with the explanation), as the sync worker writes: those re-checks took
// 150–330 ms of the GUI thread's CPU per run while platform orders streamed
// in (bench_live_stall). In "propose" mode the proposals wait in entries()
// until the dispatcher accepts one (acceptProposal: the `dispatch.auto_accept`
// action of the dialog). Proposals live in this console only, for its session.
//
// No widgets: ContinuousDispatchModel shows entries(), the dispatch page the model.
#include "services/auto_dispatch_service.h"
#include "services/auto_dispatch_settings.h"

#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QObject>

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
    int rowOfOrder(qint64 orderId) const; // the order's latest entry (one per plan: a returned order has several)
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
    // A waiting order and how it came to wait this time.
    struct Waiting
    {
        enum How {
            Queued,     // arrived (submitted, rescheduled)
            TurnedDown, // its provider declined it or let it time out
            TakenBack,  // a person unassigned it (board, "undo", a refused sync booking)
        };
        qint64 id = 0;
        qint64 windowStart = 0;
        qint64 queuedBy = 0; // the order_events row that put it in the queue (0: none)
        How how = Queued;
    };
    void start();
    void finish();
    void finishRun(Run run, services::ContinuousDispatchMode mode);
    QList<Waiting> waitingOrders();
    void forgetGoneProposals(const QList<Waiting> &waiting);
    void supersedeProposals(qint64 orderId);
    void addEntry(ContinuousDispatchEntry entry);
    void setState(int row, ContinuousDispatchEntry::State state, const QString &note);

    services::ServiceLayer &m_services;
    QTimer *m_debounce;
    QHash<qint64, qint64> m_seen; // order id -> Waiting::queuedBy when it was last looked at
    QList<ContinuousDispatchEntry> m_entries;
    bool m_running = false;
    bool m_again = false;
    services::ContinuousDispatchMode m_runMode = services::ContinuousDispatchMode::Off;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QFutureWatcher<Run> m_watcher;
};

} // namespace doorstep::itemmodels
