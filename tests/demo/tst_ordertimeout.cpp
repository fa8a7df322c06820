// The accept timeout: assigned jobs a provider leaves unanswered go back to
// the dispatch queue as a system event, through the service layer, and
// nothing else is touched.
#include "demo/demo_generator.h"
#include "services/order_service.h"
#include "services/order_timeout_service.h"
#include "services/settings_service.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;
using domain::OrderActor;
using domain::OrderEvent;

class TestOrderTimeout : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_customer = 0, m_item = 0, m_provider = 0;
    qint64 m_clock = 0;
    int m_weeks = 0;
    static constexpr qint64 kThursday10 = 1804125600; // 2027-03-04 10:00 Shanghai

    store::Database &db() { return m_ws->store().db(); }
    qint64 scalar(const QByteArray &sql, qint64 id) { return db().scalar(sql, id).toLongLong(); }
    qint64 audits() { return db().scalar("SELECT count(*) FROM audit_log").toLongLong(); }
    QString status(qint64 id) { return db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(); }

    // An order on a fresh Thursday, assigned "now" (the test clock).
    qint64 assignedOrder()
    {
        const qint64 start = kThursday10 + qint64(m_weeks++) * 7 * 86400;
        OrderService s(m_ws->services());
        const qint64 id = s.create({m_customer, m_item, start, start + 7200, {}, {}, true});
        s.apply(id, {OrderEvent::Assign, OrderActor::Office, {}, m_provider});
        return id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("timeout.doorstep"));
        demo::DemoOptions o;
        o.providers = 60;
        o.orders = 150;
        o.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, o);
        m_ws = Workspace::login(m_path, QStringLiteral("dispatcher"), o.password);
        m_ws->services().setClock([this] { return m_clock; });
        m_item = db().scalar("SELECT id FROM service_items WHERE code = 'clean_basic_2h'").toLongLong();
        const qint64 category = scalar("SELECT category_id FROM service_items WHERE id = ?", m_item);
        auto st = db().prepare("SELECT p.id, pd.district_id FROM providers p JOIN provider_skills s ON s.provider_id = p.id"
                               " JOIN provider_districts pd ON pd.provider_id = p.id"
                               " JOIN provider_hours h ON h.provider_id = p.id AND h.weekday = 4 AND h.start_min <= 600 AND h.end_min >= 840"
                               " WHERE p.status = 'active' AND s.status = 'active' AND s.category_id = ?"
                               " AND EXISTS (SELECT 1 FROM customers c WHERE c.district_id = pd.district_id AND c.lat IS NOT NULL) LIMIT 1");
        st.bind(1, category);
        QVERIFY(st.next());
        m_provider = st.int64(0);
        m_customer = scalar("SELECT id FROM customers WHERE district_id = ? AND lat IS NOT NULL LIMIT 1", st.int64(1));
        QVERIFY(m_customer && m_item && m_provider);
        // The demo's own unanswered jobs belong to its "now"; clear them
        // first so the counts below are this test's alone.
        m_clock = kThursday10 - 30 * 86400;
        OrderTimeoutService(m_ws->services()).sweep();
        QCOMPARE(db().scalar("SELECT count(*) FROM orders WHERE status = 'assigned'").toInt(), 0);
    }

    void anUnansweredJobGoesBackToTheQueue()
    {
        OrderTimeoutService timeouts(m_ws->services());
        QCOMPARE(timeouts.timeoutMinutes(), int(settings::AcceptTimeoutMinutes.defaultValue));
        const qint64 assignedAt = m_clock;
        const qint64 id = assignedOrder();
        const qint64 before = audits();

        // 29 minutes: still the provider's to answer, and a quiet sweep writes nothing.
        m_clock = assignedAt + 29 * 60;
        QVERIFY(timeouts.overdue().isEmpty());
        QCOMPARE(timeouts.sweep(), 0);
        QCOMPARE(audits(), before);
        QCOMPARE(status(id), QStringLiteral("assigned"));

        m_clock = assignedAt + 30 * 60;
        QCOMPARE(timeouts.overdue(), QList<qint64>{id});
        QCOMPARE(timeouts.sweep(), 1);
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(scalar("SELECT provider_id IS NULL AND planned_start IS NULL FROM orders WHERE id = ?", id), 1);
        // One audited action; the timeline says it was the system, and why.
        QCOMPARE(audits(), before + 1);
        QCOMPARE(db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("order.accept_timeout_sweep"));
        auto e = db().prepare("SELECT event, actor_kind, note FROM order_events WHERE order_id = ? ORDER BY at DESC, id DESC LIMIT 1");
        e.bind(1, id);
        QVERIFY(e.next());
        QCOMPARE(e.text(0), QStringLiteral("timeout"));
        QCOMPARE(e.text(1), QStringLiteral("system"));
        QVERIFY2(e.text(2).contains(QStringLiteral("30")), qPrintable(e.text(2)));
        // The dispatch history ends the assignment; the change is queued for sync.
        QCOMPARE(scalar("SELECT count(*) FROM dispatch_records WHERE order_id = ? AND undone_at IS NULL", id), 0);
        QVERIFY(scalar("SELECT count(*) FROM sync_outbox WHERE entity = 'orders' AND entity_id = ?", id) > 0);

        // A second console sweeping the same minute finds nothing left to do.
        QCOMPARE(timeouts.sweep(), 0);
        QCOMPARE(audits(), before + 1);
    }

    void acceptedAndReassignedJobsAreLeftAlone()
    {
        OrderTimeoutService timeouts(m_ws->services());
        const qint64 t0 = m_clock;
        const qint64 accepted = assignedOrder();
        OrderService(m_ws->services()).apply(accepted, {OrderEvent::Accept, OrderActor::Provider});
        const qint64 late = assignedOrder();
        // Reassigned 20 minutes in: the clock starts again for the new assignment.
        m_clock = t0 + 20 * 60;
        OrderService s(m_ws->services());
        s.apply(late, {OrderEvent::Unassign, OrderActor::Office, QStringLiteral("换人")});
        s.apply(late, {OrderEvent::Assign, OrderActor::Office, {}, m_provider});
        m_clock = t0 + 40 * 60;
        QCOMPARE(timeouts.sweep(), 0);
        QCOMPARE(status(accepted), QStringLiteral("accepted"));
        QCOMPARE(status(late), QStringLiteral("assigned"));
        m_clock = t0 + 50 * 60;
        QCOMPARE(timeouts.sweep(), 1);
        QCOMPARE(status(late), QStringLiteral("awaiting_dispatch"));
    }

    void theTimeoutIsAnOfficeSetting()
    {
        auto admin = Workspace::login(m_path, QStringLiteral("admin"), demo::DemoOptions().password);
        admin->services().setClock([this] { return m_clock; });
        SettingsService(admin->services()).setValue(QStringLiteral("orders.accept_timeout_minutes"), QStringLiteral("0"));
        OrderTimeoutService timeouts(m_ws->services());
        QCOMPARE(timeouts.timeoutMinutes(), 0);
        const qint64 id = assignedOrder();
        m_clock += 6 * 3600;
        QCOMPARE(timeouts.sweep(), 0); // 0: no limit
        QCOMPARE(status(id), QStringLiteral("assigned"));
        SettingsService(admin->services()).setValue(QStringLiteral("orders.accept_timeout_minutes"), QStringLiteral("10"));
        QCOMPARE(timeouts.sweep(), 1);
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
    }

    // Enrolled with a server that owns the timeouts (it said so at hello):
    // this console sweeps no more; enrolled without that word (an older
    // server), or back to the console's care, it sweeps as before.
    void aServerThatOwnsTheTimeoutsStopsTheSweep()
    {
        OrderTimeoutService timeouts(m_ws->services());
        const qint64 id = assignedOrder();
        m_clock += 6 * 3600;
        const auto setMeta = [this](const char *key, const QString &value) {
            db().run("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", QString::fromLatin1(key), value);
        };
        setMeta("sync_url", QStringLiteral("https://sync.test:8443"));
        setMeta("sync_accept_timeouts", QStringLiteral("server"));
        QVERIFY(OrderTimeoutService::serverOwnsTimeouts(db()));
        QVERIFY(!OrderTimeoutService::isDue(db(), m_clock));
        QCOMPARE(timeouts.sweep(), 0);
        QCOMPARE(status(id), QStringLiteral("assigned"));
        setMeta("sync_accept_timeouts", QStringLiteral("console"));
        QVERIFY(OrderTimeoutService::isDue(db(), m_clock));
        QCOMPARE(timeouts.sweep(), 1);
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        db().run("DELETE FROM meta WHERE key IN ('sync_url', 'sync_accept_timeouts')");
    }

    void everyRoleThatSeesOrdersSweeps()
    {
        // The sweep is the console's, not the user's: a service agent's
        // console (no dispatch permission) still sends unanswered jobs back.
        auto agent = Workspace::login(m_path, QStringLiteral("agent"), demo::DemoOptions().password);
        agent->services().setClock([this] { return m_clock; });
        const qint64 id = assignedOrder();
        m_clock += 3600;
        QCOMPARE(OrderTimeoutService(agent->services()).sweep(), 1);
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
    }
};

QTEST_GUILESS_MAIN(TestOrderTimeout)
#include "tst_ordertimeout.moc"
