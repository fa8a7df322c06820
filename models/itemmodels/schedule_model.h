#pragma once
// The schedule board's rows: the providers who could take work on one day in
// one district and service category, each with that day's working hours and
// jobs (dispatch::ProviderDay, loaded by services/dispatch_day). Bounded by
// district and category (a few hundred rows at most), never the whole
// provider table.
//
// By default load() reads on the services' connection. After loadOnWorker()
// it reads on a PageWorker (the providers' days of a district take
// 100-200 ms at 1,000,000 orders): the board keeps its rows until the new
// ones come in one reset, then ranks them for the focus order on the GUI
// thread (a few ms); a newer load makes an older one obsolete.
//
// Drag and drop: a pending order or a job block is an OrderDrag payload; the
// view adds the start time under the cursor (setDropStart) and hands it to
// dropMimeData() with the provider's row. canDropMimeData() runs the dispatch
// rules (hard ones refuse); dropMimeData() emits dispatchRequested and leaves
// the change itself to the caller, which puts it on an undo stack.
#include "feasibility/feasibility.h"
#include "itemmodels/order_mime.h"
#include "services/dispatch_service.h"

#include <QAbstractTableModel>
#include <QHash>

#include <atomic>
#include <functional>
#include <memory>
#include <QPointer>

namespace doorstep::services {
class ServiceLayer;
}

namespace doorstep::store {
class Database;
}

namespace doorstep::itemmodels {

class PageWorker;

struct JobBlock
{
    qint64 orderId = 0;
    QString orderNo;
    QString service;
    QString statusKey;
    qint64 start = 0; // UTC seconds
    int durationMin = 0;
    bool movable = false; // assigned, not yet accepted
};

class ScheduleModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Provider, Rating, Jobs, Fit, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1, // raw value
        IdRole,                      // provider id
        EarliestStartRole,           // for the focus order: UTC seconds of the earliest allowed start (or null)
    };

    explicit ScheduleModel(services::ServiceLayer &services, QObject *parent = nullptr);
    ~ScheduleModel() override;

    // From now on load() reads on `worker` (which must outlive the reads).
    void loadOnWorker(PageWorker *worker);
    // A load's rows are still to come (the model shows the older ones).
    bool isLoading() const { return m_loading; }
    // Runs `then` once the latest load is shown: at once when none is on its
    // way, else when it comes (never if `context` goes first).
    void whenLoaded(QObject *context, std::function<void()> then);

    // Loads the providers active in `categoryId` (0: any) who serve `districtId`
    // (0: any), by name, for the day holding `anyTimeThatDay`; at most
    // maxRows() of them (truncated() says when there were more).
    void load(qint64 anyTimeThatDay, qint64 districtId, qint64 categoryId);
    void reload() { load(m_requested.dayStart, m_requested.districtId, m_requested.categoryId); }
    // Reads the shown day again and applies the difference row by row
    // (row_merge.h), keeping the ranking: after a sync pull, so the board
    // keeps its scroll, current row and selection. refreshed() when applied.
    void refreshRows();
    // Ranks the rows for one pending order: providers who can take it first
    // (earliest start, then travel), the rest with the rule that stops them.
    // 0 clears the ranking.
    void setFocusOrder(qint64 orderId);

    qint64 dayStart() const { return m_dayStart; }
    static constexpr int maxRows() { return 500; }
    bool truncated() const { return m_truncated; }
    qint64 providerIdAt(int row) const;
    int rowOfProvider(qint64 providerId) const;
    const dispatch::ProviderDay &providerDay(int row) const { return m_rows.at(row).day; }
    const QList<JobBlock> &jobs(int row) const { return m_rows.at(row).jobs; }
    QString providerName(int row) const { return m_rows.at(row).name; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeDataForJob(int row, qint64 orderId) const; // a job block's drag payload
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    // What the rules say about dropping `data` on `row` (the start is the
    // payload's dropStart, or the earliest allowed one). Throws ServiceError.
    services::PlacementCheck checkDrop(const QMimeData *data, int row) const;
    qint64 resolvedStart(const OrderDrag &drag, qint64 providerId) const;

Q_SIGNALS:
    void dispatchRequested(const itemmodels::OrderDrag &drag, qint64 providerId, qint64 start);
    void loadFailed(const QString &message);
    // The latest load is shown (or failed).
    void loaded();
    // A load came after a newer one had been asked for, and was dropped.
    void obsoleteDropped(quint64 load);
    // refreshRows() applied its rows.
    void refreshed();

private:
    struct Row
    {
        dispatch::ProviderDay day;
        QString name;
        QList<JobBlock> jobs;
        std::optional<qint64> earliest; // for the focus order
        double travel = 0;
        QString fit;                    // the rule that stops it, or the travel
    };
    struct Request
    {
        qint64 dayStart = 0;
        qint64 districtId = 0;
        qint64 categoryId = 0;
    };
    struct Loaded
    {
        QList<Row> rows;
        bool truncated = false;
    };
    // What load() reads; runs on the caller's or the worker's connection.
    static Loaded read(store::Database &db, const Request &request);
    void show(const Request &request, Loaded result, const QString &error);
    int targetRow(int row, const QModelIndex &parent) const;
    void merge(Loaded result, const QString &error);
    void rank(QList<Row> &rows) const;

    services::ServiceLayer &m_services;
    mutable services::DispatchService m_dispatch;
    bool m_allowed;
    qint64 m_dayStart = 0;
    qint64 m_districtId = 0;
    qint64 m_categoryId = 0;
    qint64 m_focusOrder = 0;
    QList<Row> m_rows;
    bool m_truncated = false;
    Request m_requested; // the latest load asked for (reload() repeats it)
    QPointer<PageWorker> m_worker;
    // Shared with the worker's reads: a read whose number is no longer the latest stops.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    bool m_loading = false;
};

} // namespace doorstep::itemmodels
