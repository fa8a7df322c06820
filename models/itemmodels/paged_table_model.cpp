#include "itemmodels/paged_table_model.h"

#include "itemmodels/page_worker.h"
#include "itemmodels/row_merge.h"

#include <QFutureWatcher>

#include <exception>
#include <optional>
#include <utility>

namespace doorstep::itemmodels {

PagedTableModel::PagedTableModel(store::Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

PagedTableModel::~PagedTableModel()
{
    ++*m_latest; // a read still running on a worker stops at its next step
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.value(idColumnInRow());
    return display(row, index.column(), role);
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columns())
        return columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    // While a reload's first page is on its way the shown rows belong to the
    // old filters: more of them would only be replaced.
    return !parent.isValid() && !m_exhausted && !m_busy && !m_loading;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_busy || m_loading)
        return;
    if (!m_query.rows)
        m_query = query(); // never reloaded: the filters as they are
    if (m_worker) {
        if (!m_fetching) // one page at a time: the next continues after it
            fetchOnWorker();
        return;
    }
    QList<Row> page;
    try {
        page = m_query.rows(m_db, m_rows.isEmpty() ? nullptr : &m_rows.constLast(), m_pageSize);
    } catch (const std::exception &e) {
        m_exhausted = true; // stop asking; the view shows what it has
        Q_EMIT loadFailed(QString::fromUtf8(e.what()));
        return;
    }
    if (page.size() < m_pageSize)
        m_exhausted = true;
    appendRows(std::move(page));
}

void PagedTableModel::appendRows(QList<Row> page)
{
    if (page.isEmpty())
        return;
    m_busy = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(std::move(page));
    endInsertRows();
    m_busy = false;
}

void PagedTableModel::fetchOnWorker()
{
    // The page continues after the last row shown now; no other fetch can
    // append before it comes (m_fetching), and a reload makes it obsolete.
    const quint64 load = m_latest->load();
    const quint64 fetch = ++m_fetches;
    m_fetching = fetch;
    std::optional<Row> last;
    if (!m_rows.isEmpty())
        last = m_rows.constLast();
    auto page = std::make_shared<QList<Row>>();
    auto *watcher = new QFutureWatcher<PageWorker::Outcome>(this);
    connect(watcher, &QFutureWatcher<PageWorker::Outcome>::finished, this, [this, watcher, load, fetch, page] {
        watcher->deleteLater();
        pageArrived(load, fetch, std::move(*page), watcher->result().error);
    });
    watcher->setFuture(m_worker->run([latest = m_latest, load] { return latest->load() != load; },
                                     [query = m_query, last, page, limit = m_pageSize](store::Database &db) {
                                         *page = query.rows(db, last ? &*last : nullptr, limit);
                                     }));
}

void PagedTableModel::pageArrived(quint64 load, quint64 fetch, QList<Row> page, const QString &error)
{
    if (load != m_latest->load() || fetch != m_fetching) {
        Q_EMIT obsoleteDropped(load); // the rows it would follow were replaced
        return;
    }
    m_fetching = 0;
    if (!error.isEmpty()) {
        m_exhausted = true; // stop asking; the view shows what it has
        Q_EMIT loadFailed(error);
    } else {
        if (page.size() < m_pageSize)
            m_exhausted = true;
        appendRows(std::move(page));
    }
    Q_EMIT fetched();
}

