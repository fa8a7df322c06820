#pragma once
// Loads a Dashboard on a worker thread over its own read-only connection
// (Store::readerOpener), as itemmodels::StatusCounts counts: request() makes
// every older request obsolete (a running read stops at its next 1,000 SQLite
// steps) and only the latest result is delivered, on the owner's thread.
#include "stats/dashboard.h"
#include "store/store.h"

#include <QObject>

#include <memory>

namespace doorstep::stats {

class DashboardLoader final : public QObject
{
    Q_OBJECT
public:
    // allowed: the session's StatisticsView; without it every request fails.
    DashboardLoader(store::Store::ReaderOpener openReader, bool allowed, QObject *parent = nullptr);
    ~DashboardLoader() override;

    void request(const Filter &filter, Granularity granularity);
    bool isPending() const { return m_pending; }
    void waitForIdle(); // tests, shutdown

Q_SIGNALS:
    void loaded(const doorstep::stats::Dashboard &dashboard);
    void failed(const QString &message);

private:
    struct Shared;
    struct Outcome;
    void finished(const Outcome &outcome);

    std::shared_ptr<Shared> m_shared;
    bool m_allowed;
    bool m_pending = false;
};

} // namespace doorstep::stats
