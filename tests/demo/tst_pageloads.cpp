// Paged models that read a reload's first page and count on a worker
// (PagedTableModel::loadOnWorker, itemmodels::PageWorker), for each list
// page's model: the rows and the count arrive by signal and are the ones the
// same model reads on the GUI thread's connection; while they are on their
// way the old rows stay; a newer filter's result wins and an older one is
// dropped; further pages (fetchMore) come from the worker too, once each,
// and one on its way when the filter changes is dropped; a failed read
// surfaces as loadFailed / countFailed. The periodic
// sweeps' "anything due?" read (itemmodels::SweepCheck) on a worker, too.
#include "demo/demo_generator.h"
#include "itemmodels/applications_model.h"
#include "itemmodels/complaints_model.h"
#include "itemmodels/customers_model.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/page_worker.h"
#include "itemmodels/providers_model.h"
#include "itemmodels/queries.h"
#include "itemmodels/sweep_check.h"
#include "services/order_timeout_service.h"
#include "services/provider_expiry_service.h"
#include "services/workspace.h"
#include "store/sqlite.h"
#include "store/store_error.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace doorstep;
using itemmodels::PagedTableModel;

namespace {

// One list model and two different filters for it (`narrow` keeps fewer
// rows than `wide`, and at least one).
struct Case
{
    const char *name;
    std::function<PagedTableModel *(itemmodels::Queries &, QObject *)> make;
    std::function<void(PagedTableModel *)> wide;
    std::function<void(PagedTableModel *)> narrow;
    bool counts = true; // the orders page counts per status instead (StatusCounts)
};

QList<qint64> ids(const PagedTableModel &model)
{
    QList<qint64> out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.idAt(r));
    return out;
}

} // namespace

