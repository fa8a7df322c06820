// Refunds through the spine: the never-more-than-paid rule (also with two
// sessions requesting at the same moment on one store file), four-eyes
// approval around each staff member's refund limit, rejection with a reason,
// marking paid and the order's payment status, and the office default limit
// of new staff.
#include "domain/money.h"
#include "itemmodels/complaint_detail.h"
#include "services/complaint_service.h"
#include "services/customer_service.h"
#include "services/order_service.h"
#include "services/refund_service.h"
#include "services/settings_service.h"
#include "services/staff_service.h"
#include "test_store.h"

#include <QTest>

#include <atomic>
#include <latch>
#include <mutex>
#include <thread>

using namespace doorstep;
using namespace doorstep::services;

class TestRefundService : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Workspace> m_admin, m_agent, m_agent2, m_manager;
    qint64 m_customer = 0, m_item = 0;
    qint64 m_now = 1795000000;

    store::Database &db() { return m_admin->store().db(); }
    QVariant value(const QByteArray &sql, qint64 id) { return db().scalar(sql, id); }

    // A fresh order of 118.00 yuan, paid (or not), with a complaint the agent took.
    qint64 paidComplaint(bool paid = true)
    {
        const qint64 order = OrderService(m_admin->services()).create({m_customer, m_item, 1795000000, 1795007200, QStringLiteral("徐汇区"), {}, true});
        m_admin->services().perform(Permission::DemoSeed, QStringLiteral("test.payment"), [&](ActionContext &ctx) {
            ctx.db().run("UPDATE orders SET status = 'completed', payment_status = ? WHERE id = ?",
                         paid ? QStringLiteral("paid") : QStringLiteral("unpaid"), order);
        });
        return ComplaintService(m_agent->services())
            .open({order, domain::ComplaintCategory::Quality, domain::ComplaintSeverity::Medium, domain::CustomerAsk::Refund,
                   QStringLiteral("没打扫干净"), true})
            .id;
    }
    qint64 orderOf(qint64 complaint) { return value("SELECT order_id FROM complaints WHERE id = ?", complaint).toLongLong(); }

    static ServiceError::Kind refusal(const std::function<void()> &f)
    {
        try {
            f();
        } catch (const ServiceError &e) {
            return e.kind();
        }
        return ServiceError::Kind(-1);
    }

