// Orders through the service layer on a small demo franchise: creation,
// the whole happy path, refusals that write nothing, reasons, roles.
#include "demo/demo_generator.h"
#include "services/order_service.h"
#include "domain/office_time.h"
#include "itemmodels/orders_model.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QSet>

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
        m_item = db.scalar("SELECT id FROM service_items WHERE code = 'clean_basic_2h'").toLongLong();
        const qint64 category = db.scalar("SELECT category_id FROM service_items WHERE id = ?", m_item).toLongLong();
        // Active for the service and working Thursdays 10:00-14:00 (the dispatch rules check hours).
        m_provider = db.scalar("SELECT p.id FROM providers p JOIN provider_skills s ON s.provider_id = p.id"
                               " JOIN provider_hours h ON h.provider_id = p.id AND h.weekday = 4 AND h.start_min <= 600 AND h.end_min >= 840"
                               " WHERE p.status = 'active' AND s.status = 'active' AND s.category_id = ? LIMIT 1", category).toLongLong();
        // A customer in a district the provider serves (chosen, not whatever row an index yields first).
        m_customer = db.scalar("SELECT c.id FROM customers c JOIN provider_districts pd ON pd.district_id = c.district_id"
                               " WHERE pd.provider_id = ? ORDER BY c.id LIMIT 1", m_provider).toLongLong();
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

    void orderNumbersAreUniqueAndReadable()
    {
        // Many orders in the same second from one console: every number is
        // DS + office day + node + a sequence of the day, none twice.
        OrderService s(m_ws->services());
        const qint64 now = m_ws->services().now();
        QSet<QString> seen;
        QString previous;
        for (int i = 0; i < 300; ++i) {
            const qint64 id = s.create({m_customer, m_item, now + 86400, now + 86400 + 7200, {}, {}, false});
            const QString no = m_ws->store().db().scalar("SELECT order_no FROM orders WHERE id = ?", id).toString();
            QCOMPARE(no.size(), 19);
            QVERIFY2(no.startsWith(u"DS" + domain::officeDate(now).remove(u'-')
                                   + QStringLiteral("%1").arg(m_ws->store().nodeId(), 4, 10, QChar(u'0'))),
                     qPrintable(no));
            QVERIFY(!seen.contains(no));
            if (!previous.isEmpty())
                QCOMPARE(no.right(5).toInt(), previous.right(5).toInt() + 1);
            seen.insert(no);
            previous = no;
        }
    }

    void theTimelineNamesTheEventAndWhoCausedIt()
    {
        OrderService s(m_ws->services());
        const qint64 id = newOrder();
        s.apply(id, {OrderEvent::Assign, OrderActor::Office, {}, m_provider});
        s.apply(id, {OrderEvent::Decline, OrderActor::Provider, QStringLiteral("时间冲突")});
        s.apply(id, {OrderEvent::Assign, OrderActor::Office, {}, m_provider});
        s.apply(id, {OrderEvent::Unassign, OrderActor::Office, QStringLiteral("客户要求换人")});
        auto st = m_ws->store().db().prepare("SELECT event, actor_kind, to_status, note FROM order_events WHERE order_id = ? ORDER BY at, id");
        st.bind(1, id);
        QStringList got;
        while (st.next())
            got << st.text(0) + u'|' + st.text(1) + u'|' + st.text(2) + u'|' + st.text(3);
        // Decline and take-back both end in awaiting_dispatch; the timeline still tells them apart.
        QCOMPARE(got, (QStringList{QStringLiteral("|staff|created|"), QStringLiteral("submit|staff|awaiting_dispatch|"),
                                   QStringLiteral("assign|staff|assigned|"), QStringLiteral("decline|provider|awaiting_dispatch|时间冲突"),
                                   QStringLiteral("assign|staff|assigned|"), QStringLiteral("unassign|staff|awaiting_dispatch|客户要求换人")}));
        const auto timeline = itemmodels::orderTimeline(m_ws->store().db(), id);
        QCOMPARE(itemmodels::timelineHeadline(timeline.at(3)), QStringLiteral("Declined by the provider"));
        QCOMPARE(itemmodels::timelineActor(timeline.at(3)), QStringLiteral("provider, recorded by %1").arg(m_ws->session().displayName));
        QCOMPARE(itemmodels::timelineHeadline(timeline.at(5)), QStringLiteral("Taken back from the provider"));
        QCOMPARE(itemmodels::timelineHeadline(timeline.at(0)), QStringLiteral("Order created"));
    }

    void everyReleaseEndsTheAssignmentInTheHistory()
    {
        // Decline, reschedule and cancel release the provider: the dispatch
        // record in force says when it stopped (the order detail's history).
        OrderService s(m_ws->services());
        auto undone = [&](qint64 id) {
            return count("SELECT count(*) FROM dispatch_records WHERE order_id = ? AND undone_at IS NOT NULL", id);
        };
        auto active = [&](qint64 id) { return count("SELECT count(*) FROM dispatch_records WHERE order_id = ? AND undone_at IS NULL", id); };
        const qint64 declined = newOrder();
        s.apply(declined, {OrderEvent::Assign, OrderActor::Office, {}, m_provider});
        QCOMPARE(active(declined), 1);
        s.apply(declined, {OrderEvent::Decline, OrderActor::Provider, QStringLiteral("生病")});
        QCOMPARE(active(declined), 0);
        QCOMPARE(undone(declined), 1);

        const qint64 moved = newOrder();
        s.apply(moved, {OrderEvent::Assign, OrderActor::Office, {}, m_provider});
        OrderChange r{OrderEvent::Reschedule, OrderActor::Customer, QStringLiteral("改期")};
        r.newWindowStart = 1804125600 + qint64(m_weeks++) * 7 * 86400;
        r.newWindowEnd = r.newWindowStart + 7200;
        s.apply(moved, r);
        QCOMPARE(active(moved), 0);
        QCOMPARE(undone(moved), 1);

        const qint64 cancelled = newOrder();
        s.apply(cancelled, {OrderEvent::Assign, OrderActor::Office, {}, m_provider});
        s.apply(cancelled, {OrderEvent::Accept, OrderActor::Provider});
        s.apply(cancelled, {OrderEvent::Cancel, OrderActor::Customer, QStringLiteral("不需要了")});
        QCOMPARE(active(cancelled), 0);
        QCOMPARE(undone(cancelled), 1);
    }

    void nobodyRecordsSystemEventsByHand()
    {
        OrderService s(m_ws->services());
        const qint64 id = newOrder();
        s.apply(id, {OrderEvent::Assign, OrderActor::Office, {}, m_provider});
        try {
            s.apply(id, {OrderEvent::Timeout, OrderActor::System});
            QFAIL("a person recorded a timeout");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Invalid);
        }
        QCOMPARE(m_ws->store().db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(), QStringLiteral("assigned"));
    }

    void urgentOrdersAndCustomersWithoutAPin()
    {
        // A customer added on the phone has a district but no map pin: the
        // order is placed at the district's centre (travel is computed from it).
        auto &db = m_ws->store().db();
        const qint64 district = db.scalar("SELECT id FROM districts ORDER BY adcode LIMIT 1").toLongLong();
        const qint64 pinless = m_ws->store().newId();
        db.run("INSERT INTO customers(id, office_id, name, phone, district_id, address, created_at, updated_at) SELECT ?, office_id, '钱多多', '13900001111', ?,"
               " '某路1号', 0, 0 FROM customers LIMIT 1", pinless, district);
        NewOrder n{pinless, m_item, 1804125600, 1804125600 + 7200, {}, QStringLiteral("  带鞋套  "), true};
        n.priority = 1;
        const qint64 id = OrderService(m_ws->services()).create(n);
        QCOMPARE(db.scalar("SELECT lat FROM orders WHERE id = ?", id).toDouble(), db.scalar("SELECT lat FROM districts WHERE id = ?", district).toDouble());
        QCOMPARE(db.scalar("SELECT priority FROM orders WHERE id = ?", id).toInt(), 1);
        QCOMPARE(db.scalar("SELECT note FROM orders WHERE id = ?", id).toString(), QStringLiteral("带鞋套"));
        const qint64 nowhere = m_ws->store().newId();
        db.run("INSERT INTO customers(id, office_id, name, phone, address, created_at, updated_at) SELECT ?, office_id, '孙无址', '13900002222', '', 0, 0"
               " FROM customers LIMIT 1", nowhere);
        try {
            OrderService(m_ws->services()).create({nowhere, m_item, 1804125600, 1804125600 + 7200, QStringLiteral("某路2号"), {}, true});
            QFAIL("an order without any location");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Invalid);
        }
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