class TestPageLoads : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    demo::DemoOptions m_demo;
    QList<Case> m_cases;

    std::unique_ptr<services::Workspace> login()
    {
        return services::Workspace::login(m_path, QStringLiteral("admin"), m_demo.password);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("pages.doorstep"));
        m_demo.providers = 40;
        m_demo.orders = 1200;
        m_demo.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, m_demo);
        auto ws = login();
        auto &db = ws->store().db();
        const QString surname = db.scalar("SELECT substr(name, 1, 1) FROM customers GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").toString();
        const QString provider = db.scalar("SELECT substr(name, 1, 1) FROM providers GROUP BY 1 ORDER BY count(*) DESC LIMIT 1").toString();
        QVERIFY(!surname.isEmpty() && !provider.isEmpty());
        using namespace itemmodels;
        m_cases = {
            {"customers", [](Queries &q, QObject *o) -> PagedTableModel * { return q.customersModel(o); },
             [](PagedTableModel *m) { static_cast<CustomersModel *>(m)->setSearch({}); },
             [surname](PagedTableModel *m) { static_cast<CustomersModel *>(m)->setSearch(surname); }},
            {"orders", [](Queries &q, QObject *o) -> PagedTableModel * { return q.ordersModel(o); },
             [](PagedTableModel *m) { static_cast<OrdersModel *>(m)->setFilter({}); },
             [provider](PagedTableModel *m) {
                 OrderFilter f;
                 f.providerName = provider;
                 static_cast<OrdersModel *>(m)->setFilter(f);
             },
             false},
            {"providers", [](Queries &q, QObject *o) -> PagedTableModel * { return q.providersModel(o); },
             [](PagedTableModel *m) { static_cast<ProvidersModel *>(m)->setSearch({}); },
             [provider](PagedTableModel *m) { static_cast<ProvidersModel *>(m)->setSearch(provider); }},
            {"applications", [](Queries &q, QObject *o) -> PagedTableModel * { return q.applicationsModel(o); },
             [](PagedTableModel *m) { static_cast<ApplicationsModel *>(m)->setStates({}); },
             [](PagedTableModel *m) { static_cast<ApplicationsModel *>(m)->setStates({QStringLiteral("approved")}); }},
            {"complaints", [](Queries &q, QObject *o) -> PagedTableModel * { return q.complaintsModel(o); },
             [](PagedTableModel *m) { static_cast<ComplaintsModel *>(m)->setStates({}); },
             [](PagedTableModel *m) { static_cast<ComplaintsModel *>(m)->setStates(ComplaintsModel::openStates()); }},
        };
    }

    // The same rows and count as on the GUI thread's connection, delivered later.
    void rowsAndCountArriveFromTheWorker()
    {
        auto ws = login();
        itemmodels::Queries queries(*ws);
        for (const Case &c : std::as_const(m_cases)) {
            QObject owner;
            auto *worker = queries.pageWorker(&owner);
            PagedTableModel *onWorker = c.make(queries, &owner);
            PagedTableModel *here = c.make(queries, &owner);
            onWorker->loadOnWorker(worker);
            QAbstractItemModelTester tester(onWorker, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy loaded(onWorker, &PagedTableModel::loaded);
            QSignalSpy counted(onWorker, &PagedTableModel::countReady);
            QSignalSpy failed(onWorker, &PagedTableModel::loadFailed);
            c.wide(onWorker);
            QTRY_COMPARE(loaded.count(), 1);
            const QList<qint64> before = ids(*onWorker);
            QVERIFY2(!before.isEmpty(), c.name);

            c.narrow(onWorker);
            QVERIFY2(onWorker->isLoading(), c.name); // reload() returned before reading
            QCOMPARE(ids(*onWorker), before);        // the old rows stay meanwhile, no empty flash
            QVERIFY(!onWorker->canFetchMore({}));
            QTRY_COMPARE(loaded.count(), 2);
            QTRY_VERIFY(!onWorker->isCounting());
            QCOMPARE(failed.count(), 0);

            c.narrow(here);
            QVERIFY2(here->rowCount() > 0, c.name);
            QCOMPARE(ids(*onWorker), ids(*here));
            QVERIFY2(ids(*onWorker) != before, c.name);
            QCOMPARE(counted.count(), c.counts ? 2 : 0);
            if (c.counts)
                QCOMPARE(counted.last().at(0).toLongLong(), here->matchingCount());
        }
    }

    // Further pages come from the worker too: asked for, they are appended
    // when they come, once each, and scrolling to the end gives the rows the
    // GUI thread's connection gives, none twice and none missing.
    void furtherPagesComeFromTheWorker()
    {
        auto ws = login();
        itemmodels::Queries queries(*ws);
        for (const Case &c : std::as_const(m_cases)) {
            QObject owner;
            auto *worker = queries.pageWorker(&owner);
            PagedTableModel *onWorker = c.make(queries, &owner);
            PagedTableModel *here = c.make(queries, &owner);
            onWorker->setPageSize(3);
            here->setPageSize(3);
            onWorker->loadOnWorker(worker);
            QAbstractItemModelTester tester(onWorker, QAbstractItemModelTester::FailureReportingMode::QtTest);
            c.wide(onWorker);
            QTRY_VERIFY(!onWorker->isLoading() && !onWorker->isCounting());
            c.wide(here);
            QCOMPARE(ids(*onWorker), ids(*here));
            QVERIFY2(onWorker->canFetchMore({}), c.name);

            QSignalSpy fetched(onWorker, &PagedTableModel::fetched);
            QSignalSpy inserted(onWorker, &QAbstractItemModel::rowsInserted);
            onWorker->fetchMore({});
            QVERIFY(onWorker->isFetching());
            QCOMPARE(onWorker->rowCount(), 3);       // not read here: nothing yet
            QVERIFY(onWorker->canFetchMore({}));     // a view may ask again meanwhile…
            onWorker->fetchMore({});                 // …and is not given the same page twice
            QTRY_COMPARE(fetched.count(), 1);
            QVERIFY(!onWorker->isFetching());
            QCOMPARE(inserted.count(), 1);
            here->fetchMore({});
            QCOMPARE(ids(*onWorker), ids(*here));

            bool done = false;
            onWorker->fetchUntil(&owner, [] { return false; }, [&done] { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            QVERIFY(!onWorker->canFetchMore({}));
            while (here->canFetchMore({}))
                here->fetchMore({});
            const QList<qint64> all = ids(*onWorker);
            QCOMPARE(all, ids(*here));
            QCOMPARE(QSet<qint64>(all.begin(), all.end()).size(), all.size());
        }
    }

    // A filter changed while a further page is on its way: the page (which
    // continues the old rows) is dropped, never appended to the new ones.
    void aNewerFilterDropsAFetchOnItsWay()
    {
        auto ws = login();
        itemmodels::Queries queries(*ws);
        for (const Case &c : std::as_const(m_cases)) {
            QObject owner;
            auto *worker = queries.pageWorker(&owner);
            PagedTableModel *model = c.make(queries, &owner);
            PagedTableModel *here = c.make(queries, &owner);
            model->setPageSize(3);
            here->setPageSize(3);
            model->loadOnWorker(worker);
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            c.wide(model);
            QTRY_VERIFY(!model->isLoading() && !model->isCounting());
            QSignalSpy fetched(model, &PagedTableModel::fetched);
            QSignalSpy dropped(model, &PagedTableModel::obsoleteDropped);
            QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
            QVERIFY2(model->canFetchMore({}), c.name);
            model->fetchMore({});
            QVERIFY(model->isFetching());
            c.narrow(model);
            QVERIFY(!model->isFetching()); // what was on its way belongs to the old rows
            QTRY_VERIFY(!model->isLoading() && !model->isCounting());
            worker->waitForIdle();
            QTRY_COMPARE(dropped.count(), 1);
            QCOMPARE(dropped.first().at(0).toULongLong(), model->latestLoad() - 1);
            QCOMPARE(fetched.count(), 0);
            QCOMPARE(inserted.count(), 0);
            c.narrow(here);
            QCOMPARE(ids(*model), ids(*here));
            // Scrolling on continues the new rows.
            if (model->canFetchMore({})) {
                model->fetchMore({});
                QTRY_COMPARE(fetched.count(), 1);
                here->fetchMore({});
                QCOMPARE(ids(*model), ids(*here));
            }
        }
    }

    // A quick succession of filters: only the last one's rows and count are shown.
    void aNewerFilterWins()
    {
        auto ws = login();
        itemmodels::Queries queries(*ws);
        for (const Case &c : std::as_const(m_cases)) {
            QObject owner;
            auto *worker = queries.pageWorker(&owner);
            PagedTableModel *model = c.make(queries, &owner);
            PagedTableModel *here = c.make(queries, &owner);
            model->loadOnWorker(worker);
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QSignalSpy loaded(model, &PagedTableModel::loaded);
            QSignalSpy counted(model, &PagedTableModel::countReady);
            QSignalSpy dropped(model, &PagedTableModel::obsoleteDropped);
            QSignalSpy reset(model, &QAbstractItemModel::modelReset);
            c.narrow(model);
            c.wide(model);
            c.narrow(model);
            QCOMPARE(model->latestLoad(), quint64(3));
            QTRY_COMPARE(loaded.count(), 1);
            QTRY_VERIFY(!model->isCounting());
            worker->waitForIdle();
            // The first pages (and counts) of the two older filters; the
            // page the model tester asked for before any filter (load 0) is
            // dropped as well.
            const auto olderFilters = [&dropped] {
                return std::count_if(dropped.begin(), dropped.end(), [](const QList<QVariant> &d) { return d.at(0).toULongLong() > 0; });
            };
            QTRY_COMPARE(olderFilters(), c.counts ? 4 : 2);
            for (const QList<QVariant> &d : std::as_const(dropped))
                QVERIFY2(d.at(0).toULongLong() < 3, c.name);
            QCOMPARE(loaded.count(), 1);
            QCOMPARE(reset.count(), 1); // one change of rows, to the last filter's
            QCOMPARE(counted.count(), c.counts ? 1 : 0);
            c.narrow(here);
            QCOMPARE(ids(*model), ids(*here));
            if (c.counts)
                QCOMPARE(counted.first().at(0).toLongLong(), here->matchingCount());
        }
    }

    // The worker cannot read (here: its connection does not open): the page
    // and the count say so, as a failed read on this thread does.
    void aFailedReadSurfaces()
    {
        auto ws = login();
        itemmodels::Queries queries(*ws);
        for (const Case &c : std::as_const(m_cases)) {
            QObject owner;
            auto *broken = new itemmodels::PageWorker(
                []() -> std::unique_ptr<store::Database> { throw store::StoreError(store::StoreError::Kind::Io, QStringLiteral("the disk went away")); },
                &owner);
            PagedTableModel *model = c.make(queries, &owner);
            model->loadOnWorker(broken);
            QSignalSpy failed(model, &PagedTableModel::loadFailed);
            QSignalSpy countFailed(model, &PagedTableModel::countFailed);
            QSignalSpy loaded(model, &PagedTableModel::loaded);
            c.wide(model);
            QTRY_COMPARE(failed.count(), 1);
            QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("the disk went away")), c.name);
            QCOMPARE(loaded.count(), 1);
            QCOMPARE(model->rowCount(), 0);
            QVERIFY(!model->canFetchMore({})); // stops asking, as a failed page on this thread does
            if (!c.counts)
                continue;
            QTRY_COMPARE(countFailed.count(), 1);
            QVERIFY(countFailed.first().at(0).toString().contains(QStringLiteral("the disk went away")));
        }
    }

    // A row the console cannot show (an unknown stored status) fails the
    // worker's page with the row named, as it does on this thread.
    void aBadRowFailsTheWorkersPage()
    {
        auto ws = login();
        auto &db = ws->store().db();
        const qint64 id = db.scalar("SELECT max(id) FROM orders").toLongLong();
        const QString status = db.scalar("SELECT status FROM orders WHERE id = ?", id).toString();
        db.exec("PRAGMA ignore_check_constraints = ON");
        db.run("UPDATE orders SET status = 'lost_in_space' WHERE id = ?", id);
        db.exec("PRAGMA ignore_check_constraints = OFF");
        QObject owner;
        itemmodels::Queries queries(*ws);
        auto *model = queries.ordersModel(&owner);
        model->loadOnWorker(queries.pageWorker(&owner));
        QSignalSpy failed(model, &PagedTableModel::loadFailed);
        model->setFilter({});
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY2(failed.first().at(0).toString().contains(QString::number(id)) && failed.first().at(0).toString().contains(u"orders.status"),
                 qPrintable(failed.first().at(0).toString()));
        QCOMPARE(model->rowCount(), 0);
        db.run("UPDATE orders SET status = ? WHERE id = ?", status, id);
        model->reload();
        QTRY_VERIFY(model->rowCount() > 0);
        QCOMPARE(failed.count(), 1);
    }

    // The console's timers ask a worker whether a sweep has anything to do;
    // its answer is the one the sweep's own first read gives.
    void sweepChecksAnswerFromTheWorker()
    {
        auto ws = login();
        auto &db = ws->store().db();
        QObject owner;
        auto *check = itemmodels::Queries(*ws).sweepCheck(&owner);
        QSignalSpy checked(check, &itemmodels::SweepCheck::checked);
        QSignalSpy failed(check, &itemmodels::SweepCheck::checkFailed);
        using Sweep = itemmodels::SweepCheck::Sweep;
        const auto answer = [&](Sweep sweep) {
            for (const QList<QVariant> &c : std::as_const(checked))
                if (c.at(0).value<Sweep>() == sweep)
                    return c.at(1).toBool();
            return false;
        };

        // Once today's sweep ran nothing is due today, and everything with an
        // end date has lapsed by 2080.
        const QDate today = ws->clock().officeToday();
        services::ProviderExpiryService(ws->services()).sweep(today);
        QVERIFY(!services::ProviderExpiryService::isDue(db, today));
        QVERIFY(services::ProviderExpiryService::isDue(db, QDate(2080, 1, 1)));
        QVERIFY(check->checkExpiry(today));
        QVERIFY(check->isChecking(Sweep::Expiry));
        QVERIFY(!check->checkExpiry(today)); // one at a time
        QTRY_COMPARE(checked.count(), 1);
        QVERIFY(!answer(Sweep::Expiry));
        checked.clear();
        QVERIFY(check->checkExpiry(QDate(2080, 1, 1)));
        QTRY_COMPARE(checked.count(), 1);
        QVERIFY(answer(Sweep::Expiry));

        // An assigned job left unanswered for a day is due to go back to the queue.
        const qint64 now = ws->clock().now();
        QVERIFY(db.scalar("SELECT count(*) FROM orders WHERE status = 'assigned'").toLongLong() > 0);
        checked.clear();
        QVERIFY(check->checkTimeouts(now + 86400 * 3));
        QTRY_COMPARE(checked.count(), 1);
        QVERIFY(answer(Sweep::Timeouts));
        QCOMPARE(answer(Sweep::Timeouts), services::OrderTimeoutService::isDue(db, now + 86400 * 3));
        checked.clear();
        QVERIFY(check->checkTimeouts(0)); // before any assignment: nothing
        QTRY_COMPARE(checked.count(), 1);
        QVERIFY(!answer(Sweep::Timeouts));
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPageLoads)
#include "tst_pageloads.moc"
