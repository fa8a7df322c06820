#pragma once
// Base of every table model over a large table: rows arrive a page at a time
// (canFetchMore/fetchMore) through keyset queries, so a view over 1,000,000
// orders holds only what has been scrolled into view. Subclasses supply the
// query for "the next `limit` rows after this one" and how to show a cell.
//
// By default every read runs on the caller's connection. After
// loadOnWorker(), every read runs on a PageWorker instead: reload() queues
// the first page and the count, and the view keeps the rows it has until the
// new ones come (one model reset, no empty flash); fetchMore() queues the
// next page and appends it when it comes (a page under a filter that walks
// the table in display order can take hundreds of ms at 1,000,000 orders).
// A newer reload makes older reads obsolete: their statements stop and
// their results are dropped.

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

class PageWorker;

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        SortRole = Qt::UserRole + 1, // the raw stored value (fen, UTC seconds, key)
        IdRole,                      // the row's id
    };

    PagedTableModel(store::Database &db, QObject *parent = nullptr);
    ~PagedTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setPageSize(int rows) { m_pageSize = rows; }
    int pageSize() const { return m_pageSize; }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not loaded
    // Drops loaded rows and loads the first page again (after a filter
    // change or a write). Views keep working: they see a model reset.
    void reload();
    // Reads the rows shown again (as many as are loaded, at least a page)
    // with the same filters and applies the difference row by row
    // (row_merge.h): after a sync pull or another connection's commit, so
    // the view keeps its scroll position, selection and current row. On the
    // worker when loadOnWorker(); refreshed() when applied. A reload on its
    // way makes it unnecessary; a page on its way is awaited first.
    void refreshRows();
    // Counts the rows matching the filters again (countReady), with the
    // rows' refreshRows(): on the worker when loadOnWorker(). A reload on
    // its way counts anyway.
    void recount();
    // Rows matching the filters (may exceed what is loaded), read now on
    // the caller's connection; 0 for a model without a count.
    qint64 matchingCount();

    // From now on reload() reads the first page and the count, and
    // fetchMore() the next page, on `worker` (which must outlive the reads;
    // a page owns both).
    void loadOnWorker(PageWorker *worker);
    bool loadsOnWorker() const { return !m_worker.isNull(); }
    // A reload's first page is still to come (the view shows the older rows).
    bool isLoading() const { return m_loading; }
    // A further page asked for by fetchMore() is on its way from the worker
    // (canFetchMore() stays true meanwhile; another fetchMore() waits for it).
    bool isFetching() const { return m_fetching != 0; }
    // A reload's count is still to come.
    bool isCounting() const { return m_counting; }
    // Runs `then` once the latest reload's first page is shown: at once when
    // no load is on its way, else when it comes (never if `context` goes first).
    void whenLoaded(QObject *context, std::function<void()> then);
    // Fetches further pages until `enough()` holds or nothing more matches,
    // then runs `then` (at once when no page is needed, never if `context`
    // goes first or a reload replaces the rows meanwhile). With a worker the
    // pages come one by one; without one this returns after `then`.
    void fetchUntil(QObject *context, std::function<bool()> enough, std::function<void()> then);
    // The number of the latest reload (1, 2, …).
    quint64 latestLoad() const { return m_latest->load(); }

Q_SIGNALS:
    // A page could not be read (e.g. a damaged store); the message is for people.
    void loadFailed(const QString &message);
    // The first page of the latest reload is shown (or failed).
    void loaded();
    // The count of the latest reload, read on the worker.
    void countReady(qint64 count);
    void countFailed(const QString &message);
    // A first page, further page or count came for a reload that a newer one
    // had replaced, and was dropped.
    void obsoleteDropped(quint64 load);
    // A page asked for by fetchMore() came from the worker (appended or
    // failed); also after a page that added no rows.
    void fetched();
    // refreshRows() applied its rows (also when nothing differed).
    void refreshed();

protected:
    using Row = QVariantList; // raw values, one per column of the query
    // What a load reads, with a copy of the model's filters taken when it is
    // made: it may run on a worker's connection while the filters change.
    struct Query
    {
        // Rows after `last` (nullptr: from the start) in display order.
        std::function<QList<Row>(store::Database &db, const Row *last, int limit)> rows;
        // Rows matching the filters; empty: the model has no count.
        std::function<qint64(store::Database &db)> count;
    };
    virtual Query query() const = 0;
    virtual int columns() const = 0;
    virtual QString columnTitle(int column) const = 0;
    // Raw row -> what the view shows.
    virtual QVariant display(const Row &row, int column, int role) const = 0;
    virtual int idColumnInRow() const { return 0; }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    store::Database &db() const { return m_db; }

private:
    void loadFirstPageOnWorker(quint64 load, const Query &query);
    void countOnWorker(quint64 load, const Query &query);
    void firstPageArrived(quint64 load, const Query &query, QList<Row> rows, const QString &error);
    void replaceRows(const Query &query, QList<Row> rows, bool exhausted);
    void fetchOnWorker();
    void pageArrived(quint64 load, quint64 fetch, QList<Row> page, const QString &error);
    void appendRows(QList<Row> page);
    void mergeFresh(QList<Row> fresh, int limit);

    store::Database &m_db;
    Query m_query; // what the shown rows came from; further pages continue it
    QList<Row> m_rows;
    int m_pageSize = 200;
    bool m_exhausted = false;
    bool m_busy = false; // views (and the model tester) call fetchMore() from our own signals
    QPointer<PageWorker> m_worker;
    // Shared with the worker's reads: a read whose number is no longer the latest stops.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
    bool m_counting = false;
    // The number of the fetch on its way from the worker (0: none); a reload
    // clears it, so a page that comes after a reload is known as obsolete.
    quint64 m_fetching = 0;
    quint64 m_fetches = 0;
    bool m_refreshing = false; // a refreshRows() read is on its way from the worker
    bool m_refreshAgain = false; // refreshRows() was asked again meanwhile
};

} // namespace doorstep::itemmodels
