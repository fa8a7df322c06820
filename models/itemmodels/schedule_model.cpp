#include "itemmodels/schedule_model.h"

#include "domain/office_time.h"
#include "itemmodels/display_format.h"
#include "itemmodels/page_worker.h"
#include "itemmodels/row_merge.h"
#include "services/dispatch_day.h"
#include "services/office_settings.h"
#include "services/dispatch_rules_text.h"
#include "services/service_layer.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

#include <QFutureWatcher>

#include <algorithm>

namespace doorstep::itemmodels {
namespace {

// More rows than anyone scrolls through on one board; keeps a careless "any
// district, any service" choice from loading 20,000 provider days.
constexpr int kMaxRows = ScheduleModel::maxRows();


} // namespace

ScheduleModel::ScheduleModel(services::ServiceLayer &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
    , m_dispatch(services)
    , m_allowed(services.session().can(services::Permission::OrderView))
{
}

ScheduleModel::~ScheduleModel()
{
    ++*m_latest; // a read still running on a worker stops at its next step
}

void ScheduleModel::loadOnWorker(PageWorker *worker)
{
    m_worker = worker;
}

void ScheduleModel::whenLoaded(QObject *context, std::function<void()> then)
{
    if (!m_loading)
        then();
    else
        connect(this, &ScheduleModel::loaded, context, std::move(then), Qt::SingleShotConnection);
}

void ScheduleModel::load(qint64 anyTimeThatDay, qint64 districtId, qint64 categoryId)
{
    const Request request{domain::officeDayStart(anyTimeThatDay), districtId, categoryId};
    m_requested = request;
    const quint64 load = ++*m_latest;
    if (!m_allowed) {
        m_loading = false;
        show(request, {}, {});
        return;
    }
    if (!m_worker) {
        Loaded result;
        QString error;
        try {
            result = read(m_services.db(), request);
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        show(request, std::move(result), error);
        return;
    }
    m_loading = true;
    auto result = std::make_shared<Loaded>();
    auto *watcher = new QFutureWatcher<PageWorker::Outcome>(this);
    connect(watcher, &QFutureWatcher<PageWorker::Outcome>::finished, this, [this, watcher, load, request, result] {
        watcher->deleteLater();
        if (load != m_latest->load()) {
            Q_EMIT obsoleteDropped(load);
            return;
        }
        show(request, std::move(*result), watcher->result().error);
    });
    watcher->setFuture(m_worker->run([latest = m_latest, load] { return latest->load() != load; },
                                     [request, result](store::Database &db) { *result = read(db, request); }));
}

void ScheduleModel::refreshRows()
{
    if (m_loading || !m_allowed)
        return; // a load's rows are on their way: they are fresh
    const Request request{m_dayStart, m_districtId, m_categoryId};
    if (!m_worker) {
        Loaded result;
        QString error;
        try {
            result = read(m_services.db(), request);
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        merge(std::move(result), error);
        return;
    }
    // Not a new load: a load() asked for meanwhile makes this read obsolete.
    const quint64 load = m_latest->load();
    auto result = std::make_shared<Loaded>();
    auto *watcher = new QFutureWatcher<PageWorker::Outcome>(this);
    connect(watcher, &QFutureWatcher<PageWorker::Outcome>::finished, this, [this, watcher, load, result] {
        watcher->deleteLater();
        if (load != m_latest->load() || m_loading) {
            Q_EMIT obsoleteDropped(load);
            return;
        }
        merge(std::move(*result), watcher->result().error);
    });
    watcher->setFuture(m_worker->run([latest = m_latest, load] { return latest->load() != load; },
                                     [request, result](store::Database &db) { *result = read(db, request); }));
}

void ScheduleModel::merge(Loaded result, const QString &error)
{
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error); // the rows shown stay
        return;
    }
    try {
        rank(result.rows); // in the order the board shows now, so only what changed moves
    } catch (const std::exception &e) {
        Q_EMIT loadFailed(QString::fromUtf8(e.what()));
    }
    const RowSignals s{
        [this](int first, int last) { beginRemoveRows({}, first, last); },
        [this] { endRemoveRows(); },
        [this](int from, int destination) { beginMoveRows({}, from, from, {}, destination); },
        [this] { endMoveRows(); },
        [this](int first, int last) { beginInsertRows({}, first, last); },
        [this] { endInsertRows(); },
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); },
    };
    // A provider's day has no cheap equality: every kept row is repainted
    // (at most maxRows()), which moves nothing.
    mergeRows(m_rows, result.rows, [](const Row &r) { return r.day.providerId; },
              [](const Row &, const Row &) { return false; }, s);
    m_truncated = result.truncated;
    Q_EMIT refreshed();
}

