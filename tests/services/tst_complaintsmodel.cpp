// The complaints workbench queue and a complaint's detail: time left first
// (paused and closed last), amber at 75 % of the target used and red at
// breach, the filters, paging, masking of the customer's phone by role, and
// the timeline. Complaints are made through ComplaintService at hand-chosen
// office times (2026-03-10 is a Tuesday; hours 09:00–18:00).
#include "domain/office_time.h"
#include "itemmodels/complaints_model.h"
#include "itemmodels/queries.h"
#include "services/complaint_service.h"
#include "services/customer_service.h"
#include "services/order_service.h"
#include "services/staff_service.h"
#include "test_store.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

using namespace doorstep;
using namespace doorstep::services;
using itemmodels::ComplaintsModel;
using domain::ComplaintCategory;
using domain::ComplaintSeverity;
using domain::ComplaintStatus;

namespace {
qint64 local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), domain::officeTimeZone()).toSecsSinceEpoch();
}

void fetchAll(ComplaintsModel &m)
{
    while (m.canFetchMore({}))
        m.fetchMore({});
}
} // namespace

class TestComplaintsModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_admin, m_agent, m_supervisor;
    qint64 m_now = 0;
    qint64 m_order = 0;
    // By name: what each complaint is in the queue at 12:00.
    qint64 m_safety = 0, m_quality = 0, m_attitude = 0, m_waiting = 0, m_closed = 0, m_unassigned = 0;

    qint64 open(Workspace &ws, qint64 at, ComplaintCategory c, ComplaintSeverity s, bool claim = true)
    {
        m_now = at;
        return ComplaintService(ws.services()).open({m_order, c, s, {}, QStringLiteral("客户投诉"), claim}).id;
    }