void PagedTableModel::fetchUntil(QObject *context, std::function<bool()> enough, std::function<void()> then)
{
    if (m_loading) { // the rows to look in are still to come
        whenLoaded(context, [this, context, enough = std::move(enough), then = std::move(then)]() mutable {
            fetchUntil(context, std::move(enough), std::move(then));
        });
        return;
    }
    if (!m_worker) {
        while (!enough() && canFetchMore({}))
            fetchMore({});
        then();
        return;
    }
    if (enough() || !canFetchMore({})) {
        then();
        return;
    }
    fetchMore({}); // queues the next page (or one is already on its way)
    // Look again when it comes, or when a reload's rows replace these.
    struct Waiting
    {
        QMetaObject::Connection fetched, loaded;
    };
    auto waiting = std::make_shared<Waiting>();
    auto again = [this, context, waiting, enough = std::move(enough), then = std::move(then)] {
        disconnect(waiting->fetched);
        disconnect(waiting->loaded);
        fetchUntil(context, enough, then);
    };
    waiting->fetched = connect(this, &PagedTableModel::fetched, context, again);
    waiting->loaded = connect(this, &PagedTableModel::loaded, context, again);
}

qint64 PagedTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(idColumnInRow()).toLongLong() : 0;
}

int PagedTableModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(idColumnInRow()).toLongLong() == id)
            return i;
    return -1;
}

void PagedTableModel::loadOnWorker(PageWorker *worker)
{
    m_worker = worker;
}

void PagedTableModel::recount()
{
    if (m_loading || !m_query.rows)
        return;
    if (m_worker) {
        countOnWorker(m_latest->load(), m_query);
        return;
    }
    if (m_query.count) {
        try {
            Q_EMIT countReady(m_query.count(m_db));
        } catch (const std::exception &e) {
            Q_EMIT countFailed(QString::fromUtf8(e.what()));
        }
    }
}

qint64 PagedTableModel::matchingCount()
{
    const Query q = query();
    return q.count ? q.count(m_db) : 0;
}

void PagedTableModel::reload()
{
    const quint64 load = ++*m_latest;
    m_fetching = 0; // a page on its way continues rows about to be replaced
    if (m_worker) {
        const Query q = query();
        loadFirstPageOnWorker(load, q);
        countOnWorker(load, q);
        return;
    }
    m_loading = false;
    m_counting = false;
    replaceRows(query(), {}, false);
    fetchMore({});
    Q_EMIT loaded();
}