ScheduleModel::Loaded ScheduleModel::read(store::Database &db, const Request &request)
{
    Loaded out;
    const qint64 districtId = request.districtId;
    const qint64 categoryId = request.categoryId;
    QByteArray sql;
    QVariantList binds;
    if (categoryId) {
        sql = "SELECT p.id, p.name FROM provider_skills s JOIN providers p ON p.id = s.provider_id"
              " WHERE s.category_id = ? AND s.status = 'active' AND p.status = 'active'";
        binds << categoryId;
        if (districtId) {
            sql += " AND EXISTS (SELECT 1 FROM provider_districts pd WHERE pd.provider_id = p.id AND pd.district_id = ?)";
            binds << districtId;
        }
    } else if (districtId) {
        sql = "SELECT p.id, p.name FROM provider_districts pd JOIN providers p ON p.id = pd.provider_id"
              " WHERE pd.district_id = ? AND p.status = 'active'";
        binds << districtId;
    } else {
        sql = "SELECT p.id, p.name FROM providers p WHERE p.status = 'active'";
    }
    // One more than shown, to know that the list was cut.
    sql += " ORDER BY p.name, p.id LIMIT ?";
    binds << kMaxRows + 1;
    auto st = db.prepare(sql);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    QList<qint64> ids;
    QHash<qint64, QString> names;
    while (st.next()) {
        ids << st.int64(0);
        names.insert(st.int64(0), st.text(1));
    }
    out.truncated = ids.size() > kMaxRows;
    if (out.truncated)
        ids.removeLast();
    const QList<dispatch::ProviderDay> days = services::loadProviderDays(db, ids, request.dayStart);

    QList<qint64> jobIds;
    for (const auto &d : days)
        for (const auto &j : d.jobs)
            jobIds << j.orderId;
    QHash<qint64, JobBlock> blocks;
    for (qsizetype from = 0; from < jobIds.size(); from += 400) {
        const QList<qint64> chunk = jobIds.mid(from, 400);
        auto jobs = db.prepare("SELECT o.id, o.order_no, si.name, o.status FROM orders o JOIN service_items si ON si.id = o.service_item_id"
                               " WHERE o.id IN (" + store::placeholders(chunk.size()) + ")");
        for (qsizetype i = 0; i < chunk.size(); ++i)
            jobs.bind(int(i + 1), chunk.at(i));
        while (jobs.next()) {
            JobBlock b;
            b.orderId = jobs.int64(0);
            b.orderNo = jobs.text(1);
            b.service = jobs.text(2);
            b.statusKey = jobs.text(3);
            b.movable = services::storedOrderStatus(b.statusKey, b.orderId) == domain::OrderStatus::Assigned;
            blocks.insert(b.orderId, b);
        }
        // Another office's booking of a shared provider (sync_bookings, the
        // slot only): shown with its number and office, never movable here.
        auto foreign = db.prepare("SELECT order_id, order_no, office FROM sync_bookings WHERE order_id IN ("
                                  + store::placeholders(chunk.size()) + ")");
        for (qsizetype i = 0; i < chunk.size(); ++i)
            foreign.bind(int(i + 1), chunk.at(i));
        while (foreign.next()) {
            if (blocks.contains(foreign.int64(0)))
                continue;
            JobBlock b;
            b.orderId = foreign.int64(0);
            b.orderNo = foreign.text(1);
            b.service = tr("Booked by office %1").arg(foreign.text(2));
            blocks.insert(b.orderId, b);
        }
    }
    for (const auto &d : days) {
        Row r;
        r.day = d;
        r.name = names.value(d.providerId);
        for (const auto &j : d.jobs) {
            JobBlock b = blocks.value(j.orderId);
            b.orderId = j.orderId;
            b.start = j.start;
            b.durationMin = j.durationMin;
            r.jobs << b;
        }
        out.rows << r;
    }
    return out;
}

void ScheduleModel::show(const Request &request, Loaded result, const QString &error)
{
    if (!error.isEmpty())
        Q_EMIT loadFailed(error);
    beginResetModel();
    m_dayStart = request.dayStart;
    m_districtId = request.districtId;
    m_categoryId = request.categoryId;
    m_rows = std::move(result.rows);
    m_truncated = result.truncated;
    endResetModel();
    m_loading = false;
    if (m_focusOrder)
        setFocusOrder(m_focusOrder);
    Q_EMIT loaded();
}

void ScheduleModel::setFocusOrder(qint64 orderId)
{
    m_focusOrder = orderId;
    beginResetModel();
    try {
        rank(m_rows);
    } catch (const std::exception &e) {
        Q_EMIT loadFailed(QString::fromUtf8(e.what()));
    }
    endResetModel();
}

