// Live operations end to end (issue #12): two consoles' headless services
// against the real doorstep-server. Office B's console runs its SyncClient
// live (the /v2/notify WebSocket, models/sync/notify_channel) with a
// customers list open, refreshed row by row on each commit of its sync
// worker as the main window does; office A adds and renames customers
// (shared rows) and pushes. Each change must reach B's list as a row-level
// change (rowsInserted / dataChanged, never a reset) without B asking:
// B's periodic rounds are off, so only the server's notice can bring it.
// The latency (A's push started -> B's row changed) is printed; the bound
// checked is a generous 10 s (the target is 2 s; timings are for the
// README, not assertions). Also: the channel reconnects after the server
// restarts, and the notice does not wake the office that made the change.
// And what the apps write (issue #12): a customer's order in the app reaches
// A's open order list within 2 s, the provider's accept repaints its row,
// the app's position report lands for the dispatch map, all rung by the
// server's commit of the API's write (storage/announcing_storage.h).
#include "itemmodels/customers_model.h"
#include "itemmodels/orders_model.h"
#include "itemmodels/queries.h"
#include "server_process.h"
#include "services/customer_service.h"
#include "services/order_timeout_service.h"
#include "sync/enrollment.h"
#include "sync/sync_client.h"
#include "sync/sync_round.h"
#include "sync_fixture.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace doorstep;
using namespace doorstep::services;

namespace {

struct Console
{
    QString code;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<sync::StoreLedger> ledger;
    sync::RoundOutcome round() { return sync::SyncRound(sync::directStore(*ledger)).run(); }
};

} // namespace

