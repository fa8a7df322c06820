// Orders through the service layer on a small demo franchise: creation,
// the whole happy path, refusals that write nothing, reasons, roles.
#include "demo/demo_generator.h"
#include "services/order_service.h"
#include "services/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;
using domain::OrderActor;
using domain::OrderEvent;
using domain::OrderStatus;

class TestOrderService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_customer = 0, m_item = 0, m_provider = 0, m_unqualified = 0;
    int m_weeks = 0;

    // Thursdays 10:00-12:00 Shanghai from 2027-03-04, one week apart, so the
    // orders of different test functions never clash on the provider's day.
    qint64 newOrder()
    {
        const qint64 start = 1804125600 + qint64(m_weeks++) * 7 * 86400;
        return OrderService(m_ws->services()).create({m_customer, m_item, start, start + 7200, {}, {}, true});
    }
    qint64 count(const QByteArray &sql, qint64 id) { return m_ws->store().db().scalar(sql, id).toLongLong(); }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("orders.doorstep"));
        demo::DemoOptions o;
        o.providers = 60;
        o.orders = 200;
        o.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(m_path, o);
        m_ws = Workspace::login(m_path, QStringLiteral("dispatcher"), o.password);
        auto &db = m_ws->store().db();
        m_customer = db.scalar("SELECT id FROM customers LIMIT 1").toLongLong();
        m_item = db.scalar("SELECT id FROM service_items WHERE code = 'clean_basic_2h'").toLongLong();
        const qint64 category = db.scalar("SELECT category_id FROM service_items WHERE id = ?", m_item).toLongLong();
        // Active for the service and working Thursdays 10:00-14:00 (the dispatch rules check hours).
        m_provider = db.scalar("SELECT p.id FROM providers p JOIN provider_skills s ON s.provider_id = p.id"
                               " JOIN provider_hours h ON h.provider_id = p.id AND h.weekday = 4 AND h.start_min <= 600 AND h.end_min >= 840"
                               " WHERE p.status = 'active' AND s.status = 'active' AND s.category_id = ? LIMIT 1", category).toLongLong();
        m_unqualified = db.scalar("SELECT p.id FROM providers p WHERE p.status = 'active' AND NOT EXISTS (SELECT 1 FROM provider_skills s"
                                  " WHERE s.provider_id = p.id AND s.category_id = ?) LIMIT 1", category).toLongLong();
        QVERIFY(m_customer && m_item && m_provider && m_unqualified);
    }

    void theWholeLifeOfAnOrder()
    {
        OrderService s(m_ws->services());
        const qint64 id = newOrder();
        QCOMPARE(m_ws->store().db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(m_ws->store().db().scalar("SELECT price_fen FROM orders WHERE id = ?", id).toInt(), 11800);
        QCOMPARE(s.apply(id, {OrderEvent::Assign, OrderActor::Office, {}, m_provider}), OrderStatus::Assigned);
        QCOMPARE(count("SELECT provider_id FROM orders WHERE id = ?", id), m_provider);
        QCOMPARE(count("SELECT count(*) FROM dispatch_records WHERE order_id = ? AND mode = 'manual'", id), 1);
        QCOMPARE(s.apply(id, {OrderEvent::Accept, OrderActor::Provider}), OrderStatus::Accepted);
        QCOMPARE(s.apply(id, {OrderEvent::Depart, OrderActor::Provider}), OrderStatus::OnTheWay);
        QCOMPARE(s.apply(id, {OrderEvent::Start, OrderActor::Provider}), OrderStatus::InService);
        QCOMPARE(s.apply(id, {OrderEvent::Complete, OrderActor::Provider}), OrderStatus::Completed);
        OrderChange rate{OrderEvent::Rate, OrderActor::Customer};
        rate.stars = 5;
        rate.comment = QStringLiteral("很满意");
        // Supervisors (provider quality) may not record ratings; a service agent can.
        auto supervisor = Workspace::login(m_path, QStringLiteral("supervisor"), demo::DemoOptions().password);
        QVERIFY_THROWS_EXCEPTION(ServiceError, OrderService(supervisor->services()).apply(id, rate));
        auto agent = Workspace::login(m_path, QStringLiteral("agent"), demo::DemoOptions().password);
        const qint64 ratingsBefore = count("SELECT rating_count FROM providers WHERE id = ?", m_provider);
        QCOMPARE(OrderService(agent->services()).apply(id, rate), OrderStatus::Rated);
        QCOMPARE(count("SELECT stars FROM ratings WHERE order_id = ?", id), 5);
        // The provider's rating summary moves with the rating (provider_ratings hook).
        QCOMPARE(count("SELECT rating_count FROM providers WHERE id = ?", m_provider), ratingsBefore + 1);
        // The timeline: created, awaiting, assigned, accepted, on the way, in service, completed, rated.
        QCOMPARE(count("SELECT count(*) FROM order_events WHERE order_id = ?", id), 8);
        QCOMPARE(agent->store().db().scalar("SELECT to_status FROM order_events WHERE order_id = ? ORDER BY at DESC, id DESC LIMIT 1", id).toString(),
                 QStringLiteral("rated"));
    }

    void aForbiddenTransitionWritesNothing()
    {
        OrderService s(m_ws->services());
        const qint64 id = newOrder();
        const qint64 events = count("SELECT count(*) FROM order_events WHERE order_id = ?", id);
        const qint64 audits = m_ws->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong();
        try {
            s.apply(id, {OrderEvent::Complete, OrderActor::Office});
            QFAIL("completed an order nobody was assigned to");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Conflict);
            QVERIFY(e.message().contains(QStringLiteral("Awaiting dispatch")));
        }
        QCOMPARE(count("SELECT count(*) FROM order_events WHERE order_id = ?", id), events);
        QCOMPARE(m_ws->store().db().scalar("SELECT count(*) FROM audit_log").toLongLong(), audits);
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.apply(id, {OrderEvent::Assign, OrderActor::Office, {}, m_unqualified}));
        QCOMPARE(m_ws->store().db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(), QStringLiteral("awaiting_dispatch"));
    }

    void declineAndCancelNeedReasons()
    {
        OrderService s(m_ws->services());
        const qint64 id = newOrder();
        s.apply(id, {OrderEvent::Assign, OrderActor::Office, {}, m_provider});
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.apply(id, {OrderEvent::Decline, OrderActor::Provider}));
        QCOMPARE(s.apply(id, {OrderEvent::Decline, OrderActor::Provider, QStringLiteral("时间冲突")}), OrderStatus::AwaitingDispatch);
        QCOMPARE(count("SELECT provider_id IS NULL FROM orders WHERE id = ?", id), 1);
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.apply(id, {OrderEvent::Cancel, OrderActor::Customer, QStringLiteral("  ")}));
        QCOMPARE(s.apply(id, {OrderEvent::Cancel, OrderActor::Customer, QStringLiteral("客户行程有变")}), OrderStatus::Cancelled);
        QCOMPARE(m_ws->store().db().scalar("SELECT cancel_reason FROM orders WHERE id = ?", id).toString(), QStringLiteral("客户行程有变"));
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.apply(id, {OrderEvent::Submit, OrderActor::Office}));
    }

    void rescheduleReleasesTheProvider()
    {
        OrderService s(m_ws->services());
        const qint64 id = newOrder();
        s.apply(id, {OrderEvent::Assign, OrderActor::Office, {}, m_provider});
        OrderChange r{OrderEvent::Reschedule, OrderActor::Customer, QStringLiteral("改到周末")};
        r.newWindowStart = 1795200000;
        r.newWindowEnd = 1795207200;
        QCOMPARE(s.apply(id, r), OrderStatus::AwaitingDispatch);
        QCOMPARE(count("SELECT window_start FROM orders WHERE id = ?", id), qint64(1795200000));
        QCOMPARE(count("SELECT provider_id IS NULL FROM orders WHERE id = ?", id), 1);
    }

    void managersCannotTouchOrders()
    {
        auto manager = Workspace::login(m_path, QStringLiteral("manager"), demo::DemoOptions().password);
        OrderService s(manager->services());
        QVERIFY_THROWS_EXCEPTION(ServiceError, s.create({m_customer, m_item, 1795000000, 1795007200, {}, {}, true}));
        const qint64 id = newOrder();
        try {
            s.apply(id, {OrderEvent::Cancel, OrderActor::Office, QStringLiteral("x")});
            QFAIL("a manager cancelled an order");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
        }
    }
};

QTEST_GUILESS_MAIN(TestOrderService)
#include "tst_orderservice.moc"
