// Continuous auto-dispatch (itemmodels/continuous_dispatch) on the dispatch
// fixture's demo store: with the office setting off a new order is left to the
// dispatcher; in "propose" mode it gets a proposal with its explanation and
// nothing is written until the dispatcher accepts it with one click; in
// "assign" mode it is assigned through the spine (one audited action, the
// sync outbox, a mode-'auto' record holding the explanation). Orders waiting
// before the component started are not touched. A provider booked meanwhile
// is not double-booked: an accepted proposal is refused with the clashing
// order named, and an order nobody can fit is left out with the rule that
// stopped it. An order its provider declines or lets time out (here, or the
// server's timeout through sync) is planned again, once per return, and never
// offered again to that provider; one a dispatcher takes back stays theirs.
// The entries' model passes QAbstractItemModelTester.
#include "../ui/dispatch_fixture.h"
#include "itemmodels/continuous_dispatch.h"
#include "itemmodels/continuous_dispatch_model.h"
#include "services/auto_dispatch_settings.h"
#include "services/auto_dispatch_text.h"
#include "services/dispatch_rules_text.h"
#include "services/dispatch_service.h"
#include "services/dispatch_day.h"
#include "services/settings_service.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace doorstep;
using namespace doorstep::services;
using itemmodels::ContinuousDispatch;
using itemmodels::ContinuousDispatchModel;
using State = itemmodels::ContinuousDispatchEntry::State;

class TestContinuousDispatch : public QObject
{
    Q_OBJECT
private:
    tests::DispatchFixture m_fx;
    std::unique_ptr<Workspace> m_ws;    // the dispatcher's console
    std::unique_ptr<Workspace> m_admin; // sets the office setting

    store::Database &db() { return m_ws->store().db(); }
    QString status(qint64 id) { return tests::DispatchFixture::status(*m_ws, id); }

    void setMode(ContinuousDispatchMode mode)
    {
        SettingsService(m_admin->services()).set(settings::ContinuousDispatch, double(int(mode)));
    }

    // A component of the dispatcher's console with no debounce wait.
    std::unique_ptr<ContinuousDispatch> component()
    {
        auto c = std::make_unique<ContinuousDispatch>(m_ws->services());
        c->setDebounceMs(0);
        return c;
    }

    // Tells the component orders arrived and waits for its run.
    static QList<QVariant> runOnce(ContinuousDispatch &c)
    {
        QSignalSpy finished(&c, &ContinuousDispatch::runFinished);
        QSignalSpy failed(&c, &ContinuousDispatch::runFailed);
        c.ordersMayHaveArrived();
        if (!finished.wait(60000) && !failed.isEmpty())
            qWarning() << failed.first();
        return finished.isEmpty() ? QList<QVariant>{} : finished.first();
    }

    qint64 order(qint64 windowStart, qint64 windowEnd)
    {
        return OrderService(m_ws->services()).create({m_fx.customer, m_fx.item, windowStart, windowEnd, {}, {}, true});
    }

    // Every candidate of the fixture's district but `free` gets a job over
    // [day, day + 30 min], the window of order(day, day + 1800). Call it
    // before the component starts: the probe order waits, the dispatcher's.
    void bookEveryCandidateBut(qint64 day, const QList<qint64> &free)
    {
        const qint64 probe = order(day, day + 1800);
        AutoDispatchSelection selection = AutoDispatchSelection::wholeDay(day);
        selection.orderIds = {probe};
        const auto snapshot = AutoDispatchService(m_ws->services()).snapshot(selection, {});
        QVERIFY(!snapshot.input.days.empty());
        DispatchService dispatch(m_ws->services());
        for (const auto &d : snapshot.input.days) {
            if (free.contains(d.providerId))
                continue;
            const qint64 booking = order(day, day + 1800);
            if (const auto start = dispatch.earliestStart(booking, d.providerId))
                dispatch.assign(booking, d.providerId, *start, true);
        }
    }

    // The provider declines in their app.
    void decline(qint64 id)
    {
        OrderService(m_ws->services()).apply(id, {domain::OrderEvent::Decline, domain::OrderActor::Provider, QStringLiteral("too far")});
    }

