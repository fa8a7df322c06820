#include "ui/stats/stats_page.h"

#include "domain/office_time.h"
#include "itemmodels/display_format.h"
#include "itemmodels/queries.h"
#include "services/workspace.h"
#include "stats/dashboard_loader.h"
#include "ui/charts/bar_chart.h"
#include "ui/message_box.h"
#include "ui/stats/stat_tile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace doorstep::ui {
namespace {
using charts::BarChart;
using charts::Series;

QString percentText(std::optional<double> v)
{
    return v ? QLocale().toString(*v * 100.0, 'f', 1) + QStringLiteral(" %") : QStringLiteral("—");
}

std::optional<double> value(qint64 v)
{
    return double(v);
}

std::optional<double> minutes(const std::optional<int> &m)
{
    return m ? std::optional<double>(*m) : std::nullopt;
}

QString minutesText(const std::optional<int> &m)
{
    if (!m)
        return QStringLiteral("—");
    return *m >= 10080 ? StatsPage::tr("≥ 7 days") : StatsPage::tr("%n min", nullptr, *m);
}
} // namespace

StatsPage::StatsPage(services::Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_loader(itemmodels::Queries(workspace).dashboardLoader(this))
    , m_canSeeOrders(workspace.session().can(services::Permission::OrderView))
    , m_canSeeProviders(workspace.session().can(services::Permission::ProviderView))
    , m_canSeeComplaints(workspace.session().can(services::Permission::ComplaintView))
    , m_preset(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_granularity(new QComboBox(this))
    , m_district(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_ordersChart(new BarChart(this))
    , m_revenueChart(new BarChart(this))
    , m_lossChart(new BarChart(this))
    , m_funnelChart(new BarChart(this))
    , m_districtChart(new BarChart(this))
    , m_ratingChart(new BarChart(this))
    , m_activeChart(new BarChart(this))
    , m_ranking(new QTableWidget(this))
{
    auto *outer = new QVBoxLayout(this);
    auto *bar = new QWidget(this);
    buildFilters(bar);
    outer->addWidget(bar);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    auto *tiles = new QGridLayout;
    struct TileSpec
    {
        const char *key;
        QString title;
        bool higherIsBetter;
    };
    const TileSpec specs[] = {
        {"orders", tr("Orders"), true},
        {"revenue", tr("Revenue (completed)"), true},
        {"completed", tr("Completed"), true},
        {"cancelled", tr("Cancellations"), false},
        {"refunds", tr("Refunds paid"), false},
        {"dispatch_median", tr("Creation → assignment, median"), false},
        {"dispatch_p90", tr("Creation → assignment, 90th percentile"), false},
        {"acceptance", tr("Acceptance rate"), true},
        {"timeouts", tr("Accept timeouts"), false},
        {"auto_share", tr("Auto-dispatched share"), true},
        {"on_time", tr("On-time arrival"), true},
        {"rating", tr("Average rating"), true},
        {"complaints", tr("Complaints per 100 orders"), false},
        {"upheld", tr("Upheld complaints per 100 orders"), false},
        {"sla", tr("Complaints closed within SLA"), true},
        {"funnel_completed", tr("Funnel: reached completion"), true},
        {"active_providers", tr("Active providers per day"), true},
        {"utilisation", tr("Working-hours utilisation"), true},
    };
    int i = 0;
    for (const TileSpec &s : specs) {
        auto *tile = new StatTile(s.title, s.higherIsBetter, content);
        tile->setObjectName(QLatin1StringView(s.key));
        m_tiles.insert(QLatin1StringView(s.key), tile);
        if (QByteArrayView(s.key) == "active_providers" || QByteArrayView(s.key) == "utilisation")
            tile->setToolTip(tr("All districts and services: a provider works across them"));
        tiles->addWidget(tile, i / 6, i % 6);
        ++i;
    }
    column->addLayout(tiles);

    m_ordersChart->setTitle(tr("Orders by service category"));
    m_revenueChart->setTitle(tr("Revenue (yuan) by service category"));
    m_lossChart->setTitle(tr("Cancellations and refunds"));
    m_funnelChart->setTitle(tr("Order funnel"));
    m_districtChart->setTitle(tr("Orders by district"));
    m_ratingChart->setTitle(tr("Providers by average rating in the period"));
    m_activeChart->setTitle(tr("Active providers per day (average)"));
    auto *grid = new QGridLayout;
    grid->addWidget(m_ordersChart, 0, 0);
    grid->addWidget(m_revenueChart, 0, 1);
    grid->addWidget(m_lossChart, 1, 0);
    grid->addWidget(m_funnelChart, 1, 1);
    grid->addWidget(m_districtChart, 2, 0);
    grid->addWidget(m_ratingChart, 2, 1);
    grid->addWidget(m_activeChart, 3, 0);
    for (BarChart *c : charts())
        c->setMinimumHeight(300);
    column->addLayout(grid);

    m_ranking->setColumnCount(7);
    m_ranking->setHorizontalHeaderLabels({tr("Rank"), tr("Provider"), tr("Average rating"), tr("Ratings"), tr("Orders in period"),
                                          tr("Upheld complaints"), tr("Upheld complaints per 100 orders")});
    m_ranking->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ranking->verticalHeader()->hide();
    m_ranking->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ranking->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ranking->setMinimumHeight(260);
    column->addWidget(new QLabel(tr("Best and worst providers in the period: by average rating (at least %1 ratings) and by upheld complaints"
                                    " per 100 orders (at least %2 orders). Click a provider for the orders behind the row.")
                                     .arg(stats::kMinRatings)
                                     .arg(stats::kMinOrders),
                                 content));
    column->addWidget(m_ranking);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    if (m_canSeeOrders)
        connectDrillDowns();
    if (m_canSeeProviders)
        connectProviderDrillDowns();
    if (m_canSeeComplaints)
        connectComplaintDrillDowns();
    connect(m_loader, &stats::DashboardLoader::loaded, this, &StatsPage::show);
    connect(m_loader, &stats::DashboardLoader::failed, this, [this](const QString &message) {
        m_state->setText(message);
        MessageBox::warning(this, tr("Statistics"), message);
    });
    presetChosen();
}

void StatsPage::connectDrillDowns()
{
    // Each bar opens the orders behind it on the orders page, filtered as the
    // figure counts them: the counts agree (tst_stats_ui clicks them).
    auto bucketPeriod = [this](int bucket) -> std::optional<stats::Period> {
        if (bucket < 0 || bucket >= m_dashboard.buckets.size())
            return std::nullopt;
        return stats::Period{m_dashboard.buckets.at(bucket).from, m_dashboard.buckets.at(bucket).to};
    };
    // Orders and revenue over time: a category's block of a bucket (revenue: the completed orders).
    for (BarChart *chart : {m_ordersChart, m_revenueChart})
        connect(chart, &BarChart::barClicked, this, [this, chart, bucketPeriod](int series, int bucket) {
            const auto period = bucketPeriod(bucket);
            if (!period || series < 0 || series >= m_dashboard.categories.size())
                return;
            OrdersDrill drill = drillOf(*period);
            drill.categoryId = m_dashboard.categories.at(series).id;
            if (chart == m_revenueChart)
                drill.reachedStage = 4; // completed (a completed order can only become rated)
            Q_EMIT ordersRequested(drill);
        });
    connect(m_lossChart, &BarChart::barClicked, this, [this, bucketPeriod](int series, int bucket) {
        const auto period = bucketPeriod(bucket);
        if (!period || series < 0 || series > 1)
            return;
        OrdersDrill drill = drillOf(*period);
        if (series == 0)
            drill.status = domain::OrderStatus::Cancelled;
        else
            drill.paidRefund = true; // the bucket's orders with a paid refund, as many as the bar
        Q_EMIT ordersRequested(drill);
    });
    connect(m_funnelChart, &BarChart::barClicked, this, [this](int, int stage) {
        if (stage < 0 || stage > 4)
            return;
        OrdersDrill drill = drillOf(m_dashboard.filter.period);
        drill.reachedStage = stage == 4 ? 0 : 5 - stage; // drawn top-down: rated … created
        Q_EMIT ordersRequested(drill);
    });
    connect(m_districtChart, &BarChart::barClicked, this, [this](int, int district) {
        if (district < 0 || district >= m_dashboard.districts.size())
            return;
        OrdersDrill drill = drillOf(m_dashboard.filter.period);
        drill.districtId = m_dashboard.districts.at(district).id;
        Q_EMIT ordersRequested(drill);
    });
    // A ranked provider: all of its orders in the period (provider figures are office-wide).
    connect(m_ranking, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (row < 0 || row >= m_rankedRows.size())
            return;
        OrdersDrill drill;
        drill.from = m_dashboard.filter.period.from;
        drill.to = m_dashboard.filter.period.to;
        drill.providerId = m_rankedRows.at(row).id;
        drill.providerName = m_rankedRows.at(row).name;
        Q_EMIT ordersRequested(drill);
    });
}

void StatsPage::connectProviderDrillDowns()
{
    // A rating band: the providers the loader counted in it (office-wide).
    connect(m_ratingChart, &BarChart::barClicked, this, [this](int, int band) {
        if (band < 0 || band >= m_dashboard.ratingBandProviders.size())
            return;
        Q_EMIT providersRequested({m_dashboard.ratingBandProviders.at(band),
                                   tr("Average rating %1, %2 to %3").arg(m_ratingChart->categories().value(band),
                                                                         m_dashboard.filter.period.from.toString(Qt::ISODate),
                                                                         m_dashboard.filter.period.to.toString(Qt::ISODate))});
    });
    // Active providers: those who served on a day of the bucket. A day's bar is
    // their count; a week's or a month's is the daily average, so its list is
    // every provider active on some day of it (the button says so).
    connect(m_activeChart, &BarChart::barClicked, this, [this](int, int bucket) {
        if (bucket < 0 || bucket >= m_dashboard.buckets.size())
            return;
        const stats::Bucket &b = m_dashboard.buckets.at(bucket);
        const QString when = b.from == b.to ? b.from.toString(Qt::ISODate)
                                            : tr("%1 to %2").arg(b.from.toString(Qt::ISODate), b.to.toString(Qt::ISODate));
        Q_EMIT providersRequested({itemmodels::Queries(m_workspace).activeProviders(b.from, b.to), tr("Active on %1").arg(when)});
    });
}

void StatsPage::connectComplaintDrillDowns()
{
    // The two tiles counted from the period's orders' complaints open those complaints.
    for (const bool upheld : {false, true}) {
        StatTile *tile = m_tiles.value(upheld ? QStringLiteral("upheld") : QStringLiteral("complaints"));
        tile->setClickable(upheld ? tr("Open the upheld complaints about the period's orders") : tr("Open the complaints about the period's orders"));
        connect(tile, &StatTile::clicked, this, [this, upheld] {
            const OrdersDrill d = drillOf(m_dashboard.filter.period);
            if (!d.from.isValid())
                return;
            itemmodels::ComplaintOrderScope scope;
            scope.windowFrom = domain::officeDayStart(domain::officeNoon(d.from));
            scope.windowTo = domain::officeDayStart(domain::officeNoon(d.to.addDays(1)));
            scope.districtId = d.districtId;
            scope.categoryId = d.categoryId;
            scope.upheldOnly = upheld;
            const QString period = tr("%1 to %2").arg(d.from.toString(Qt::ISODate), d.to.toString(Qt::ISODate));
            Q_EMIT complaintsRequested({scope, upheld ? tr("Upheld, about orders of %1").arg(period) : tr("About orders of %1").arg(period)});
        });
    }
}

OrdersDrill StatsPage::drillOf(const stats::Period &period) const
{
    OrdersDrill drill;
    drill.from = period.from;
    drill.to = period.to;
    drill.districtId = districtIdOf(m_dashboard.filter.districtCode);
    drill.categoryId = categoryIdOf(m_dashboard.filter.categoryCode);
    return drill;
}

qint64 StatsPage::rankedProviderAt(int row) const
{
    return row >= 0 && row < m_rankedRows.size() ? m_rankedRows.at(row).id : 0;
}

void StatsPage::buildFilters(QWidget *bar)
{
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_preset->addItem(tr("Today"), int(stats::PeriodPreset::Today));
    m_preset->addItem(tr("This week"), int(stats::PeriodPreset::ThisWeek));
    m_preset->addItem(tr("This month"), int(stats::PeriodPreset::ThisMonth));
    m_preset->addItem(tr("Last 30 days"), int(stats::PeriodPreset::Last30Days));
    m_preset->addItem(tr("Last 12 months"), int(stats::PeriodPreset::Last12Months));
    m_preset->addItem(tr("Custom"), int(stats::PeriodPreset::Custom));
    m_preset->setCurrentIndex(3);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_granularity->addItem(tr("By day"), int(stats::Granularity::Day));
    m_granularity->addItem(tr("By week"), int(stats::Granularity::Week));
    m_granularity->addItem(tr("By month"), int(stats::Granularity::Month));
    m_district->addItem(tr("All districts"), QString());
    m_category->addItem(tr("All services"), QString());
    row->addWidget(m_preset);
    row->addWidget(m_from);
    row->addWidget(new QLabel(QStringLiteral("–"), bar));
    row->addWidget(m_to);
    row->addWidget(m_granularity);
    row->addWidget(m_district);
    row->addWidget(m_category);
    row->addWidget(m_state, 1);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &StatsPage::presetChosen);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (m_preset->currentData().toInt() == int(stats::PeriodPreset::Custom))
                reload();
        });
    for (QComboBox *c : {m_granularity, m_district, m_category})
        connect(c, &QComboBox::currentIndexChanged, this, &StatsPage::reload);
}

