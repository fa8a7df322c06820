#include "itemmodels/continuous_dispatch.h"

#include "domain/office_time.h"
#include "services/office_settings.h"
#include "store/sqlite.h"
#include "store/store.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <optional>
#include <stdexcept>

namespace doorstep::itemmodels {

namespace ad = dispatch::autodispatch;
using services::ContinuousDispatchMode;
using State = ContinuousDispatchEntry::State;

namespace {
// Orders of one snapshot: well under SQLite's 999 bound parameters.
constexpr qsizetype kChunk = 400;
} // namespace

ContinuousDispatch::ContinuousDispatch(services::ServiceLayer &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(1000); // a sync pull commits page after page: one run for them
    connect(m_debounce, &QTimer::timeout, this, &ContinuousDispatch::start);
    connect(&m_watcher, &QFutureWatcher<Run>::finished, this, &ContinuousDispatch::finish);
    // What waits now is the dispatcher's: only later arrivals, and later
    // returns from a provider, are planned.
    for (const Waiting &w : waitingOrders())
        m_seen.insert(w.id, w.queuedBy);
}

ContinuousDispatch::~ContinuousDispatch()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

ContinuousDispatchMode ContinuousDispatch::mode() const
{
    return services::continuousDispatchMode(services::OfficeSettings(m_services.db()));
}

void ContinuousDispatch::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

void ContinuousDispatch::ordersMayHaveArrived()
{
    if (m_running)
        m_again = true;
    else
        m_debounce->start();
}

int ContinuousDispatch::rowOfOrder(qint64 orderId) const
{
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i)
        if (m_entries.at(i).proposal.orderId == orderId)
            return int(i);
    return -1;
}

// Waiting orders from today on (an earlier window cannot be served any more),
// on the index orders_status_window, each with the timeline event that put it
// in the queue this time (the latest to awaiting_dispatch, by the order's
// index on order_events: a few rows per order).
QList<ContinuousDispatch::Waiting> ContinuousDispatch::waitingOrders()
{
    auto st = m_services.db().prepare(
        "SELECT o.id, o.window_start, e.id, e.event, e.actor_kind FROM orders o LEFT JOIN order_events e ON e.id ="
        " (SELECT x.id FROM order_events x WHERE x.order_id = o.id AND x.to_status = 'awaiting_dispatch' ORDER BY x.at DESC, x.id DESC LIMIT 1)"
        " WHERE o.status = 'awaiting_dispatch' AND o.window_start >= ?");
    st.bind(1, domain::officeDayStart(m_services.now()));
    QList<Waiting> out;
    while (st.next()) {
        const QString event = st.text(3);
        Waiting w{st.int64(0), st.int64(1), st.int64(2), Waiting::Queued};
        if (event == u"decline" || event == u"timeout")
            w.how = Waiting::TurnedDown;
        else if (event == u"unassign" && st.text(4) != u"system")
            w.how = Waiting::TakenBack;
        out << w;
    }
    return out;
}

void ContinuousDispatch::start()
{
    const ContinuousDispatchMode mode = this->mode();
    Run run;
    try {
        const QList<Waiting> waiting = waitingOrders();
        forgetGoneProposals(waiting);
        // By office day: the planner plans one day's providers at a time.
        QMap<qint64, QList<qint64>> byDay;
        for (const Waiting &w : waiting) {
            // Keyed by the event that queued it: each arrival or return is
            // looked at once, so an order left out waits for the dispatcher
            // until it comes back again, and is not planned on every run.
            const auto seen = m_seen.constFind(w.id);
            const bool isNew = seen == m_seen.constEnd();
            if (!isNew && *seen == w.queuedBy)
                continue;
            m_seen.insert(w.id, w.queuedBy);
            // Seen before: planned again only when the provider's side sent
            // it back. Taken back by a person: theirs, seen before or not.
            if ((!isNew && w.how != Waiting::TurnedDown) || w.how == Waiting::TakenBack)
                continue;
            if (!isNew)
                supersedeProposals(w.id);
            byDay[domain::officeDayStart(w.windowStart)].append(w.id);
        }
        // Off: what arrives meanwhile is the dispatcher's, also after the
        // office switches it on.
        if (mode == ContinuousDispatchMode::Off || byDay.isEmpty()) {
            Q_EMIT runFinished(0, 0, 0);
            return;
        }
        const services::AutoDispatchSettings settings = services::loadAutoDispatchSettings(services::OfficeSettings(m_services.db()));
        run.weights = settings.weights;
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
            for (qsizetype from = 0; from < it.value().size(); from += kChunk) {
                services::AutoDispatchSelection selection = services::AutoDispatchSelection::wholeDay(it.key());
                selection.orderIds = it.value().mid(from, kChunk);
                run.selections.push_back(std::move(selection));
            }
        m_runMode = mode;
        m_running = true;
        // The worker reads the snapshots and, in assign mode, writes on a
        // connection of its own, as this console's account, with its clock
        // (taken here, on the GUI thread).
        m_watcher.setFuture(QtConcurrent::run([run = std::move(run), budget = settings.budgetMs, cancel = m_cancel,
                                               open = m_services.store().writerOpener(), assign = mode == ContinuousDispatchMode::Assign,
                                               session = m_services.session(), clock = m_services.clock()]() mutable {
            std::unique_ptr<store::Store> store;
            std::optional<services::ServiceLayer> layer; // on the worker's own connection
            std::vector<services::AutoDispatchSnapshot> snapshots;
            try {
                store = open();
                layer.emplace(*store, session);
                layer->clock() = clock;
                services::AutoDispatchService service(*layer);
                for (const auto &selection : run.selections)
                    snapshots.push_back(service.snapshot(selection, run.weights));
            } catch (const std::exception &e) {
                run.readError = QString::fromUtf8(e.what());
                return std::move(run);
            }
            ad::AutoDispatchOptions options;
            options.timeBudgetMs = budget;
            options.cancel = cancel.get();
            for (const auto &snapshot : snapshots)
                run.planned << services::AutoDispatchService::describe(snapshot, services::AutoDispatchService::plan(snapshot, options)).proposals;
            const QList<services::AutoDispatchAcceptItem> items = services::AutoDispatchService::acceptItems(run.planned);
            if (assign && !items.isEmpty() && !cancel->load()) {
                try {
                    run.written = services::AutoDispatchService(*layer).assignPlanned(items);
                } catch (const std::exception &e) {
                    run.writeError = QString::fromUtf8(e.what());
                }
            }
            return std::move(run);
        }));
    } catch (const std::exception &e) {
        Q_EMIT runFailed(QString::fromUtf8(e.what()));
    }
}

