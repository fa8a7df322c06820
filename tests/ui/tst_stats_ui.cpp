// The statistics dashboard, offscreen, on a small demo franchise: its figures
// against independent SQL over the orders (not the rollups): totals, the
// funnel by stages reached, the providers' figures and rankings; the filters;
// a click on a bar of orders, revenue, cancellations, the funnel or districts,
// or on a ranked provider, opening exactly the orders behind it on the orders
// page (the counts agree), refunded orders too (an order refunded twice is one); a rating band or a day's
// active providers exactly those providers on the providers page; the palette followed in light and dark, and the page shown
// only to the roles that may view statistics.
#include "wait_loaded.h"
#include "../support/stats_raw.h"
#include "demo/demo_generator.h"
#include "domain/office_time.h"
#include "itemmodels/complaints_model.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/providers_model.h"
#include "services/workspace.h"
#include "stats/dashboard_loader.h"
#include "store/sqlite.h"
#include "ui/aftersales/complaints_page.h"
#include "ui/charts/bar_chart.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/orders_page.h"
#include "ui/providers/provider_directory_page.h"
#include "ui/stats/stat_tile.h"
#include "ui/stats/stats_page.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace doorstep;

namespace {
using namespace doorstep::tests::stats_raw;

bool waitShown(ui::StatsPage &page)
{
    return QTest::qWaitFor([&] { return !page.isLoading(); }, 20000);
}
} // namespace