void StatsPage::presetChosen()
{
    const auto preset = stats::PeriodPreset(m_preset->currentData().toInt());
    const bool custom = preset == stats::PeriodPreset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    if (!custom) {
        const stats::Period p = stats::presetPeriod(preset, domain::officeDay(m_workspace.clock().now()));
        for (QDateEdit *d : {m_from, m_to})
            d->blockSignals(true);
        m_from->setDate(p.from);
        m_to->setDate(p.to);
        for (QDateEdit *d : {m_from, m_to})
            d->blockSignals(false);
        // A year reads best by month, a month by day.
        m_granularity->blockSignals(true);
        m_granularity->setCurrentIndex(preset == stats::PeriodPreset::Last12Months ? 2 : 0);
        m_granularity->blockSignals(false);
    }
    reload();
}

stats::Filter StatsPage::currentFilter() const
{
    stats::Filter f;
    f.period = {m_from->date(), m_to->date()};
    f.districtCode = m_district->currentData().toString();
    f.categoryCode = m_category->currentData().toString();
    return f;
}

stats::Granularity StatsPage::granularity() const
{
    return stats::Granularity(m_granularity->currentData().toInt());
}

bool StatsPage::isLoading() const
{
    return m_loader->isPending();
}

void StatsPage::reload()
{
    const stats::Filter f = currentFilter();
    if (!f.period.isValid()) {
        m_state->setText(tr("The period ends before it begins."));
        return;
    }
    m_state->setText(tr("Loading…"));
    m_loader->request(f, granularity());
}

