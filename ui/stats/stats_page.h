#pragma once
// The statistics dashboard (issue #14): a period (presets or custom), a
// granularity, a district and a service category; tiles with their 环比 and
// 同比; orders and revenue over time stacked by category, cancellations and
// refunds, the order funnel (stages reached), orders by district, providers
// (rating bands of the period, active per day, utilisation, the best and
// worst by rating and by upheld complaints). Everything is read by a
// stats::DashboardLoader on a worker; the page only draws. Clicking a bar of
// orders, revenue, cancellations or the funnel, or a ranked provider, asks
// for exactly the orders behind it (ordersRequested), refunded orders
// included (the bar counts orders, not refunds); a rating band or a bar of active providers asks for exactly
// those providers (providersRequested).
#include "domain/order_lifecycle.h"
#include "itemmodels/complaints_model.h"
#include "stats/dashboard.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace doorstep::services {
class Workspace;
}
namespace doorstep::stats {
class DashboardLoader;
}

namespace doorstep::ui {

// The orders behind a figure, as the orders page filters them.
struct OrdersDrill
{
    QDate from, to;        // window office days, inclusive
    qint64 districtId = 0; // 0: any
    qint64 categoryId = 0;
    std::optional<domain::OrderStatus> status;
    qint64 providerId = 0;
    QString providerName;
    int reachedStage = 0;  // itemmodels::OrderFilter::reachedStage
    bool paidRefund = false; // itemmodels::OrderFilter::paidRefund
};

// The complaints behind a figure (complaints or upheld complaints per 100
// orders): those about the period's orders, as the complaints page lists them.
struct ComplaintsDrill
{
    itemmodels::ComplaintOrderScope scope;
    QString label;
};

// The providers behind a figure (a rating band, the active ones of a bucket),
// as the providers page lists them.
struct ProvidersDrill
{
    QList<qint64> ids;
    QString label; // what they are, for the page's narrowing button
};

namespace charts {
class BarChart;
}
class StatTile;

class StatsPage : public QWidget
{
    Q_OBJECT
public:
    explicit StatsPage(services::Workspace &workspace, QWidget *parent = nullptr);

    stats::Filter currentFilter() const;
    stats::Granularity granularity() const;
    void reload(); // asks the loader for the current filter
    const stats::Dashboard &dashboard() const { return m_dashboard; } // the one shown
    bool isLoading() const;

    stats::DashboardLoader *loader() const { return m_loader; }
    QComboBox *presetCombo() const { return m_preset; }
    QComboBox *granularityCombo() const { return m_granularity; }
    QComboBox *districtCombo() const { return m_district; }
    QComboBox *categoryCombo() const { return m_category; }
    QDateEdit *fromDate() const { return m_from; }
    QDateEdit *toDate() const { return m_to; }
    StatTile *tile(const QString &key) const { return m_tiles.value(key); }
    charts::BarChart *ordersChart() const { return m_ordersChart; }
    charts::BarChart *districtChart() const { return m_districtChart; }
    charts::BarChart *revenueChart() const { return m_revenueChart; }
    charts::BarChart *lossChart() const { return m_lossChart; }
    charts::BarChart *funnelChart() const { return m_funnelChart; }
    charts::BarChart *activeChart() const { return m_activeChart; }
    charts::BarChart *ratingChart() const { return m_ratingChart; }
    QTableWidget *ranking() const { return m_ranking; }
    // The provider of a row of ranking() (0: none).
    qint64 rankedProviderAt(int row) const;
    QList<charts::BarChart *> charts() const;

Q_SIGNALS:
    void ordersRequested(const doorstep::ui::OrdersDrill &drill);
    void providersRequested(const doorstep::ui::ProvidersDrill &drill);
    void complaintsRequested(const doorstep::ui::ComplaintsDrill &drill);
    void dashboardShown();

private:
    void buildFilters(QWidget *bar);
    void presetChosen();
    void show(const stats::Dashboard &d);
    void fillChoices(const stats::Dashboard &d);
    QString nameOf(const stats::Named &n) const;
    QString bucketLabel(const stats::Bucket &b) const;
    qint64 districtIdOf(const QString &code) const;
    qint64 categoryIdOf(const QString &code) const;
    OrdersDrill drillOf(const stats::Period &period) const; // the dashboard's district and category
    void connectDrillDowns();
    void connectProviderDrillDowns();
    void connectComplaintDrillDowns();
    void showProviders(const stats::Dashboard &d);

    services::Workspace &m_workspace;
    stats::DashboardLoader *m_loader;
    stats::Dashboard m_dashboard;
    bool m_choicesFilled = false;
    bool m_canSeeOrders;
    bool m_canSeeProviders;
    bool m_canSeeComplaints;

    QComboBox *m_preset;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_granularity;
    QComboBox *m_district;
    QComboBox *m_category;
    QLabel *m_state;
    QHash<QString, StatTile *> m_tiles;
    charts::BarChart *m_ordersChart;
    charts::BarChart *m_revenueChart;
    charts::BarChart *m_lossChart;
    charts::BarChart *m_funnelChart;
    charts::BarChart *m_districtChart;
    charts::BarChart *m_ratingChart;
    charts::BarChart *m_activeChart;
    QTableWidget *m_ranking;
    QList<stats::ProviderRank> m_rankedRows;
};

} // namespace doorstep::ui
