// Return visits (返工) from a complaint: a free order linked to the original
// and to the complaint, straight into the dispatch queue, dispatched like any
// order. "Another provider" is a hard rule for manual and automatic dispatch
// (the original provider is refused as a blocked one); "the same provider"
// makes them the order's preferred provider. The complaint shows the visit's
// state. On a small demo store, so providers have skills, districts and hours.
#include "demo/demo_generator.h"
#include "itemmodels/complaint_detail.h"
#include "services/auto_dispatch_service.h"
#include "services/complaint_service.h"
#include "services/dispatch_service.h"
#include "services/order_service.h"
#include "services/return_visit.h"
#include "services/workspace.h"
#include "store/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;
using domain::ReserviceProvider;

class TestReturnVisit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_dispatcher, m_agent;
    qint64 m_customer = 0, m_item = 0, m_p1 = 0, m_p2 = 0, m_district = 0;
    static constexpr qint64 kThursday10 = 1804125600; // 2027-03-04 10:00 Shanghai
    int m_weeks = 0;

    store::Database &db() { return m_dispatcher->store().db(); }
    QVariant value(const QByteArray &sql, qint64 id) { return db().scalar(sql, id); }
    qint64 nextThursday() { return kThursday10 + qint64(m_weeks++) * 7 * 86400; }

    // An order p1 served, with a complaint the agent took.
    qint64 complaintAboutP1()
    {
        const qint64 day = nextThursday();
        const qint64 order = OrderService(m_dispatcher->services()).create({m_customer, m_item, day, day + 7200, {}, {}, true});
        DispatchService(m_dispatcher->services()).assign(order, m_p1, day + 1800, false);
        return ComplaintService(m_agent->services())
            .open({order, domain::ComplaintCategory::Quality, domain::ComplaintSeverity::Medium, domain::CustomerAsk::ReturnVisit,
                   QStringLiteral("卫生间没打扫"), true})
            .id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("returns.doorstep"));
        demo::DemoOptions o;
        o.providers = 80;
        o.orders = 100;
        o.kdf = store::KdfParams::fastForTests();
        demo::createDemoStore(path, o);
        m_dispatcher = Workspace::login(path, QStringLiteral("dispatcher"), o.password);
        m_agent = Workspace::login(path, QStringLiteral("agent"), o.password);
        m_item = db().scalar("SELECT id FROM service_items WHERE code = 'clean_basic_2h'").toLongLong();
        // Two providers of the service in one district, working Thursdays 9–16, and a customer there.
        auto st = db().prepare("SELECT p.id, pd.district_id FROM providers p JOIN provider_skills s ON s.provider_id = p.id"
                               " JOIN provider_districts pd ON pd.provider_id = p.id"
                               " JOIN provider_hours h ON h.provider_id = p.id AND h.weekday = 4 AND h.start_min <= 540 AND h.end_min >= 960"
                               " WHERE p.status = 'active' AND s.status = 'active' AND s.category_id = ?"
                               " AND EXISTS (SELECT 1 FROM customers c WHERE c.district_id = pd.district_id AND c.lat IS NOT NULL AND c.erased_at IS NULL)"
                               " ORDER BY pd.district_id, p.id");
        st.bind(1, value("SELECT category_id FROM service_items WHERE id = ?", m_item).toLongLong());
        qint64 lastDistrict = 0, lastProvider = 0;
        while (!m_district && st.next()) {
            if (st.int64(1) == lastDistrict) {
                m_p1 = lastProvider;
                m_p2 = st.int64(0);
                m_district = lastDistrict;
            }
            lastDistrict = st.int64(1);
            lastProvider = st.int64(0);
        }
        QVERIFY(m_p1 && m_p2);
        m_customer = db().scalar("SELECT id FROM customers WHERE district_id = ? AND lat IS NOT NULL AND erased_at IS NULL LIMIT 1", m_district)
                         .toLongLong();
        // Generous soft thresholds so only the rule a test sets up speaks.
        db().exec("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES ('dispatch.long_travel_minutes', '600', 0),"
                  " ('dispatch.low_rating_x100', '0', 0), ('dispatch.heavy_day_jobs', '99', 0)");
        db().exec("UPDATE providers SET daily_job_limit = 6");
    }

    void anotherProviderIsAHardRule()
    {
        const qint64 complaint = complaintAboutP1();
        const qint64 original = value("SELECT order_id FROM complaints WHERE id = ?", complaint).toLongLong();
        const qint64 day = nextThursday();
        const auto made = ReturnVisitService(m_agent->services())
                              .create({complaint, ReserviceProvider::Another, day, day + 7200, QStringLiteral("带好清洁剂")});
        // Free, the original service and address, linked, waiting for dispatch.
        QCOMPARE(value("SELECT price_fen FROM orders WHERE id = ?", made.orderId).toLongLong(), 0);
        QCOMPARE(value("SELECT status FROM orders WHERE id = ?", made.orderId).toString(), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(value("SELECT reservice_of FROM orders WHERE id = ?", made.orderId).toLongLong(), original);
        QCOMPARE(value("SELECT reservice_complaint_id FROM orders WHERE id = ?", made.orderId).toLongLong(), complaint);
        QCOMPARE(value("SELECT address FROM orders WHERE id = ?", made.orderId), value("SELECT address FROM orders WHERE id = ?", original));
        QCOMPARE(value("SELECT service_item_id FROM orders WHERE id = ?", made.orderId).toLongLong(), m_item);
        QCOMPARE(value("SELECT count(*) FROM order_events WHERE order_id = ?", made.orderId).toInt(), 2);
        QCOMPARE(value("SELECT action FROM audit_log WHERE entity = 'orders' AND entity_id = ?", made.orderId).toString(),
                 QStringLiteral("complaint.return_visit"));

        // Manual dispatch: the original provider is refused by the rules, by name; another is fine.
        DispatchService dispatch(m_dispatcher->services());
        const PlacementCheck refused = dispatch.check(made.orderId, m_p1, day + 1800);
        QVERIFY(!refused.allowed());
        QCOMPARE(refused.verdict.firstHard()->rule, dispatch::Rule::CustomerBlocked);
        QVERIFY_THROWS_EXCEPTION(ServiceError, dispatch.assign(made.orderId, m_p1, day + 1800, true));
        const PlacementCheck ok = dispatch.check(made.orderId, m_p2, day + 1800);
        QVERIFY2(ok.allowed(), qPrintable(ok.hard.join(u' ')));
        dispatch.assign(made.orderId, m_p2, day + 1800, true);

        // Its state shows on the complaint.
        const auto detail = itemmodels::loadComplaintDetail(db(), m_agent->session(), complaint);
        QVERIFY(detail);
        QCOMPARE(detail->returnVisits.size(), 1);
        QCOMPARE(detail->returnVisits.first().orderNo, made.orderNo);
        QCOMPARE(detail->returnVisits.first().statusKey, QStringLiteral("assigned"));
        QCOMPARE(detail->returnVisits.first().providerChoiceKey, QStringLiteral("another"));
        QVERIFY(!detail->returnVisits.first().provider.isEmpty());
        // Ordered and dispatched, on the complaint's timeline with who did it.
        QStringList visits;
        for (const auto &e : detail->timeline)
            if (e.kind.startsWith(u"return_visit"))
                visits.append(e.staff + u": " + e.sentence);
        QCOMPARE(visits, (QStringList{m_agent->session().displayName + QStringLiteral(": Return visit %1 ordered: 带好清洁剂").arg(made.orderNo),
                                      m_dispatcher->session().displayName + QStringLiteral(": Return visit %1 dispatched").arg(made.orderNo)}));

        // One at a time: a second while this one is not done is refused.
        try {
            ReturnVisitService(m_agent->services()).create({complaint, ReserviceProvider::Same, day, day + 7200, {}});
            QFAIL("two return visits at once");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Conflict);
            QVERIFY(e.message().contains(made.orderNo));
        }

        // The provider reports it done by phone: on the timeline too.
        OrderService orders(m_dispatcher->services());
        using domain::OrderEvent;
        for (OrderEvent step : {OrderEvent::Accept, OrderEvent::Depart, OrderEvent::Start, OrderEvent::Complete})
            orders.apply(made.orderId, {step, domain::OrderActor::Provider, {}});
        const auto done = itemmodels::loadComplaintDetail(db(), m_agent->session(), complaint);
        QCOMPARE(done->timeline.last().kind, QStringLiteral("return_visit_completed"));
        QCOMPARE(done->timeline.last().sentence, QStringLiteral("Return visit %1 done").arg(made.orderNo));
    }

    void autoDispatchKeepsToTheCustomersChoice()
    {
        const qint64 day = nextThursday();
        const auto another = ReturnVisitService(m_agent->services()).create({complaintAboutP1(), ReserviceProvider::Another, day, day + 7200, {}});
        const auto same = ReturnVisitService(m_agent->services()).create({complaintAboutP1(), ReserviceProvider::Same, day, day + 7200, {}});
        QCOMPARE(value("SELECT preferred_provider_id FROM orders WHERE id = ?", same.orderId).toLongLong(), m_p1);
        QVERIFY(value("SELECT preferred_provider_id FROM orders WHERE id = ?", another.orderId).isNull());
        AutoDispatchService service(m_dispatcher->services());
        const AutoDispatchSnapshot s = service.snapshot(AutoDispatchSelection::wholeDay(day, m_district), {});
        bool sawSame = false, sawAnother = false;
        for (const auto &o : s.input.orders) {
            if (o.order.orderId == same.orderId) {
                sawSame = true;
                QCOMPARE(qint64(o.preferredProviderId), m_p1);
            }
            if (o.order.orderId == another.orderId) {
                sawAnother = true;
                QVERIFY(std::find(o.order.blockedProviders.begin(), o.order.blockedProviders.end(), m_p1) != o.order.blockedProviders.end());
            }
        }
        QVERIFY(sawSame && sawAnother);
        const auto result = AutoDispatchService::plan(s, 0, nullptr);
        for (const auto &o : result.outcomes)
            if (o.assigned && o.orderId == another.orderId)
                QVERIFY(o.providerId != m_p1);
    }

    void notFromAClosedComplaintNorWithoutAWindow()
    {
        const qint64 complaint = complaintAboutP1();
        const qint64 day = nextThursday();
        QVERIFY_THROWS_EXCEPTION(ServiceError, ReturnVisitService(m_agent->services()).create({complaint, ReserviceProvider::Same, day, day, {}}));
        ComplaintService(m_agent->services()).move(complaint, {domain::ComplaintStatus::Rejected, QStringLiteral("不属实"), {}});
        QVERIFY_THROWS_EXCEPTION(ServiceError,
                                 ReturnVisitService(m_agent->services()).create({complaint, ReserviceProvider::Same, day, day + 7200, {}}));
        // A dispatcher does not handle complaints.
        try {
            ReturnVisitService(m_dispatcher->services()).create({complaintAboutP1(), ReserviceProvider::Same, day, day + 7200, {}});
            QFAIL("a dispatcher made a return visit");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
        }
    }
};

QTEST_GUILESS_MAIN(TestReturnVisit)
#include "tst_returnvisit.moc"
