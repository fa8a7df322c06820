#pragma once
// Live counts of orders per status, worked out on a worker thread over its
// own read-only connection, so that a count over 1,000,000 orders never holds
// up the GUI thread. request() starts a count for a filter; a newer request
// makes every older one obsolete: a count still running is stopped (SQLite's
// progress handler) and the result of an obsolete request is never
// delivered. countsReady() comes on the thread that owns this object.
#include "itemmodels/order_filter.h"
#include "store/store.h"

#include <QObject>

#include <map>
#include <memory>

namespace doorstep::services {
struct Session;
}

namespace doorstep::itemmodels {

class StatusCounts final : public QObject
{
    Q_OBJECT
public:
    StatusCounts(store::Store::ReaderOpener openReader, const services::Session &session, QObject *parent = nullptr);
    ~StatusCounts() override;

    void request(const OrderFilter &filter);
    // The number of the latest request (1, 2, …) and whether its result is still to come.
    quint64 latestRequest() const;
    bool isPending() const { return m_pending; }
    // Blocks until the running count ends (tests, shutdown).
    void waitForIdle();

Q_SIGNALS:
    // The counts for `filter`, the latest request's (statuses with no order left out).
    void countsReady(const itemmodels::OrderFilter &filter, const std::map<domain::OrderStatus, qint64> &counts);
    // The latest request failed; the message is for people.
    void countsFailed(const QString &message);
    // A result arrived for a request that a newer one had replaced, and was dropped.
    void obsoleteDropped(quint64 request);

private:
    struct Shared;
    struct Outcome;
    void finished(const Outcome &outcome);

    std::shared_ptr<Shared> m_shared;
    bool m_allowed;
    bool m_unmasked;
    bool m_pending = false;
};

} // namespace doorstep::itemmodels
