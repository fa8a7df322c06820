#pragma once
// The dispatch page's map: feeds a MapView from what the page already loads
// (the ScheduleModel's providers' days: positions, routes, the ranking for
// the selected order) plus the day's orders of the page's district and
// service (itemmodels::mapOrders, bounded). The tile source is the office's
// (services/map_settings); the cache is on disk under the user's cache
// directory. Clicking emits orderPicked / providerPicked for the page to
// select in its lists; the page tells the map what is selected.
#include <QWidget>

namespace doorstep::services {
class Workspace;
}
namespace doorstep::itemmodels {
class ScheduleModel;
}
namespace doorstep::map {
class TileFetcher;
}

class QLabel;

namespace doorstep::ui {

class MapView;

class DispatchMap : public QWidget
{
    Q_OBJECT
public:
    DispatchMap(services::Workspace &workspace, itemmodels::ScheduleModel *schedule, QWidget *parent = nullptr);
    ~DispatchMap() override;

    MapView *view() const { return m_view; }
    map::TileFetcher *fetcher() const { return m_fetcher; } // null: no tiles configured
    static constexpr int kMaxOrders = 2000;
    static constexpr int kCandidates = 5;

    // The page's day (UTC seconds of its office midnight) and filters (0: any).
    void showDay(qint64 dayStart, qint64 districtId, qint64 categoryId);
    // Reloads the orders and the providers' positions (the store changed).
    void refresh();
    void setSelectedOrder(qint64 orderId);
    void setSelectedProvider(qint64 providerId);
    // Re-reads the office's tile settings (after they were changed).
    void reloadTileSettings();

Q_SIGNALS:
    void orderPicked(qint64 orderId);
    void providerPicked(qint64 providerId);

private:
    void loadOrders();
    void providersChanged();
    void showRoute();

    services::Workspace &m_workspace;
    itemmodels::ScheduleModel *m_schedule;
    MapView *m_view;
    QLabel *m_legend;
    map::TileFetcher *m_fetcher = nullptr;
    qint64 m_dayStart = 0;
    qint64 m_districtId = 0;
    qint64 m_categoryId = 0;
    bool m_fitPending = true; // the next load fits the view to what it shows
    QString m_settingsProblem;
    QString m_ordersNote;
};

} // namespace doorstep::ui