QList<BarChart *> StatsPage::charts() const
{
    return {m_ordersChart, m_revenueChart, m_lossChart, m_funnelChart, m_districtChart, m_ratingChart, m_activeChart};
}

QString StatsPage::nameOf(const stats::Named &n) const
{
    return QLocale().language() == QLocale::Chinese || n.nameEn.isEmpty() ? n.name : n.nameEn;
}

QString StatsPage::bucketLabel(const stats::Bucket &b) const
{
    switch (granularity()) {
    case stats::Granularity::Month: return b.from.toString(QStringLiteral("yyyy-MM"));
    case stats::Granularity::Week: return b.from.toString(m_dashboard.buckets.size() > 16 ? QStringLiteral("M/d") : QStringLiteral("MM-dd"));
    case stats::Granularity::Day: break;
    }
    // A month of days: short, and the chart shows every few when they do not all fit (BarChart::shownCategories).
    return m_dashboard.buckets.size() > 16 ? b.from.toString(QStringLiteral("M/d")) : b.from.toString(QStringLiteral("MM-dd"));
}

qint64 StatsPage::districtIdOf(const QString &code) const
{
    for (const stats::Named &d : m_dashboard.districts)
        if (d.code == code)
            return d.id;
    return 0;
}

qint64 StatsPage::categoryIdOf(const QString &code) const
{
    for (const stats::Named &c : m_dashboard.categories)
        if (c.code == code)
            return c.id;
    return 0;
}

