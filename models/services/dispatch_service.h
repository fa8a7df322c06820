#pragma once
// Manual dispatch: assign an order to a provider at a start time, move a job
// to another provider or time, take it back. Every call re-checks the dispatch
// rules (dispatch/feasibility) inside its transaction, so a drop checked a
// moment ago against a stale board is still refused if someone else booked the
// provider meanwhile. Hard rules refuse (ServiceError::Conflict naming the
// rule); soft ones refuse unless the caller says the user confirmed them.
#include "feasibility/feasibility.h"
#include "services/service_layer.h"

#include <QStringList>

#include <optional>

namespace doorstep::services {

struct PlacementCheck
{
    dispatch::Verdict verdict;
    QStringList hard;     // one sentence per hard violation; empty: allowed
    QStringList warnings; // soft violations, to confirm
    bool allowed() const { return hard.isEmpty(); }
};

class DispatchService
{
    Q_DECLARE_TR_FUNCTIONS(DispatchService)
public:
    explicit DispatchService(ServiceLayer &services) : m_services(services) {}

    // Read-only: what the rules say about placing the order there.
    PlacementCheck check(qint64 orderId, qint64 providerId, qint64 start);
    // The earliest start in the order's window that breaks no hard rule.
    std::optional<qint64> earliestStart(qint64 orderId, qint64 providerId);

    // awaiting dispatch -> assigned.
    void assign(qint64 orderId, qint64 providerId, qint64 start, bool warningsConfirmed);
    // An assigned (not yet accepted) job to another provider and/or start:
    // one audited action, recorded in the timeline as unassign + assign when
    // the provider changes.
    void move(qint64 orderId, qint64 providerId, qint64 start, bool warningsConfirmed);
    // assigned -> awaiting dispatch; marks the dispatch record undone.
    void unassign(qint64 orderId, const QString &reason);

private:
    PlacementCheck checkIn(store::Database &db, qint64 orderId, qint64 providerId, qint64 start);
    // checkIn, refusing (ServiceError::Conflict) a placement the hard rules
    // forbid, or one with warnings nobody confirmed.
    PlacementCheck checkAndConfirm(store::Database &db, qint64 orderId, qint64 providerId, qint64 start, bool warningsConfirmed);
    ServiceLayer &m_services;
};

} // namespace doorstep::services
