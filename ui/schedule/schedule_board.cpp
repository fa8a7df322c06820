#include "ui/schedule/schedule_board.h"

#include "domain/office_time.h"
#include "itemmodels/display_format.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/queries.h"
#include "itemmodels/schedule_model.h"
#include "services/dispatch_day.h"
#include "services/dispatch_service.h"
#include "services/workspace.h"
#include "ui/catalogue_combo.h"
#include "ui/map/dispatch_map.h"
#include "ui/map/map_view.h"
#include "ui/message_box.h"
#include "ui/schedule/auto_dispatch_dialog.h"
#include "ui/schedule/continuous_dispatch_panel.h"
#include "ui/schedule/dispatch_commands.h"
#include "ui/schedule/dispatch_rules_dialog.h"
#include "ui/schedule/schedule_timeline.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::OrdersModel;
using itemmodels::ScheduleModel;

ScheduleBoard::ScheduleBoard(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_service(std::make_unique<services::DispatchService>(workspace.services()))
    , m_pending(itemmodels::Queries(workspace).ordersModel(this))
    , m_schedule(itemmodels::Queries(workspace).scheduleModel(this))
    , m_undo(new QUndoStack(this))
    , m_day(new QDateEdit(this))
    , m_district(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_pendingView(new QTableView(this))
    , m_timeline(new ScheduleTimeline(this))
    , m_map(nullptr)
    , m_orderInfo(new QLabel(this))
    , m_scheduleNote(new QLabel(this))
{
    m_pending->setAcceptsJobsBack(true);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd ddd"));
    try {
        fillChoices(m_district, tr("All districts"), itemmodels::Queries(workspace).districts());
        fillChoices(m_category, tr("All services"), itemmodels::Queries(workspace).serviceCategories());
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    // The providers' days of a district take 100-200 ms at 1,000,000 orders:
    // read on the board's worker, the board shows them when they come.
    m_schedule->loadOnWorker(itemmodels::Queries(workspace).pageWorker(this));
    setUpPendingView();
    m_timeline->setModel(m_schedule);
    m_map = new DispatchMap(workspace, m_schedule, this);
    connectViews();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buildToolbar());
    layout->addWidget(buildSplit(), 1);
    setTabOrder(m_pendingView, m_timeline);
    showDay(m_workspace.services().now());
}

void ScheduleBoard::setUpPendingView()
{
    m_pendingView->setModel(m_pending);
    m_pendingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pendingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pendingView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_pendingView->setDragEnabled(true);
    m_pendingView->setAcceptDrops(true);
    m_pendingView->setDragDropMode(QAbstractItemView::DragDrop);
    m_pendingView->setDefaultDropAction(Qt::MoveAction);
    m_pendingView->setDropIndicatorShown(false);
    m_pendingView->verticalHeader()->hide();
    m_pendingView->horizontalHeader()->setStretchLastSection(true);
    for (int c : {int(OrdersModel::Status), int(OrdersModel::Phone), int(OrdersModel::Provider), int(OrdersModel::Price)})
        m_pendingView->setColumnHidden(c, true);
    // Wide enough for a whole console-made number (DS + day + node + sequence).
    m_pendingView->setColumnWidth(OrdersModel::OrderNo, m_pendingView->fontMetrics().horizontalAdvance(QStringLiteral("DS20261201000100001")) + 24);
    m_pendingView->setColumnWidth(OrdersModel::Window, 160);
}

void ScheduleBoard::connectViews()
{
    for (QComboBox *filter : {m_district, m_category})
        connect(filter, &QComboBox::currentIndexChanged, this, [this] {
            reloadPending();
            reloadSchedule();
        });
    connect(m_day, &QDateEdit::dateChanged, this, [this] {
        reloadPending();
        reloadSchedule();
    });
    connect(m_pendingView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ScheduleBoard::focusOnSelected);
    connect(m_pending, &OrdersModel::modelReset, this, &ScheduleBoard::focusOnSelected);
    connect(m_pending, &OrdersModel::unassignRequested, this, &ScheduleBoard::takeBack);
    connect(m_pending, &OrdersModel::loadFailed, this, [this](const QString &m) { MessageBox::warning(this, tr("Schedule"), m); });
    connect(m_schedule, &ScheduleModel::loadFailed, this, [this](const QString &m) { MessageBox::warning(this, tr("Schedule"), m); });
    connect(m_schedule, &ScheduleModel::dispatchRequested, this, &ScheduleBoard::dispatchTo);
    connect(m_schedule, &ScheduleModel::loaded, this, [this] {
        m_scheduleNote->setText(m_schedule->truncated()
                                    ? tr("Showing the first %1 providers by name: choose a district or a service to see the others.")
                                          .arg(ScheduleModel::maxRows())
                                    : tr("%n provider(s)", nullptr, m_schedule->rowCount()));
    });
    connect(m_timeline, &ScheduleTimeline::currentRowChanged, this, [this](int row) { m_map->setSelectedProvider(m_schedule->providerIdAt(row)); });
    connect(m_map, &DispatchMap::orderPicked, this, &ScheduleBoard::pickOrderFromMap);
    connect(m_map, &DispatchMap::providerPicked, this, &ScheduleBoard::pickProviderFromMap);
    connect(m_timeline, &ScheduleTimeline::dropped, this, &ScheduleBoard::handleDrop);
    connect(m_timeline, &ScheduleTimeline::rowActivated, this, [this] { assignSelectedToCurrentRow(); });
    connect(m_timeline, &ScheduleTimeline::takeBackRequested, this, &ScheduleBoard::takeBackJob);
    connect(m_timeline, &ScheduleTimeline::nudgeRequested, this, &ScheduleBoard::nudgeJob);
    connect(m_timeline, &ScheduleTimeline::moveRequested, this, &ScheduleBoard::moveJob);
}

QHBoxLayout *ScheduleBoard::buildToolbar()
{
    m_undoAction = m_undo->createUndoAction(this, tr("Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction = m_undo->createRedoAction(this, tr("Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_undoAction);
    addAction(m_redoAction);
    auto *undoButton = new QToolButton(this);
    undoButton->setDefaultAction(m_undoAction);
    undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *redoButton = new QToolButton(this);
    redoButton->setDefaultAction(m_redoAction);
    redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *assign = new QPushButton(tr("Assign to selected provider"), this);
    assign->setToolTip(tr("Enter on the board does the same: the earliest start the rules allow"));
    connect(assign, &QPushButton::clicked, this, &ScheduleBoard::assignSelectedToCurrentRow);
    m_autoDispatch = new QPushButton(tr("Auto-dispatch…"), this);
    m_autoDispatch->setToolTip(tr("Plan the day's waiting orders automatically, review the proposals and accept them"));
    m_autoDispatch->setEnabled(m_workspace.session().can(services::Permission::OrderDispatch));
    connect(m_autoDispatch, &QPushButton::clicked, this, &ScheduleBoard::runAutoDispatch);
    auto *rules = new QPushButton(tr("Rules…"), this);
    rules->setToolTip(tr("Travel speed and road factor, and when a drop asks for confirmation"));
    connect(rules, &QPushButton::clicked, this, [this] {
        DispatchRulesDialog dialog(m_workspace, this);
        if (dialog.exec() == QDialog::Accepted)
            refreshAfterChange(); // new rules: new ranking and fit
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Day:"), this));
    bar->addWidget(m_day);
    bar->addWidget(m_district);
    bar->addWidget(m_category);
    bar->addStretch(1);
    for (QWidget *w : {static_cast<QWidget *>(assign), static_cast<QWidget *>(m_autoDispatch), static_cast<QWidget *>(rules),
                       static_cast<QWidget *>(undoButton), static_cast<QWidget *>(redoButton)})
        bar->addWidget(w);
    return bar;
}

QSplitter *ScheduleBoard::buildSplit()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Waiting for dispatch (drag onto a provider; drag a job back here to take it back)"), left));
    leftLayout->addWidget(m_pendingView, 1);
    m_orderInfo->setWordWrap(true);
    leftLayout->addWidget(m_orderInfo);
    auto *keys = new QLabel(tr("Keys on the board: Up/Down provider · Enter assign · Left/Right pick a job · Alt+Left/Right 15 min"
                               " earlier/later · Ctrl+X then Enter move to another provider · Delete take back · Ctrl+Z undo"), left);
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText); // a quiet hint in light and dark themes
    leftLayout->addWidget(keys);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scheduleNote);
    rightLayout->addWidget(m_timeline, 1);
    m_views = new QTabWidget(this);
    m_views->addTab(right, tr("Board"));
    m_views->addTab(m_map, tr("Map"));
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_views);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    return split;
}

ScheduleBoard::~ScheduleBoard() = default;

void ScheduleBoard::setContinuousDispatch(itemmodels::ContinuousDispatch *continuous)
{
    if (m_continuous || !continuous)
        return;
    m_continuous = new ContinuousDispatchPanel(continuous, this);
    m_views->addTab(m_continuous, tr("New orders"));
    // The office may have changed the mode meanwhile (settings, a sync).
    connect(m_views, &QTabWidget::currentChanged, m_continuous, [this](int index) {
        if (m_views->widget(index) == m_continuous)
            m_continuous->refreshMode();
    });
}

bool ScheduleBoard::isLoading() const
{
    return m_schedule->isLoading() || m_pending->isLoading();
}

void ScheduleBoard::showDay(qint64 utcSecs)
{
    const QDate date = QDateTime::fromSecsSinceEpoch(utcSecs, domain::officeTimeZone()).date();
    if (m_day->date() == date) {
        reloadPending();
        reloadSchedule();
    } else {
        m_day->setDate(date); // reloads
    }
}

void ScheduleBoard::reloadPending()
{
    const qint64 dayStart = QDateTime(m_day->date(), QTime(0, 0), domain::officeTimeZone()).toSecsSinceEpoch();
    itemmodels::OrderFilter f;
    f.status = domain::OrderStatus::AwaitingDispatch;
    f.earliestFirst = true; // the most urgent order on top
    f.windowFrom = dayStart;
    f.windowTo = dayStart + 86400;
    f.districtId = m_district->currentData().toLongLong();
    f.categoryId = m_category->currentData().toLongLong();
    // The reset clears the selection (focusOnSelected); every caller loads
    // the schedule itself right after, so that does not load it a second time.
    const QScopedValueRollback<bool> reloading(m_reloadingPending, true);
    m_pending->setFilter(f);
}

void ScheduleBoard::reloadSchedule()
{
    const qint64 dayStart = QDateTime(m_day->date(), QTime(0, 0), domain::officeTimeZone()).toSecsSinceEpoch();
    // With an order in focus: the providers who could do it (its district
    // and service); otherwise the board's filters.
    qint64 district = m_district->currentData().toLongLong();
    qint64 category = m_category->currentData().toLongLong();
    const qint64 focus = selectedPending();
    if (focus) {
        try {
            if (const auto order = itemmodels::Queries(m_workspace).orderForDispatch(focus)) {
                district = order->districtId;
                category = order->place.categoryId;
            }
        } catch (const std::exception &e) {
            MessageBox::error(this, e);
        }
    }
    m_schedule->load(dayStart, district, category); // the note follows when the rows come
    // The map keeps the board's own filters: focusing an order does not move the pins.
    m_map->showDay(dayStart, m_district->currentData().toLongLong(), m_category->currentData().toLongLong());
}

void ScheduleBoard::showMap(bool map)
{
    m_views->setCurrentWidget(map ? static_cast<QWidget *>(m_map) : m_views->widget(0));
}

void ScheduleBoard::pickOrderFromMap(qint64 orderId)
{
    m_map->setSelectedOrder(orderId);
    if (selectPending(orderId))
        return;
    // Not waiting: it is someone's job. Show it on their row.
    for (int row = 0; row < m_schedule->rowCount(); ++row)
        for (const auto &job : m_schedule->jobs(row))
            if (job.orderId == orderId) {
                m_timeline->setCurrentRow(row);
                m_timeline->setCurrentJob(orderId);
                return;
            }
}

void ScheduleBoard::pickProviderFromMap(qint64 providerId)
{
    const int row = m_schedule->rowOfProvider(providerId);
    if (row >= 0)
        m_timeline->setCurrentRow(row);
    m_map->setSelectedProvider(providerId);
}

qint64 ScheduleBoard::selectedPending() const
{
    const QModelIndexList rows = m_pendingView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_pending->idAt(rows.first().row());
}

bool ScheduleBoard::selectPending(qint64 orderId)
{
    while (m_pending->rowOfId(orderId) < 0 && m_pending->canFetchMore({}))
        m_pending->fetchMore({});
    const int row = m_pending->rowOfId(orderId);
    if (row < 0)
        return false;
    m_pendingView->selectRow(row);
    m_pendingView->scrollTo(m_pending->index(row, 0));
    return true;
}

void ScheduleBoard::focusOnSelected()
{
    const qint64 order = selectedPending();
    m_map->setSelectedOrder(order);
    const QModelIndexList rows = m_pendingView->selectionModel()->selectedRows();
    if (!order) {
        m_orderInfo->clear();
        m_timeline->setHighlightWindow(0, 0);
        m_schedule->setFocusOrder(0);
        // Back to the board's own filters, not the last order's district and service.
        if (!m_reloadingPending)
            reloadSchedule();
        return;
    }
    const QModelIndex index = rows.first();
    const qint64 windowStart = index.siblingAtColumn(OrdersModel::Window).data(OrdersModel::WindowStartRole).toLongLong();
    m_orderInfo->setText(tr("%1 · %2 · %3\nWindow %4")
                             .arg(index.siblingAtColumn(OrdersModel::OrderNo).data().toString(),
                                  index.siblingAtColumn(OrdersModel::Service).data().toString(),
                                  index.siblingAtColumn(OrdersModel::District).data().toString(),
                                  index.siblingAtColumn(OrdersModel::Window).data().toString()));
    try {
        const auto placing = itemmodels::Queries(m_workspace).orderForDispatch(order);
        m_timeline->setHighlightWindow(windowStart, placing ? placing->place.windowEnd : windowStart);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    m_schedule->setFocusOrder(order);
    reloadSchedule();
    m_schedule->whenLoaded(this, [this] { m_timeline->setCurrentRow(0); }); // the best-ranked provider
}

void ScheduleBoard::handleDrop(const QMimeData *data, int row)
{
    // The rules first, so a refusal can say which rule; then the model's own
    // drop path, which emits dispatchRequested.
    services::PlacementCheck check;
    try {
        check = m_schedule->checkDrop(data, row);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    if (!check.allowed()) {
        MessageBox::warning(this, tr("Cannot place the job here"), check.hard.join(u'\n'));
        return;
    }
    if (!check.warnings.isEmpty()
        && !MessageBox::question(this, tr("Place the job anyway?"),
                                 tr("The rules allow this, but:\n%1\n\nPlace it anyway?").arg(check.warnings.join(u'\n'))))
        return;
    m_schedule->dropMimeData(data, Qt::MoveAction, row, 0, {});
}

void ScheduleBoard::assignSelectedToCurrentRow()
{
    const qint64 order = selectedPending();
    const int row = m_timeline->currentRow();
    if (!order || row < 0) {
        MessageBox::information(this, tr("Schedule"), tr("Select an order on the left and a provider on the board first."));
        return;
    }
    const QModelIndexList rows = m_pendingView->selectionModel()->selectedRows();
    std::unique_ptr<QMimeData> data(m_pending->mimeData({rows.first()}));
    handleDrop(data.get(), row);
}

std::unique_ptr<QMimeData> ScheduleBoard::jobPayload(int row, qint64 orderId)
{
    std::unique_ptr<QMimeData> data(m_schedule->mimeDataForJob(row, orderId));
    if (!data || !itemmodels::decodeOrderDrag(data.get()))
        return nullptr;
    for (const auto &job : m_schedule->jobs(row))
        if (job.orderId == orderId && !job.movable) {
            MessageBox::information(this, tr("Schedule"),
                                    tr("%1 has been accepted by the provider; reschedule it from the order's detail instead.").arg(job.orderNo));
            return nullptr;
        }
    return data;
}

void ScheduleBoard::takeBackJob(int row, qint64 orderId)
{
    if (const auto data = jobPayload(row, orderId))
        takeBack(*itemmodels::decodeOrderDrag(data.get()));
}

void ScheduleBoard::nudgeJob(int row, qint64 orderId, qint64 deltaSecs)
{
    const auto data = jobPayload(row, orderId);
    if (!data)
        return;
    itemmodels::setDropStart(data.get(), itemmodels::decodeOrderDrag(data.get())->fromStart + deltaSecs);
    handleDrop(data.get(), row);
    // The job keeps the keyboard's focus at its new time, once the board is read again.
    m_schedule->whenLoaded(this, [this, row, orderId] {
        m_timeline->setCurrentRow(row);
        m_timeline->setCurrentJob(orderId);
    });
}

void ScheduleBoard::moveJob(int fromRow, qint64 orderId, int toRow)
{
    const qint64 provider = m_schedule->providerIdAt(toRow);
    const auto data = jobPayload(fromRow, orderId);
    if (!data)
        return;
    // dropStart 0: the earliest start the rules allow on the new provider's day.
    handleDrop(data.get(), toRow);
    m_schedule->whenLoaded(this, [this, provider, orderId] {
        const int row = m_schedule->rowOfProvider(provider);
        if (row >= 0) {
            m_timeline->setCurrentRow(row);
            m_timeline->setCurrentJob(orderId);
        }
    });
}

void ScheduleBoard::dispatchTo(const itemmodels::OrderDrag &drag, qint64 providerId, qint64 start)
{
    const JobPlace from{drag.fromProviderId, drag.fromStart};
    const JobPlace to{providerId, start};
    if (from.providerId == to.providerId && from.start == to.start)
        return;
    QString orderNo;
    try {
        orderNo = itemmodels::Queries(m_workspace).orderNumber(drag.orderId);
        // Warnings were confirmed in handleDrop; hard rules are checked again
        // inside the transaction.
        if (from.providerId)
            m_service->move(drag.orderId, providerId, start, true);
        else
            m_service->assign(drag.orderId, providerId, start, true);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        refreshAfterChange();
        return;
    }
    m_undo->push(new DispatchCommand(
        *m_service, drag.orderId, orderNo, from, to, [this](const QString &m) { MessageBox::warning(this, tr("Schedule"), m); },
        [this] { refreshAfterChange(); }));
    refreshAfterChange();
}

void ScheduleBoard::takeBack(const itemmodels::OrderDrag &drag)
{
    QString orderNo;
    try {
        orderNo = itemmodels::Queries(m_workspace).orderNumber(drag.orderId);
        m_service->unassign(drag.orderId, tr("Taken back on the schedule board"));
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    m_undo->push(new DispatchCommand(
        *m_service, drag.orderId, orderNo, {drag.fromProviderId, drag.fromStart}, {},
        [this](const QString &m) { MessageBox::warning(this, tr("Schedule"), m); }, [this] { refreshAfterChange(); }));
    refreshAfterChange();
}

AutoDispatchDialog *ScheduleBoard::runAutoDispatch()
{
    const qint64 dayStart = QDateTime(m_day->date(), QTime(0, 0), domain::officeTimeZone()).toSecsSinceEpoch();
    auto *dialog = new AutoDispatchDialog(m_workspace, dayStart, m_district->currentData().toLongLong(), m_undo,
                                          [board = QPointer<ScheduleBoard>(this)] {
                                              if (board)
                                                  board->refreshAfterChange();
                                          },
                                          this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ScheduleBoard::refreshRows()
{
    m_pending->refreshRows();
    m_schedule->refreshRows(); // the orders page is refreshed by whoever called this
    m_map->refresh();           // new app orders' pins, providers' reported positions
}

void ScheduleBoard::refreshAfterChange()
{
    const int row = m_timeline->currentRow();
    const qint64 provider = m_schedule->providerIdAt(row);
    reloadPending();
    reloadSchedule();
    m_schedule->whenLoaded(this, [this, provider] {
        const int again = m_schedule->rowOfProvider(provider);
        if (again >= 0)
            m_timeline->setCurrentRow(again);
    });
    Q_EMIT ordersChanged();
}

} // namespace doorstep::ui
