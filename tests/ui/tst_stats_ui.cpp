// The statistics dashboard, offscreen, on a small demo franchise: its figures
// against independent SQL over the orders (not the rollups): totals, the
// funnel by stages reached, the providers' figures and rankings; the filters;
// a click on a bar of orders, revenue, cancellations, the funnel or districts,
// or on a ranked provider, opening exactly the orders behind it on the orders
// page (the counts agree), the palette followed in light and dark, and the page shown
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
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
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

// Orders of the filter that reached at least `stage` (2 dispatched … 5 rated), from the
// timeline, dispatch records, ratings and status: not from the rollups.
qint64 rawReached(store::Database &db, const stats::Filter &f, int stage)
{
    static const char *const levels[] = {"'assigned'", "'accepted','on_the_way','in_service'", "'completed'", "'rated'"};
    QByteArray statuses;
    for (int k = stage; k <= 5; ++k)
        statuses += (statuses.isEmpty() ? "" : ",") + QByteArray(levels[k - 2]);
    return rawScalar(db,
                     "SELECT count(*) FROM orders o JOIN (SELECT 1) ON (o.status IN (" + statuses + ")"
                     " OR EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.to_status IN (" + statuses + "))"
                     + (stage <= 2 ? " OR EXISTS (SELECT 1 FROM dispatch_records d WHERE d.order_id = o.id)" : "")
                     + " OR EXISTS (SELECT 1 FROM ratings g WHERE g.order_id = o.id))",
                     f);
}

// The providers of a period straight from orders, complaints, ratings and working hours.
struct RawProviders
{
    qint64 activeDays = 0, servedMin = 0, workingMin = 0;
    QList<stats::ProviderRank> all;
};

RawProviders rawProviders(store::Database &db, const stats::Period &period)
{
    RawProviders r;
    const qint64 from = dayStart(period.from), to = dayStart(period.to.addDays(1));
    r.activeDays = db.scalar("SELECT count(*) FROM (SELECT DISTINCT (window_start + 28800) / 86400, provider_id FROM orders"
                             " WHERE provider_id IS NOT NULL AND status <> 'cancelled' AND window_start >= ? AND window_start < ?)",
                             from, to)
                       .toLongLong();
    r.servedMin = db.scalar("SELECT coalesce(sum(duration_min), 0) FROM orders WHERE provider_id IS NOT NULL AND status <> 'cancelled'"
                            " AND window_start >= ? AND window_start < ?",
                            from, to)
                      .toLongLong();
    for (QDate d = period.from; d <= period.to; d = d.addDays(1))
        r.workingMin += db.scalar("SELECT coalesce(sum(h.end_min - h.start_min), 0) FROM provider_hours h JOIN providers p ON p.id = h.provider_id"
                                  " WHERE p.status = 'active' AND h.weekday = ?",
                                  d.dayOfWeek())
                            .toLongLong();
    auto st = db.prepare("SELECT o.provider_id, count(*),"
                         " sum((SELECT count(*) FROM complaints c WHERE c.order_id = o.id AND c.upheld = 1)),"
                         " sum((SELECT count(*) FROM ratings g WHERE g.order_id = o.id)),"
                         " sum((SELECT coalesce(sum(g.stars), 0) FROM ratings g WHERE g.order_id = o.id)), p.name"
                         " FROM orders o JOIN providers p ON p.id = o.provider_id WHERE o.window_start >= ? AND o.window_start < ?"
                         " GROUP BY o.provider_id");
    st.bind(1, from);
    st.bind(2, to);
    while (st.next()) {
        stats::ProviderRank p;
        p.id = st.int64(0);
        p.orders = st.int64(1);
        p.upheld = st.int64(2);
        p.ratings = st.int64(3);
        p.stars = st.int64(4);
        p.name = st.text(5);
        r.all.append(p);
    }
    return r;
}