    // The server's accept timeout, as a sync pull writes it on another
    // connection: the order back in the queue and a system `timeout` row,
    // while the dispatch record of this store stays open.
    void serverTimeout(qint64 id)
    {
        auto &other = m_admin->store();
        other.db().run("UPDATE orders SET status = 'awaiting_dispatch', provider_id = NULL, planned_start = NULL WHERE id = ?", id);
        other.db().run("INSERT INTO order_events(id, order_id, at, actor_kind, from_status, to_status, event)"
                       " VALUES (?, ?, ?, 'system', 'assigned', 'awaiting_dispatch', 'timeout')",
                       other.newId(), id, m_ws->services().now());
    }

    // The dispatch record in force (mode, provider, explanation).
    std::tuple<QString, qint64, QString> currentRecord(qint64 id)
    {
        auto st = db().prepare("SELECT mode, provider_id, explanation FROM dispatch_records WHERE order_id = ? AND undone_at IS NULL"
                               " ORDER BY at DESC, id DESC LIMIT 1");
        st.bind(1, id);
        if (!st.next())
            return {};
        return {st.text(0), st.int64(1), st.text(2)};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx.create();
        m_ws = m_fx.login(QStringLiteral("dispatcher"));
        m_admin = m_fx.login(QStringLiteral("admin"));
    }

