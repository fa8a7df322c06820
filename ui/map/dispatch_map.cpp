#include "ui/map/dispatch_map.h"

#include "domain/order_lifecycle.h"
#include "itemmodels/display_format.h"
#include "itemmodels/map_data.h"
#include "itemmodels/palette_tones.h"
#include "itemmodels/queries.h"
#include "itemmodels/schedule_model.h"
#include "map/tile_fetcher.h"
#include "services/workspace.h"
#include "ui/map/map_view.h"
#include "ui/map/office_tiles.h"
#include "ui/map/tile_settings_dialog.h"
#include "ui/message_box.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace doorstep::ui {

using itemmodels::ScheduleModel;

DispatchMap::DispatchMap(services::Workspace &workspace, ScheduleModel *schedule, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_schedule(schedule)
    , m_view(new MapView(this))
    , m_legend(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);
    m_legend->setText(tr("Pins: red waiting for dispatch · amber given to a provider · green under way · grey done. "
                         "Squares: providers at the last place the store knows (filled: their app's last report or a job they "
                         "reached, with its age; hollow: home base, no position reported). Numbers: candidates for the selected order, best first. Drag to pan, wheel to zoom."));
    auto *below = new QHBoxLayout;
    below->addWidget(m_legend, 1);
    // Administrators choose the office's tiles here, where they see the effect.
    if (workspace.session().can(services::Permission::SettingsEdit)) {
        auto *tiles = new QPushButton(tr("Map tiles…"), this);
        connect(tiles, &QPushButton::clicked, this, [this] {
            TileSettingsDialog dialog(m_workspace, this);
            if (dialog.exec() == QDialog::Accepted)
                reloadTileSettings();
        });
        below->addWidget(tiles, 0, Qt::AlignTop);
    }
    layout->addLayout(below);
    try {
        const auto districts = itemmodels::Queries(workspace).mapDistricts();
        QList<MapLabel> labels;
        for (const auto &d : districts)
            labels.append({d.name, d.centre});
        m_view->setDistricts(labels);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    reloadTileSettings();
    connect(m_schedule, &ScheduleModel::modelReset, this, &DispatchMap::providersChanged);
    connect(m_view, &MapView::orderClicked, this, &DispatchMap::orderPicked);
    connect(m_view, &MapView::providerClicked, this, &DispatchMap::providerPicked);
}

DispatchMap::~DispatchMap()
{
    m_view->setFetcher(nullptr);
}

void DispatchMap::reloadTileSettings()
{
    const OfficeTiles tiles = officeTiles(m_workspace, this);
    m_settingsProblem = tiles.problem;
    m_view->setFetcher(tiles.fetcher);
    delete m_fetcher; // the view holds the new one (or none) already
    m_fetcher = tiles.fetcher;
    m_view->setNote(QStringList({m_settingsProblem, m_ordersNote}).join(QLatin1Char('\n')).trimmed());
}

void DispatchMap::showDay(qint64 dayStart, qint64 districtId, qint64 categoryId)
{
    m_fitPending = m_fitPending || dayStart != m_dayStart || districtId != m_districtId || categoryId != m_categoryId;
    m_dayStart = dayStart;
    m_districtId = districtId;
    m_categoryId = categoryId;
    loadOrders();
}

void DispatchMap::refresh()
{
    loadOrders();
    providersChanged(); // pulled positions move the providers' marks
}

void DispatchMap::loadOrders()
{
    if (!m_dayStart)
        return;
    itemmodels::MapOrders orders;
    try {
        orders = itemmodels::Queries(m_workspace).mapOrders(m_dayStart, m_dayStart + 86400, m_districtId, m_categoryId, {}, kMaxOrders);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
        return;
    }
    QList<MapPin> pins;
    pins.reserve(orders.orders.size());
    for (const auto &o : std::as_const(orders.orders)) {
        const auto status = domain::orderStatusFromKey(o.statusKey);
        const QString statusName = status ? domain::orderStatusDisplayName(*status) : o.statusKey;
        pins.append({o.orderId, o.orderNo, tr("%1 · window %2").arg(statusName, itemmodels::formatDateTime(o.windowStart)),
                     itemmodels::toneStrong(itemmodels::pinTone(o.statusKey), palette()), o.where});
    }
    m_view->setPins(pins);
    m_ordersNote = orders.truncated ? tr("Only the first %1 orders of the day are drawn; choose a district or a service.").arg(kMaxOrders) : QString();
    m_view->setNote(QStringList({m_settingsProblem, m_ordersNote}).join(QLatin1Char('\n')).trimmed());
    if (m_fitPending && !m_schedule->isLoading()) {
        m_fitPending = false;
        m_view->fitAll();
    }
}

void DispatchMap::providersChanged()
{
    QList<qint64> reachedJobs;
    for (int row = 0; row < m_schedule->rowCount(); ++row)
        for (const auto &job : m_schedule->jobs(row))
            if (job.statusKey == QLatin1String("in_service") || job.statusKey == QLatin1String("completed") || job.statusKey == QLatin1String("rated"))
                reachedJobs.append(job.orderId);
    QList<qint64> providers;
    for (int row = 0; row < m_schedule->rowCount(); ++row)
        providers.append(m_schedule->providerIdAt(row));
    QHash<qint64, qint64> reached;
    QHash<qint64, itemmodels::ReportedPosition> reported;
    try {
        reached = itemmodels::Queries(m_workspace).reachedTimes(reachedJobs);
        reported = itemmodels::Queries(m_workspace).reportedPositions(providers);
    } catch (const std::exception &e) {
        MessageBox::error(this, e);
    }
    const qint64 now = m_workspace.services().now();
    QList<MapProviderMark> marks;
    QList<qint64> candidates;
    for (int row = 0; row < m_schedule->rowCount(); ++row) {
        const auto report = reported.constFind(m_schedule->providerIdAt(row));
        const auto position = itemmodels::lastKnownPosition(
            m_schedule->providerDay(row), m_schedule->jobs(row), reached, now,
            report == reported.constEnd() ? std::nullopt : std::optional<itemmodels::ReportedPosition>(*report));
        if (!position.known)
            continue;
        QString caption;
        if (position.source == itemmodels::ProviderPosition::Source::Reported) {
            caption = tr("reported by the provider's app %n min ago", nullptr, int((now - position.since) / 60));
        } else if (position.source == itemmodels::ProviderPosition::Source::Job) {
            const int minutes = int((now - position.since) / 60);
            QString orderNo;
            for (const auto &job : m_schedule->jobs(row))
                if (job.orderId == position.orderId)
                    orderNo = job.orderNo;
            caption = tr("at the job %1 %n min ago (from the order's timeline)", nullptr, minutes).arg(orderNo);
        } else {
            caption = tr("home base (no position reported today)");
        }
        marks.append({position.providerId, m_schedule->providerName(row), caption,
                      position.source != itemmodels::ProviderPosition::Source::Home, position.where});
        const QModelIndex index = m_schedule->index(row, 0);
        if (candidates.size() < kCandidates && index.data(ScheduleModel::EarliestStartRole).isValid())
            candidates.append(position.providerId);
    }
    m_view->setProviders(marks);
    m_view->setCandidates(candidates);
    showRoute();
    if (m_fitPending && !m_schedule->isLoading()) {
        m_fitPending = false;
        m_view->fitAll();
    }
}

void DispatchMap::setSelectedOrder(qint64 orderId)
{
    m_view->setSelectedOrder(orderId);
    if (!orderId)
        m_view->setCandidates({});
}

void DispatchMap::setSelectedProvider(qint64 providerId)
{
    m_view->setSelectedProvider(providerId);
    showRoute();
}

void DispatchMap::showRoute()
{
    const int row = m_schedule->rowOfProvider(m_view->selectedProvider());
    QList<map::LatLng> stops;
    if (row >= 0)
        for (const auto &stop : itemmodels::plannedRoute(m_schedule->providerDay(row)))
            stops.append(stop.where);
    m_view->setRoute(stops);
}

} // namespace doorstep::ui
