#pragma once
// Auto-dispatch in the console: read a batch of waiting orders and the days
// of the providers who could take them, plan them with the pure planner
// (dispatch/auto), word the plan for the dispatcher, and apply the proposals
// they accept as one audited action (and take them back as one).
//
// Threads: the store connection is not thread-safe, so the work is split in
// three. snapshot() reads everything the planner needs on the caller's
// connection (the GUI thread's, or a worker's own: continuous auto-dispatch);
// plan() is static and only sees that snapshot, so it may run on a worker;
// describe() words the result (tr() is thread-safe).
// propose() does the three in a row for callers that can block.
#include "auto/auto_dispatch.h"
#include "services/service_layer.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>
#include <functional>

namespace doorstep::services {

// Which waiting orders to plan: those whose window starts in
// [windowFrom, windowTo), on one office day, optionally in one district.
struct AutoDispatchSelection
{
    qint64 windowFrom = 0; // UTC seconds
    qint64 windowTo = 0;
    qint64 districtId = 0; // 0: every district
    QList<qint64> orderIds; // empty: every waiting order of the range; else only these (continuous runs)

    static AutoDispatchSelection wholeDay(qint64 anyTimeThatDay, qint64 districtId = 0);
};

struct AutoDispatchOrderLabel
{
    QString orderNo;
    QString service;
    QString district;
};

// Everything plan() and describe() need; nothing in here refers to the store.
struct AutoDispatchSnapshot
{
    dispatch::autodispatch::AutoDispatchInput input;
    QList<AutoDispatchOrderLabel> labels;  // same order as input.orders
    QHash<qint64, QString> providerNames;  // the candidates
    qint64 dayStart = 0;
};

// One row of the proposal view.
struct AutoDispatchProposal
{
    qint64 orderId = 0;
    AutoDispatchOrderLabel label;
    qint64 windowStart = 0, windowEnd = 0;
    int priority = 0;
    bool assigned = false;
    qint64 providerId = 0;
    QString providerName;
    qint64 start = 0;
    double travelMinutes = 0;   // travel this job adds to the provider's day
    double latenessMinutes = 0; // start - window start
    double score = 0;           // the placement's cost in minute-equivalents (lower is better)
    QString decidingTerm;       // "Travel"; empty without a runner-up
    double decidingMargin = 0;  // how much that term favours the chosen provider
    QString why;                // the explanation sentence (assigned) or the reason (not assigned)
    QStringList warnings;       // soft rules (long travel, low rating, heavy day) on the final plan
};

struct AutoDispatchProposals
{
    QList<AutoDispatchProposal> proposals; // by window start, then order id
    dispatch::autodispatch::PlanTotals totals;
    dispatch::autodispatch::PlanTotals greedyTotals; // the nearest-available baseline
    int candidateProviders = 0;
    bool cancelled = false;
    bool outOfTime = false;
    double milliseconds = 0;
};

// What the dispatcher accepted: written as proposed (mode 'auto').
struct AutoDispatchAcceptItem
{
    qint64 orderId = 0;
    qint64 providerId = 0;
    qint64 start = 0;
    double score = 0;
    QString explanation;
};

struct AutoDispatchOutcome
{
    struct Refusal
    {
        qint64 orderId = 0;
        QString orderNo;
        QString reason;
    };
    QList<qint64> done;      // orders assigned (accept) or taken back (undoAccepted)
    QList<Refusal> refused;  // left as they were, with why
    QString refusalText() const; // one line per refusal: "DS… : reason"
};

class AutoDispatchService
{
    Q_DECLARE_TR_FUNCTIONS(AutoDispatchService)
public:
    explicit AutoDispatchService(ServiceLayer &services) : m_services(services) {}

    // GUI thread. The waiting orders of the selection and the days of the
    // candidate providers: active, with an active skill one of the orders
    // needs, serving one of the orders' districts (so a day's run loads a few
    // hundred providers, not every provider of the franchise; an order with no
    // district may go to anyone, so then every active provider with the skill
    // is loaded). Whether a provider serves an order's district is a hard
    // rule of checkPlacement, like the skill: "All districts" never sends a
    // provider outside their area. Each order carries the providers who
    // declined it or let it time out (providersWhoDeclined): the hard rule
    // Rule::DeclinedBefore keeps it off their days, in the dialog's runs and
    // continuous ones alike. Needs Permission::OrderDispatch: proposing is
    // part of dispatching.
    AutoDispatchSnapshot snapshot(const AutoDispatchSelection &selection, const dispatch::autodispatch::ObjectiveWeights &weights);

    // Any thread: runs the pure planner on the snapshot only.
    static dispatch::autodispatch::AutoDispatchResult plan(const AutoDispatchSnapshot &snapshot, int budgetMs,
                                                           const std::atomic<bool> *cancel,
                                                           std::function<void(int done, int total)> progress = {});
    // The same with every planner option, e.g. no time budget and a cap on
    // local-search moves for a run that depends on the input and seed only.
    static dispatch::autodispatch::AutoDispatchResult plan(const AutoDispatchSnapshot &snapshot,
                                                           const dispatch::autodispatch::AutoDispatchOptions &options);

    // GUI thread (tr()): the plan as rows for the dispatcher.
    static AutoDispatchProposals describe(const AutoDispatchSnapshot &snapshot, const dispatch::autodispatch::AutoDispatchResult &result);

    // snapshot + plan + describe, blocking.
    AutoDispatchProposals propose(const AutoDispatchSelection &selection, const dispatch::autodispatch::ObjectiveWeights &weights,
                                  int budgetMs, const std::atomic<bool> *cancel = nullptr,
                                  std::function<void(int done, int total)> progress = {});

    // One audited action `dispatch.auto_accept` (Permission::OrderDispatch).
    // Each item is assigned through applyOrderChange, which re-checks the hard
    // rules inside the transaction against the store as it is now, "declined
    // before" included (OrderChange::autoDispatch). An item the
    // rules or the order's status refuse (someone booked the provider or
    // dispatched the order meanwhile) is SKIPPED and reported; the others are
    // written, each with a dispatch record in mode 'auto' holding its score
    // and explanation. If every item is refused, nothing is written and
    // ServiceError::Conflict lists why.
    AutoDispatchOutcome accept(const QList<AutoDispatchAcceptItem> &items);

    // The same for continuous auto-dispatch in "assign" mode
    // (itemmodels/continuous_dispatch): one audited action
    // `dispatch.auto_assign` (Permission::OrderDispatch, acting as the console's
    // user, whose console ran the plan; the records are mode 'auto' with their
    // explanation, as above). Nobody is waiting to read an exception here, so
    // when every item is refused nothing is written and the refusals are
    // returned instead of thrown.
    AutoDispatchOutcome assignPlanned(const QList<AutoDispatchAcceptItem> &items);

    // One audited action `dispatch.auto_undo`: takes back the given orders
    // that are still `assigned` by auto-dispatch (their current dispatch
    // record is mode 'auto'); reports the others (accepted by the provider,
    // moved by hand since, ...). If none can be taken back, nothing is
    // written and ServiceError::Conflict lists why.
    AutoDispatchOutcome undoAccepted(const QList<qint64> &orderIds);

    static QList<AutoDispatchAcceptItem> acceptItems(const QList<AutoDispatchProposal> &proposals);

private:
    AutoDispatchOutcome acceptAs(const QString &action, const QList<AutoDispatchAcceptItem> &items, bool throwWhenNoneApplies);
    ServiceLayer &m_services;
};

} // namespace doorstep::services