private slots:
    void initTestCase()
    {
        m_admin = tests::makeWorkspace(m_dir);
        StaffService staff(m_admin->services());
        staff.setKdf(store::KdfParams::fastForTests());
        staff.add({QStringLiteral("li.na"), QStringLiteral("李娜"), Role::ServiceAgent, QString(), QStringLiteral("agent-pass")});
        staff.add({QStringLiteral("sup"), QStringLiteral("主管"), Role::Supervisor, QString(), QStringLiteral("sup-pass")});
        const qint64 customer = CustomerService(m_admin->services()).add({QStringLiteral("王秀英"), QStringLiteral("13912345678"), {}, 0, {}, 0, 0, {}});
        const qint64 item = m_admin->services().perform(Permission::DemoSeed, QStringLiteral("catalog.add_item"), [](ActionContext &ctx) {
            const qint64 category = ctx.newId();
            const qint64 item = ctx.newId();
            ctx.db().run("INSERT INTO service_categories(id, code, name, name_en) VALUES (?, 'cleaning', '日常保洁', 'Cleaning')", category);
            ctx.db().run("INSERT INTO service_items(id, category_id, code, name, name_en, price_fen, duration_min)"
                         " VALUES (?, ?, 'clean_2h', '日常保洁 2小时', 'Cleaning, 2 hours', 11800, 120)", item, category);
            return item;
        });
        m_order = OrderService(m_admin->services()).create({customer, item, 1795000000, 1795007200, QStringLiteral("徐汇区"), {}, true});
        m_agent = Workspace::login(m_admin->store().path(), QStringLiteral("li.na"), QStringLiteral("agent-pass"));
        m_supervisor = Workspace::login(m_admin->store().path(), QStringLiteral("sup"), QStringLiteral("sup-pass"));
        for (Workspace *ws : {m_admin.get(), m_agent.get(), m_supervisor.get()})
            ws->services().setClock([this] { return m_now; });

        // Safety/high at 09:00: respond within 15 min 24×7 → due 09:15, breached at 12:00.
        m_safety = open(*m_agent, local(2026, 3, 10, 9), ComplaintCategory::Safety, ComplaintSeverity::High);
        // Quality/high at 09:00: respond within 120 business min → 11:00 … also breached at
        // 12:00; due after the safety one.
        m_quality = open(*m_agent, local(2026, 3, 10, 9), ComplaintCategory::Quality, ComplaintSeverity::High);
        // Attitude/medium at 08:00 (before opening): 240 business min from 09:00 → 13:00;
        // 75 % (180 min) → 12:00: amber at 12:00, not red.
        m_attitude = open(*m_agent, local(2026, 3, 10, 8), ComplaintCategory::Attitude, ComplaintSeverity::Medium);
        // No-show/low at 11:00 by the supervisor, unclaimed: 120 business min → 13:00; 75 % → 12:30: running.
        m_unassigned = open(*m_supervisor, local(2026, 3, 10, 11), ComplaintCategory::NoShow, ComplaintSeverity::Low, false);
        // Waiting for the customer since 10:00: paused.
        m_waiting = open(*m_agent, local(2026, 3, 10, 9, 30), ComplaintCategory::Damage, ComplaintSeverity::Low);
        m_now = local(2026, 3, 10, 10);
        ComplaintService(m_agent->services()).move(m_waiting, {ComplaintStatus::WaitingCustomer, QStringLiteral("请发照片"), {}});
        // Closed at 10:30.
        m_closed = open(*m_agent, local(2026, 3, 10, 10), ComplaintCategory::Overcharge, ComplaintSeverity::Low);
        m_now = local(2026, 3, 10, 10, 30);
        ComplaintService(m_agent->services()).move(m_closed, {ComplaintStatus::Rejected, QStringLiteral("价格无误"), {}});
        m_now = local(2026, 3, 10, 12);
    }

    void queueIsByTimeLeftWithTones()
    {
        ComplaintsModel model(m_agent->store().db(), m_agent->session(), m_agent->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2); // pages of two: the keyset continues across equal keys
        model.reload();
        fetchAll(model);
        // The open states by default: the closed one is not there; paused last.
        QCOMPARE(model.rowCount(), 5);
        const QList<qint64> expected{m_safety, m_quality, m_attitude, m_unassigned, m_waiting};
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.idAt(r), expected.at(r));
        const auto urgency = [&](int row) { return ComplaintsModel::Urgency(model.index(row, 0).data(ComplaintsModel::UrgencyRole).toInt()); };
        QCOMPARE(urgency(0), ComplaintsModel::Urgency::Breached);
        QCOMPARE(urgency(1), ComplaintsModel::Urgency::Breached);
        QCOMPARE(urgency(2), ComplaintsModel::Urgency::Warning);
        QCOMPARE(urgency(3), ComplaintsModel::Urgency::Running);
        QCOMPARE(urgency(4), ComplaintsModel::Urgency::None);
        // Breached 2 h 45 min ago (09:15); 1 h left (13:00); paused.
        QCOMPARE(model.index(0, ComplaintsModel::TimeLeft).data().toString(), QStringLiteral("overdue 2 h 45 min"));
        QCOMPARE(model.index(2, ComplaintsModel::TimeLeft).data().toString(), QStringLiteral("1 h 0 min"));
        QCOMPARE(model.index(4, ComplaintsModel::TimeLeft).data().toString(), QStringLiteral("paused"));
        // Red and amber are different colours, and only on the time-left column.
        const QVariant red = model.index(0, ComplaintsModel::TimeLeft).data(Qt::BackgroundRole);
        const QVariant amber = model.index(2, ComplaintsModel::TimeLeft).data(Qt::BackgroundRole);
        QVERIFY(red.isValid() && amber.isValid() && red != amber);
        QVERIFY(!model.index(3, ComplaintsModel::TimeLeft).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, ComplaintsModel::Category).data(Qt::BackgroundRole).isValid());
        // The raw sort value of the time-left column is the deadline.
        QCOMPARE(model.index(0, ComplaintsModel::TimeLeft).data(ComplaintsModel::SortRole).toLongLong(), local(2026, 3, 10, 9, 15));
        QCOMPARE(model.breachedCount(), 2);
        // Time moves: at 12:31 the no-show turns amber (75 % at 12:30).
        m_now = local(2026, 3, 10, 12, 31);
        QCOMPARE(urgency(3), ComplaintsModel::Urgency::Warning);
        m_now = local(2026, 3, 10, 12);
    }

    void filters()
    {
        ComplaintsModel model(m_agent->store().db(), m_agent->session(), m_agent->clock());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setUnassigned(true);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), m_unassigned);
        QCOMPARE(model.matchingCount(), 1);
        model.setUnassigned(false);
        model.setMine(true);
        QCOMPARE(model.matchingCount(), 4);
        model.setMine(false);
        model.setBreachedOnly(true);
        QCOMPARE(model.rowCount(), 2);
        model.setBreachedOnly(false);
        model.setCategory(QStringLiteral("safety"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), m_safety);
        model.setCategory({});
        model.setSeverity(QStringLiteral("low"));
        QCOMPARE(model.rowCount(), 2); // the no-show and the waiting one (the closed one is not open)
        model.setStates({});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.idAt(2), m_closed); // closed last, after the paused one (same key, later id)
        model.setSeverity({});
        model.setStates({QStringLiteral("rejected")});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ComplaintsModel::TimeLeft).data().toString(), QStringLiteral("—"));
    }

    void phoneMaskedForRolesThatMaySeeOnlyThat()
    {
        ComplaintsModel agent(m_agent->store().db(), m_agent->session(), m_agent->clock());
        ComplaintsModel supervisor(m_supervisor->store().db(), m_supervisor->session(), m_supervisor->clock());
        agent.reload();
        supervisor.reload();
        QCOMPARE(agent.index(0, ComplaintsModel::Phone).data().toString(), QStringLiteral("13912345678"));
        QCOMPARE(supervisor.index(0, ComplaintsModel::Phone).data().toString(), QStringLiteral("139****5678"));
        QCOMPARE(itemmodels::Queries(*m_supervisor).complaintDetail(m_safety)->phone, QStringLiteral("139****5678"));
    }

    void detailWithTimeline()
    {
        const auto d = itemmodels::Queries(*m_agent).complaintDetail(m_waiting);
        QVERIFY(d);
        QCOMPARE(d->statusKey, QStringLiteral("waiting_customer"));
        QCOMPARE(d->assignee, QStringLiteral("李娜"));
        QVERIFY(!d->nextDueAt);
        QCOMPARE(d->pausedAt, local(2026, 3, 10, 10));
        QCOMPARE(d->timeline.size(), 2);
        QCOMPARE(d->timeline.at(0).kind, QStringLiteral("opened"));
        QCOMPARE(d->timeline.at(1).staff, QStringLiteral("李娜"));
        QCOMPARE(d->timeline.at(1).sentence, QStringLiteral("Open → Waiting for the customer: 请发照片"));
        QCOMPARE(itemmodels::Queries(*m_agent).complaintHandlers().size(), 3); // admin, agent, supervisor
    }

    void emptyWithoutThePermission()
    {
        StaffService staff(m_admin->services());
        staff.setKdf(store::KdfParams::fastForTests());
        staff.add({QStringLiteral("disp"), QStringLiteral("调度"), Role::Dispatcher, QString(), QStringLiteral("disp-pass")});
        auto dispatcher = Workspace::login(m_admin->store().path(), QStringLiteral("disp"), QStringLiteral("disp-pass"));
        ComplaintsModel model(dispatcher->store().db(), dispatcher->session(), dispatcher->clock());
        model.reload();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!itemmodels::Queries(*dispatcher).complaintDetail(m_safety));
    }
};

QTEST_MAIN(TestComplaintsModel)
#include "tst_complaintsmodel.moc"
