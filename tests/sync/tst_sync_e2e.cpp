// The console's sync client against the real doorstep-server process, on each
// backend (the embedded encrypted store and PostgreSQL): three offices'
// stores enroll (one with the demo's data, so the first snapshot carries real
// rows with real 64-bit ids), then
//  - converge: a customer edit, an order and a dispatch made through the
//    service layer reach the offices the ownership rules say, and no other;
//    each office mints ids on the node the server gave it; a provider
//    serving another office's district reaches it, without personal data;
//  - ids minted before enrollment that collide with another office's: the
//    row is refused (id_taken) and listed, never merged into the other one;
//  - exactly once: a reply lost after the server committed, a batch pushed
//    twice: the server's applied count and the other offices' rows show each
//    mutation once;
//  - conflicts: a provider booked by two offices for the same time is
//    refused for the later one, taken back there and listed in sync_conflicts;
//    two offices editing one customer: per field (customer_fields), the
//    office whose value lost (sent later, or replaced by a later edit sent
//    after it) told in its sync_conflicts and its customer's history;
//  - the apps: a customer's order over HTTPS to /api/v1 reaches the console
//    of the office serving its district (customer, timeline), no other, and
//    the customer's cancellation follows; a provider accepting in the app
//    reaches the console with the provider as the timeline's actor;
//  - faults: the server killed with SIGKILL in the middle of pushes and
//    restarted, a proxy that refuses, cuts, loses and delays traffic; the
//    consoles retry until the outbox is empty and nothing is lost or doubled.
#include "../server/pg_cluster.h"
#include "../support/child_process.h"
#include "demo/demo_generator.h"
#include "domain/office_time.h"
#include "fault_proxy.h"
#include "server_process.h"
#include "services/dispatch_service.h"
#include "domain/scan_format.h"
#include "services/provider_review_service.h"
#include "services/customer_service.h"
#include "services/order_service.h"
#include "services/refund_service.h"
#include "store/sqlite.h"
#include "sync/enrollment.h"
#include "sync/sync_round.h"
#include "sync_fixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QDir>
#include <QRandomGenerator>
#include <QTimer>
#include <QRegularExpression>
#include <QTest>

#include <map>

using namespace doorstep;
using namespace doorstep::services;
using sync::SyncError;

namespace {

// The districts each office serves on the server. The demo office (A) has
// customers and orders in the first ten; B and C serve two it does not.
// Pudong (310115), where the demo office has orders too, is C's on the
// server: those orders are refused in A's snapshot and listed as conflicts.
const QStringList kDistrictsA{QStringLiteral("310101"), QStringLiteral("310104"), QStringLiteral("310105"),
                              QStringLiteral("310106"), QStringLiteral("310107"), QStringLiteral("310109"),
                              QStringLiteral("310110"), QStringLiteral("310112")};
const QString kDistrictB = QStringLiteral("310113");
const QStringList kDistrictsC{QStringLiteral("310114"), QStringLiteral("310115")};

struct Office
{
    QString code;
    QString path;
    QString user;
    QString password;
    std::unique_ptr<Workspace> ws;
    std::unique_ptr<sync::StoreLedger> ledger;

    store::Database &db() { return ws->store().db(); }
    ServiceLayer &services() { return ws->services(); }
    sync::RoundOutcome round() { return sync::SyncRound(sync::directStore(*ledger)).run(); }
    // Rounds until one completes (a fault costs a round, never data).
    sync::RoundOutcome roundUntilDone(int attempts = 40)
    {
        for (int i = 1;; ++i) {
            try {
                return round();
            } catch (const SyncError &e) {
                if (i >= attempts)
                    throw;
            }
        }
    }
    // Points the console at another address of the same server (a proxy).
    void setServer(const QString &url)
    {
        sync::SyncIdentity id = ledger->requireIdentity();
        id.serverUrl = url;
        ledger->storeEnrollment(id, {{QStringLiteral("code"), code}});
    }
    // n customer edits, each one mutation, round the first customers (some
    // more than once): edit i names customer ids[i % size] "tag-i". Returns
    // the customer of each edit.
    QList<qint64> editCustomers(int n, const QString &tag, int customers = 200)
    {
        QList<qint64> ids;
        auto st = db().prepare("SELECT id FROM customers WHERE erased_at IS NULL ORDER BY id LIMIT ?");
        st.bind(1, qint64(std::min(n, customers)));
        while (st.next())
            ids.append(st.int64(0));
        QList<qint64> edited;
        for (int i = 0; i < n; ++i) {
            const qint64 id = ids.at(i % ids.size());
            auto row = db().prepare("SELECT coalesce(district_id, 0), coalesce(address, '') FROM customers WHERE id = ?");
            row.bind(1, id);
            row.next();
            CustomerCorrection fix;
            fix.name = QStringLiteral("%1-%2").arg(tag).arg(i);
            fix.districtId = row.int64(0);
            fix.address = row.text(1);
            CustomerService(services()).update(id, fix);
            edited.append(id);
        }
        return edited;
    }
    qint64 count(const QByteArray &sql, const QVariant &arg = {})
    {
        return arg.isValid() ? db().scalar(sql, arg).toLongLong() : db().scalar(sql).toLongLong();
    }
};

struct Env
{
    QTemporaryDir dir;
    std::unique_ptr<tests::ServerProcess> server;
    Office a, b, c;
};

// "applied N" of office code in `doorstep-server status`.
qint64 serverApplied(tests::ServerProcess &server, const QString &code, const char *what = "applied")
{
    const QRegularExpression re(QStringLiteral("^%1 .*%2 (\\d+)").arg(QRegularExpression::escape(code), QLatin1StringView(what)));
    for (const QString &line : server.status()) {
        const auto m = re.match(line);
        if (m.hasMatch())
            return m.captured(1).toLongLong();
    }
    return -1;
}

} // namespace