void StatsPage::fillChoices(const stats::Dashboard &d)
{
    if (m_choicesFilled)
        return;
    m_choicesFilled = true;
    for (QComboBox *c : {m_district, m_category})
        c->blockSignals(true);
    for (const stats::Named &n : d.districts)
        m_district->addItem(nameOf(n), n.code);
    for (const stats::Named &n : d.categories)
        m_category->addItem(nameOf(n), n.code);
    for (QComboBox *c : {m_district, m_category})
        c->blockSignals(false);
}

void StatsPage::show(const stats::Dashboard &d)
{
    m_dashboard = d;
    fillChoices(d);
    m_state->setText(tr("%1 to %2").arg(d.filter.period.from.toString(Qt::ISODate), d.filter.period.to.toString(Qt::ISODate)));
    const stats::Totals &t = d.current;
    const stats::Totals &p = d.previous;
    const stats::Totals &y = d.lastYear;
    const QLocale locale;
    auto tile = [this](const char *key) { return m_tiles.value(QLatin1StringView(key)); };
    tile("orders")->show(locale.toString(t.orders), value(t.orders), value(p.orders), value(y.orders));
    tile("revenue")->show(itemmodels::formatFen(t.revenueFen), value(t.revenueFen), value(p.revenueFen), value(y.revenueFen));
    tile("completed")->show(locale.toString(t.completed), value(t.completed), value(p.completed), value(y.completed));
    tile("cancelled")->show(locale.toString(t.cancelled), value(t.cancelled), value(p.cancelled), value(y.cancelled));
    tile("refunds")->show(itemmodels::formatFen(t.refundFen), value(t.refundFen), value(p.refundFen), value(y.refundFen));
    tile("dispatch_median")->show(minutesText(d.dispatch.medianMinutes), minutes(d.dispatch.medianMinutes),
                                  minutes(d.dispatchPrevious.medianMinutes), minutes(d.dispatchLastYear.medianMinutes));
    tile("dispatch_p90")->show(minutesText(d.dispatch.p90Minutes), minutes(d.dispatch.p90Minutes), minutes(d.dispatchPrevious.p90Minutes),
                               minutes(d.dispatchLastYear.p90Minutes));
    tile("acceptance")->show(percentText(t.acceptanceRate()), t.acceptanceRate(), p.acceptanceRate(), y.acceptanceRate());
    tile("timeouts")->show(locale.toString(t.timeouts), value(t.timeouts), value(p.timeouts), value(y.timeouts));
    tile("auto_share")->show(percentText(t.autoShare()), t.autoShare(), p.autoShare(), y.autoShare());
    tile("on_time")->show(percentText(t.onTimeRate()), t.onTimeRate(), p.onTimeRate(), y.onTimeRate());
    const auto stars = [](const stats::Totals &x) { return x.averageStars(); };
    tile("rating")->show(stars(t) ? locale.toString(*stars(t), 'f', 2) : QStringLiteral("—"), stars(t), stars(p), stars(y));
    tile("complaints")->show(t.complaintsPer100() ? locale.toString(*t.complaintsPer100(), 'f', 2) : QStringLiteral("—"),
                             t.complaintsPer100(), p.complaintsPer100(), y.complaintsPer100());
    const auto upheld = [](const stats::Totals &x) { return x.orders ? std::optional<double>(100.0 * double(x.upheld) / double(x.orders)) : std::nullopt; };
    tile("upheld")->show(upheld(t) ? locale.toString(*upheld(t), 'f', 2) : QStringLiteral("—"), upheld(t), upheld(p), upheld(y));
    tile("sla")->show(percentText(t.slaCompliance()), t.slaCompliance(), p.slaCompliance(), y.slaCompliance());
    // The funnel's end-to-end rate, so its drop has a 环比 and 同比 too.
    const auto reached = [](const stats::Totals &x) {
        return x.orders ? std::optional<double>(double(x.reachedComplete) / double(x.orders)) : std::nullopt;
    };
    tile("funnel_completed")->show(percentText(reached(t)), reached(t), reached(p), reached(y));
    const auto active = [](const stats::ProviderFigures &x) { return x.activePerDay(); };
    tile("active_providers")->show(active(d.providers) ? locale.toString(*active(d.providers), 'f', 1) : QStringLiteral("—"), active(d.providers),
                                   active(d.providersPrevious), active(d.providersLastYear));
    tile("utilisation")->show(percentText(d.providers.utilisation()), d.providers.utilisation(), d.providersPrevious.utilisation(),
                              d.providersLastYear.utilisation());

    QStringList buckets;
    for (const stats::Bucket &b : d.buckets)
        buckets << bucketLabel(b);
    QList<Series> orders, revenue;
    for (int c = 0; c < d.categories.size(); ++c) {
        Series o{nameOf(d.categories.at(c)), {}};
        Series r{nameOf(d.categories.at(c)), {}};
        for (int b = 0; b < d.buckets.size(); ++b) {
            o.values << double(d.orders.at(b).at(c));
            r.values << double(d.revenueFen.at(b).at(c)) / 100.0;
        }
        orders << o;
        revenue << r;
    }
    m_ordersChart->setData(buckets, orders, BarChart::Layout::Stacked);
    m_revenueChart->setData(buckets, revenue, BarChart::Layout::Stacked);
    Series cancelled{tr("Cancellations"), {}};
    // Orders beside orders, so a bar counts the rows its click lists (an order
    // refunded twice is one); the amount refunded is a tile.
    Series refunds{tr("Orders refunded"), {}};
    for (int b = 0; b < d.buckets.size(); ++b) {
        cancelled.values << double(d.cancelled.at(b));
        refunds.values << double(d.refundedOrders.at(b));
    }
    m_lossChart->setData(buckets, {cancelled, refunds}, BarChart::Layout::Grouped);
    // Stages reached, so an order dispatched and later cancelled still counts as dispatched.
    m_funnelChart->setData({tr("Rated"), tr("Completed"), tr("Accepted"), tr("Dispatched"), tr("Created")},
                           {{tr("Orders"), {double(t.reachedRated), double(t.reachedComplete), double(t.reachedAccept), double(t.reachedDispatch),
                                            double(t.orders)}}},
                           BarChart::Layout::Horizontal);
    QStringList districts;
    Series byDistrict{tr("Orders"), {}};
    for (int i = 0; i < d.districts.size(); ++i) {
        districts << nameOf(d.districts.at(i));
        byDistrict.values << double(d.byDistrict.at(i).orders);
    }
    m_districtChart->setData(districts, {byDistrict}, BarChart::Layout::Grouped);
    showProviders(d);
    Q_EMIT dashboardShown();
}