void ContinuousDispatch::finish()
{
    m_running = false;
    if (!m_cancel->load()) {
        try {
            finishRun(m_watcher.result(), m_runMode);
        } catch (const std::exception &e) {
            Q_EMIT runFailed(QString::fromUtf8(e.what()));
        }
    }
    if (std::exchange(m_again, false))
        m_debounce->start();
}

void ContinuousDispatch::finishRun(Run run, ContinuousDispatchMode mode)
{
    if (!run.readError.isEmpty())
        throw std::runtime_error(run.readError.toStdString()); // runFailed, as when the snapshot was read here
    const qint64 now = m_services.now();
    const int first = int(m_entries.size());
    int assigned = 0, proposed = 0, left = 0;
    for (const services::AutoDispatchProposal &p : std::as_const(run.planned)) {
        const State state = !p.assigned ? State::NotAssigned : mode == ContinuousDispatchMode::Assign ? State::Assigned : State::Proposed;
        addEntry({p, state, {}, now});
        (p.assigned ? (mode == ContinuousDispatchMode::Assign ? assigned : proposed) : left)++;
    }
    if (mode == ContinuousDispatchMode::Assign && assigned > 0) {
        if (!run.writeError.isEmpty())
            throw std::runtime_error(run.writeError.toStdString()); // runFailed, as when the write ran here
        const services::AutoDispatchOutcome &out = run.written;
        // The rules, checked again in the transaction, refused these: someone
        // booked the provider or dispatched the order since the snapshot.
        for (const auto &r : out.refused)
            if (const int row = rowOfOrder(r.orderId); row >= first)
                setState(row, State::Refused, r.reason);
        assigned = int(out.done.size());
        left += int(out.refused.size());
        if (assigned)
            Q_EMIT ordersChanged(tr("Auto-dispatch assigned %n new order(s).", nullptr, assigned));
    }
    Q_EMIT runFinished(assigned, proposed, left);
}

void ContinuousDispatch::forgetGoneProposals(const QList<Waiting> &waiting)
{
    QSet<qint64> stillWaiting;
    for (const Waiting &w : waiting)
        stillWaiting.insert(w.id);
    for (qsizetype row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).state == State::Proposed && !stillWaiting.contains(m_entries.at(row).proposal.orderId))
            setState(int(row), State::Gone, tr("No longer waiting for dispatch."));
}

// An order back in the queue gets a new plan: a proposal it still had (it was
// dispatched by hand and declined between two runs) is not the one to accept.
void ContinuousDispatch::supersedeProposals(qint64 orderId)
{
    for (qsizetype row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).state == State::Proposed && m_entries.at(row).proposal.orderId == orderId)
            setState(int(row), State::Gone, tr("Planned again: it came back to the queue."));
}

services::AutoDispatchOutcome ContinuousDispatch::acceptProposal(qint64 orderId)
{
    const int row = rowOfOrder(orderId);
    if (row < 0 || m_entries.at(row).state != State::Proposed)
        throw services::ServiceError::invalid(tr("There is no proposal for this order."));
    try {
        auto out = services::AutoDispatchService(m_services).accept(services::AutoDispatchService::acceptItems({m_entries.at(row).proposal}));
        setState(row, State::Accepted, {});
        Q_EMIT ordersChanged(tr("Auto-dispatch proposal accepted."));
        return out;
    } catch (const services::ServiceError &e) {
        if (e.kind() == services::ServiceError::Kind::Conflict)
            setState(row, State::Refused, QString::fromUtf8(e.what()));
        throw;
    }
}

void ContinuousDispatch::addEntry(ContinuousDispatchEntry entry)
{
    Q_EMIT entryAboutToBeAdded(int(m_entries.size()));
    m_entries.append(std::move(entry));
    Q_EMIT entryAdded(int(m_entries.size()) - 1);
}

void ContinuousDispatch::setState(int row, State state, const QString &note)
{
    auto &e = m_entries[row];
    e.state = state;
    e.note = note;
    e.at = m_services.now();
    Q_EMIT entryChanged(row);
}

} // namespace doorstep::itemmodels