    void offIsTheDefaultAndLeavesOrdersAlone()
    {
        QCOMPARE(continuousDispatchMode(OfficeSettings(db())), ContinuousDispatchMode::Off);
        auto c = component();
        const qint64 id = m_fx.newOrder(*m_ws, m_fx.nextThursday());
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 0, 0}));
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        QVERIFY(c->entries().isEmpty());
        // Switched on later: what arrived while it was off stays the dispatcher's.
        setMode(ContinuousDispatchMode::Assign);
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 0, 0}));
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        setMode(ContinuousDispatchMode::Off);
    }

    void assignModeAssignsNewOrdersThroughTheSpine()
    {
        const qint64 day = m_fx.nextThursday();
        const qint64 before = m_fx.newOrder(*m_ws, day); // waiting before the component started
        setMode(ContinuousDispatchMode::Assign);
        auto c = component();
        ContinuousDispatchModel model(c.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = m_fx.newOrder(*m_ws, day + 3600);
        const qint64 audit = db().scalar("SELECT max(seq) FROM audit_log").toLongLong();

        QCOMPARE(runOnce(*c), (QList<QVariant>{1, 0, 0}));
        QCOMPARE(status(id), QStringLiteral("assigned"));
        QCOMPARE(status(before), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(c->entries().size(), 1);
        const auto &e = c->entries().first();
        QCOMPARE(e.state, State::Assigned);
        QCOMPARE(e.proposal.providerId, tests::DispatchFixture::providerOf(*m_ws, id));
        QVERIFY(!e.proposal.why.isEmpty());
        // The record keeps the explanation the dispatcher reads.
        auto st = db().prepare("SELECT mode, explanation FROM dispatch_records WHERE order_id = ? AND undone_at IS NULL");
        st.bind(1, id);
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("auto"));
        QCOMPARE(st.text(1), e.proposal.why);
        // One audited action by the console's user, queued for sync.
        auto audit2 = db().prepare("SELECT action, username, seq FROM audit_log WHERE seq > ?");
        audit2.bind(1, audit);
        QVERIFY(audit2.next());
        QCOMPARE(audit2.text(0), QStringLiteral("dispatch.auto_assign"));
        QCOMPARE(audit2.text(1), QStringLiteral("dispatcher"));
        QVERIFY(db().scalar("SELECT count(*) FROM sync_outbox WHERE audit_seq = ? AND entity = 'orders' AND entity_id = ?",
                            audit2.int64(2), id).toLongLong() > 0);
        QVERIFY(!audit2.next());
        // The model shows it.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ContinuousDispatchModel::Result).data().toString(), ContinuousDispatchModel::stateName(State::Assigned));
        QCOMPARE(model.index(0, ContinuousDispatchModel::Why).data().toString().left(e.proposal.why.size()), e.proposal.why);
        // Nothing new: nothing happens (the order is planned once).
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 0, 0}));
        setMode(ContinuousDispatchMode::Off);
    }

    void ordersWrittenByAnotherConnectionAreNoticed()
    {
        // As a sync pull does: another connection commits the order.
        const qint64 day = m_fx.nextThursday();
        setMode(ContinuousDispatchMode::Assign);
        auto c = component();
        const qint64 id = m_fx.newOrder(*m_admin, day);
        QCOMPARE(runOnce(*c), (QList<QVariant>{1, 0, 0}));
        QCOMPARE(status(id), QStringLiteral("assigned"));
        setMode(ContinuousDispatchMode::Off);
    }

    void proposeModeWaitsForTheDispatcher()
    {
        const qint64 day = m_fx.nextThursday();
        setMode(ContinuousDispatchMode::Propose);
        auto c = component();
        ContinuousDispatchModel model(c.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 id = m_fx.newOrder(*m_ws, day);
        const qint64 records = db().scalar("SELECT count(*) FROM dispatch_records").toLongLong();

        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 1, 0}));
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(db().scalar("SELECT count(*) FROM dispatch_records").toLongLong(), records);
        QCOMPARE(c->entries().size(), 1);
        const auto proposal = c->entries().first().proposal;
        QCOMPARE(c->entries().first().state, State::Proposed);
        QVERIFY(proposal.providerId != 0 && !proposal.why.isEmpty());
        QVERIFY(model.index(0, 0).data(ContinuousDispatchModel::ProposedRole).toBool());

        // One click.
        c->acceptProposal(id);
        QCOMPARE(status(id), QStringLiteral("assigned"));
        QCOMPARE(tests::DispatchFixture::providerOf(*m_ws, id), proposal.providerId);
        QCOMPARE(c->entries().first().state, State::Accepted);
        QCOMPARE(db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("dispatch.auto_accept"));
        QCOMPARE(db().scalar("SELECT explanation FROM dispatch_records WHERE order_id = ? AND undone_at IS NULL", id).toString(), proposal.why);
        QVERIFY(!model.index(0, 0).data(ContinuousDispatchModel::ProposedRole).toBool());
        QVERIFY_THROWS_EXCEPTION(ServiceError, c->acceptProposal(id)); // no proposal any more

        // A proposal the dispatcher dispatched by hand meanwhile is marked so at the next run.
        const qint64 other = m_fx.newOrder(*m_ws, day + 4 * 3600);
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 1, 0}));
        const auto second = c->entries().last().proposal;
        DispatchService(m_ws->services()).assign(other, second.providerId, second.start, true);
        runOnce(*c);
        QCOMPARE(c->entries().last().state, State::Gone);
        setMode(ContinuousDispatchMode::Off);
    }

    void aProviderBookedMeanwhileIsNotDoubleBooked()
    {
        const qint64 day = m_fx.nextThursday();
        setMode(ContinuousDispatchMode::Propose);
        auto c = component();
        const qint64 id = m_fx.newOrder(*m_ws, day);
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 1, 0}));
        const auto proposal = c->entries().first().proposal;
        // Someone else books that provider at that time by hand.
        setMode(ContinuousDispatchMode::Off);
        const qint64 intruder = m_fx.newOrder(*m_ws, proposal.start);
        DispatchService(m_ws->services()).assign(intruder, proposal.providerId, proposal.start, true);

        try {
            c->acceptProposal(id);
            QFAIL("a booked provider was booked twice");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Conflict);
        }
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        const auto &entry = c->entries().first();
        QCOMPARE(entry.state, State::Refused);
        QVERIFY2(entry.note.contains(orderNumber(db(), intruder)), qPrintable(entry.note));
    }

    void anOrderNobodyCanFitIsLeftOutWithTheReason()
    {
        const qint64 day = m_fx.nextThursday();
        setMode(ContinuousDispatchMode::Off);
        // Every candidate of the district is booked over the window.
        bookEveryCandidateBut(day, {});
        setMode(ContinuousDispatchMode::Assign);
        auto c = component();
        const qint64 id = order(day, day + 1800);
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 0, 1}));
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        const auto &entry = c->entries().first();
        QCOMPARE(entry.state, State::NotAssigned);
        QVERIFY2(entry.proposal.why.contains(DispatchRulesText::ruleName(dispatch::Rule::Overlap)), qPrintable(entry.proposal.why));
        setMode(ContinuousDispatchMode::Off);
    }

    void aDeclinedOrderGoesToAnotherProviderOncePerReturn()
    {
        const qint64 day = m_fx.nextThursday();
        setMode(ContinuousDispatchMode::Off);
        bookEveryCandidateBut(day, {m_fx.p1, m_fx.p2}); // two providers can take it
        setMode(ContinuousDispatchMode::Assign);
        auto c = component();
        const qint64 id = order(day, day + 1800);
        QCOMPARE(runOnce(*c), (QList<QVariant>{1, 0, 0}));
        const qint64 first = tests::DispatchFixture::providerOf(*m_ws, id);
        QVERIFY(first == m_fx.p1 || first == m_fx.p2);

        // The provider declines: back in the queue, and assigned again, to the other one.
        decline(id);
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(runOnce(*c), (QList<QVariant>{1, 0, 0}));
        QCOMPARE(status(id), QStringLiteral("assigned"));
        const qint64 second = tests::DispatchFixture::providerOf(*m_ws, id);
        QCOMPARE(second, first == m_fx.p1 ? m_fx.p2 : m_fx.p1);
        QCOMPARE(c->entries().size(), 2);
        const auto again = c->entries().last();
        QCOMPARE(again.state, State::Assigned);
        QCOMPARE(again.proposal.providerId, second);
        QCOMPARE(c->rowOfOrder(id), 1);
        // Its explanation says why not the first provider, and the record keeps it.
        QVERIFY2(again.proposal.why.endsWith(AutoDispatchText::notOfferedAgain(1)), qPrintable(again.proposal.why));
        QCOMPARE(currentRecord(id), std::make_tuple(QStringLiteral("auto"), second, again.proposal.why));
        QCOMPARE(db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("dispatch.auto_assign"));

        // The second provider lets the accept time pass (the server's timeout,
        // pulled by sync): planned again, and neither provider is asked again.
        serverTimeout(id);
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 0, 1}));
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(c->entries().size(), 3);
        const auto left = c->entries().last();
        QCOMPARE(left.state, State::NotAssigned);
        QVERIFY2(left.proposal.why.endsWith(AutoDispatchText::notOfferedAgain(2)), qPrintable(left.proposal.why));
        // Left out, it waits for the dispatcher: not planned on every run.
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 0, 0}));
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 0, 0}));
        QCOMPARE(c->entries().size(), 3);
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        setMode(ContinuousDispatchMode::Off);
    }

    void onlyTheDecliningProviderCouldTakeItSoItWaits()
    {
        const qint64 day = m_fx.nextThursday();
        setMode(ContinuousDispatchMode::Off);
        bookEveryCandidateBut(day, {m_fx.p1});
        setMode(ContinuousDispatchMode::Assign);
        auto c = component();
        const qint64 id = order(day, day + 1800);
        QCOMPARE(runOnce(*c), (QList<QVariant>{1, 0, 0}));
        QCOMPARE(tests::DispatchFixture::providerOf(*m_ws, id), m_fx.p1);
        const qint64 records = db().scalar("SELECT count(*) FROM dispatch_records WHERE order_id = ?", id).toLongLong();

        decline(id);
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 0, 1}));
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(db().scalar("SELECT count(*) FROM dispatch_records WHERE order_id = ?", id).toLongLong(), records);
        QCOMPARE(c->entries().size(), 2);
        const auto &entry = c->entries().last();
        QCOMPARE(entry.state, State::NotAssigned);
        QVERIFY2(entry.proposal.why.endsWith(AutoDispatchText::notOfferedAgain(1)), qPrintable(entry.proposal.why));
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 0, 0}));
        QCOMPARE(c->entries().size(), 2);
        // The rule is auto-dispatch's: the dispatcher may still give it to
        // that provider (they phoned back).
        DispatchService dispatch(m_ws->services());
        const auto start = dispatch.earliestStart(id, m_fx.p1);
        QVERIFY(start);
        dispatch.assign(id, m_fx.p1, *start, true);
        QCOMPARE(tests::DispatchFixture::providerOf(*m_ws, id), m_fx.p1);
        setMode(ContinuousDispatchMode::Off);
    }

    void anOrderADispatcherTookBackStaysTheirs()
    {
        const qint64 day = m_fx.nextThursday();
        setMode(ContinuousDispatchMode::Assign);
        auto c = component();
        const qint64 id = m_fx.newOrder(*m_ws, day);
        QCOMPARE(runOnce(*c), (QList<QVariant>{1, 0, 0}));
        DispatchService(m_ws->services()).unassign(id, QStringLiteral("the customer asked for Li Na"));
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 0, 0}));
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(c->entries().size(), 1);
        setMode(ContinuousDispatchMode::Off);
    }

    void aProposalOfAnOrderThatCameBackIsReplaced()
    {
        // Proposed, dispatched by hand to the proposed provider, declined
        // before the next run: a new proposal, not to them.
        const qint64 day = m_fx.nextThursday();
        setMode(ContinuousDispatchMode::Off);
        bookEveryCandidateBut(day, {m_fx.p1, m_fx.p2});
        setMode(ContinuousDispatchMode::Propose);
        auto c = component();
        const qint64 id = order(day, day + 1800);
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 1, 0}));
        const auto first = c->entries().first().proposal;
        DispatchService(m_ws->services()).assign(id, first.providerId, first.start, true);
        decline(id);
        QCOMPARE(runOnce(*c), (QList<QVariant>{0, 1, 0}));
        QCOMPARE(c->entries().size(), 2);
        QCOMPARE(c->entries().first().state, State::Gone);
        QCOMPARE(c->entries().last().state, State::Proposed);
        const qint64 other = first.providerId == m_fx.p1 ? m_fx.p2 : m_fx.p1;
        QCOMPARE(c->entries().last().proposal.providerId, other);
        c->acceptProposal(id);
        QCOMPARE(tests::DispatchFixture::providerOf(*m_ws, id), other);
        QCOMPARE(c->entries().last().state, State::Accepted);
        setMode(ContinuousDispatchMode::Off);
    }

    void settingIsSavedWithTheOtherAutoDispatchSettings()
    {
        AutoDispatchSettings s = loadAutoDispatchSettings(OfficeSettings(db()));
        QCOMPARE(s.continuous, ContinuousDispatchMode::Off);
        s.continuous = ContinuousDispatchMode::Propose;
        SettingsService writer(m_admin->services());
        saveAutoDispatchSettings(writer, s);
        QCOMPARE(loadAutoDispatchSettings(OfficeSettings(db())).continuous, ContinuousDispatchMode::Propose);
        // A dispatcher may not change it.
        SettingsService dispatcher(m_ws->services());
        s.continuous = ContinuousDispatchMode::Assign;
        QVERIFY_THROWS_EXCEPTION(ServiceError, saveAutoDispatchSettings(dispatcher, s));
        // A wrong stored value reads as off for the runner, and is an error for the settings dialog.
        db().run("INSERT OR REPLACE INTO settings(key, value, updated_at) VALUES ('auto_dispatch.continuous', '7', 0)");
        QCOMPARE(continuousDispatchMode(OfficeSettings(db())), ContinuousDispatchMode::Off);
        QVERIFY_THROWS_EXCEPTION(ServiceError, loadAutoDispatchSettings(OfficeSettings(db())));
        setMode(ContinuousDispatchMode::Off);
    }
};

QTEST_GUILESS_MAIN(TestContinuousDispatch)
#include "tst_continuousdispatch.moc"