void ScheduleModel::rank(QList<Row> &rows) const
{
    for (Row &r : rows) {
        r.earliest.reset();
        r.travel = 0;
        r.fit.clear();
    }
    if (!m_focusOrder) {
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.name < b.name; });
        return;
    }
    auto &db = m_services.db();
    const auto order = services::loadOrderForDispatch(db, m_focusOrder);
    if (!order)
        return;
    const auto rules = services::loadFeasibilityRules(services::OfficeSettings(db));
    for (Row &r : rows) {
        r.earliest = dispatch::earliestFeasibleStart(order->place, r.day, rules);
        const auto verdict = dispatch::checkPlacement(order->place, r.day, r.earliest.value_or(order->place.windowStart), rules);
        r.travel = verdict.travelBeforeMin;
        if (r.earliest)
            r.fit = tr("%1 · %n min travel", nullptr, int(verdict.travelBeforeMin + 0.5)).arg(formatDateTime(*r.earliest).right(5));
        else if (const auto hard = verdict.firstHard())
            r.fit = services::DispatchRulesText::ruleName(hard->rule);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.earliest.has_value() != b.earliest.has_value())
            return a.earliest.has_value();
        if (a.earliest && *a.earliest != *b.earliest)
            return *a.earliest < *b.earliest;
        if (a.earliest && a.travel != b.travel)
            return a.travel < b.travel;
        return a.name < b.name;
    });
}

qint64 ScheduleModel::providerIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).day.providerId : 0;
}

int ScheduleModel::rowOfProvider(qint64 providerId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).day.providerId == providerId)
            return i;
    return -1;
}

int ScheduleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScheduleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScheduleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == IdRole)
        return qint64(r.day.providerId);
    if (role == EarliestStartRole)
        return r.earliest ? QVariant(qint64(*r.earliest)) : QVariant();
    if (role == Qt::TextAlignmentRole && (index.column() == Rating || index.column() == Jobs))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Provider: return r.name;
    case Rating:
        if (role == SortRole)
            return r.day.ratingX100;
        return r.day.ratingCount ? QString::number(double(r.day.ratingX100) / 100.0, 'f', 2) : QStringLiteral("—");
    case Jobs:
        if (role == SortRole)
            return int(r.jobs.size());
        return tr("%1/%2").arg(r.jobs.size()).arg(r.day.dailyJobLimit);
    case Fit:
        if (role == SortRole)
            return r.earliest ? QVariant(qint64(*r.earliest)) : QVariant();
        return r.fit;
    case ColumnCount: break;
    }
    return {};
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Provider: return tr("Provider");
    case Rating: return tr("Rating");
    case Jobs: return tr("Jobs");
    case Fit: return tr("Fit for the order");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags ScheduleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList ScheduleModel::mimeTypes() const
{
    return {QString::fromUtf16(kOrderMimeType)};
}

QMimeData *ScheduleModel::mimeDataForJob(int row, qint64 orderId) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    for (const JobBlock &b : m_rows.at(row).jobs)
        if (b.orderId == orderId)
            return encodeOrderDrag({orderId, m_rows.at(row).day.providerId, b.start, 0, b.durationMin});
    return nullptr;
}

int ScheduleModel::targetRow(int row, const QModelIndex &parent) const
{
    const int r = parent.isValid() ? parent.row() : row;
    return r >= 0 && r < m_rows.size() ? r : -1;
}

qint64 ScheduleModel::resolvedStart(const OrderDrag &drag, qint64 providerId) const
{
    if (drag.dropStart)
        return drag.dropStart;
    return m_dispatch.earliestStart(drag.orderId, providerId).value_or(0);
}

services::PlacementCheck ScheduleModel::checkDrop(const QMimeData *data, int row) const
{
    const auto drag = decodeOrderDrag(data);
    if (!drag || row < 0 || row >= m_rows.size())
        return {{}, {tr("Nothing to drop here.")}, {}};
    const qint64 provider = m_rows.at(row).day.providerId;
    const qint64 start = resolvedStart(*drag, provider);
    if (!start)
        return {{}, {tr("%1 has no free time in this order's window.").arg(m_rows.at(row).name)}, {}};
    return m_dispatch.check(drag->orderId, provider, start);
}

bool ScheduleModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent) const
{
    const int r = targetRow(row, parent);
    if (action != Qt::MoveAction || r < 0 || !decodeOrderDrag(data))
        return false;
    try {
        return checkDrop(data, r).allowed();
    } catch (const std::exception &) {
        return false;
    }
}

bool ScheduleModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const auto drag = decodeOrderDrag(data);
    const int r = targetRow(row, parent);
    const qint64 provider = m_rows.at(r).day.providerId;
    Q_EMIT dispatchRequested(*drag, provider, resolvedStart(*drag, provider));
    return true;
}

} // namespace doorstep::itemmodels