class TestLiveE2e : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<tests::ServerProcess> m_server;
    Console m_a, m_b;
    QList<qint64> m_latencies;
    QList<qint64> m_apiLatencies;
    qint64 m_provider = 0;

    // seed: rows made before enrolling, so the first snapshot carries them
    // (the catalogue is the platform's: a later push of it is refused).
    void open(Console &c, const QString &name, const QString &code, const QString &oneTimeCode,
              const std::function<void(ServiceLayer &)> &seed = {})
    {
        c.code = code;
        c.ws = tests::makeWorkspace(m_dir, name + QStringLiteral(".doorstep"));
        if (seed)
            seed(c.ws->services());
        c.ledger = std::make_unique<sync::StoreLedger>(c.ws->services());
        sync::Enrollment e(sync::directStore(*c.ledger));
        const sync::EnrollOutcome out = e.enroll({m_server->enrollUrl(), m_server->fingerprint(), oneTimeCode});
        QCOMPARE(out.officeCode, code);
    }

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<tests::ServerProcess>();
        QVERIFY2(m_server->init(), qPrintable(m_server->error()));
        const QString codeA = m_server->addOffice(QStringLiteral("SH-A"), QStringLiteral("徐汇旗舰店"), {QStringLiteral("310104")});
        const QString codeB = m_server->addOffice(QStringLiteral("SH-B"), QStringLiteral("宝山店"), {QStringLiteral("310113")});
        QVERIFY(!codeA.isEmpty() && !codeB.isEmpty());
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        // A's catalogue item, Xuhui (the district A serves: an app order
        // names it) and a provider.
        open(m_a, QStringLiteral("a"), QStringLiteral("SH-A"), codeA, [this](ServiceLayer &a) {
            tests::seedItem(a);
            a.perform(Permission::DemoSeed, QStringLiteral("test.district"), [&a](ActionContext &ctx) {
                const qint64 id = ctx.newId();
                ctx.db().run("INSERT INTO districts(id, office_id, adcode, name, lat, lng) VALUES (?, ?, '310104', '徐汇区', 31.19, 121.43)",
                             id, a.session().officeId);
                ctx.changed(QStringLiteral("districts"), id);
            });
            m_provider = tests::addProvider(a);
        });
        open(m_b, QStringLiteral("b"), QStringLiteral("SH-B"), codeB);
        m_a.round();
        m_b.round();
    }

    void cleanupTestCase()
    {
        if (!m_latencies.isEmpty()) {
            std::sort(m_latencies.begin(), m_latencies.end());
            qInfo("live notice, A's push started -> B's row changed: %lld changes, median %lld ms, max %lld ms",
                  qint64(m_latencies.size()), m_latencies.at(m_latencies.size() / 2), m_latencies.constLast());
        }
        if (m_apiLatencies.size() == 2)
            qInfo("live notice, the app's request sent -> A's row changed: the order %lld ms, the provider's accept %lld ms",
                  m_apiLatencies.at(0), m_apiLatencies.at(1));
        m_server.reset();
    }

    void changesReachTheOtherOfficeRowByRow()
    {
        sync::SyncClient client(m_b.ws->services());
        client.setInterval(0); // no periodic rounds: only a notice can bring A's changes
        QObject page;
        itemmodels::CustomersModel *model = itemmodels::Queries(*m_b.ws).customersModel(&page);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->reload();
        // What MainWindow does with the sync worker's commits.
        connect(&client, &sync::SyncClient::storeChanged, model, &itemmodels::PagedTableModel::refreshRows);
        QSignalSpy rounds(&client, &sync::SyncClient::roundFinished);
        client.setLive(true);
        QTRY_VERIFY2_WITH_TIMEOUT(client.liveConnected(), qPrintable(client.notifyChannel().lastError()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rounds.count() >= 1 && !client.busy(), 10000); // "ready" pulls once
        const int before = model->rowCount();

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 5; ++i) {
            // A new customer in A: it appears in B's open list.
            const qint64 customer = tests::addCustomer(m_a.ws->services(), 100 + i);
            QElapsedTimer clock;
            clock.start();
            inserted.clear();
            const sync::RoundOutcome pushed = m_a.round();
            QCOMPARE(pushed.applied, 1);
            QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(customer) >= 0, 10000);
            m_latencies.append(clock.elapsed());
            QVERIFY(inserted.count() >= 1);

            // A renames them: the row in B's list is repainted in place.
            CustomerCorrection fix;
            fix.name = QStringLiteral("顾客%1（改）").arg(100 + i);
            fix.address = QStringLiteral("徐汇区");
            CustomerService(m_a.ws->services()).update(customer, fix);
            changed.clear();
            clock.restart();
            QCOMPARE(m_a.round().applied, 1);
            const auto shown = [&] {
                const int row = model->rowOfId(customer);
                return row >= 0 && model->index(row, 0).data().toString() == fix.name;
            };
            QTRY_VERIFY_WITH_TIMEOUT(shown(), 10000);
            m_latencies.append(clock.elapsed());
            QVERIFY(changed.count() >= 1);
        }
        QCOMPARE(model->rowCount(), before + 5);
        QCOMPARE(resets.count(), 0);
    }

    void appWritesReachTheOfficeLive()
    {
        sync::SyncClient client(m_a.ws->services());
        client.setInterval(0); // no periodic rounds: only a notice can bring the apps' writes
        QObject page;
        itemmodels::OrdersModel *model = itemmodels::Queries(*m_a.ws).ordersModel(&page);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model->reload();
        connect(&client, &sync::SyncClient::storeChanged, model, &itemmodels::PagedTableModel::refreshRows);
        QSignalSpy rounds(&client, &sync::SyncClient::roundFinished);
        client.setLive(true);
        QTRY_VERIFY2_WITH_TIMEOUT(client.liveConnected(), qPrintable(client.notifyChannel().lastError()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(rounds.count() >= 1 && !client.busy(), 10000);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        // The console told the server its accept timeout at hello: the
        // server owns the timeouts now, and the console's sweep stays quiet.
        QVERIFY(services::OrderTimeoutService::serverOwnsTimeouts(m_a.ws->store().db()));

        // A customer orders in the app.
        int status = 0;
        const QString phone = QStringLiteral("13912345670");
        m_server->api("POST", QStringLiteral("customer/otp"), {{QStringLiteral("phone"), phone}}, {}, &status);
        QCOMPARE(status, 202);
        const QString code = m_server->waitForSignInCode();
        const QString token = m_server->api("POST", QStringLiteral("customer/session"),
                                            {{QStringLiteral("phone"), phone}, {QStringLiteral("code"), code}}, {}, &status)
                                  .value(QStringLiteral("token")).toString();
        QCOMPARE(status, 200);
        const qint64 item = m_a.ws->store().db().scalar("SELECT id FROM service_items LIMIT 1").toLongLong();
        const qint64 start = QDateTime::currentSecsSinceEpoch() + 3 * 86400;
        QElapsedTimer clock;
        clock.start();
        const QJsonObject placed = m_server->api("POST", QStringLiteral("orders"),
                                           {{QStringLiteral("service_item_id"), QString::number(item)},
                                            {QStringLiteral("district"), QStringLiteral("310104")},
                                            {QStringLiteral("address"), QStringLiteral("漕溪北路 88 号 1201")},
                                            {QStringLiteral("lat"), 31.19}, {QStringLiteral("lng"), 121.43},
                                            {QStringLiteral("window_start"), start}, {QStringLiteral("window_end"), start + 7200}},
                                           token, &status);
        QVERIFY2(status == 201, placed.value(QStringLiteral("message")).toString().toUtf8().constData());
        const qint64 order = placed.value(QStringLiteral("id")).toString().toLongLong();
        // The target: within 2 s of the app's request, by the notice alone.
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(order) >= 0, 2000);
        m_apiLatencies.append(clock.elapsed());
        QCOMPARE(model->index(model->rowOfId(order), 0).data(itemmodels::OrdersModel::StatusKeyRole).toString(),
                 QStringLiteral("awaiting_dispatch"));

        // A's dispatcher assigns it (pushed); the provider accepts in their app.
        tests::assign(m_a.ws->services(), order, m_provider, start);
        QTRY_VERIFY_WITH_TIMEOUT(!client.busy(), 10000); // syncNow() is ignored during the notice's round
        client.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_a.ledger->pendingCount() == 0 && !client.busy(), 10000);
        const QString secret = m_server->providerCredential(m_provider);
        QVERIFY2(!secret.isEmpty(), qPrintable(m_server->error()));
        const QString worker = m_server->api("POST", QStringLiteral("provider/session"),
                                             {{QStringLiteral("provider_id"), QString::number(m_provider)},
                                              {QStringLiteral("secret"), secret}}, {}, &status)
                                   .value(QStringLiteral("token")).toString();
        QCOMPARE(status, 200);
        const int rows = model->rowCount();
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        clock.restart();
        m_server->api("POST", QStringLiteral("provider/jobs/%1/accept").arg(order), {}, worker, &status);
        QCOMPARE(status, 200);
        const auto statusShown = [&] {
            const int row = model->rowOfId(order);
            return row >= 0 ? model->index(row, 0).data(itemmodels::OrdersModel::StatusKeyRole).toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(statusShown(), QStringLiteral("accepted"), 2000);
        m_apiLatencies.append(clock.elapsed());
        QVERIFY(changed.count() >= 1); // repainted in place
        QCOMPARE(model->rowCount(), rows);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(m_a.ws->store().db().scalar("SELECT count(*) FROM order_events WHERE order_id = ? AND actor_kind = 'provider'"
                                             " AND event = 'accept'", order).toLongLong(), qint64(1));

        // The provider's app reports where they are: the dispatch map's data has it.
        const qint64 at = QDateTime::currentSecsSinceEpoch();
        m_server->api("POST", QStringLiteral("provider/positions"),
                      {{QStringLiteral("points"), QJsonArray{QJsonObject{{QStringLiteral("lat"), 31.2},
                                                                        {QStringLiteral("lng"), 121.44},
                                                                        {QStringLiteral("at"), at}}}}},
                      worker, &status);
        QCOMPARE(status, 204);
        const auto reported = [&] { return itemmodels::Queries(*m_a.ws).reportedPositions({m_provider}); };
        QTRY_VERIFY_WITH_TIMEOUT(reported().contains(m_provider), 10000);
        QCOMPARE(reported().value(m_provider).where.lat, 31.2);
        QCOMPARE(reported().value(m_provider).at, at);
    }

    // The server goes away and comes back: the channel says so and, back
    // live, the first notice pulls what was pushed meanwhile.
    void theChannelComesBackAfterARestart()
    {
        sync::SyncClient client(m_b.ws->services());
        client.setInterval(0);
        client.notifyChannel().setBackoff({200, 1000});
        client.setLive(true);
        QTRY_VERIFY_WITH_TIMEOUT(client.liveConnected(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!client.busy(), 10000);
        m_server->kill();
        QTRY_VERIFY_WITH_TIMEOUT(!client.liveConnected(), 10000);
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
        // Pushed while B was not listening.
        const qint64 customer = tests::addCustomer(m_a.ws->services(), 300);
        QCOMPARE(m_a.round().applied, 1);
        QTRY_VERIFY_WITH_TIMEOUT(client.liveConnected(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_b.ws->store().db().scalar("SELECT count(*) FROM customers WHERE id = ?", customer).toLongLong(),
                                  qint64(1), 10000);
    }

    // A's own push does not ring A's bell (its round pulls after pushing):
    // no round follows it on A's console.
    void theOfficeThatChangedIsNotWoken()
    {
        sync::SyncClient client(m_a.ws->services());
        client.setInterval(0);
        QSignalSpy rounds(&client, &sync::SyncClient::roundFinished);
        client.setLive(true);
        QTRY_VERIFY_WITH_TIMEOUT(client.liveConnected(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 1, 10000); // "ready"
        tests::addCustomer(m_a.ws->services(), 400);
        client.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(rounds.count(), 2, 10000);
        QVERIFY(rounds.at(1).at(0).toBool());
        QTest::qWait(500); // a notice would have come by now
        QCOMPARE(rounds.count(), 2);
    }
};

QTEST_MAIN(TestLiveE2e)
#include "tst_live_e2e.moc"