class TestStatsUi : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    demo::DemoOptions m_options;

    std::unique_ptr<services::Workspace> login(const QString &user) { return services::Workspace::login(m_path, user, m_options.password); }

    void compareWithSql(store::Database &db, const stats::Dashboard &d)
    {
        const stats::Filter &f = d.filter;
        QCOMPARE(d.current.orders, rawScalar(db, "SELECT count(*) FROM orders o", f));
        QCOMPARE(d.current.completed, rawScalar(db, "SELECT count(*) FROM orders o JOIN (SELECT 1) ON o.status IN ('completed','rated')", f));
        QCOMPARE(d.current.cancelled, rawScalar(db, "SELECT count(*) FROM orders o JOIN (SELECT 1) ON o.status = 'cancelled'", f));
        QCOMPARE(d.current.revenueFen,
                 rawScalar(db, "SELECT coalesce(sum(o.price_fen), 0) FROM orders o JOIN (SELECT 1) ON o.status IN ('completed','rated')", f));
        QCOMPARE(d.current.refundFen,
                 rawScalar(db, "SELECT coalesce(sum(r.amount_fen), 0) FROM orders o JOIN refunds r ON r.order_id = o.id AND r.status = 'paid'", f));
        QCOMPARE(d.current.refundedOrders,
                 rawScalar(db, "SELECT count(*) FROM orders o JOIN (SELECT 1) ON EXISTS (SELECT 1 FROM refunds r WHERE r.order_id = o.id AND r.status = 'paid')", f));
        QCOMPARE(d.current.complaints, rawScalar(db, "SELECT count(*) FROM orders o JOIN complaints c ON c.order_id = o.id", f));
        QCOMPARE(d.current.rated, rawScalar(db, "SELECT count(*) FROM orders o JOIN ratings g ON g.order_id = o.id", f));
        QCOMPARE(d.current.dispatched,
                 rawScalar(db, "SELECT count(*) FROM orders o JOIN (SELECT 1) ON EXISTS (SELECT 1 FROM dispatch_records d WHERE d.order_id = o.id)", f));
        QCOMPARE(d.current.complaintsClosed, rawScalar(db, "SELECT count(*) FROM orders o JOIN complaints c ON c.order_id = o.id AND c.resolved_at IS NOT NULL", f));
        QCOMPARE(d.current.complaintsInSla,
                 rawScalar(db, "SELECT count(*) FROM orders o JOIN complaints c ON c.order_id = o.id AND c.resolved_at IS NOT NULL"
                               " AND c.first_response_at <= c.first_response_due_at AND c.resolved_at <= c.resolution_due_at", f));
        QCOMPARE(d.current.timeouts, rawScalar(db, "SELECT count(*) FROM orders o JOIN order_events e ON e.order_id = o.id AND e.event = 'timeout'", f));
        // The funnel counts the stages reached, not the status now.
        QCOMPARE(d.current.reachedDispatch, rawReached(db, f, 2));
        QCOMPARE(d.current.reachedAccept, rawReached(db, f, 3));
        QCOMPARE(d.current.reachedComplete, rawReached(db, f, 4));
        QCOMPARE(d.current.reachedRated, rawReached(db, f, 5));
        QVERIFY(d.current.orders >= d.current.reachedDispatch && d.current.reachedDispatch >= d.current.reachedAccept
                && d.current.reachedAccept >= d.current.reachedComplete && d.current.reachedComplete >= d.current.reachedRated);
        QVERIFY(d.current.reachedDispatch >= d.current.dispatched);
        QCOMPARE(d.current.reachedComplete, d.current.completed); // a completed order only ever becomes rated
        compareProviders(db, d);
        QCOMPARE(d.dispatch.medianMinutes, rawRank(db, f, 0.5));
        QCOMPARE(d.dispatch.p90Minutes, rawRank(db, f, 0.9));
        // Every bar of orders over time: its category's orders in its days.
        for (int b = 0; b < d.buckets.size(); ++b)
            for (int c = 0; c < d.categories.size(); ++c) {
                stats::Filter bar = f;
                bar.period = {d.buckets.at(b).from, d.buckets.at(b).to};
                if (!f.categoryCode.isEmpty() && f.categoryCode != d.categories.at(c).code) {
                    QCOMPARE(d.orders.at(b).at(c), 0);
                    continue;
                }
                bar.categoryCode = d.categories.at(c).code;
                QCOMPARE(d.orders.at(b).at(c), rawScalar(db, "SELECT count(*) FROM orders o", bar));
            }
        for (int i = 0; i < d.districts.size(); ++i) {
            stats::Filter one = f;
            if (!f.districtCode.isEmpty() && f.districtCode != d.districts.at(i).code)
                continue;
            one.districtCode = d.districts.at(i).code;
            QCOMPARE(d.byDistrict.at(i).orders, rawScalar(db, "SELECT count(*) FROM orders o", one));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("stats.doorstep"));
        m_options.providers = 80;
        m_options.orders = 2000;
        m_options.seed = 1414;
        m_options.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, m_options);
        ui::MessageBox::setTestAnswer(QMessageBox::Ok);
    }

    void figuresAgreeWithTheOrders()
    {
        auto ws = login(QStringLiteral("manager"));
        ui::StatsPage page(*ws);
        QVERIFY(waitShown(page));
        QVERIFY(page.dashboard().current.orders > 0);
        compareWithSql(ws->store().db(), page.dashboard());
        QCOMPARE(page.tile(QStringLiteral("orders"))->valueText(), QLocale().toString(page.dashboard().current.orders));

        // Twelve months by month, then one district and one service.
        page.presetCombo()->setCurrentIndex(page.presetCombo()->findData(int(stats::PeriodPreset::Last12Months)));
        QVERIFY(waitShown(page));
        QCOMPARE(page.granularity(), stats::Granularity::Month);
        QVERIFY(page.dashboard().buckets.size() >= 12);
        compareWithSql(ws->store().db(), page.dashboard());
        // A year of the demo has providers in every list, and their figures on the tiles with both comparisons.
        QVERIFY(!page.dashboard().best.isEmpty() && !page.dashboard().worst.isEmpty());
        QVERIFY(!page.dashboard().fewestUpheld.isEmpty() && !page.dashboard().mostUpheld.isEmpty());
        QVERIFY(page.dashboard().providers.utilisation().has_value());
        QVERIFY(page.dashboard().providers.activePerDay().value_or(0) > 0);
        QVERIFY(page.dashboard().current.reachedDispatch > 0);
        for (const char *key : {"active_providers", "utilisation", "funnel_completed"}) {
            QVERIFY(page.tile(QLatin1StringView(key))->valueText() != QStringLiteral("—"));
            QVERIFY(!page.tile(QLatin1StringView(key))->previousText().isEmpty());
            QVERIFY(!page.tile(QLatin1StringView(key))->lastYearText().isEmpty());
        }
        QCOMPARE(page.ranking()->rowCount(), int(page.dashboard().best.size() + page.dashboard().worst.size()
                                                 + page.dashboard().fewestUpheld.size() + page.dashboard().mostUpheld.size()));
        page.districtCombo()->setCurrentIndex(1);
        QVERIFY(waitShown(page));
        page.categoryCombo()->setCurrentIndex(1);
        QVERIFY(waitShown(page));
        QVERIFY(!page.dashboard().filter.districtCode.isEmpty());
        QVERIFY(!page.dashboard().filter.categoryCode.isEmpty());
        QVERIFY(page.dashboard().current.orders > 0);
        compareWithSql(ws->store().db(), page.dashboard());
        // Week buckets start on Monday.
        page.granularityCombo()->setCurrentIndex(1);
        QVERIFY(waitShown(page));
        for (qsizetype b = 1; b < page.dashboard().buckets.size(); ++b)
            QCOMPARE(page.dashboard().buckets.at(b).from.dayOfWeek(), 1);
        compareWithSql(ws->store().db(), page.dashboard());
    }

    void aClickedBarOpensExactlyItsOrders()
    {
        auto ws = login(QStringLiteral("manager"));
        ui::MainWindow window(*ws);
        window.resize(1600, 1100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<ui::StatsPage *>(window.page(QStringLiteral("stats")));
        QVERIFY(page);
        window.showPage(QStringLiteral("stats"));
        QVERIFY(waitShown(*page));
        QTRY_VERIFY(page->ordersChart()->isVisible());

        // The biggest block of the orders chart, clicked where it is drawn.
        const stats::Dashboard d = page->dashboard();
        int bestB = 0, bestC = 0;
        for (int b = 0; b < d.buckets.size(); ++b)
            for (int c = 0; c < d.categories.size(); ++c)
                if (d.orders.at(b).at(c) > d.orders.at(bestB).at(bestC))
                    bestB = b, bestC = c;
        const qint64 expected = d.orders.at(bestB).at(bestC);
        QVERIFY(expected > 0);
        QSignalSpy requested(page, &ui::StatsPage::ordersRequested);
        ui::charts::BarChart *chart = page->ordersChart();
        const QPoint at = chart->barCenter(bestC, bestB);
        QWidget *target = chart->childAt(at);
        QVERIFY(target);
        QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(chart, at));
        QTRY_COMPARE(requested.size(), 1);

        auto *orders = qobject_cast<ui::OrdersPage *>(window.builtPage(QStringLiteral("orders")));
        QVERIFY(orders);
        QTRY_VERIFY(orders->isVisible());
        const itemmodels::OrderFilter f = orders->currentFilter();
        QCOMPARE(f.categoryId, d.categories.at(bestC).id);
        QVERIFY(!f.status);
        QSignalSpy counted(orders->model(), &itemmodels::PagedTableModel::countReady);
        WAIT_COUNTED(orders->model());
        qint64 listed = 0;
        for (const auto &[status, n] : itemmodels::countOrdersByStatus(ws->store().db(), f, false))
            listed += n;
        QCOMPARE(listed, expected);
        if (!counted.isEmpty())
            QCOMPARE(counted.last().at(0).toLongLong(), expected);

        // A district's bar: the whole period in that district.
        window.showPage(QStringLiteral("stats"));
        QTRY_VERIFY(page->districtChart()->isVisible());
        int district = 0;
        for (int i = 0; i < d.districts.size(); ++i)
            if (d.byDistrict.at(i).orders > d.byDistrict.at(district).orders)
                district = i;
        const QPoint dat = page->districtChart()->barCenter(0, district);
        QWidget *dtarget = page->districtChart()->childAt(dat);
        QVERIFY(dtarget);
        QTest::mouseClick(dtarget, Qt::LeftButton, {}, dtarget->mapFrom(page->districtChart(), dat));
        QTRY_COMPARE(requested.size(), 2);
        const itemmodels::OrderFilter g = orders->currentFilter();
        QCOMPARE(g.districtId, d.districts.at(district).id);
        qint64 inDistrict = 0;
        for (const auto &[status, n] : itemmodels::countOrdersByStatus(ws->store().db(), g, false))
            inDistrict += n;
        QCOMPARE(inDistrict, d.byDistrict.at(district).orders);

        // Clicks a bar (or a ranked provider) and counts what the orders page lists.
        const auto click = [&](ui::charts::BarChart *chart, int series, int category) {
            window.showPage(QStringLiteral("stats"));
            QTRY_VERIFY(chart->isVisible());
            const QPoint where = chart->barCenter(series, category);
            QWidget *hit = chart->childAt(where);
            QVERIFY(hit);
            const qsizetype before = requested.size();
            QTest::mouseClick(hit, Qt::LeftButton, {}, hit->mapFrom(chart, where));
            QTRY_COMPARE(requested.size(), before + 1);
        };
        const auto listedNow = [&](std::optional<domain::OrderStatus> only = std::nullopt) {
            qint64 n = 0;
            for (const auto &[status, count] : itemmodels::countOrdersByStatus(ws->store().db(), orders->currentFilter(), false))
                if (!only || status == *only)
                    n += count;
            return n;
        };

        // The funnel's "Dispatched" (drawn fourth from the top): every order that ever reached it.
        click(page->funnelChart(), 0, 3);
        QCOMPARE(orders->currentFilter().reachedStage, 2);
        QVERIFY(orders->narrowingChip()->isVisible());
        QCOMPARE(listedNow(), d.current.reachedDispatch);
        // Its "Completed".
        click(page->funnelChart(), 0, 1);
        QCOMPARE(listedNow(), d.current.reachedComplete);

        // The biggest cancellations bar: that bucket's cancelled orders.
        int lossB = 0;
        for (int b = 0; b < d.buckets.size(); ++b)
            if (d.cancelled.at(b) > d.cancelled.at(lossB))
                lossB = b;
        QVERIFY(d.cancelled.at(lossB) > 0);
        click(page->lossChart(), 0, lossB);
        QCOMPARE(orders->currentFilter().status, std::optional(domain::OrderStatus::Cancelled));
        QVERIFY(!orders->narrowingChip()->isVisible());
        QCOMPARE(listedNow(domain::OrderStatus::Cancelled), d.cancelled.at(lossB));

        // The biggest revenue block: its completed orders, whose prices add up to the bar.
        int revB = 0, revC = 0;
        for (int b = 0; b < d.buckets.size(); ++b)
            for (int c = 0; c < d.categories.size(); ++c)
                if (d.revenueFen.at(b).at(c) > d.revenueFen.at(revB).at(revC))
                    revB = b, revC = c;
        QVERIFY(d.revenueFen.at(revB).at(revC) > 0);
        click(page->revenueChart(), revC, revB);
        const itemmodels::OrderFilter rf = orders->currentFilter();
        QCOMPARE(rf.categoryId, d.categories.at(revC).id);
        QCOMPARE(ws->store().db().scalar("SELECT sum(o.price_fen) FROM orders o WHERE o.window_start >= ? AND o.window_start < ?"
                                         " AND o.category_id = ? AND EXISTS (SELECT 1 FROM stats_order_facts f WHERE f.order_id = o.id AND f.stage >= ?)",
                                         rf.windowFrom, rf.windowTo, rf.categoryId, rf.reachedStage).toLongLong(),
                 d.revenueFen.at(revB).at(revC));
        QCOMPARE(listedNow(), ws->store().db().scalar("SELECT count(*) FROM orders WHERE window_start >= ? AND window_start < ? AND category_id = ?"
                                                   " AND status IN ('completed', 'rated')", rf.windowFrom, rf.windowTo, rf.categoryId).toLongLong());

        // A ranked provider: all its orders of the period.
        window.showPage(QStringLiteral("stats"));
        QTableWidget *ranking = page->ranking();
        QVERIFY(ranking->rowCount() > 0);
        const int row = ranking->rowCount() - 1; // the most upheld complaints (or the last list there is)
        const qint64 provider = page->rankedProviderAt(row);
        QVERIFY(provider);
        qint64 providerOrders = -1;
        for (const QList<stats::ProviderRank> *list : {&d.best, &d.worst, &d.fewestUpheld, &d.mostUpheld})
            for (const stats::ProviderRank &p : *list)
                if (p.id == provider)
                    providerOrders = p.orders;
        const qsizetype before = requested.size();
        ranking->scrollToItem(ranking->item(row, 1));
        QTest::mouseClick(ranking->viewport(), Qt::LeftButton, {}, ranking->visualItemRect(ranking->item(row, 1)).center());
        QTRY_COMPARE(requested.size(), before + 1);
        QCOMPARE(orders->currentFilter().providerId, provider);
        QCOMPARE(listedNow(), providerOrders);
        // The narrowing's button takes it off again.
        QVERIFY(orders->narrowingChip()->isVisible());
        QTest::mouseClick(orders->narrowingChip(), Qt::LeftButton);
        QCOMPARE(orders->currentFilter().providerId, 0);
        QVERIFY(!orders->narrowingChip()->isVisible());
    }

    // A refunds bar counts and opens the refunded orders; a rating band and a day's active
    // providers open exactly those providers on the providers page; an empty
    // list stays empty (it is not "no filter"), and the button lifts it.
    void refundsBandsAndActiveProvidersOpenTheirRows()
    {
        auto ws = login(QStringLiteral("manager"));
        auto &db = ws->store().db();
        ui::MainWindow window(*ws);
        window.resize(1600, 1100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<ui::StatsPage *>(window.page(QStringLiteral("stats")));
        QVERIFY(page);
        window.showPage(QStringLiteral("stats"));
        QVERIFY(waitShown(*page));
        QCOMPARE(page->granularity(), stats::Granularity::Day);
        const stats::Dashboard d = page->dashboard();
        QSignalSpy orderClicks(page, &ui::StatsPage::ordersRequested);
        QSignalSpy providerClicks(page, &ui::StatsPage::providersRequested);
        const auto click = [&](ui::charts::BarChart *chart, int series, int category) {
            window.showPage(QStringLiteral("stats"));
            QTRY_VERIFY(chart->isVisible());
            const QPoint where = chart->barCenter(series, category);
            QWidget *hit = chart->childAt(where);
            QVERIFY(hit);
            QTest::mouseClick(hit, Qt::LeftButton, {}, hit->mapFrom(chart, where));
        };

        // Refunds: the day with the most refunded orders. One of them is refunded a second time (paid),
        // so that day holds more paid refunds than refunded orders: the bar counts the orders its click lists.
        int refundB = 0;
        for (int b = 0; b < d.buckets.size(); ++b)
            if (d.refundedOrders.at(b) > d.refundedOrders.at(refundB))
                refundB = b;
        QVERIFY(d.refundedOrders.at(refundB) > 0);
        const qint64 dayFrom = dayStart(d.buckets.at(refundB).from);
        const qint64 dayTo = dayStart(d.buckets.at(refundB).to.addDays(1));
        const qint64 twice = db.scalar("SELECT r.order_id FROM refunds r JOIN orders o ON o.id = r.order_id WHERE r.status = 'paid'"
                                       " AND o.window_start >= ? AND o.window_start < ? ORDER BY r.order_id LIMIT 1", dayFrom, dayTo).toLongLong();
        db.run("INSERT INTO refunds(id, order_id, amount_fen, reason, status, requested_at, decided_at) VALUES (?, ?, 500, '再次退款', 'paid', ?, ?)",
               ws->store().newId(), twice, dayFrom, dayFrom);
        page->reload();
        QVERIFY(waitShown(*page));
        const stats::Dashboard r = page->dashboard();
        const qint64 paidRefunds = db.scalar("SELECT count(*) FROM refunds r JOIN orders o ON o.id = r.order_id WHERE r.status = 'paid'"
                                             " AND o.window_start >= ? AND o.window_start < ?", dayFrom, dayTo).toLongLong();
        const qint64 refundedOrders = db.scalar("SELECT count(DISTINCT r.order_id) FROM refunds r JOIN orders o ON o.id = r.order_id"
                                                " WHERE r.status = 'paid' AND o.window_start >= ? AND o.window_start < ?", dayFrom, dayTo).toLongLong();
        QVERIFY(paidRefunds > refundedOrders);
        QCOMPARE(r.refundedOrders.at(refundB), refundedOrders);
        QCOMPARE(page->lossChart()->series().at(1).values.at(refundB), double(refundedOrders)); // the bar as drawn
        click(page->lossChart(), 1, refundB);
        QTRY_COMPARE(orderClicks.size(), 1);
        auto *orders = qobject_cast<ui::OrdersPage *>(window.builtPage(QStringLiteral("orders")));
        QVERIFY(orders);
        const itemmodels::OrderFilter rf = orders->currentFilter();
        QVERIFY(rf.paidRefund);
        QVERIFY(!rf.status);
        QCOMPARE(rf.windowFrom, dayFrom);
        QCOMPARE(rf.windowTo, dayTo);
        QVERIFY(orders->narrowingChip()->isVisible());
        // The rows of the drilled-down page: as many as the bar.
        WAIT_LOADED(orders->model());
        QVERIFY(fetchAll(orders->model()));
        QCOMPARE(qint64(orders->model()->rowCount()), r.refundedOrders.at(refundB));
        qint64 listed = 0;
        for (const auto &[status, n] : itemmodels::countOrdersByStatus(db, rf, false))
            listed += n;
        QCOMPARE(listed, r.refundedOrders.at(refundB));
        // A day without a paid refund lists none.
        const auto noRefund = std::find(r.refundedOrders.cbegin(), r.refundedOrders.cend(), 0);
        if (noRefund != r.refundedOrders.cend()) {
            const stats::Bucket &b = r.buckets.at(noRefund - r.refundedOrders.cbegin());
            orders->showOrdersOf(b.from, b.to, 0, 0, {std::nullopt, 0, QString(), 0, true});
            qint64 none = 0;
            for (const auto &[status, n] : itemmodels::countOrdersByStatus(db, orders->currentFilter(), false))
                none += n;
            QCOMPARE(none, 0);
        }

        // A rating band: the providers the chart counts in it, listed on the providers page.
        int band = 0;
        for (int i = 0; i < d.ratingBands.size(); ++i)
            if (d.ratingBands.at(i) > d.ratingBands.at(band))
                band = i;
        QVERIFY(d.ratingBands.at(band) > 0);
        click(page->ratingChart(), 0, band);
        QTRY_COMPARE(providerClicks.size(), 1);
        auto *providers = qobject_cast<ui::ProviderDirectoryPage *>(window.builtPage(QStringLiteral("providers")));
        QVERIFY(providers);
        QTRY_VERIFY(providers->isVisible());
        WAIT_COUNTED(providers->model());
        QCOMPARE(providers->model()->matchingCount(), d.ratingBands.at(band));
        // Each listed provider's average over the period's ratings is in the band.
        for (qint64 id : d.ratingBandProviders.at(band)) {
            const auto st = db.scalar("SELECT sum(stars) * 1.0 / sum(rated) FROM stats_provider_days WHERE provider_id = ? AND day BETWEEN ? AND ?",
                                      id, stats::dayNumber(d.filter.period.from), stats::dayNumber(d.filter.period.to));
            const double avg = st.toDouble();
            const double lows[] = {0.0, 3.0, 3.5, 4.0, 4.5}, highs[] = {3.0, 3.5, 4.0, 4.5, 5.01};
            QVERIFY2(avg >= lows[band] - 1e-9 && avg < highs[band], qPrintable(QString::number(avg)));
        }
        QVERIFY(providers->narrowingChip()->isVisible());
        QTest::mouseClick(providers->narrowingChip(), Qt::LeftButton);
        WAIT_COUNTED(providers->model());
        QVERIFY(providers->model()->matchingCount() > d.ratingBands.at(band));
        QVERIFY(!providers->narrowingChip()->isVisible());

        // A day's active providers: as many as the bar says, each with an order served that day.
        int activeB = 0;
        for (int b = 0; b < d.buckets.size(); ++b)
            if (d.activeProviders.at(b) > d.activeProviders.at(activeB))
                activeB = b;
        QVERIFY(d.activeProviders.at(activeB) > 0);
        providers->statusFilter()->setCurrentIndex(1); // a filter of its own is cleared by the drill-down
        click(page->activeChart(), 0, activeB);
        QTRY_COMPARE(providerClicks.size(), 2);
        WAIT_COUNTED(providers->model());
        QCOMPARE(providers->statusFilter()->currentIndex(), 0);
        QCOMPARE(double(providers->model()->matchingCount()), d.activeProviders.at(activeB));
        const stats::Bucket &day = d.buckets.at(activeB);
        QCOMPARE(providers->model()->matchingCount(),
                 db.scalar("SELECT count(DISTINCT o.provider_id) FROM orders o WHERE o.provider_id IS NOT NULL AND o.status <> 'cancelled'"
                           " AND o.window_start >= ? AND o.window_start < ?",
                           domain::officeDayStart(domain::officeNoon(day.from)), domain::officeDayStart(domain::officeNoon(day.to.addDays(1))))
                     .toLongLong());

        // The empty case: no provider is no provider, not every one.
        providers->showProvidersOf({}, QStringLiteral("none"));
        WAIT_COUNTED(providers->model());
        QCOMPARE(providers->model()->matchingCount(), 0);
        QCOMPARE(providers->model()->rowCount(), 0);

        // The complaints tiles: every complaint about the period's orders, in any state; then the upheld ones.
        QSignalSpy complaintClicks(page, &ui::StatsPage::complaintsRequested);
        for (const bool upheld : {false, true}) {
            window.showPage(QStringLiteral("stats"));
            ui::StatTile *tile = page->tile(upheld ? QStringLiteral("upheld") : QStringLiteral("complaints"));
            QTRY_VERIFY(tile->isVisible());
            QTest::mouseClick(tile, Qt::LeftButton);
            QTRY_COMPARE(complaintClicks.size(), upheld ? 2 : 1);
            auto *complaints = qobject_cast<ui::ComplaintsPage *>(window.builtPage(QStringLiteral("complaints")));
            QVERIFY(complaints);
            QTRY_VERIFY(complaints->isVisible());
            WAIT_COUNTED(complaints->model());
            const qint64 expected = upheld ? d.current.upheld : d.current.complaints;
            QVERIFY(expected > 0);
            QCOMPARE(complaints->model()->matchingCount(), expected);
            QVERIFY(complaints->narrowingChip()->isVisible());
        }
        // A period without orders lists no complaint (not every complaint).
        auto *complaints = qobject_cast<ui::ComplaintsPage *>(window.builtPage(QStringLiteral("complaints")));
        complaints->showComplaintsOf({1, 2, 0, 0, false}, QStringLiteral("none"));
        WAIT_COUNTED(complaints->model());
        QCOMPARE(complaints->model()->matchingCount(), 0);
        QTest::mouseClick(complaints->narrowingChip(), Qt::LeftButton);
        WAIT_COUNTED(complaints->model());
        QVERIFY(complaints->model()->matchingCount() > d.current.complaints);
    }

    // A month of days on a narrow chart: every few labels shown whole (the
    // others blank), not every one elided to "…"; on a wide one, all of them.
    void dayLabelsThinOutRatherThanElide()
    {
        ui::charts::BarChart chart;
        QStringList days;
        ui::charts::Series orders{QStringLiteral("Orders"), {}};
        for (int d = 1; d <= 31; ++d) {
            days << QStringLiteral("10/%1").arg(d);
            orders.values << d;
        }
        chart.setData(days, {orders}, ui::charts::BarChart::Layout::Grouped);
        chart.resize(420, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QStringList shown = chart.shownCategories();
        QCOMPARE(shown.size(), days.size());
        const QFontMetrics fm(chart.font());
        int every = 1;
        while (every < shown.size() && shown.at(every) != days.at(every))
            ++every;
        QVERIFY2(every > 1, "31 labels cannot all fit in 420 px");
        for (int i = 0; i < shown.size(); ++i) {
            QCOMPARE(shown.at(i) == days.at(i), i % every == 0);
            if (i % every != 0)
                QVERIFY(shown.at(i).isEmpty());
        }
        // Each shown label fits the slots up to the next one.
        QVERIFY(fm.horizontalAdvance(days.last()) < every * 420 / 31);
        QCOMPARE(chart.labelEvery(), every);
        chart.resize(4000, 300);
        QTRY_COMPARE(chart.shownCategories(), days);
        QCOMPARE(chart.categories(), days); // what screen readers and tests read never changes
    }

    // Value axes tick in round 1-2-5 steps from 0 to just above the top.
    void valueAxesTickInRoundSteps_data()
    {
        QTest::addColumn<double>("top");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<double>("step");
        QTest::addColumn<double>("max");
        QTest::addColumn<QString>("format");
        QTest::newRow("revenue, yuan") << 39601.25 << false << 10000.0 << 40000.0 << QStringLiteral("%.0f");
        QTest::newRow("a million yuan") << 1234567.0 << false << 500000.0 << 1500000.0 << QStringLiteral("%.0f");
        QTest::newRow("exactly five steps") << 10.0 << true << 2.0 << 10.0 << QStringLiteral("%.0f");
        QTest::newRow("just over") << 10.5 << false << 5.0 << 15.0 << QStringLiteral("%.0f");
        QTest::newRow("few orders: no half orders") << 3.0 << true << 1.0 << 3.0 << QStringLiteral("%.0f");
        QTest::newRow("one order") << 1.0 << true << 1.0 << 1.0 << QStringLiteral("%.0f");
        QTest::newRow("averages below one") << 0.7 << false << 0.2 << 0.8 << QStringLiteral("%.1f");
        QTest::newRow("cents") << 0.03 << false << 0.01 << 0.03 << QStringLiteral("%.2f");
        QTest::newRow("nothing") << 0.0 << true << 1.0 << 1.0 << QStringLiteral("%.0f");
    }

    void valueAxesTickInRoundSteps()
    {
        QFETCH(double, top);
        QFETCH(bool, whole);
        QFETCH(double, step);
        QFETCH(double, max);
        QFETCH(QString, format);
        const reports::ValueTicks t = reports::valueTicks(top, whole);
        QVERIFY(qFuzzyCompare(t.step, step));
        QVERIFY(qFuzzyCompare(t.max, max));
        QCOMPARE(t.tickCount(), qRound(max / step) + 1);
        QVERIFY(t.intervals <= 5);
        QCOMPARE(t.labelFormat(), format);
        // A chart with that top draws that axis.
        ui::charts::BarChart chart;
        chart.setData({QStringLiteral("a"), QStringLiteral("b")}, {{QStringLiteral("s"), {top, top / 2}}}, ui::charts::BarChart::Layout::Grouped);
        QVERIFY(qFuzzyCompare(chart.valueAxisTicks().max, max));
    }

    // Every chart of the dashboard: round steps (1, 2 or 5 × 10^k) up to just above its tallest bar.
    void dashboardAxesAreRound()
    {
        auto ws = login(QStringLiteral("manager"));
        ui::StatsPage page(*ws);
        QVERIFY(waitShown(page));
        page.presetCombo()->setCurrentIndex(4); // last 12 months, by month: revenue in the tens of thousands of yuan
        QVERIFY(waitShown(page));
        for (ui::charts::BarChart *chart : page.charts()) {
            double top = 0;
            QList<double> stacks;
            for (const ui::charts::Series &s : chart->series())
                for (int i = 0; i < s.values.size(); ++i) {
                    top = std::max(top, s.values.at(i));
                    if (stacks.size() <= i)
                        stacks.append(0);
                    stacks[i] += s.values.at(i);
                }
            if (chart == page.ordersChart() || chart == page.revenueChart())
                for (double v : stacks)
                    top = std::max(top, v);
            const reports::ValueTicks t = chart->valueAxisTicks();
            const double mantissa = t.step / std::pow(10.0, std::floor(std::log10(t.step)));
            QVERIFY2(qFuzzyCompare(mantissa, 1.0) || qFuzzyCompare(mantissa, 2.0) || qFuzzyCompare(mantissa, 5.0), qPrintable(chart->title()));
            QVERIFY2(top == 0 || (t.max >= top && t.max - t.step < top + 1e-9 * t.max), qPrintable(chart->title()));
        }
        QVERIFY(page.revenueChart()->valueAxisTicks().step >= 1); // a month's revenue in whole yuan steps
    }

    void chartsFollowThePalette()
    {
        auto ws = login(QStringLiteral("manager"));
        ui::StatsPage page(*ws);
        QVERIFY(waitShown(page));
        const QColor light = page.ordersChart()->seriesColor(0);
        QPalette dark = page.palette();
        dark.setColor(QPalette::Base, QColor(30, 30, 30));
        dark.setColor(QPalette::Window, QColor(40, 40, 40));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        page.setPalette(dark);
        QVERIFY(page.ordersChart()->seriesColor(0) != light);
        QVERIFY(page.ordersChart()->seriesColor(0).lightness() > light.lightness());
        // Chinese category names reach the chart as they are.
        bool chinese = false;
        for (const ui::charts::Series &s : page.ordersChart()->series())
            chinese = chinese || s.name.contains(QStringLiteral("保洁"));
        QVERIFY(chinese || QLocale().language() != QLocale::Chinese);
        QCOMPARE(page.ordersChart()->series().size(), page.dashboard().categories.size());
    }

    void onlyRolesThatMayViewStatisticsSeeThePage()
    {
        for (const auto &[user, sees] : {std::pair{QStringLiteral("manager"), true}, {QStringLiteral("supervisor"), true},
                                         {QStringLiteral("admin"), true}, {QStringLiteral("dispatcher"), false},
                                         {QStringLiteral("agent"), false}}) {
            auto ws = login(user);
            ui::MainWindow window(*ws);
            QCOMPARE(window.pageKeys().contains(QStringLiteral("stats")), sees);
        }
        // The loader itself refuses a role without the permission.
        auto ws = login(QStringLiteral("dispatcher"));
        stats::DashboardLoader loader(ws->store().readerOpener(), ws->session().can(services::Permission::StatisticsView));
        QSignalSpy failed(&loader, &stats::DashboardLoader::failed);
        loader.request({{QDate(2026, 1, 1), QDate(2026, 1, 31)}, {}, {}}, stats::Granularity::Day);
        QTRY_COMPARE(failed.size(), 1);
    }
};

QTEST_MAIN(TestStatsUi)
#include "tst_stats_ui.moc"