class TestSyncE2e : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_templates;
    demo::DemoOptions m_demo;
    std::unique_ptr<tests::PgCluster> m_pg;
    std::map<QString, std::unique_ptr<Env>> m_envs;
    int m_databases = 0;

    QString templatePath(const QString &name) const { return m_templates.filePath(name + QStringLiteral(".doorstep")); }

    static void copyStore(const QString &from, const QString &to)
    {
        QVERIFY(QFile::copy(from, to));
        for (const char *suffix : {"-wal", "-shm"})
            if (QFile::exists(from + QLatin1StringView(suffix)))
                QVERIFY(QFile::copy(from + QLatin1StringView(suffix), to + QLatin1StringView(suffix)));
    }

    void openOffice(Env &env, Office &o, const QString &name, const QString &code, const QString &user, const QString &password)
    {
        o.code = code;
        o.user = user;
        o.password = password;
        o.path = env.dir.filePath(name + QStringLiteral(".doorstep"));
        copyStore(templatePath(name), o.path);
        o.ws = Workspace::login(o.path, user, password);
        o.ledger = std::make_unique<sync::StoreLedger>(o.ws->services());
    }

    void enroll(Env &env, Office &o, const QString &code, int node)
    {
        sync::Enrollment e(sync::directStore(*o.ledger));
        const sync::EnrollOutcome out = e.enroll({env.server->enrollUrl(), env.server->fingerprint(), code});
        QCOMPARE(out.officeCode, o.code);
        QVERIFY(out.snapshotRows > 0);
        // The node the server gave the office is the store's from now on.
        QCOMPARE(out.node, node);
        QCOMPARE(o.ws->store().nodeId(), qint64(node));
    }

    // The backend's server with the three offices enrolled and one round each
    // (made once per backend; the test functions continue from there).
    Env &env(const QString &backend)
    {
        auto &slot = m_envs[backend];
        if (slot)
            return *slot;
        slot = std::make_unique<Env>();
        Env &e = *slot;
        QString conninfo;
        if (backend == u"postgresql") {
            if (!m_pg) {
                m_pg = std::make_unique<tests::PgCluster>();
                if (!m_pg->start())
                    qFatal("PostgreSQL: %s", qPrintable(m_pg->error()));
            }
            conninfo = m_pg->createDatabase(QStringLiteral("e2e_%1").arg(++m_databases));
            if (conninfo.isEmpty())
                qFatal("PostgreSQL: %s", qPrintable(m_pg->error()));
        }
        e.server = std::make_unique<tests::ServerProcess>(conninfo);
        if (!e.server->init())
            qFatal("%s", qPrintable(e.server->error()));
        const QString codeA = e.server->addOffice(QStringLiteral("SH-A"), QStringLiteral("徐汇旗舰店"), kDistrictsA);
        const QString codeB = e.server->addOffice(QStringLiteral("SH-B"), QStringLiteral("宝山店"), {kDistrictB});
        const QString codeC = e.server->addOffice(QStringLiteral("SH-C"), QStringLiteral("嘉定店"), kDistrictsC);
        if (codeA.isEmpty() || codeB.isEmpty() || codeC.isEmpty() || !e.server->start())
            qFatal("%s", qPrintable(e.server->error()));
        openOffice(e, e.a, QStringLiteral("a"), QStringLiteral("SH-A"), QStringLiteral("admin"), m_demo.password);
        openOffice(e, e.b, QStringLiteral("b"), QStringLiteral("SH-B"), QStringLiteral("admin"), QStringLiteral("admin-pass"));
        openOffice(e, e.c, QStringLiteral("c"), QStringLiteral("SH-C"), QStringLiteral("admin"), QStringLiteral("admin-pass"));
        enroll(e, e.a, codeA, 1);
        enroll(e, e.b, codeB, 2);
        enroll(e, e.c, codeC, 3);
        for (Office *o : {&e.a, &e.b, &e.c, &e.a, &e.b, &e.c})
            o->round();
        return e;
    }

private slots:
    void initTestCase()
    {
        // A: the demo office, small (its snapshot still carries every table's
        // real rows); B and C: new stores with their own catalogue item.
        m_demo.providers = 60;
        m_demo.orders = 200;
        m_demo.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(templatePath(QStringLiteral("a")), m_demo);
        for (const QString &name : {QStringLiteral("b"), QStringLiteral("c")}) {
            auto ws = tests::makeWorkspace(m_templates, name + QStringLiteral(".doorstep"));
            tests::seedItem(ws->services());
        }
    }

    void cleanupTestCase()
    {
        m_envs.clear(); // servers stopped before the cluster
        m_pg.reset();
    }

    void enrollAndConverge_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("embedded") << QStringLiteral("embedded");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void enrollAndConverge()
    {
        QFETCH(QString, backend);
        try {
            converge(env(backend));
        } catch (const std::exception &x) {
            QFAIL(x.what());
        }
    }