void PagedTableModel::refreshRows()
{
    if (m_loading || !m_query.rows)
        return; // a reload's rows (or none yet) are on their way: they are fresh
    if (m_fetching) { // its page continues the rows shown now: merge after it
        connect(this, &PagedTableModel::fetched, this, &PagedTableModel::refreshRows, Qt::SingleShotConnection);
        return;
    }
    const int limit = std::max(int(m_rows.size()), m_pageSize);
    if (!m_worker) {
        QList<Row> fresh;
        try {
            fresh = m_query.rows(m_db, nullptr, limit);
        } catch (const std::exception &e) {
            Q_EMIT loadFailed(QString::fromUtf8(e.what()));
            return;
        }
        mergeFresh(std::move(fresh), limit);
        return;
    }
    if (m_refreshing) { // its read may have begun before this change: read again when it lands
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    const quint64 load = m_latest->load();
    auto fresh = std::make_shared<QList<Row>>();
    auto *watcher = new QFutureWatcher<PageWorker::Outcome>(this);
    connect(watcher, &QFutureWatcher<PageWorker::Outcome>::finished, this, [this, watcher, load, fresh, limit] {
        watcher->deleteLater();
        m_refreshing = false;
        if (load != m_latest->load()) { // a reload replaced the rows it would merge into
            Q_EMIT obsoleteDropped(load);
            return;
        }
        if (const QString error = watcher->result().error; !error.isEmpty()) {
            Q_EMIT loadFailed(error);
            return;
        }
        if (m_fetching) { // a page asked for meanwhile continues the old rows
            connect(this, &PagedTableModel::fetched, this, &PagedTableModel::refreshRows, Qt::SingleShotConnection);
            return;
        }
        mergeFresh(std::move(*fresh), limit);
        if (std::exchange(m_refreshAgain, false))
            refreshRows();
    });
    watcher->setFuture(m_worker->run([latest = m_latest, load] { return latest->load() != load; },
                                     [query = m_query, fresh, limit](store::Database &db) { *fresh = query.rows(db, nullptr, limit); }));
}

void PagedTableModel::mergeFresh(QList<Row> fresh, int limit)
{
    const int last = columns() - 1;
    const RowSignals s{
        [this](int first, int lastRow) { beginRemoveRows({}, first, lastRow); },
        [this] { endRemoveRows(); },
        [this](int from, int destination) { beginMoveRows({}, from, from, {}, destination); },
        [this] { endMoveRows(); },
        [this](int first, int lastRow) { beginInsertRows({}, first, lastRow); },
        [this] { endInsertRows(); },
        [this, last](int row) { Q_EMIT dataChanged(index(row, 0), index(row, last)); },
    };
    m_busy = true; // views ask for more from inside these signals
    const int idColumn = idColumnInRow();
    mergeRows(m_rows, fresh, [idColumn](const Row &r) { return r.value(idColumn).toLongLong(); },
              [](const Row &a, const Row &b) { return a == b; }, s);
    m_busy = false;
    m_exhausted = fresh.size() < limit;
    Q_EMIT refreshed();
}

void PagedTableModel::whenLoaded(QObject *context, std::function<void()> then)
{
    if (!m_loading)
        then();
    else
        connect(this, &PagedTableModel::loaded, context, std::move(then), Qt::SingleShotConnection);
}

void PagedTableModel::replaceRows(const Query &query, QList<Row> rows, bool exhausted)
{
    m_busy = true;
    beginResetModel();
    m_query = query;
    m_rows = std::move(rows);
    m_exhausted = exhausted;
    endResetModel();
    m_busy = false;
}

void PagedTableModel::loadFirstPageOnWorker(quint64 load, const Query &query)
{
    m_loading = true;
    auto rows = std::make_shared<QList<Row>>();
    auto *watcher = new QFutureWatcher<PageWorker::Outcome>(this);
    connect(watcher, &QFutureWatcher<PageWorker::Outcome>::finished, this, [this, watcher, load, query, rows] {
        watcher->deleteLater();
        firstPageArrived(load, query, std::move(*rows), watcher->result().error);
    });
    watcher->setFuture(m_worker->run([latest = m_latest, load] { return latest->load() != load; },
                                     [query, rows, limit = m_pageSize](store::Database &db) { *rows = query.rows(db, nullptr, limit); }));
}

void PagedTableModel::firstPageArrived(quint64 load, const Query &query, QList<Row> rows, const QString &error)
{
    if (load != m_latest->load()) {
        Q_EMIT obsoleteDropped(load);
        return;
    }
    m_loading = false;
    if (!error.isEmpty()) {
        replaceRows(query, {}, true); // stop asking, as a failed page on this thread does
        Q_EMIT loadFailed(error);
    } else {
        const bool exhausted = rows.size() < m_pageSize;
        replaceRows(query, std::move(rows), exhausted);
    }
    Q_EMIT loaded();
}

void PagedTableModel::countOnWorker(quint64 load, const Query &query)
{
    if (!query.count) {
        m_counting = false;
        return;
    }
    m_counting = true;
    auto count = std::make_shared<qint64>(0);
    auto *watcher = new QFutureWatcher<PageWorker::Outcome>(this);
    connect(watcher, &QFutureWatcher<PageWorker::Outcome>::finished, this, [this, watcher, load, count] {
        watcher->deleteLater();
        if (load != m_latest->load()) {
            Q_EMIT obsoleteDropped(load);
            return;
        }
        m_counting = false;
        const QString error = watcher->result().error;
        if (!error.isEmpty())
            Q_EMIT countFailed(error);
        else
            Q_EMIT countReady(*count);
    });
    watcher->setFuture(m_worker->run([latest = m_latest, load] { return latest->load() != load; },
                                     [query, count](store::Database &db) { *count = query.count(db); }));
}

} // namespace doorstep::itemmodels
