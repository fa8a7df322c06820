// The demo franchise is realistic, complete, deterministic, and leaves no
// personal data readable in the file.
#include "demo/demo_generator.h"
#include "domain/idnumber.h"
#include "domain/mobile.h"
#include "domain/office_time.h"
#include "domain/order_lifecycle.h"
#include "services/audit_log.h"
#include "services/order_timeout_service.h"
#include "services/workspace.h"
#include "store/key_crypto.h"
#include "../services/test_store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;

namespace {
constexpr qint64 kReference = 1795000000; // a fixed "today" (2026-11-18) for determinism

demo::DemoOptions small()
{
    demo::DemoOptions o;
    o.providers = 120;
    o.orders = 3000;
    o.seed = 7;
    o.referenceSecs = kReference;
    o.kdf = store::KdfParams::fastForTests();
    return o;
}

QStringList column(store::Database &db, const QByteArray &sql)
{
    QStringList out;
    auto st = db.prepare(sql);
    while (st.next())
        out.append(st.text(0));
    return out;
}
} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<services::Workspace> m_ws;

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("demo.doorstep"));
        int lastPercent = -1;
        bool monotonic = true;
        const auto summary = demo::createDemoStore(m_path, small(), [&](int p) {
            monotonic = monotonic && p >= lastPercent;
            lastPercent = p;
            return true;
        });
        QVERIFY(monotonic);
        QCOMPARE(lastPercent, 100);
        QCOMPARE(summary.providers, 120);
        QCOMPARE(summary.orders, 3000);
        QCOMPARE(summary.customers, 375);
        m_ws = services::Workspace::login(m_path, QStringLiteral("admin"), small().password);
    }

    void everyRoleHasADemoAccount()
    {
        for (const QString &user : {QStringLiteral("supervisor"), QStringLiteral("dispatcher"), QStringLiteral("agent"), QStringLiteral("manager")})
            QVERIFY2(m_ws->store().checkPassword(user, small().password), qPrintable(user));
        QCOMPARE(m_ws->store().db().scalar("SELECT count(DISTINCT role) FROM staff").toInt(), 5);
    }

    void districtsAreShanghaisReal16()
    {
        auto &db = m_ws->store().db();
        QCOMPARE(db.scalar("SELECT count(*) FROM districts").toInt(), 16);
        for (const QString &code : column(db, "SELECT adcode FROM districts"))
            QVERIFY(code.startsWith(QStringLiteral("3101")));
        QCOMPARE(db.scalar("SELECT count(*) FROM districts WHERE lat NOT BETWEEN 30.6 AND 31.9 OR lng NOT BETWEEN 120.8 AND 122.0").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM customers WHERE lat NOT BETWEEN 30.6 AND 31.9 OR lng NOT BETWEEN 120.8 AND 122.0").toInt(), 0);
    }

    void phonesAndIdNumbersAreValidExceptThePlantedOnes()
    {
        auto &db = m_ws->store().db();
        for (const QString &phone : column(db, "SELECT phone FROM customers UNION ALL SELECT phone FROM providers"))
            QVERIFY2(domain::isValidMobile(phone), qPrintable(phone));
        const QDate today = QDateTime::fromSecsSinceEpoch(kReference).date();
        int invalid = 0;
        auto st = db.prepare("SELECT id_number, status FROM providers");
        while (st.next()) {
            const auto check = domain::checkIdNumber(st.text(0), today);
            if (!check.valid()) {
                ++invalid;
                QCOMPARE(st.text(1), QStringLiteral("applicant")); // planted for reviewers, never approved
                QVERIFY(!check.checkDigitOk);
            } else {
                QVERIFY(check.age >= 18 && check.age <= 60);
            }
        }
        QVERIFY(invalid >= 2);
    }

    void providersInEveryOnboardingState()
    {
        auto &db = m_ws->store().db();
        const QStringList states = column(db, "SELECT DISTINCT status FROM providers ORDER BY 1");
        QCOMPARE(states, (QStringList{QStringLiteral("active"), QStringLiteral("applicant"), QStringLiteral("deactivated"),
                                      QStringLiteral("rejected"), QStringLiteral("suspended")}));
        QCOMPARE(column(db, "SELECT DISTINCT state FROM provider_applications ORDER BY 1"),
                 (QStringList{QStringLiteral("approved"), QStringLiteral("info_requested"), QStringLiteral("new"), QStringLiteral("rejected")}));
        const QString today = QDateTime::fromSecsSinceEpoch(kReference).date().toString(Qt::ISODate);
        // Expired health certificates: among suspended providers and planted applicants.
        QVERIFY(db.scalar("SELECT count(*) FROM credentials c JOIN providers p ON p.id = c.provider_id"
                          " WHERE c.type = 'health_certificate' AND c.valid_to < ? AND p.status = 'applicant'", today).toInt() >= 1);
        QVERIFY(db.scalar("SELECT count(*) FROM credentials WHERE type = 'health_certificate' AND valid_to < ?", today).toInt() >= 6);
        // Every active provider holds a qualification for each skill that requires one.
        QCOMPARE(db.scalar("SELECT count(*) FROM provider_skills ps JOIN providers p ON p.id = ps.provider_id"
                           " JOIN service_items si ON si.category_id = ps.category_id"
                           " WHERE p.status = 'active' AND si.required_qualification IS NOT NULL AND NOT EXISTS ("
                           "  SELECT 1 FROM credentials c WHERE c.provider_id = p.id AND c.qualification_code = si.required_qualification)").toInt(), 0);
        // ... and some applicants do not: the reviewers must catch them.
        QVERIFY(db.scalar("SELECT count(DISTINCT p.id) FROM provider_skills ps JOIN providers p ON p.id = ps.provider_id"
                          " JOIN service_items si ON si.category_id = ps.category_id"
                          " WHERE p.status = 'applicant' AND si.required_qualification IS NOT NULL AND NOT EXISTS ("
                          "  SELECT 1 FROM credentials c WHERE c.provider_id = p.id AND c.qualification_code = si.required_qualification)").toInt() >= 1);
    }

    void ordersInEveryStatusOverTwelveMonths()
    {
        auto &db = m_ws->store().db();
        QCOMPARE(column(db, "SELECT DISTINCT status FROM orders ORDER BY 1"),
                 (QStringList{QStringLiteral("accepted"), QStringLiteral("assigned"), QStringLiteral("awaiting_dispatch"), QStringLiteral("cancelled"),
                              QStringLiteral("completed"), QStringLiteral("created"), QStringLiteral("in_service"), QStringLiteral("on_the_way"),
                              QStringLiteral("rated")}));
        const qint64 oldest = db.scalar("SELECT min(created_at) FROM orders").toLongLong();
        QVERIFY(kReference - oldest > 330 * 86400);
        QVERIFY(kReference - oldest < 370 * 86400);
        QCOMPARE(db.scalar("SELECT count(DISTINCT strftime('%Y-%m', created_at, 'unixepoch')) FROM orders").toInt() >= 12, true);
        // Consistency: assigned-or-later orders have a provider who has the skill.
        QCOMPARE(db.scalar("SELECT count(*) FROM orders o JOIN service_items si ON si.id = o.service_item_id WHERE o.status NOT IN"
                           " ('created','awaiting_dispatch','cancelled') AND NOT EXISTS (SELECT 1 FROM provider_skills ps"
                           " WHERE ps.provider_id = o.provider_id AND ps.category_id = si.category_id)").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM orders WHERE status = 'rated' AND id NOT IN (SELECT order_id FROM ratings)").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.to_status = o.status)").toInt(), 0);
        QVERIFY(db.scalar("SELECT count(*) FROM complaints").toInt() > 0);
        // Complaints in every state, with a timeline; the open ones on the clock (but
        // those waiting for the customer), each category present.
        QCOMPARE(db.scalar("SELECT count(DISTINCT status) FROM complaints").toInt(), 5);
        QCOMPARE(db.scalar("SELECT count(*) FROM complaints c WHERE NOT EXISTS (SELECT 1 FROM complaint_events e WHERE e.complaint_id = c.id)").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM complaints WHERE (status IN ('open','investigating')) <> (next_due_at IS NOT NULL)").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM complaints WHERE (status = 'waiting_customer') <> (paused_at IS NOT NULL)").toInt(), 0);
        QVERIFY(db.scalar("SELECT count(DISTINCT category) FROM complaints").toInt() >= 5);
        QVERIFY(db.scalar("SELECT count(*) FROM refunds").toInt() > 0);
        // Each refund and each return visit is on its complaint's timeline, as the services write them.
        QCOMPARE(db.scalar("SELECT count(*) FROM refunds f WHERE NOT EXISTS (SELECT 1 FROM complaint_events e WHERE e.refund_id = f.id"
                           " AND e.kind = 'refund_requested' AND e.complaint_id = f.complaint_id)").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM refunds f WHERE f.status = 'paid' AND NOT EXISTS (SELECT 1 FROM complaint_events e"
                           " WHERE e.refund_id = f.id AND e.kind = 'refund_paid')").toInt(), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM orders o WHERE o.reservice_complaint_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM complaint_events e"
                           " WHERE e.order_id = o.id AND e.kind = 'return_visit_dispatched')").toInt(), 0);
        QVERIFY(db.scalar("SELECT count(*) FROM provider_ledger").toInt() > 0);
        // Only return visits are free; refunds in every state, none beyond what was paid.
        QCOMPARE(db.scalar("SELECT count(*) FROM orders WHERE price_fen <= 0 AND reservice_of IS NULL").toInt(), 0);
        QVERIFY(db.scalar("SELECT count(*) FROM orders WHERE reservice_complaint_id IS NOT NULL AND price_fen = 0").toInt() > 0);
        QCOMPARE(db.scalar("SELECT count(DISTINCT status) FROM refunds").toInt(), 4);
        QCOMPARE(db.scalar("SELECT count(*) FROM orders o WHERE (SELECT sum(amount_fen) FROM refunds f WHERE f.order_id = o.id"
                           " AND f.status <> 'rejected') > o.price_fen").toInt(), 0);
    }

    void seedingIsOneAuditedActionAndTheStoreVerifies()
    {
        auto &db = m_ws->store().db();
        QCOMPARE(db.scalar("SELECT count(*) FROM audit_log WHERE action = 'store.demo_seed'").toInt(), 1);
        QVERIFY(services::audit::verify(db).ok);
        QVERIFY(m_ws->store().integrityProblems().isEmpty());
    }

    // A small demo (packaging/demo_server.sh with DOORSTEP_DEMO_PROVIDERS=20)
    // has services none of its providers offers: their past orders are
    // cancelled, never completed or rated by provider 0 (which failed the
    // whole demo on a foreign key).
    void fewProvidersStillMakeAWholeDemo()
    {
        // The console's default seed (the one that failed) and the second demo office's.
        for (const quint64 seed : {quint64(20261125), quint64(20261203)}) {
            demo::DemoOptions o = small();
            o.providers = 20;
            o.orders = 150;
            o.seed = seed;
            const QString path = m_dir.filePath(QStringLiteral("few-%1.doorstep").arg(seed));
            const auto summary = demo::createDemoStore(path, o);
            QCOMPARE(summary.providers, 20);
            auto ws = services::Workspace::inspect(path, QStringLiteral("admin"), o.password);
            auto &db = ws->store().db();
            QCOMPARE(db.scalar("SELECT count(*) FROM orders").toInt(), summary.orders);
            QCOMPARE(db.scalar("SELECT count(*) FROM orders WHERE provider_id IS NULL AND status NOT IN"
                               " ('created', 'awaiting_dispatch', 'cancelled')").toInt(), 0);
            QVERIFY(!db.scalar("PRAGMA foreign_key_check").isValid());
        }
    }

    void sameSeedSameContent()
    {
        auto digest = [](const QString &path) {
            auto ws = services::Workspace::inspect(path, QStringLiteral("admin"), small().password);
            QCryptographicHash h(QCryptographicHash::Sha256);
            for (const QByteArray &sql : {QByteArray("SELECT name || phone || id_number || status FROM providers ORDER BY id"),
                                         QByteArray("SELECT name || phone || address FROM customers ORDER BY id"),
                                         QByteArray("SELECT order_no || status || price_fen || window_start FROM orders ORDER BY id")})
                for (const QString &row : column(ws->store().db(), sql))
                    h.addData(row.toUtf8());
            return h.result();
        };
        const QString second = m_dir.filePath(QStringLiteral("demo2.doorstep"));
        demo::createDemoStore(second, small());
        QCOMPARE(digest(second), digest(m_path));
        demo::DemoOptions other = small();
        other.seed = 8;
        const QString third = m_dir.filePath(QStringLiteral("demo3.doorstep"));
        demo::createDemoStore(third, other);
        QVERIFY(digest(third) != digest(m_path));
    }

    void aDemoIsMadeAtTheMomentItIsMade_data()
    {
        QTest::addColumn<int>("minuteOfDay");
        QTest::addColumn<bool>("workInProgress");
        // The afternoon: every column of the board has cards. The evening, after
        // the providers' hours: jobs assigned minutes ago still wait for their
        // answer (nothing times out at the first login); nobody is on the way.
        QTest::newRow("15:30") << 15 * 60 + 30 << true;
        QTest::newRow("21:30") << 21 * 60 + 30 << false;
    }

    void aDemoIsMadeAtTheMomentItIsMade()
    {
        QFETCH(int, minuteOfDay);
        QFETCH(bool, workInProgress);
        auto ws = tests::makeWorkspace(m_dir, QStringLiteral("at%1.doorstep").arg(minuteOfDay));
        const qint64 made = domain::officeDayStart(kReference) + minuteOfDay * 60;
        qint64 now = made;
        ws->services().setClock([&] { return now; }); // the workspace's clock, not a reference day
        demo::DemoOptions o = small();
        o.referenceSecs = 0;
        demo::seedDemo(*ws, o);
        auto &db = ws->store().db();
        for (domain::OrderStatus s : domain::allOrderStatuses()) {
            const bool underWay = s == domain::OrderStatus::OnTheWay || s == domain::OrderStatus::InService;
            if (underWay && !workInProgress)
                continue;
            QVERIFY2(db.scalar("SELECT count(*) FROM orders WHERE status = ?", domain::orderStatusKey(s)).toInt() > 0,
                     qPrintable(domain::orderStatusKey(s)));
        }
        QCOMPARE(db.scalar("SELECT count(*) FROM orders WHERE created_at > ?", made).toInt(), 0); // nothing from the future
        // The first login, a minute later, times out nothing.
        now = made + 60;
        QVERIFY(services::OrderTimeoutService(ws->services()).overdue().isEmpty());
    }

    void cancellingLeavesNoFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.doorstep"));
        QVERIFY_THROWS_EXCEPTION(demo::Cancelled, demo::createDemoStore(path, small(), [](int p) { return p < 30; }));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }

    void aDemoAppearsUnderItsNameOnlyWhenComplete()
    {
        // A run killed half-way used to leave a valid but empty store that the
        // next start opened as "the demo". Now only a ".partial" file is left,
        // which the next run replaces.
        const QString path = m_dir.filePath(QStringLiteral("whole.doorstep"));
        {
            QFile stale(path + QStringLiteral(".partial"));
            QVERIFY(stale.open(QIODevice::WriteOnly));
            stale.write("what a killed run left");
        }
        bool sawHalfWay = false;
        bool existedHalfWay = true;
        demo::createDemoStore(path, small(), [&](int p) {
            if (p >= 50 && !sawHalfWay) {
                sawHalfWay = true;
                existedHalfWay = QFile::exists(path);
            }
            return true;
        });
        QVERIFY(sawHalfWay);
        QVERIFY(!existedHalfWay);
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial-wal")));
        auto ws = services::Workspace::login(path, QStringLiteral("admin"), small().password);
        QCOMPARE(ws->store().db().scalar("SELECT count(*) FROM orders WHERE reservice_of IS NULL").toInt(), small().orders);
        // The finished demo is never overwritten by another run.
        QVERIFY_THROWS_EXCEPTION(store::StoreError, demo::createDemoStore(path, small()));
    }

    void fileBytesHoldNoNamesPhonesOrIdNumbers()
    {
        auto &db = m_ws->store().db();
        const QStringList samples = column(db, "SELECT name FROM customers LIMIT 40") + column(db, "SELECT phone FROM customers LIMIT 40")
            + column(db, "SELECT id_number FROM providers LIMIT 40") + column(db, "SELECT address FROM customers LIMIT 10");
        m_ws.reset(); // checkpoint and close
        QByteArray bytes;
        for (const QString &f : QStringList{m_path, m_path + QStringLiteral("-wal")}) {
            QFile io(f);
            if (io.open(QIODevice::ReadOnly))
                bytes += io.readAll();
        }
        QVERIFY(bytes.size() > 1000000);
        for (const QString &s : samples)
            QVERIFY2(!bytes.contains(s.toUtf8()), qPrintable(s));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