private:
    QJsonObject api(Env &e, const QByteArray &method, const QString &path, const QJsonObject &body, const QString &token,
                    int *status)
    {
        return e.server->api(method, path, body, token, status);
    }

    // A customer's app order for `item` at one Xuhui address, a two-hour
    // window from `start`; its id (0 when refused), the HTTP status in *status.
    qint64 appCreateOrder(Env &e, const QString &token, qint64 item, qint64 start, int *status)
    {
        return api(e, "POST", QStringLiteral("orders"),
                   {{QStringLiteral("service_item_id"), QString::number(item)},
                    {QStringLiteral("district"), QStringLiteral("310104")},
                    {QStringLiteral("address"), QStringLiteral("漕溪北路 88 号 1201")},
                    {QStringLiteral("lat"), 31.19}, {QStringLiteral("lng"), 121.43},
                    {QStringLiteral("window_start"), start}, {QStringLiteral("window_end"), start + 7200}},
                   token, status)
            .value(QStringLiteral("id"))
            .toString()
            .toLongLong();
    }

    void appOrder(Env &e)
    {
        const QString phone = QStringLiteral("13912340000");
        int status = 0;
        api(e, "POST", QStringLiteral("customer/otp"), {{QStringLiteral("phone"), phone}}, {}, &status);
        QCOMPARE(status, 202);
        const QString code = e.server->waitForSignInCode();
        QCOMPARE(code.size(), 6);
        const QString token = api(e, "POST", QStringLiteral("customer/session"),
                                  {{QStringLiteral("phone"), phone}, {QStringLiteral("code"), code}}, {}, &status)
                                  .value(QStringLiteral("token"))
                                  .toString();
        QCOMPARE(status, 200);
        const qint64 item = e.a.count("SELECT id FROM service_items WHERE active = 1 ORDER BY id LIMIT 1");
        const qint64 start = QDateTime::currentSecsSinceEpoch() + 2 * 86400;
        const qint64 id = appCreateOrder(e, token, item, start, &status);
        QCOMPARE(status, 201);
        QVERIFY(id > 0);
        // The office serving Xuhui pulls it into its dispatch queue, with the
        // customer (new to it) and the customer as the timeline's actor.
        e.a.roundUntilDone();
        QCOMPARE(e.a.db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(e.a.count("SELECT count(*) FROM customers c JOIN orders o ON o.customer_id = c.id WHERE o.id = ? AND c.phone = '13912340000'", id), 1);
        QCOMPARE(e.a.count("SELECT count(*) FROM order_events WHERE order_id = ? AND actor_kind = 'customer'", id), 1);
        e.b.roundUntilDone();
        QCOMPARE(e.b.count("SELECT count(*) FROM orders WHERE id = ?", id), 0);
        // The customer cancels before dispatch: the office's next pull shows it.
        api(e, "POST", QStringLiteral("orders/%1/cancel").arg(id), {}, token, &status);
        QCOMPARE(status, 200);
        e.a.roundUntilDone();
        QCOMPARE(e.a.db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(), QStringLiteral("cancelled"));

        // Another order, which the office dispatches: its provider accepts in
        // the provider app, and the office's console sees it with the provider
        // as the timeline's actor. (A month ahead: no demo booking is there.)
        const qint64 later = QDateTime::currentSecsSinceEpoch() + 30 * 86400;
        const qint64 second = appCreateOrder(e, token, item, later, &status);
        QCOMPARE(status, 201);
        e.a.roundUntilDone();
        const qint64 provider = e.a.count("SELECT id FROM providers WHERE status = 'active' ORDER BY id LIMIT 1");
        tests::assign(e.a.services(), second, provider, later);
        QCOMPARE(e.a.roundUntilDone().rejected, 0);
        const QString secret = e.server->providerCredential(provider);
        QVERIFY2(!secret.isEmpty(), qPrintable(e.server->error()));
        const QString worker = api(e, "POST", QStringLiteral("provider/session"),
                                   {{QStringLiteral("provider_id"), QString::number(provider)}, {QStringLiteral("secret"), secret}},
                                   {}, &status)
                                   .value(QStringLiteral("token")).toString();
        QCOMPARE(status, 200);
        const QJsonObject job = api(e, "POST", QStringLiteral("provider/jobs/%1/accept").arg(second), {}, worker, &status);
        QCOMPARE(status, 200);
        QCOMPARE(job.value(QStringLiteral("customer")).toObject().value(QStringLiteral("contact")).toObject()
                     .value(QStringLiteral("masked")).toString(), QStringLiteral("139****0000"));
        e.a.roundUntilDone();
        QCOMPARE(e.a.db().scalar("SELECT status FROM orders WHERE id = ?", second).toString(), QStringLiteral("accepted"));
        QCOMPARE(e.a.count("SELECT count(*) FROM order_events WHERE order_id = ? AND actor_kind = 'provider'"
                           " AND event = 'accept'", second), 1);
    }

    // A customer pays in the app, complains and asks for a refund; the
    // office's console gets them as its own rows, a manager approves the
    // refund there, and the server pays it back through the payment stub
    // after that push: the console pulls the refund paid.
    void appAftersales(Env &e)
    {
        const QString phone = QStringLiteral("13912340077");
        int status = 0;
        api(e, "POST", QStringLiteral("customer/otp"), {{QStringLiteral("phone"), phone}}, {}, &status);
        QCOMPARE(status, 202);
        const QString token = api(e, "POST", QStringLiteral("customer/session"),
                                  {{QStringLiteral("phone"), phone}, {QStringLiteral("code"), e.server->waitForSignInCode()}}, {},
                                  &status)
                                  .value(QStringLiteral("token"))
                                  .toString();
        QCOMPARE(status, 200);
        const qint64 item = e.a.count("SELECT id FROM service_items WHERE active = 1 ORDER BY id LIMIT 1");
        const qint64 start = QDateTime::currentSecsSinceEpoch() + 40 * 86400; // no demo booking that far
        const qint64 order = appCreateOrder(e, token, item, start, &status);
        QCOMPARE(status, 201);
        e.a.roundUntilDone();
        const qint64 provider = e.a.count("SELECT id FROM providers WHERE status = 'active' ORDER BY id LIMIT 1");
        tests::assign(e.a.services(), order, provider, start);
        QCOMPARE(e.a.roundUntilDone().rejected, 0);

        const QJsonObject paid = api(e, "POST", QStringLiteral("orders/%1/pay").arg(order), {}, token, &status);
        QCOMPARE(status, 201);
        QCOMPARE(paid.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        const QString complaint = api(e, "POST", QStringLiteral("orders/%1/complaints").arg(order),
                                      {{QStringLiteral("category"), QStringLiteral("quality")},
                                       {QStringLiteral("ask"), QStringLiteral("refund")},
                                       {QStringLiteral("description"), QStringLiteral("窗台没擦")}},
                                      token, &status)
                                      .value(QStringLiteral("id")).toString();
        QCOMPARE(status, 201);
        const qint64 refund = api(e, "POST", QStringLiteral("orders/%1/refunds").arg(order),
                                  {{QStringLiteral("amount_fen"), 3000}, {QStringLiteral("reason"), QStringLiteral("窗台没擦")},
                                   {QStringLiteral("complaint_id"), complaint}},
                                  token, &status)
                                  .value(QStringLiteral("id")).toString().toLongLong();
        QCOMPARE(status, 201);
        e.a.roundUntilDone();
        QCOMPARE(e.a.db().scalar("SELECT payment_status FROM orders WHERE id = ?", order).toString(), QStringLiteral("paid"));
        auto c = e.a.db().prepare("SELECT status, order_id, coalesce(opened_by, 0), provider_id FROM complaints WHERE id = ?");
        c.bindAll(complaint.toLongLong());
        QVERIFY(c.next());
        QCOMPARE(c.text(0), QStringLiteral("open"));
        QCOMPARE(c.int64(1), order);
        QCOMPARE(c.int64(2), 0);
        QCOMPARE(c.int64(3), provider);
        QCOMPARE(e.a.count("SELECT count(*) FROM complaint_events WHERE complaint_id = ? AND kind IN ('opened','refund_requested')"
                           " AND staff_id IS NULL", complaint.toLongLong()), 2);
        QCOMPARE(e.a.db().scalar("SELECT status FROM refunds WHERE id = ?", refund).toString(), QStringLiteral("requested"));

        // A manager (the office's administrator here) approves it in the console.
        RefundService(e.a.services()).approve(refund);
        e.a.roundUntilDone(); // the push; the server pays back after it commits
        e.a.roundUntilDone();
        QCOMPARE(e.a.db().scalar("SELECT status FROM refunds WHERE id = ?", refund).toString(), QStringLiteral("paid"));
        QCOMPARE(e.a.db().scalar("SELECT payment_status FROM orders WHERE id = ?", order).toString(), QStringLiteral("partially_refunded"));
        QCOMPARE(e.a.count("SELECT count(*) FROM complaint_events WHERE complaint_id = ? AND kind = 'refund_paid' AND refund_id IS NOT NULL",
                           complaint.toLongLong()), 1);
        QCOMPARE(api(e, "GET", QStringLiteral("orders/%1/payment").arg(order), {}, token, &status).value(QStringLiteral("refunded_fen")).toInteger(),
                 3000);
        QCOMPARE(e.a.ledger->pendingCount(), 0);

        // An agent asks for another refund in the console, on the same
        // complaint. The customer paid in the app, so nobody marks it paid by
        // hand: once approved and pushed, the platform pays it back through
        // the payment provider, and the console pulls it paid by the platform.
        QCOMPARE(e.a.db().scalar("SELECT paid_through FROM orders WHERE id = ?", order).toString(), QStringLiteral("platform"));
        RefundService office(e.a.services());
        const qint64 asked = office.request({complaint.toLongLong(), 2000, QStringLiteral("上门迟到补偿")});
        office.approve(asked);
        try {
            office.markPaid(asked);
            QFAIL("a refund of an order paid in the app was marked paid by hand");
        } catch (const ServiceError &refused) {
            QCOMPARE(refused.kind(), ServiceError::Kind::Conflict);
        }
        QCOMPARE(e.a.db().scalar("SELECT status FROM refunds WHERE id = ?", asked).toString(), QStringLiteral("approved"));
        e.a.roundUntilDone(); // the push; the server pays back after it commits
        e.a.roundUntilDone();
        QCOMPARE(e.a.db().scalar("SELECT status FROM refunds WHERE id = ?", asked).toString(), QStringLiteral("paid"));
        QVERIFY(e.a.db().scalar("SELECT paid_by FROM refunds WHERE id = ?", asked).isNull());
        QCOMPARE(e.a.db().scalar("SELECT payment_status FROM orders WHERE id = ?", order).toString(), QStringLiteral("partially_refunded"));
        QCOMPARE(e.a.count("SELECT count(*) FROM complaint_events WHERE refund_id = ? AND kind = 'refund_paid' AND staff_id IS NULL"
                           " AND note LIKE '%stub-refund-' || refund_id", asked), 1);
        QCOMPARE(api(e, "GET", QStringLiteral("orders/%1/payment").arg(order), {}, token, &status).value(QStringLiteral("refunded_fen")).toInteger(),
                 5000);
        QCOMPARE(api(e, "GET", QStringLiteral("orders/%1/refunds").arg(order), {}, token, &status).value(QStringLiteral("refunds")).toArray().size(),
                 2);
        // More rounds (the console's next syncs) pay nothing twice.
        e.a.roundUntilDone();
        QCOMPARE(api(e, "GET", QStringLiteral("orders/%1/payment").arg(order), {}, token, &status).value(QStringLiteral("refunded_fen")).toInteger(),
                 5000);
        QCOMPARE(e.a.ledger->pendingCount(), 0);

        // The provider sets their weekly hours in the app: the console's
        // planner reads them from provider_hours after the pull.
        const QString secret = e.server->providerCredential(provider);
        QVERIFY2(!secret.isEmpty(), qPrintable(e.server->error()));
        const QString worker = api(e, "POST", QStringLiteral("provider/session"),
                                   {{QStringLiteral("provider_id"), QString::number(provider)}, {QStringLiteral("secret"), secret}},
                                   {}, &status)
                                   .value(QStringLiteral("token")).toString();
        QCOMPARE(status, 200);
        const QJsonArray hours{QJsonObject{{QStringLiteral("weekday"), 2}, {QStringLiteral("start_min"), 540}, {QStringLiteral("end_min"), 1020}},
                               QJsonObject{{QStringLiteral("weekday"), 7}, {QStringLiteral("start_min"), 600}, {QStringLiteral("end_min"), 900}}};
        // A day off on the job's day (the office's date of `start`).
        const QString dayOff = domain::officeDate(start);
        api(e, "POST", QStringLiteral("provider/availability"),
            {{QStringLiteral("hours"), hours}, {QStringLiteral("days_off"), QJsonArray{dayOff}}}, worker, &status);
        QCOMPARE(status, 200);
        e.a.roundUntilDone();
        QCOMPARE(e.a.count("SELECT count(*) FROM provider_hours WHERE provider_id = ?", provider), 2);
        QCOMPARE(e.a.count("SELECT sum(end_min - start_min) FROM provider_hours WHERE provider_id = ?", provider), 480 + 300);
        QCOMPARE(e.a.db().scalar("SELECT group_concat(day) FROM provider_days_off WHERE provider_id = ?", provider).toString(), dayOff);
        QCOMPARE(e.a.ledger->pendingCount(), 0);
    }

    void converge(Env &e)
    {
        // Nothing left to send anywhere.
        for (Office *o : {&e.a, &e.b, &e.c})
            QCOMPARE(o->ledger->pendingCount(), 0);
        // The platform's rows reached B and C with the platform's ids (A's,
        // which it gave first), and B's own catalogue item reached A and C.
        const qint64 xuhui = e.a.count("SELECT id FROM districts WHERE adcode = '310104'");
        QVERIFY(xuhui > (qint64(1) << 53)); // a real 64-bit id, beyond a double
        QCOMPARE(e.b.count("SELECT id FROM districts WHERE adcode = '310104'"), xuhui);
        QCOMPARE(e.c.count("SELECT id FROM districts WHERE adcode = '310104'"), xuhui);
        const qint64 item = e.b.count("SELECT id FROM service_items WHERE code = 'clean_2h'");
        QCOMPARE(e.a.count("SELECT id FROM service_items WHERE code = 'clean_2h'"), item);
        QCOMPARE(e.c.count("SELECT id FROM service_items WHERE code = 'clean_2h'"), item);
        // Customers are shared; A's orders and providers stay A's.
        const qint64 customersA = e.a.count("SELECT count(*) FROM customers");
        QVERIFY(customersA > 100);
        QCOMPARE(e.b.count("SELECT count(*) FROM customers"), customersA);
        QCOMPARE(e.c.count("SELECT count(*) FROM customers"), customersA);
        QCOMPARE(e.b.count("SELECT count(*) FROM orders"), 0);
        QCOMPARE(e.b.count("SELECT count(*) FROM providers"), 0); // none of A's serves Baoshan
        // A's providers who serve Pudong (C's) reached C with their served
        // districts and skills, without their ID numbers or home addresses.
        const QByteArray servingPudong = "SELECT count(DISTINCT pd.provider_id) FROM provider_districts pd"
                                         " JOIN districts d ON d.id = pd.district_id WHERE d.adcode = '310115'";
        const qint64 neighbours = e.a.count(servingPudong);
        QVERIFY(neighbours > 0);
        QCOMPARE(e.c.count("SELECT count(*) FROM providers"), neighbours);
        QCOMPARE(e.c.count(servingPudong), neighbours);
        QCOMPARE(e.c.count("SELECT count(*) FROM providers WHERE id_number <> '' OR home_address IS NOT NULL"
                           " OR birth_date IS NOT NULL"), 0);
        QCOMPARE(e.c.count("SELECT count(*) FROM provider_skills"),
                 e.a.count("SELECT count(*) FROM provider_skills WHERE provider_id IN (SELECT pd.provider_id FROM provider_districts pd"
                           " JOIN districts d ON d.id = pd.district_id WHERE d.adcode = '310115')"));
        QCOMPARE(e.c.count("SELECT count(*) FROM provider_districts"),
                 e.a.count("SELECT count(*) FROM provider_districts WHERE provider_id IN (SELECT pd.provider_id FROM provider_districts pd"
                           " JOIN districts d ON d.id = pd.district_id WHERE d.adcode = '310115')"));
        // A's orders in Pudong (C's on the server) were refused at enrollment,
        // each listed, and nothing else.
        const qint64 pudong = e.a.count("SELECT count(*) FROM orders o JOIN districts d ON d.id = o.district_id WHERE d.adcode = '310115'");
        QVERIFY(pudong > 0);
        QCOMPARE(e.a.count("SELECT count(*) FROM sync_conflicts WHERE entity = 'orders' AND reason = 'not_owner'"), pudong);
        QCOMPARE(e.a.count("SELECT count(*) FROM sync_conflicts WHERE action <> 'sync.snapshot'"), 0);
        QCOMPARE(e.c.count("SELECT count(*) FROM orders"), 0);

        // A customer edit, an order and a dispatch in A.
        const qint64 customer = e.a.count("SELECT c.id FROM customers c JOIN districts d ON d.id = c.district_id"
                                          " WHERE d.adcode = '310104' ORDER BY c.id LIMIT 1");
        CustomerCorrection fix;
        fix.name = QStringLiteral("王秀英（改）");
        fix.districtId = xuhui;
        fix.address = e.a.db().scalar("SELECT address FROM customers WHERE id = ?", customer).toString();
        CustomerService(e.a.services()).update(customer, fix);
        const qint64 order = tests::addOrder(e.a.services(), customer, item);
        QCOMPARE((order >> 12) & 0x3ff, 1); // minted on A's node
        const qint64 provider = e.a.count("SELECT id FROM providers WHERE status = 'active' ORDER BY id LIMIT 1");
        tests::assign(e.a.services(), order, provider, 1795000000);
        const sync::RoundOutcome pushed = e.a.round();
        QCOMPARE(pushed.pushed, 3);
        QCOMPARE(pushed.applied, 3);
        QCOMPARE(pushed.rejected, 0);
        e.b.round();
        e.c.round();
        for (Office *o : {&e.b, &e.c}) {
            QCOMPARE(o->db().scalar("SELECT name FROM customers WHERE id = ?", customer).toString(), fix.name);
            QCOMPARE(o->count("SELECT count(*) FROM orders WHERE id = ?", order), 0);
            QCOMPARE(o->count("SELECT count(*) FROM dispatch_records WHERE order_id = ?", order), 0);
        }

        // An order in B's district, for a customer B adds there: B's alone.
        const qint64 baoshan = e.b.count("SELECT id FROM districts WHERE adcode = ?", kDistrictB);
        QVERIFY(baoshan > 0);
        const qint64 newcomer = CustomerService(e.b.services())
                                    .add({QStringLiteral("陈静"), QStringLiteral("13912340001"), {}, baoshan, QStringLiteral("友谊路 1 号"), 0, 0, {}});
        const qint64 orderB = tests::addOrder(e.b.services(), newcomer, item);
        QCOMPARE((newcomer >> 12) & 0x3ff, 2); // B's node
        QCOMPARE((orderB >> 12) & 0x3ff, 2);
        QCOMPARE(e.b.round().applied, 2);
        e.a.round();
        e.c.round();
        QCOMPARE(e.a.count("SELECT count(*) FROM customers WHERE id = ?", newcomer), 1);
        QCOMPARE(e.c.count("SELECT count(*) FROM customers WHERE id = ?", newcomer), 1);
        QCOMPARE(e.a.count("SELECT count(*) FROM orders WHERE id = ?", orderB), 0);
        QCOMPARE(e.c.count("SELECT count(*) FROM orders WHERE id = ?", orderB), 0);

        // doorstep-cli sync against the real server: C's edit goes out, its last line says so.
        CustomerService(e.c.services()).update(newcomer, {QStringLiteral("陈静"), QStringLiteral("13912340009"), {}, baoshan,
                                                           QStringLiteral("友谊路 1 号"), {}});
        const tests::ChildRun cli = tests::runChild(QStringLiteral(DOORSTEP_CLI),
                                                    {QStringLiteral("sync"), QStringLiteral("--store"), e.c.path, QStringLiteral("--user"),
                                                     e.c.user, QStringLiteral("--password-stdin")},
                                                    e.c.password.toUtf8() + '\n');
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
        QCOMPARE(cli.lines().last(), QStringLiteral("pushed=1 applied=1 rejected=0 pulled=0"));
        e.b.round();
        QCOMPARE(e.b.db().scalar("SELECT phone FROM customers WHERE id = ?", newcomer).toString(), QStringLiteral("13912340009"));
    }
private slots:
    // A customer orders in the app (HTTPS to the real server's /api/v1):
    // the order reaches the console of the office serving its district with
    // its timeline entry and its customer, and no other office's.
    void appOrderReachesItsOffice_data() { enrollAndConverge_data(); }
    void appOrderReachesItsOffice()
    {
        QFETCH(QString, backend);
        try {
            appOrder(env(backend));
        } catch (const std::exception &x) {
            QFAIL(x.what());
        }
    }

    void appAftersalesReachTheConsole_data() { enrollAndConverge_data(); }
    void appAftersalesReachTheConsole()
    {
        QFETCH(QString, backend);
        try {
            appAftersales(env(backend));
        } catch (const std::exception &x) {
            QFAIL(x.what());
        }
    }

    void conflictsAndLostReply_data() { enrollAndConverge_data(); }
    void conflictsAndLostReply()
    {
        QFETCH(QString, backend);
        try {
            Env &e = env(backend);
            doubleBooking(e);
            concurrentCustomerEdits(e);
            lostReply(e);
            idCollision(e);
        } catch (const std::exception &x) {
            QFAIL(x.what());
        }
    }

    void serverKilledMidPush_data() { enrollAndConverge_data(); }
    void serverKilledMidPush()
    {
        QFETCH(QString, backend);
        try {
            killMidPush(env(backend));
        } catch (const std::exception &x) {
            QFAIL(x.what());
        }
    }

    void proxyChaos_data() { enrollAndConverge_data(); }
    void proxyChaos()
    {
        QFETCH(QString, backend);
        try {
            chaos(env(backend));
        } catch (const std::exception &x) {
            QFAIL(x.what());
        }
    }

    // Credential scans travel in their rows (base64). A snapshot holding more
    // than one request's worth of them, and a push of one scan of the largest
    // size a console takes, reach the server whole, and the office's pulls of
    // its own rows come back. Before: sync bodies of at most 8 MiB and
    // snapshot pages by row count only, so the demo store (which has scans)
    // failed to enroll with "Connection closed", and a console with a scan
    // over 6 MiB could never push again. The embedded backend only: the
    // bounds are above the storage, and the pages' byte budget of both
    // backends is in tst_syncstorage.
    void largeScansTravel()
    {
        Env e;
        e.server = std::make_unique<tests::ServerProcess>();
        QVERIFY2(e.server->init(), qPrintable(e.server->error()));
        const QString code = e.server->addOffice(QStringLiteral("SH-D"), QStringLiteral("闵行店"), {QStringLiteral("310112")});
        QVERIFY2(!code.isEmpty() && e.server->start(), qPrintable(e.server->error()));
        Office &d = e.a;
        d.code = QStringLiteral("SH-D");
        d.ws = tests::makeWorkspace(e.dir, QStringLiteral("d.doorstep"));
        d.ledger = std::make_unique<sync::StoreLedger>(d.services());
        const qint64 provider = tests::addProvider(d.services());
        ProviderReviewService review(d.services());
        const qint64 credential =
            review.addCredential(provider, {QStringLiteral("health_certificate"), {}, QStringLiteral("HC-2026-001"),
                                            QStringLiteral("闵行区疾控中心"), QDate(2026, 1, 1), QDate(2027, 1, 1), true})
                .credentialId;
        // Random bytes behind a PNG signature: as large in base64 as they are.
        const auto png = [](qint64 size, quint32 seed) {
            QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
            QRandomGenerator random(seed);
            while (bytes.size() < size)
                bytes.append(char(random.generate() & 0xff));
            return bytes;
        };
        for (quint32 n = 1; n <= 3; ++n) // 12 MiB of base64 in the snapshot
            review.addScan(credential, QStringLiteral("健康证-%1.png").arg(n), png(3 * 1024 * 1024, n));
        enroll(e, d, code, 1);
        QCOMPARE(d.count("SELECT count(*) FROM sync_conflicts"), 0);

        review.addScan(credential, QStringLiteral("健康证-原件.png"), png(domain::kMaxScanBytes, 4));
        const qint64 appliedBefore = serverApplied(*e.server, d.code);
        sync::RoundOutcome out;
        try {
            out = d.round();
        } catch (const SyncError &x) {
            QFAIL(qPrintable(x.message()));
        }
        QVERIFY(out.pushed >= 1);
        QCOMPARE(out.rejected, 0);
        QCOMPARE(d.count("SELECT count(*) FROM sync_outbox WHERE sent_at IS NULL"), 0);
        QVERIFY(serverApplied(*e.server, d.code) > appliedBefore);
        // Nothing is left to push, and the office's next round is quiet.
        QCOMPARE(d.round().pushed, 0);
    }

private:
    // A provider of A's who serves B's district too is booked by both
    // offices for the same two hours: the later office is refused, takes its
    // booking back and lists the conflict with A's booking.
    void doubleBooking(Env &e)
    {
        const qint64 item = e.b.count("SELECT id FROM service_items WHERE code = 'clean_2h'");
        const qint64 provider = e.a.count("SELECT id FROM providers WHERE status = 'active' ORDER BY id DESC LIMIT 1");
        const qint64 officeA = e.a.count("SELECT office_id FROM providers WHERE id = ?", provider);
        // A's administrator lets the provider serve B's Baoshan too: the
        // provider's row (with its districts, skills and hours) reaches B.
        const qint64 baoshanA = e.a.count("SELECT id FROM districts WHERE adcode = ?", kDistrictB);
        QVERIFY(baoshanA > 0);
        e.a.services().perform(Permission::DemoSeed, QStringLiteral("test.serve_baoshan"), [&](ActionContext &ctx) {
            ctx.db().run("INSERT INTO provider_districts(provider_id, district_id) VALUES (?, ?)", provider, baoshanA);
            ctx.changed(QStringLiteral("providers"), provider);
        });
        QCOMPARE(e.a.round().applied, 1);
        QCOMPARE(e.b.count("SELECT count(*) FROM providers WHERE id = ?", provider), 0);
        e.b.round();
        QCOMPARE(e.b.db().scalar("SELECT office_id FROM providers WHERE id = ?", provider).toLongLong(), officeA);
        QCOMPARE(e.b.db().scalar("SELECT id_number FROM providers WHERE id = ?", provider).toString(), QString());
        QCOMPARE(e.b.db().scalar("SELECT count(*) FROM provider_districts WHERE provider_id = ?1 AND district_id = ?2", provider, baoshanA)
                     .toLongLong(),
                 1);
        QCOMPARE(e.b.count("SELECT count(*) FROM provider_skills WHERE provider_id = ?", provider),
                 e.a.count("SELECT count(*) FROM provider_skills WHERE provider_id = ?", provider));
        const qint64 start = 1796000000;
        const qint64 customerA = e.a.count("SELECT c.id FROM customers c JOIN districts d ON d.id = c.district_id"
                                           " WHERE d.adcode = '310104' ORDER BY c.id DESC LIMIT 1");
        const qint64 orderA = tests::addOrder(e.a.services(), customerA, item);
        tests::assign(e.a.services(), orderA, provider, start);
        const qint64 baoshan = e.b.count("SELECT id FROM districts WHERE adcode = ?", kDistrictB);
        const qint64 customerB = CustomerService(e.b.services())
                                     .add({QStringLiteral("周敏"), QStringLiteral("13912340002"), {}, baoshan, QStringLiteral("牡丹江路 2 号"), 0, 0, {}});
        const qint64 orderB = tests::addOrder(e.b.services(), customerB, item);
        tests::assign(e.b.services(), orderB, provider, start + 3600); // overlaps A's
        QCOMPARE(e.a.round().applied, 2);
        // B's round: the customer and the order applied, the booking
        // refused and taken back, and the undo pushed in the same round.
        const sync::RoundOutcome b = e.b.round();
        QCOMPARE(b.rejected, 1);
        QCOMPARE(b.undone, 1);
        QCOMPARE(b.applied, 3);
        QCOMPARE(e.b.ledger->pendingCount(), 0);
        QCOMPARE(e.b.db().scalar("SELECT status FROM orders WHERE id = ?", orderB).toString(), QStringLiteral("awaiting_dispatch"));
        QVERIFY(e.b.db().scalar("SELECT provider_id FROM orders WHERE id = ?", orderB).isNull());
        auto st = e.b.db().prepare("SELECT reason, undone, conflict FROM sync_conflicts WHERE entity_id = ?");
        st.bind(1, orderB);
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("provider_busy"));
        QCOMPARE(st.int64(1), 1);
        QVERIFY2(st.text(2).contains(QStringLiteral("SH-A")), qPrintable(st.text(2)));
        // A's booking stands.
        QCOMPARE(e.a.db().scalar("SELECT provider_id FROM orders WHERE id = ?", orderA).toLongLong(), provider);
        // B's pull brought A's slot on the shared provider (not A's order or
        // its customer): from now on B's console warns of that clash itself,
        // offline, before the server would refuse it.
        QCOMPARE(e.b.count("SELECT count(*) FROM sync_bookings WHERE order_id = ?", orderA), 1);
        QCOMPARE(e.b.count("SELECT count(*) FROM orders WHERE id = ?", orderA), 0);
        const QString orderNoA = e.a.db().scalar("SELECT order_no FROM orders WHERE id = ?", orderA).toString();
        const PlacementCheck warned = DispatchService(e.b.services()).check(orderB, provider, start + 3600);
        QVERIFY2(warned.hard.join(u'\n').contains(orderNoA), qPrintable(warned.hard.join(u'\n')));
        // B can book the provider at a free time now.
        tests::assign(e.b.services(), orderB, provider, start + 4 * 3600);
        const sync::RoundOutcome again = e.b.round();
        QCOMPARE(again.applied, 1);
        QCOMPARE(again.rejected, 0);
        // A takes Baoshan off the provider again: B keeps the row (its order
        // still names the provider) but loses the provider's districts,
        // skills and hours, so its board never offers the provider again.
        e.a.services().perform(Permission::DemoSeed, QStringLiteral("test.leave_baoshan"), [&](ActionContext &ctx) {
            ctx.db().run("DELETE FROM provider_districts WHERE provider_id = ? AND district_id = ?", provider, baoshanA);
            ctx.changed(QStringLiteral("providers"), provider);
        });
        QCOMPARE(e.a.round().applied, 1);
        e.b.round();
        QCOMPARE(e.b.count("SELECT count(*) FROM providers WHERE id = ?", provider), 1);
        QCOMPARE(e.b.count("SELECT count(*) FROM provider_districts WHERE provider_id = ?", provider), 0);
        QCOMPARE(e.b.count("SELECT count(*) FROM provider_skills WHERE provider_id = ?", provider), 0);
        QCOMPARE(e.b.count("SELECT provider_id FROM orders WHERE id = ?", orderB), provider);
    }

    // B and C edit one customer at once: different fields both stay; the
    // same field goes to the later edit, and the office that lost is told.
    void concurrentCustomerEdits(Env &e)
    {
        const qint64 customer = e.b.count("SELECT id FROM customers WHERE name = '陈静'");
        QVERIFY(customer > 0);
        auto edit = [&](Office &o, const QString &name, std::optional<QString> phone, qint64 at) {
            auto row = o.db().prepare("SELECT coalesce(district_id, 0), coalesce(address, '') FROM customers WHERE id = ?");
            row.bind(1, customer);
            QVERIFY(row.next());
            CustomerCorrection fix;
            fix.name = name;
            fix.phone = phone;
            fix.districtId = row.int64(0);
            fix.address = row.text(1);
            o.services().setClock([at] { return at; });
            CustomerService(o.services()).update(customer, fix);
            o.services().setClock({});
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        edit(e.b, QStringLiteral("陈静B"), std::nullopt, now + 1);
        edit(e.c, QStringLiteral("陈静"), QStringLiteral("13912349999"), now + 2);
        QCOMPARE(e.b.round().rejected, 0);
        QCOMPARE(e.c.round().rejected, 0); // only the phone is C's: B's name stays
        for (Office *o : {&e.a, &e.b, &e.c}) {
            o->round();
            QCOMPARE(o->db().scalar("SELECT name FROM customers WHERE id = ?", customer).toString(), QStringLiteral("陈静B"));
            QCOMPARE(o->db().scalar("SELECT phone FROM customers WHERE id = ?", customer).toString(), QStringLiteral("13912349999"));
        }
        // The same field: C's edit is the later one but reaches the server first.
        edit(e.b, QStringLiteral("陈静-B2"), std::nullopt, now + 5);
        edit(e.c, QStringLiteral("陈静-C2"), std::nullopt, now + 10);
        QCOMPARE(e.c.round().rejected, 0);
        const sync::RoundOutcome b = e.b.round();
        QCOMPARE(b.rejected, 0); // merged: applied, the name not taken, in B's conflicts
        QCOMPARE(b.merged, 1);
        QCOMPARE(b.applied, 1);
        auto st = e.b.db().prepare("SELECT status, reason, conflict FROM sync_conflicts WHERE entity = 'customers' AND entity_id = ?");
        st.bind(1, customer);
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("merged"));
        QCOMPARE(st.text(1), QStringLiteral("field_conflict"));
        QVERIFY2(st.text(2).contains(QStringLiteral("\"not_taken\":[\"name\"]")), qPrintable(st.text(2)));
        QVERIFY2(st.text(2).contains(QStringLiteral("陈静-C2")), qPrintable(st.text(2)));
        QVERIFY2(st.text(2).contains(QStringLiteral("陈静-B2")), qPrintable(st.text(2))); // both versions
        // …and in the customer's history (its audit entries), masked.
        QCOMPARE(e.b.db().scalar("SELECT count(*) FROM audit_log WHERE action = 'sync.field_lost' AND entity = 'customers'"
                                 " AND entity_id = ?", customer).toLongLong(), 1);
        e.a.round();
        for (Office *o : {&e.a, &e.b, &e.c})
            QCOMPARE(o->db().scalar("SELECT name FROM customers WHERE id = ?", customer).toString(), QStringLiteral("陈静-C2"));
        QCOMPARE(e.c.count("SELECT count(*) FROM sync_conflicts WHERE entity = 'customers'"), 0);

        // The other way round: B's edit reaches the server first and C's
        // later one replaces it. B, whose value lost, hears it in its pull.
        e.c.round();
        edit(e.b, QStringLiteral("陈静-B3"), std::nullopt, now + 20);
        edit(e.c, QStringLiteral("陈静-C3"), std::nullopt, now + 30);
        const sync::RoundOutcome b3 = e.b.round();
        QCOMPARE(b3.applied, 1);
        QCOMPARE(b3.merged, 0);
        const sync::RoundOutcome c3 = e.c.round();
        QCOMPARE(c3.applied, 1);
        QCOMPARE(c3.merged, 0); // C's value was taken: nothing for C to see
        QCOMPARE(e.c.count("SELECT count(*) FROM sync_conflicts WHERE entity = 'customers'"), 0);
        e.b.round();
        QCOMPARE(e.b.db().scalar("SELECT name FROM customers WHERE id = ?", customer).toString(), QStringLiteral("陈静-C3"));
        auto told = e.b.db().prepare("SELECT status, message, conflict FROM sync_conflicts WHERE entity = 'customers'"
                                     " AND entity_id = ? AND reason = 'field_overwritten'");
        told.bind(1, customer);
        QVERIFY(told.next());
        QCOMPARE(told.text(0), QStringLiteral("merged"));
        QVERIFY2(told.text(1).contains(QStringLiteral("SH-C")), qPrintable(told.text(1)));
        QVERIFY2(told.text(2).contains(QStringLiteral("陈静-B3")) && told.text(2).contains(QStringLiteral("陈静-C3")), qPrintable(told.text(2)));
        QVERIFY(!told.next()); // once
        QCOMPARE(e.b.db().scalar("SELECT count(*) FROM audit_log WHERE action = 'sync.field_lost' AND entity = 'customers'"
                                 " AND entity_id = ?", customer).toLongLong(), 2);
        // A (which wrote nothing) is told nothing.
        e.a.round();
        QCOMPARE(e.a.count("SELECT count(*) FROM sync_conflicts WHERE reason = 'field_overwritten'"), 0);
    }

    // A fourth office whose store minted, before enrollment, a customer id
    // that one of A's customers has (random nodes could collide): the server
    // refuses that row (id_taken), D lists it and keeps its own customer,
    // and A's customer stays A's everywhere. D then mints on node 4.
    void idCollision(Env &e)
    {
        const QString codeD = e.server->addOffice(QStringLiteral("SH-D"), QStringLiteral("金山店"), {QStringLiteral("310116")});
        QVERIFY2(!codeD.isEmpty(), qPrintable(e.server->error()));
        auto dws = tests::makeWorkspace(e.dir, QStringLiteral("d.doorstep"));
        Office d;
        d.code = QStringLiteral("SH-D");
        d.ws = std::move(dws);
        d.ledger = std::make_unique<sync::StoreLedger>(d.ws->services());
        const qint64 taken = e.a.count("SELECT id FROM customers WHERE erased_at IS NULL ORDER BY id LIMIT 1");
        const QString nameA = e.a.db().scalar("SELECT name FROM customers WHERE id = ?", taken).toString();
        d.services().perform(Permission::DemoSeed, QStringLiteral("test.colliding_customer"), [&](ActionContext &ctx) {
            ctx.db().run("INSERT INTO customers(id, office_id, name, phone, created_at, updated_at)"
                         " VALUES (?, ?, '冯雪', '13700137000', 1, 1)", taken, d.services().session().officeId);
            ctx.changed(QStringLiteral("customers"), taken);
        });
        const qint64 own = CustomerService(d.services())
                               .add({QStringLiteral("蒋涛"), QStringLiteral("13700137001"), {}, 0, QStringLiteral("金山区卫零路 1 号"), 0, 0, {}});
        enroll(e, d, codeD, 4);
        auto st = d.db().prepare("SELECT status, reason FROM sync_conflicts WHERE entity = 'customers' AND entity_id = ?");
        st.bind(1, taken);
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("rejected"));
        QCOMPARE(st.text(1), QStringLiteral("id_taken"));
        d.round();
        // D keeps its customer; A's under that id is not written over it.
        QCOMPARE(d.db().scalar("SELECT name FROM customers WHERE id = ?", taken).toString(), QStringLiteral("冯雪"));
        QCOMPARE(d.count("SELECT count(*) FROM customers WHERE id = ?", own), 1);
        // An edit of it is refused too, never merged into A's customer.
        CustomerService(d.services()).update(taken, {QStringLiteral("冯雪（改）"), {}, {}, 0, {}, {}});
        QCOMPARE(d.ledger->pendingCount(), 1);
        const sync::RoundOutcome edited = d.round();
        QCOMPARE(edited.rejected, 1);
        e.b.round();
        QCOMPARE(e.b.db().scalar("SELECT name FROM customers WHERE id = ?", taken).toString(), nameA);
        QCOMPARE(e.b.count("SELECT count(*) FROM customers WHERE id = ?", own), 1); // D's other customer arrived
        // From now on D mints on its own node.
        const qint64 later = CustomerService(d.services())
                                 .add({QStringLiteral("韩梅"), QStringLiteral("13700137002"), {}, 0, QStringLiteral("金山区卫零路 2 号"), 0, 0, {}});
        QCOMPARE((later >> 12) & 0x3ff, 4);
        QCOMPARE(d.round().applied, 1);
    }

    // The server commits a push and the reply is lost on the way: the
    // console sends the batch again and every mutation is a duplicate.
    void lostReply(Env &e)
    {
        tests::FaultProxy proxy(e.server->syncPort());
        e.a.setServer(QStringLiteral("https://127.0.0.1:%1").arg(proxy.port()));
        const qint64 appliedBefore = serverApplied(*e.server, e.a.code);
        const QList<qint64> edited = e.a.editCustomers(30, QStringLiteral("lost"));
        proxy.loseNextBigReply = 1;
        // Qt may send the POST again itself on a new connection (nothing of
        // the reply had arrived); otherwise the next round does. Either way
        // the server answers the second sending "duplicate".
        sync::RoundOutcome total;
        try {
            total = e.a.round();
        } catch (const SyncError &) {
            QVERIFY(e.a.ledger->pendingCount() >= 30); // not marked sent: never answered
            total = e.a.round();
        }
        QCOMPARE(proxy.lostReplies, 1);
        QCOMPARE(total.duplicate, 30);
        QCOMPARE(total.applied, 0);
        QCOMPARE(e.a.ledger->pendingCount(), 0);
        QCOMPARE(serverApplied(*e.server, e.a.code), appliedBefore + 30);
        e.c.round();
        for (qsizetype i = 0; i < edited.size(); ++i)
            QCOMPARE(e.c.db().scalar("SELECT name FROM customers WHERE id = ?", edited.at(i)).toString(),
                     QStringLiteral("lost-%1").arg(i));
        QCOMPARE(e.c.count("SELECT count(*) FROM customers WHERE name LIKE 'lost-%'"), 30);
        e.a.setServer(QStringLiteral("https://127.0.0.1:%1").arg(e.server->syncPort()));
    }

    // SIGKILL between two batches and again while a batch is in flight;
    // restarted, the console retries: each mutation applied exactly once.
    void killMidPush(Env &e)
    {
        const qint64 appliedBefore = serverApplied(*e.server, e.a.code);
        const int n = 520; // two batches of at most 500
        const QList<qint64> edited = e.a.editCustomers(n, QStringLiteral("kill"));
        QCOMPARE(edited.size(), n);
        sync::SyncRound first(sync::directStore(*e.a.ledger));
        first.progress = [&](const QString &stage, int done) {
            if (stage == u"push" && done > 0)
                e.server->kill(); // after the first batch's reply, before the second
        };
        QVERIFY_THROWS_EXCEPTION(SyncError, first.run());
        QVERIFY(e.a.ledger->pendingCount() > 0);
        QVERIFY(e.server->start());
        // Now killed while the second batch is on its way or being applied.
        QTimer::singleShot(15, [&] { e.server->kill(); });
        try {
            e.a.round();
        } catch (const SyncError &) {
        }
        QVERIFY(e.server->start());
        e.a.roundUntilDone();
        QCOMPARE(e.a.ledger->pendingCount(), 0);
        QCOMPARE(serverApplied(*e.server, e.a.code), appliedBefore + n);
        e.b.roundUntilDone();
        // Every customer carries its last edit.
        for (qsizetype i = edited.size() - 200; i < edited.size(); ++i)
            QCOMPARE(e.b.db().scalar("SELECT name FROM customers WHERE id = ?", edited.at(i)).toString(),
                     QStringLiteral("kill-%1").arg(i));
    }

    // Both A and B behind a proxy that refuses connections, cuts answers
    // short, loses them and delays them, while they make changes.
    void chaos(Env &e)
    {
        tests::FaultProxy proxyA(e.server->syncPort());
        tests::FaultProxy proxyB(e.server->syncPort());
        e.a.setServer(QStringLiteral("https://127.0.0.1:%1").arg(proxyA.port()));
        e.b.setServer(QStringLiteral("https://127.0.0.1:%1").arg(proxyB.port()));
        const qint64 appliedA = serverApplied(*e.server, e.a.code);
        const qint64 appliedB = serverApplied(*e.server, e.b.code);
        proxyA.chaos = proxyB.chaos = true;
        QList<qint64> edited;
        int failures = 0;
        for (int r = 0; r < 3; ++r) {
            edited = e.a.editCustomers(30, QStringLiteral("chaos%1").arg(r));
            // B's edits are the later ones (by their time, whoever's push
            // gets through first); within one second the later push would win.
            e.b.services().setClock([] { return QDateTime::currentSecsSinceEpoch() + 2; });
            e.b.editCustomers(5, QStringLiteral("chaosB%1").arg(r));
            e.b.services().setClock({});
            for (Office *o : {&e.a, &e.b}) {
                try {
                    o->round();
                } catch (const SyncError &) {
                    ++failures;
                }
            }
        }
        QVERIFY(failures > 0);
        QVERIFY(proxyA.lostReplies + proxyA.truncatedReplies + proxyA.refusedConnections > 0);
        proxyA.chaos = proxyB.chaos = false;
        e.a.roundUntilDone();
        e.b.roundUntilDone();
        QCOMPARE(e.a.ledger->pendingCount(), 0);
        QCOMPARE(e.b.ledger->pendingCount(), 0);
        QCOMPARE(serverApplied(*e.server, e.a.code), appliedA + 3 * 30);
        QCOMPARE(serverApplied(*e.server, e.b.code), appliedB + 3 * 5);
        e.c.roundUntilDone();
        e.a.roundUntilDone();
        e.b.roundUntilDone();
        for (qsizetype i = 0; i < edited.size(); ++i) {
            const QString name = e.c.db().scalar("SELECT name FROM customers WHERE id = ?", edited.at(i)).toString();
            // B edits the first five customers too, after A, in each round:
            // the later edit wins the field (customer_fields), in every office.
            QCOMPARE(name, i < 5 ? QStringLiteral("chaosB2-%1").arg(i) : QStringLiteral("chaos2-%1").arg(i));
            QCOMPARE(e.a.db().scalar("SELECT name FROM customers WHERE id = ?", edited.at(i)).toString(), name);
            QCOMPARE(e.b.db().scalar("SELECT name FROM customers WHERE id = ?", edited.at(i)).toString(), name);
        }
        e.a.setServer(QStringLiteral("https://127.0.0.1:%1").arg(e.server->syncPort()));
        e.b.setServer(QStringLiteral("https://127.0.0.1:%1").arg(e.server->syncPort()));
    }
};

QTEST_GUILESS_MAIN(TestSyncE2e)
#include "tst_sync_e2e.moc"