void StatsPage::showProviders(const stats::Dashboard &d)
{
    const QLocale locale;
    QStringList buckets;
    for (const stats::Bucket &b : d.buckets)
        buckets << bucketLabel(b);
    m_activeChart->setData(buckets, {{tr("Active providers"), d.activeProviders}}, BarChart::Layout::Grouped);
    Series bands{tr("Providers"), {}};
    for (qint64 n : d.ratingBands)
        bands.values << double(n);
    // (Qt Charts reads a label starting with "<" as markup.)
    m_ratingChart->setData({QStringLiteral("1.0–3.0"), QStringLiteral("3.0–3.5"), QStringLiteral("3.5–4.0"), QStringLiteral("4.0–4.5"),
                            QStringLiteral("≥ 4.5")},
                           {bands}, BarChart::Layout::Grouped);

    QList<std::pair<QString, stats::ProviderRank>> rows;
    const auto add = [&rows](const QList<stats::ProviderRank> &list, const QString &label) {
        for (int i = 0; i < list.size(); ++i)
            rows.append({label.arg(i + 1), list.at(i)});
    };
    add(d.best, tr("Best rated %1"));
    add(d.worst, tr("Worst rated %1"));
    add(d.fewestUpheld, tr("Fewest upheld complaints %1"));
    add(d.mostUpheld, tr("Most upheld complaints %1"));
    m_rankedRows.clear();
    m_ranking->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const stats::ProviderRank &p = rows.at(r).second;
        m_rankedRows.append(p);
        const auto stars = p.averageStars();
        const auto upheld = p.upheldPer100();
        const QStringList cells{rows.at(r).first,
                                p.name,
                                stars ? locale.toString(*stars, 'f', 2) : QStringLiteral("—"),
                                locale.toString(p.ratings),
                                locale.toString(p.orders),
                                locale.toString(p.upheld),
                                upheld ? locale.toString(*upheld, 'f', 1) : QStringLiteral("—")};
        for (int c = 0; c < cells.size(); ++c)
            m_ranking->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
}

} // namespace doorstep::ui
