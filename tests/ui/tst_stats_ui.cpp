// The statistics dashboard, offscreen, on a small demo franchise: its figures
// against independent SQL over the orders (not the rollups), the filters, a
// click on a bar opening exactly the orders behind it on the orders page (the
// counts agree), the palette followed in light and dark, and the page shown
// only to the roles that may view statistics.
#include "wait_loaded.h"
#include "demo/demo_generator.h"
#include "domain/office_time.h"
#include "itemmodels/orders_model.h"
#include "services/workspace.h"
#include "stats/dashboard_loader.h"
#include "store/sqlite.h"
#include "ui/charts/bar_chart.h"
#include "ui/main_window.h"
#include "ui/message_box.h"
#include "ui/orders_page.h"
#include "ui/stats/stat_tile.h"
#include "ui/stats/stats_page.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace doorstep;

namespace {
qint64 dayStart(QDate d)
{
    return domain::officeDayStart(domain::officeNoon(d));
}

// The filter's orders straight from the orders table.
QByteArray whereRaw(store::Database &db, const stats::Filter &f, QVariantList *binds)
{
    QByteArray sql = " WHERE o.window_start >= ? AND o.window_start < ?";
    *binds << dayStart(f.period.from) << dayStart(f.period.to.addDays(1));
    if (!f.districtCode.isEmpty()) {
        sql += " AND o.district_id = ?";
        *binds << db.scalar("SELECT id FROM districts WHERE adcode = ?", f.districtCode);
    }
    if (!f.categoryCode.isEmpty()) {
        sql += " AND o.service_item_id IN (SELECT si.id FROM service_items si JOIN service_categories c ON c.id = si.category_id WHERE c.code = ?)";
        *binds << f.categoryCode;
    }
    return sql;
}

qint64 rawScalar(store::Database &db, const QByteArray &select, const stats::Filter &f)
{
    QVariantList binds;
    const QByteArray where = whereRaw(db, f, &binds);
    auto st = db.prepare(select + where);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    return st.next() ? st.int64(0) : 0;
}

std::optional<int> rawRank(store::Database &db, const stats::Filter &f, double p)
{
    QVariantList binds;
    const QByteArray where = whereRaw(db, f, &binds);
    auto st = db.prepare("SELECT (SELECT d.at FROM dispatch_records d WHERE d.order_id = o.id ORDER BY d.at, d.id LIMIT 1) - o.created_at FROM orders o"
                         + where);
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    QList<int> minutes;
    while (st.next())
        if (!st.isNull(0))
            minutes << int(std::min<qint64>(std::max<qint64>(st.int64(0), 0) / 60, 10080));
    if (minutes.isEmpty())
        return std::nullopt;
    std::sort(minutes.begin(), minutes.end());
    const qint64 k = std::max<qint64>(1, qint64(std::ceil(p * double(minutes.size()))));
    return minutes.at(int(k - 1));
}

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
        QCOMPARE(d.current.complaints, rawScalar(db, "SELECT count(*) FROM orders o JOIN complaints c ON c.order_id = o.id", f));
        QCOMPARE(d.current.rated, rawScalar(db, "SELECT count(*) FROM orders o JOIN ratings g ON g.order_id = o.id", f));
        QCOMPARE(d.current.dispatched,
                 rawScalar(db, "SELECT count(*) FROM orders o JOIN (SELECT 1) ON EXISTS (SELECT 1 FROM dispatch_records d WHERE d.order_id = o.id)", f));
        QCOMPARE(d.current.complaintsClosed, rawScalar(db, "SELECT count(*) FROM orders o JOIN complaints c ON c.order_id = o.id AND c.resolved_at IS NOT NULL", f));
        QCOMPARE(d.current.complaintsInSla,
                 rawScalar(db, "SELECT count(*) FROM orders o JOIN complaints c ON c.order_id = o.id AND c.resolved_at IS NOT NULL"
                               " AND c.first_response_at <= c.first_response_due_at AND c.resolved_at <= c.resolution_due_at", f));
        QCOMPARE(d.current.timeouts, rawScalar(db, "SELECT count(*) FROM orders o JOIN order_events e ON e.order_id = o.id AND e.event = 'timeout'", f));
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