// The first five of `all` passing `ok`, by `key` (smaller first), ties by more `evidence`, then id.
template<class Ok, class Key, class Evidence>
QList<qint64> rawTop(QList<stats::ProviderRank> all, Ok ok, Key key, Evidence evidence)
{
    all.erase(std::remove_if(all.begin(), all.end(), [&](const stats::ProviderRank &p) { return !ok(p); }), all.end());
    std::sort(all.begin(), all.end(), [&](const stats::ProviderRank &a, const stats::ProviderRank &b) {
        const double ka = key(a), kb = key(b);
        if (std::abs(ka - kb) > 1e-9)
            return ka < kb;
        return evidence(a) != evidence(b) ? evidence(a) > evidence(b) : a.id < b.id;
    });
    QList<qint64> ids;
    for (int i = 0; i < std::min<int>(int(all.size()), stats::kRanked); ++i)
        ids << all.at(i).id;
    return ids;
}

QList<qint64> idsOf(const QList<stats::ProviderRank> &list)
{
    QList<qint64> ids;
    for (const stats::ProviderRank &p : list)
        ids << p.id;
    return ids;
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

    // The office-wide provider figures of the period, its 环比 and 同比 periods, each bucket, the bands and rankings.
    void compareProviders(store::Database &db, const stats::Dashboard &d)
    {
        const stats::Period &period = d.filter.period;
        const std::pair<const stats::ProviderFigures *, stats::Period> periods[] = {
            {&d.providers, period}, {&d.providersPrevious, period.previous()}, {&d.providersLastYear, period.sameLastYear()}};
        for (const auto &[figures, p] : periods) {
            const RawProviders raw = rawProviders(db, p);
            QCOMPARE(figures->days, p.days());
            QCOMPARE(figures->activeDays, raw.activeDays);
            QCOMPARE(figures->servedMin, raw.servedMin);
            QCOMPARE(figures->workingMin, raw.workingMin);
        }
        for (int b = 0; b < d.buckets.size(); ++b) {
            const stats::Period p{d.buckets.at(b).from, d.buckets.at(b).to};
            QCOMPARE(d.activeProviders.at(b), double(rawProviders(db, p).activeDays) / double(p.days()));
        }
        const RawProviders raw = rawProviders(db, period);
        QList<qint64> bands(5, 0);
        for (const stats::ProviderRank &p : raw.all)
            if (p.ratings > 0) {
                const double avg = double(p.stars) / double(p.ratings);
                ++bands[avg < 3.0 ? 0 : avg < 3.5 ? 1 : avg < 4.0 ? 2 : avg < 4.5 ? 3 : 4];
            }
        QCOMPARE(d.ratingBands, bands);
        const auto rated = [](const stats::ProviderRank &p) { return p.ratings >= stats::kMinRatings; };
        const auto busy = [](const stats::ProviderRank &p) { return p.orders >= stats::kMinOrders; };
        const auto avg = [](const stats::ProviderRank &p) { return double(p.stars) / double(p.ratings); };
        const auto per100 = [](const stats::ProviderRank &p) { return 100.0 * double(p.upheld) / double(p.orders); };
        const auto ratings = [](const stats::ProviderRank &p) { return p.ratings; };
        const auto orders = [](const stats::ProviderRank &p) { return p.orders; };
        QCOMPARE(idsOf(d.best), rawTop(raw.all, rated, [&](const stats::ProviderRank &p) { return -avg(p); }, ratings));
        QCOMPARE(idsOf(d.worst), rawTop(raw.all, rated, avg, ratings));
        QCOMPARE(idsOf(d.fewestUpheld), rawTop(raw.all, busy, per100, orders));
        QCOMPARE(idsOf(d.mostUpheld), rawTop(raw.all, busy, [&](const stats::ProviderRank &p) { return -per100(p); }, orders));
        for (const QList<stats::ProviderRank> *list : {&d.best, &d.worst, &d.fewestUpheld, &d.mostUpheld})
            for (const stats::ProviderRank &p : *list) {
                const auto it = std::find_if(raw.all.begin(), raw.all.end(), [&](const stats::ProviderRank &r) { return r.id == p.id; });
                QVERIFY(it != raw.all.end());
                QCOMPARE(p.orders, it->orders);
                QCOMPARE(p.upheld, it->upheld);
                QCOMPARE(p.ratings, it->ratings);
                QCOMPARE(p.stars, it->stars);
                QCOMPARE(p.name, it->name);
            }
    }

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
        for (const char *key : {"active_providers", "utilisation"}) {
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
