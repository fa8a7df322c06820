#pragma once
// A worker thread with its own read-only connection to the store
// (Store::readerOpener) on which paged models read their pages and their
// count (PagedTableModel::loadOnWorker) and the schedule board its
// providers' days (ScheduleModel::loadOnWorker): a filter that takes seconds
// over 1,000,000 orders never holds up the GUI thread. Reads run one after
// another, so the models of one page share one connection and one cache.
#include "store/store.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace doorstep::itemmodels {

class PageWorker final : public QObject
{
    Q_OBJECT
public:
    // Answers true once a read's result can no longer be used (a newer
    // filter replaced it); asked on the worker thread.
    using Obsolete = std::function<bool()>;
    using Read = std::function<void(store::Database &db)>;
    struct Outcome
    {
        bool ran = false; // false: obsolete (or closing) before it started
        QString error;    // the read failed; for people
    };

    explicit PageWorker(store::Store::ReaderOpener openReader, QObject *parent = nullptr);
    // Stops the running statement, waits for it and closes the connection.
    ~PageWorker() override;

    // Runs `read` on the worker's connection (opened at first use) unless it
    // is obsolete by then. While it runs SQLite asks `obsolete` every 1,000
    // steps and stops the statement (an error in the outcome) once it says so.
    QFuture<Outcome> run(Obsolete obsolete, Read read);
    // Blocks until every read queued so far has ended (tests, shutdown).
    void waitForIdle();

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThreadPool m_pool; // one thread
};

} // namespace doorstep::itemmodels