private slots:
    void initTestCase()
    {
        m_admin = tests::makeWorkspace(m_dir);
        m_path = m_admin->store().path();
        StaffService staff(m_admin->services());
        staff.setKdf(store::KdfParams::fastForTests());
        staff.add({QStringLiteral("li.na"), QStringLiteral("李娜"), Role::ServiceAgent, QString(), QStringLiteral("agent-pass")});
        staff.add({QStringLiteral("wang.fang"), QStringLiteral("王芳"), Role::ServiceAgent, QString(), QStringLiteral("agent-pass")});
        staff.add({QStringLiteral("boss"), QStringLiteral("经理"), Role::Manager, QString(), QStringLiteral("manager-pass")});
        m_customer = CustomerService(m_admin->services()).add({QStringLiteral("王秀英"), QStringLiteral("13912345678"), {}, 0, {}, 0, 0, {}});
        m_item = m_admin->services().perform(Permission::DemoSeed, QStringLiteral("catalog.add_item"), [&](ActionContext &ctx) {
            const qint64 category = ctx.newId();
            const qint64 item = ctx.newId();
            ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (?, 'cleaning', '日常保洁', 'Cleaning')", category);
            ctx.db().run("INSERT INTO service_items(id, category_id, code, name, name_en, price_fen, duration_min)"
                         " VALUES (?, ?, 'clean_2h', '日常保洁 2小时', 'Cleaning, 2 hours', 11800, 120)", item, category);
            return item;
        });
        m_agent = Workspace::login(m_path, QStringLiteral("li.na"), QStringLiteral("agent-pass"));
        m_agent2 = Workspace::login(m_path, QStringLiteral("wang.fang"), QStringLiteral("agent-pass"));
        m_manager = Workspace::login(m_path, QStringLiteral("boss"), QStringLiteral("manager-pass"));
        for (Workspace *ws : {m_admin.get(), m_agent.get(), m_agent2.get(), m_manager.get()})
            ws->services().setClock([this] { return m_now; });
    }

    void newStaffGetTheOfficeDefaultLimit()
    {
        // The default: 500.00 yuan.
        QCOMPARE(value("SELECT refund_limit_fen FROM staff WHERE id = ?", m_agent->session().staffId).toLongLong(), 50000);
        SettingsService(m_admin->services()).set({{&settings::RefundDefaultLimitFen, 20000}});
        StaffService staff(m_admin->services());
        staff.setKdf(store::KdfParams::fastForTests());
        const qint64 id = staff.add({QStringLiteral("zhao"), QStringLiteral("赵敏"), Role::ServiceAgent, QString(), QStringLiteral("agent-pass")});
        QCOMPARE(value("SELECT refund_limit_fen FROM staff WHERE id = ?", id).toLongLong(), 20000);
        SettingsService(m_admin->services()).set({{&settings::RefundDefaultLimitFen, 50000}});
    }

    void anAgentApprovesTheirOwnRequestWithinTheLimit()
    {
        const qint64 complaint = paidComplaint();
        RefundService agent(m_agent->services());
        const qint64 id = agent.request({complaint, 3050, QStringLiteral("部分退款：厨房没擦")});
        QCOMPARE(value("SELECT status FROM refunds WHERE id = ?", id).toString(), QStringLiteral("requested"));
        QCOMPARE(value("SELECT order_id FROM refunds WHERE id = ?", id).toLongLong(), orderOf(complaint));
        agent.approve(id);
        QCOMPARE(value("SELECT status FROM refunds WHERE id = ?", id).toString(), QStringLiteral("approved"));
        QCOMPARE(value("SELECT approved_by FROM refunds WHERE id = ?", id).toLongLong(), m_agent->session().staffId);
        // Each step one audited action, queued for sync; the reason stays out of the audit entry.
        QCOMPARE(value("SELECT count(*) FROM audit_log WHERE entity = 'refunds' AND entity_id = ?", id).toInt(), 2);
        QCOMPARE(value("SELECT action FROM audit_log WHERE entity = 'refunds' AND entity_id = ? ORDER BY seq DESC LIMIT 1", id).toString(),
                 QStringLiteral("refund.approve"));
        QVERIFY(!value("SELECT detail FROM audit_log WHERE entity = 'refunds' AND entity_id = ? LIMIT 1", id).toString().contains(u"厨房"));
        QCOMPARE(value("SELECT count(*) FROM sync_outbox WHERE entity = 'refunds' AND entity_id = ?", id).toInt(), 2);
        // Decided is decided.
        QCOMPARE(refusal([&] { agent.approve(id); }), ServiceError::Kind::Conflict);
    }

    void aboveTheLimitSomeoneElseApproves()
    {
        const qint64 complaint = paidComplaint();
        m_admin->services().perform(Permission::DemoSeed, QStringLiteral("test.limit"), [&](ActionContext &ctx) {
            ctx.db().run("UPDATE staff SET refund_limit_fen = 2000 WHERE id = ?", m_agent->session().staffId);
        });
        const qint64 id = RefundService(m_agent->services()).request({complaint, 5000, QStringLiteral("退一半")});
        // Not the requester: 50.00 is above their 20.00.
        try {
            RefundService(m_agent->services()).approve(id);
            QFAIL("approved above the requester's own limit");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Conflict);
            QVERIFY2(e.message().contains(QStringLiteral("¥20.00")), qPrintable(e.message()));
        }
        // Not another agent: approving someone else's request is a manager's.
        QCOMPARE(refusal([&] { RefundService(m_agent2->services()).approve(id); }), ServiceError::Kind::PermissionDenied);
        QCOMPARE(value("SELECT status FROM refunds WHERE id = ?", id).toString(), QStringLiteral("requested"));
        RefundService(m_manager->services()).approve(id);
        QCOMPARE(value("SELECT approved_by FROM refunds WHERE id = ?", id).toLongLong(), m_manager->session().staffId);

        // An administrator's own request above their limit: never by themselves either.
        const qint64 big = RefundService(m_admin->services()).request({paidComplaint(), 11800, QStringLiteral("全额退款")});
        m_admin->services().perform(Permission::DemoSeed, QStringLiteral("test.limit"), [&](ActionContext &ctx) {
            ctx.db().run("UPDATE staff SET refund_limit_fen = 10000 WHERE id = ?", ctx.actor().staffId);
        });
        QCOMPARE(refusal([&] { RefundService(m_admin->services()).approve(big); }), ServiceError::Kind::Conflict);
        RefundService(m_manager->services()).approve(big);
        m_admin->services().perform(Permission::DemoSeed, QStringLiteral("test.limit"), [&](ActionContext &ctx) {
            ctx.db().run("UPDATE staff SET refund_limit_fen = 50000");
        });
    }

    void neverMoreThanWasPaid()
    {
        const qint64 complaint = paidComplaint();
        RefundService agent(m_agent->services());
        const qint64 first = agent.request({complaint, 8000, QStringLiteral("退 80")});
        // 38.00 left of 118.00: 40.00 is refused, naming what is left.
        try {
            agent.request({complaint, 4000, QStringLiteral("再退 40")});
            QFAIL("refunded more than was paid");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Conflict);
            QVERIFY2(e.message().contains(QStringLiteral("¥38.00")) && e.message().contains(QStringLiteral("¥118.00")), qPrintable(e.message()));
        }
        const qint64 rest = agent.request({complaint, 3800, QStringLiteral("余下 38")});
        QCOMPARE(RefundService::refundableFen(db(), orderOf(complaint)), 0);
        QCOMPARE(refusal([&] { agent.request({complaint, 1, QStringLiteral("一分")}); }), ServiceError::Kind::Conflict);
        // Approved ones count as much as requested ones; a rejected one frees its amount.
        agent.approve(first);
        QCOMPARE(refusal([&] { agent.request({complaint, 1, QStringLiteral("一分")}); }), ServiceError::Kind::Conflict);
        QCOMPARE(refusal([&] { agent.reject(rest, {}); }), ServiceError::Kind::Invalid); // why?
        agent.reject(rest, QStringLiteral("客户改为返工"));
        QCOMPARE(value("SELECT reject_reason FROM refunds WHERE id = ?", rest).toString(), QStringLiteral("客户改为返工"));
        QCOMPARE(value("SELECT rejected_by FROM refunds WHERE id = ?", rest).toLongLong(), m_agent->session().staffId);
        QCOMPARE(RefundService::refundableFen(db(), orderOf(complaint)), 3800);
        agent.request({complaint, 3800, QStringLiteral("余下 38")});
        // Nothing on an unpaid order; nothing without a reason or amount.
        const qint64 unpaid = paidComplaint(false);
        QCOMPARE(refusal([&] { agent.request({unpaid, 100, QStringLiteral("退款")}); }), ServiceError::Kind::Conflict);
        QCOMPARE(refusal([&] { agent.request({complaint, 0, QStringLiteral("退款")}); }), ServiceError::Kind::Invalid);
        QCOMPARE(refusal([&] { agent.request({complaint, 100, QStringLiteral("  ")}); }), ServiceError::Kind::Invalid);
        // A dispatcher-like role without RefundIssue: the manager may approve but not request.
        QCOMPARE(refusal([&] { RefundService(m_manager->services()).request({complaint, 1, QStringLiteral("退款")}); }),
                 ServiceError::Kind::PermissionDenied);
    }

    void rejectingSomeoneElsesRequestIsAManagersDecision()
    {
        const qint64 id = RefundService(m_agent->services()).request({paidComplaint(), 1000, QStringLiteral("退 10")});
        QCOMPARE(refusal([&] { RefundService(m_agent2->services()).reject(id, QStringLiteral("不同意")); }), ServiceError::Kind::PermissionDenied);
        RefundService(m_manager->services()).reject(id, QStringLiteral("已上门返工，不退款"));
        QCOMPARE(value("SELECT status FROM refunds WHERE id = ?", id).toString(), QStringLiteral("rejected"));
        QCOMPARE(value("SELECT rejected_by FROM refunds WHERE id = ?", id).toLongLong(), m_manager->session().staffId);
        QCOMPARE(refusal([&] { RefundService(m_manager->services()).approve(id); }), ServiceError::Kind::Conflict);
    }

    void aManagerMarksPaidAndThePaymentFollows()
    {
        const qint64 complaint = paidComplaint();
        const qint64 order = orderOf(complaint);
        RefundService agent(m_agent->services());
        const qint64 part = agent.request({complaint, 1800, QStringLiteral("退 18")});
        QCOMPARE(refusal([&] { RefundService(m_manager->services()).markPaid(part); }), ServiceError::Kind::Conflict); // not approved
        agent.approve(part);
        QCOMPARE(refusal([&] { agent.markPaid(part); }), ServiceError::Kind::PermissionDenied);
        m_now += 3600;
        RefundService(m_manager->services()).markPaid(part);
        QCOMPARE(value("SELECT status FROM refunds WHERE id = ?", part).toString(), QStringLiteral("paid"));
        QCOMPARE(value("SELECT paid_by FROM refunds WHERE id = ?", part).toLongLong(), m_manager->session().staffId);
        QCOMPARE(value("SELECT paid_at FROM refunds WHERE id = ?", part).toLongLong(), m_now);
        QCOMPARE(value("SELECT payment_status FROM orders WHERE id = ?", order).toString(), QStringLiteral("partially_refunded"));
        // The rest: the order is refunded in full, and nothing is left.
        const qint64 rest = agent.request({complaint, 10000, QStringLiteral("退余款")});
        agent.approve(rest);
        RefundService(m_manager->services()).markPaid(rest);
        QCOMPARE(value("SELECT payment_status FROM orders WHERE id = ?", order).toString(), QStringLiteral("refunded"));
        QCOMPARE(RefundService::refundableFen(db(), order), 0);
        QCOMPARE(refusal([&] { agent.request({complaint, 1, QStringLiteral("再退")}); }), ServiceError::Kind::Conflict);
    }

    // An order the customer paid in the app (the server's orders row says
    // so: paid_through): the platform pays its approved refunds back through
    // its payment provider, so nobody marks one paid by hand, and the
    // complaint's detail says who pays.
    void aRefundOfAnAppPaymentIsNotMarkedPaidByHand()
    {
        const qint64 complaint = paidComplaint();
        const qint64 order = orderOf(complaint);
        m_admin->services().perform(Permission::DemoSeed, QStringLiteral("test.payment"), [&](ActionContext &ctx) {
            ctx.db().run("UPDATE orders SET paid_through = 'platform' WHERE id = ?", order); // as the pull writes it
        });
        RefundService agent(m_agent->services());
        const qint64 id = agent.request({complaint, 1800, QStringLiteral("退 18")});
        agent.approve(id);
        QCOMPARE(refusal([&] { RefundService(m_manager->services()).markPaid(id); }), ServiceError::Kind::Conflict);
        QCOMPARE(value("SELECT status FROM refunds WHERE id = ?", id).toString(), QStringLiteral("approved"));
        QCOMPARE(value("SELECT payment_status FROM orders WHERE id = ?", order).toString(), QStringLiteral("paid"));
        QCOMPARE(value("SELECT count(*) FROM audit_log WHERE entity = 'refunds' AND entity_id = ? AND action = 'refund.mark_paid'", id).toInt(), 0);
        auto detail = itemmodels::loadComplaintDetail(db(), m_agent->session(), complaint);
        QVERIFY(detail);
        QVERIFY(detail->orderPaidInApp);
        QCOMPARE(detail->refunds.last().statusKey, QStringLiteral("approved"));
        // An order paid the office's way: finance marks it paid, as before.
        QVERIFY(!itemmodels::loadComplaintDetail(db(), m_agent->session(), paidComplaint())->orderPaidInApp);
    }

    // Every step is on the complaint's timeline: what, how much, who.
    void eachStepIsOnTheComplaintsTimeline()
    {
        const qint64 complaint = paidComplaint();
        RefundService agent(m_agent->services());
        const qint64 paid = agent.request({complaint, 1800, QStringLiteral("退 18")});
        agent.approve(paid);
        RefundService(m_manager->services()).markPaid(paid);
        const qint64 refused = agent.request({complaint, 500, QStringLiteral("再退 5")});
        RefundService(m_manager->services()).reject(refused, QStringLiteral("已补偿"));
        const auto detail = itemmodels::loadComplaintDetail(db(), m_agent->session(), complaint);
        QVERIFY(detail);
        QStringList lines;
        for (const auto &e : detail->timeline)
            if (e.kind.startsWith(u"refund_"))
                lines.append(e.staff + u": " + e.sentence);
        const QString y18 = domain::Money::fromFen(1800).toDisplayString(), y5 = domain::Money::fromFen(500).toDisplayString();
        QCOMPARE(lines, (QStringList{QStringLiteral("李娜: Refund of %1 requested: 退 18").arg(y18),
                                     QStringLiteral("李娜: Refund of %1 approved").arg(y18),
                                     QStringLiteral("经理: Refund of %1 paid").arg(y18),
                                     QStringLiteral("李娜: Refund of %1 requested: 再退 5").arg(y5),
                                     QStringLiteral("经理: Refund of %1 rejected: 已补偿").arg(y5)}));
        QCOMPARE(value("SELECT count(*) FROM complaint_events WHERE refund_id = ?", paid).toInt(), 3);
    }

    // Two consoles (two connections to one file, each on its own thread) ask
    // at the same moment for refunds that do not both fit: BEGIN IMMEDIATE
    // serialises them, the second sees the first's refund and is refused.
    void twoSessionsRequestingAtOnceNeverExceedThePaidAmount()
    {
        auto one = Workspace::login(m_path, QStringLiteral("li.na"), QStringLiteral("agent-pass"));
        auto two = Workspace::login(m_path, QStringLiteral("wang.fang"), QStringLiteral("agent-pass"));
        for (Workspace *ws : {one.get(), two.get()})
            ws->services().setClock([this] { return m_now; });
        for (int round = 0; round < 8; ++round) {
            const qint64 complaint = paidComplaint();
            std::latch start(2);
            std::atomic<int> granted{0};
            QStringList refusals;
            std::mutex refusalsLock;
            const auto ask = [&](Workspace *ws) {
                start.arrive_and_wait();
                try {
                    RefundService(ws->services()).request({complaint, 8000, QStringLiteral("退 80")});
                    ++granted;
                } catch (const ServiceError &e) {
                    const std::lock_guard lock(refusalsLock);
                    refusals.append(QString::number(int(e.kind())) + u' ' + e.message());
                }
            };
            std::thread a(ask, one.get());
            std::thread b(ask, two.get());
            a.join();
            b.join();
            QCOMPARE(granted.load(), 1);
            QCOMPARE(refusals.size(), 1);
            // The refusal is the clear "only so much left" one, not a busy store.
            QVERIFY2(refusals.first().startsWith(QString::number(int(ServiceError::Kind::Conflict)) + u' ')
                         && refusals.first().contains(QStringLiteral("¥38.00")),
                     qPrintable(refusals.first()));
            QCOMPARE(value("SELECT sum(amount_fen) FROM refunds WHERE order_id = ? AND status <> 'rejected'", orderOf(complaint)).toLongLong(), 8000);
        }
    }
};

QTEST_GUILESS_MAIN(TestRefundService)
#include "tst_refundservice.moc"
