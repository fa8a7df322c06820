// Auto-dispatch through the service layer, on a small demo store: the
// snapshot reads only candidate providers, every proposal is a placement the
// rules allow, accepting writes mode-'auto' dispatch records with their
// explanation in one audited action, a provider booked meanwhile is skipped
// and reported, undo takes the plan back in one action, and only staff who
// may dispatch can do any of it. On a demo franchise made by the generator
// (400 providers, a busy morning of waiting orders) a deterministic run assigns
// most of the morning, explains every proposal and is accepted whole; a
// provider outside the order's district is refused, by hand and by the plan;
// a provider who declined an order or let it time out is not proposed for it
// again, and a stale proposal to them is refused when accepted, while a
// person may still give it to them.
#include "../ui/dispatch_fixture.h"
#include "services/auto_dispatch_service.h"
#include "services/auto_dispatch_settings.h"
#include "services/dispatch_day.h"
#include "services/dispatch_rules_text.h"
#include "services/dispatch_service.h"
#include "services/settings_service.h"

#include "services/auto_dispatch_text.h"

#include <QElapsedTimer>

#include <functional>

using namespace doorstep;
using namespace doorstep::services;

class TestAutoDispatchService : public QObject
{
    Q_OBJECT
private:
    tests::DispatchFixture m_fx;
    std::unique_ptr<Workspace> m_ws;
    int m_weeks = 0;

    store::Database &db() { return m_ws->store().db(); }
    qint64 auditCount() { return db().scalar("SELECT count(*) FROM audit_log").toLongLong(); }
    QString status(qint64 id) { return db().scalar("SELECT status FROM orders WHERE id = ?", id).toString(); }
    qint64 nextThursday() { return tests::DispatchFixture::kThursday10 + qint64(m_weeks++) * 7 * 86400; }

    // A morning of the fixture's district: orders from 09:00 every half hour.
    QList<qint64> morning(qint64 day10, int n)
    {
        QList<qint64> ids;
        for (int i = 0; i < n; ++i)
            ids << m_fx.newOrder(*m_ws, day10 - 3600 + qint64(i) * 1800);
        return ids;
    }

    AutoDispatchProposals propose(qint64 day, qint64 district = -1)
    {
        return AutoDispatchService(m_ws->services())
            .propose(AutoDispatchSelection::wholeDay(day, district < 0 ? m_fx.district : district), {}, 5000);
    }

    static const AutoDispatchProposal *find(const AutoDispatchProposals &p, qint64 orderId)
    {
        for (const auto &row : p.proposals)
            if (row.orderId == orderId)
                return &row;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fx.create();
        m_ws = m_fx.login(QStringLiteral("dispatcher"));
    }

    void settingsHaveThePlannersDefaults()
    {
        const AutoDispatchSettings s = loadAutoDispatchSettings(OfficeSettings(db()));
        const dispatch::autodispatch::ObjectiveWeights defaults;
        QCOMPARE(s.weights.perTravelMinute, defaults.perTravelMinute);
        QCOMPARE(s.weights.unassignedPenalty, defaults.unassignedPenalty);
        QCOMPARE(s.budgetMs, 5000);

        AutoDispatchSettings changed = s;
        changed.weights.perLatenessMinute = 0.5;
        changed.budgetMs = 3000;
        // Dispatchers may not change office settings.
        SettingsService dispatcher(m_ws->services());
        QVERIFY_THROWS_EXCEPTION(ServiceError, saveAutoDispatchSettings(dispatcher, changed));
        auto admin = m_fx.login(QStringLiteral("admin"));
        SettingsService writer(admin->services());
        const qint64 before = auditCount();
        saveAutoDispatchSettings(writer, changed);
        QCOMPARE(auditCount(), before + 1); // one action for the two changed keys
        QCOMPARE(loadAutoDispatchSettings(OfficeSettings(db())).weights.perLatenessMinute, 0.5);
        QCOMPARE(loadAutoDispatchSettings(OfficeSettings(db())).budgetMs, 3000);
        changed.weights.perTravelMinute = -1;
        try {
            saveAutoDispatchSettings(writer, changed);
            QFAIL("a negative weight was saved");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Invalid);
        }
        saveAutoDispatchSettings(writer, s); // back to the defaults for the other tests
        QCOMPARE(loadAutoDispatchSettings(OfficeSettings(db())).budgetMs, 5000);
    }

    void snapshotReadsTheSelectionAndOnlyCandidates()
    {
        const qint64 day = nextThursday();
        const QList<qint64> ids = morning(day, 3);
        const qint64 afternoon = m_fx.newOrder(*m_ws, day + 4 * 3600);
        AutoDispatchService service(m_ws->services());

        const AutoDispatchSnapshot all = service.snapshot(AutoDispatchSelection::wholeDay(day, m_fx.district), {});
        QCOMPARE(int(all.input.orders.size()), 4);
        QCOMPARE(all.labels.size(), 4);
        QCOMPARE(all.labels.first().orderNo, orderNumber(db(), ids.first()));
        // Candidates: active, with the skill, serving the district; p1 and p2 among them.
        const qint64 active = db().scalar("SELECT count(*) FROM providers WHERE status = 'active'").toLongLong();
        QVERIFY(all.input.days.size() >= 2);
        QVERIFY(qint64(all.input.days.size()) < active);
        for (const auto &d : all.input.days) {
            QVERIFY(d.active);
            QVERIFY(std::find(d.activeSkills.begin(), d.activeSkills.end(), m_fx.category) != d.activeSkills.end());
            QCOMPARE(db().scalar("SELECT count(*) FROM provider_districts WHERE provider_id = ? AND district_id = ?", qint64(d.providerId),
                                 m_fx.district).toLongLong(), 1);
        }
        QVERIFY(all.providerNames.contains(m_fx.p1) && all.providerNames.contains(m_fx.p2));

        // A range of window starts: the morning only.
        AutoDispatchSelection range = AutoDispatchSelection::wholeDay(day, m_fx.district);
        range.windowFrom = day - 2 * 3600;
        range.windowTo = day + 2 * 3600;
        const AutoDispatchSnapshot morningOnly = service.snapshot(range, {});
        QCOMPARE(int(morningOnly.input.orders.size()), 3);
        for (const auto &o : morningOnly.input.orders)
            QVERIFY(o.order.orderId != afternoon);

        // Another district: none of these orders.
        const qint64 other = db().scalar("SELECT id FROM districts WHERE id <> ? LIMIT 1", m_fx.district).toLongLong();
        QCOMPARE(int(service.snapshot(AutoDispatchSelection::wholeDay(day, other), {}).input.orders.size()), 0);
    }

    void proposalsUseOnlyAllowedPlacements()
    {
        const qint64 day = nextThursday();
        const QList<qint64> ids = morning(day, 5);
        const AutoDispatchProposals p = propose(day);
        QCOMPARE(p.proposals.size(), 5);
        QVERIFY(!p.cancelled);
        QCOMPARE(p.totals.assigned + p.totals.unassigned, 5);
        QVERIFY(p.totals.assigned >= 2);
        QVERIFY(p.totals.objective <= p.greedyTotals.objective + 1e-6);
        DispatchService check(m_ws->services());
        for (qint64 id : ids) {
            const AutoDispatchProposal *row = find(p, id);
            QVERIFY(row);
            QVERIFY(!row->why.isEmpty());
            if (!row->assigned)
                continue;
            QVERIFY(!row->providerName.isEmpty());
            QVERIFY(row->start >= row->windowStart && row->start <= row->windowEnd);
            // Against the store as it is (the other proposals not yet written).
            const PlacementCheck c = check.check(id, row->providerId, row->start);
            QVERIFY2(c.allowed(), qPrintable(c.hard.join(u' ')));
            QCOMPARE(status(id), QStringLiteral("awaiting_dispatch")); // proposing writes nothing
        }
    }

    void acceptWritesAutoRecordsInOneAction()
    {
        const qint64 day = nextThursday();
        morning(day, 4);
        const AutoDispatchProposals p = propose(day);
        const QList<AutoDispatchAcceptItem> items = AutoDispatchService::acceptItems(p.proposals);
        QVERIFY(items.size() >= 2);
        const qint64 before = auditCount();
        const AutoDispatchOutcome out = AutoDispatchService(m_ws->services()).accept(items);
        QCOMPARE(out.done.size(), items.size());
        QVERIFY(out.refused.isEmpty());
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("dispatch.auto_accept"));
        for (const auto &item : items) {
            QCOMPARE(status(item.orderId), QStringLiteral("assigned"));
            QCOMPARE(db().scalar("SELECT provider_id FROM orders WHERE id = ?", item.orderId).toLongLong(), item.providerId);
            QCOMPARE(db().scalar("SELECT planned_start FROM orders WHERE id = ?", item.orderId).toLongLong(), item.start);
            auto r = db().prepare("SELECT mode, score, explanation, provider_id, planned_start FROM dispatch_records WHERE order_id = ?");
            r.bind(1, item.orderId);
            QVERIFY(r.next());
            QCOMPARE(r.text(0), QStringLiteral("auto"));
            QCOMPARE(r.real(1), item.score);
            QCOMPARE(r.text(2), item.explanation);
            QVERIFY(!r.text(2).isEmpty());
            QCOMPARE(r.int64(3), item.providerId);
            QCOMPARE(r.int64(4), item.start);
            QVERIFY(!r.next()); // one record per order
        }
        // The sync outbox carries the records as written (mode 'auto').
        QVERIFY(db().scalar("SELECT count(*) FROM sync_outbox WHERE entity = 'dispatch_records' AND payload LIKE '%\"auto\"%'").toLongLong()
                >= items.size());
    }

    void aProviderBookedMeanwhileIsSkippedAndReported()
    {
        const qint64 day = nextThursday();
        morning(day, 4);
        const AutoDispatchProposals p = propose(day);
        const QList<AutoDispatchAcceptItem> items = AutoDispatchService(m_ws->services()).acceptItems(p.proposals);
        QVERIFY(items.size() >= 2);
        const AutoDispatchAcceptItem taken = items.first();
        // Someone books that provider at that time on the schedule board.
        const qint64 intruder = m_fx.newOrder(*m_ws, taken.start);
        DispatchService(m_ws->services()).assign(intruder, taken.providerId, taken.start, true);

        AutoDispatchService service(m_ws->services());
        // Only the stale one: refused as a whole, nothing written.
        const qint64 before = auditCount();
        try {
            service.accept({taken});
            QFAIL("a clashing proposal was written");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Conflict);
            QVERIFY2(QString::fromUtf8(e.what()).contains(orderNumber(db(), taken.orderId)), e.what());
        }
        QCOMPARE(auditCount(), before);
        QCOMPARE(status(taken.orderId), QStringLiteral("awaiting_dispatch"));

        // All of them: the stale one is skipped and reported, the rest written.
        const AutoDispatchOutcome out = service.accept(items);
        QCOMPARE(auditCount(), before + 1);
        QVERIFY(!out.done.contains(taken.orderId));
        QVERIFY(!out.refused.isEmpty());
        QCOMPARE(out.refused.first().orderId, taken.orderId);
        QVERIFY2(out.refused.first().reason.contains(orderNumber(db(), intruder)), qPrintable(out.refused.first().reason));
        QCOMPARE(status(taken.orderId), QStringLiteral("awaiting_dispatch"));
        QCOMPARE(db().scalar("SELECT count(*) FROM dispatch_records WHERE order_id = ?", taken.orderId).toLongLong(), 0);
        QVERIFY(!out.done.isEmpty());
        for (qint64 id : out.done)
            QCOMPARE(status(id), QStringLiteral("assigned"));
        for (const auto &r : out.refused)
            QCOMPARE(status(r.orderId), QStringLiteral("awaiting_dispatch"));
    }

    void undoAcceptedTakesBackWhatIsStillTheirs()
    {
        const qint64 day = nextThursday();
        morning(day, 5);
        const AutoDispatchProposals p = propose(day);
        const QList<AutoDispatchAcceptItem> items = AutoDispatchService::acceptItems(p.proposals);
        QVERIFY(items.size() >= 3);
        AutoDispatchService service(m_ws->services());
        const AutoDispatchOutcome accepted = service.accept(items);
        QCOMPARE(accepted.done.size(), items.size());

        // The provider accepted one job on the phone; a dispatcher took another back and placed it by hand.
        const qint64 acceptedByProvider = items.at(0).orderId;
        OrderChange acceptJob{domain::OrderEvent::Accept};
        acceptJob.onBehalfOf = domain::OrderActor::Provider;
        OrderService(m_ws->services()).apply(acceptedByProvider, acceptJob);
        const qint64 moved = items.at(1).orderId;
        DispatchService(m_ws->services()).unassign(moved, QStringLiteral("test"));
        DispatchService(m_ws->services()).assign(moved, items.at(1).providerId, items.at(1).start, true);

        const qint64 before = auditCount();
        const AutoDispatchOutcome out = service.undoAccepted(accepted.done);
        QCOMPARE(auditCount(), before + 1);
        QCOMPARE(db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("dispatch.auto_undo"));
        QCOMPARE(out.done.size(), items.size() - 2);
        QCOMPARE(out.refused.size(), 2);
        QCOMPARE(status(acceptedByProvider), QStringLiteral("accepted"));
        QCOMPARE(status(moved), QStringLiteral("assigned"));
        for (qint64 id : out.done) {
            QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
            QVERIFY(db().scalar("SELECT provider_id FROM orders WHERE id = ?", id).isNull());
            QCOMPARE(db().scalar("SELECT count(*) FROM dispatch_records WHERE order_id = ? AND undone_at IS NULL", id).toLongLong(), 0);
        }
        // Nothing left to take back: refused whole, nothing written.
        QVERIFY_THROWS_EXCEPTION(ServiceError, service.undoAccepted(out.done));
        QCOMPARE(auditCount(), before + 1);
    }

    void cancelledBeforeTheStartPlansNothing()
    {
        const qint64 day = nextThursday();
        morning(day, 2);
        std::atomic<bool> cancel{true};
        const AutoDispatchProposals p = AutoDispatchService(m_ws->services())
                                            .propose(AutoDispatchSelection::wholeDay(day, m_fx.district), {}, 5000, &cancel);
        QVERIFY(p.cancelled);
        QCOMPARE(p.totals.assigned, 0);
        QVERIFY(AutoDispatchService::acceptItems(p.proposals).isEmpty());
    }

    void aProviderWhoDeclinedIsNotOfferedTheJobAgain()
    {
        const qint64 day = nextThursday();
        const qint64 id = m_fx.newOrder(*m_ws, day - 3600);
        DispatchService dispatch(m_ws->services());
        const auto start = dispatch.earliestStart(id, m_fx.p1);
        QVERIFY(start);
        dispatch.assign(id, m_fx.p1, *start, true);
        // A proposal made while it was assigned elsewhere, say: to p1.
        const AutoDispatchAcceptItem stale{id, m_fx.p1, *start, 0, QStringLiteral("stale")};
        OrderService(m_ws->services()).apply(id, {domain::OrderEvent::Decline, domain::OrderActor::Provider, QStringLiteral("ill")});
        QCOMPARE(providersWhoDeclined(db(), id), std::vector<std::int64_t>{m_fx.p1});

        // The dialog's run: p1 is still a candidate (skill, district, free
        // day), but the rule keeps the job off their day, and the explanation says so.
        const AutoDispatchSnapshot snapshot = AutoDispatchService(m_ws->services()).snapshot(AutoDispatchSelection::wholeDay(day, m_fx.district), {});
        QVERIFY(std::any_of(snapshot.input.days.begin(), snapshot.input.days.end(), [&](const auto &d) { return d.providerId == m_fx.p1; }));
        const AutoDispatchProposals p = propose(day);
        const AutoDispatchProposal *row = find(p, id);
        QVERIFY(row && row->assigned);
        QVERIFY(row->providerId != m_fx.p1);
        QVERIFY2(row->why.endsWith(AutoDispatchText::notOfferedAgain(1)), qPrintable(row->why));

        // Accepting the stale proposal: the rule is checked again in the transaction.
        const qint64 before = auditCount();
        try {
            AutoDispatchService(m_ws->services()).accept({stale});
            QFAIL("a job was given back to the provider who declined it");
        } catch (const ServiceError &e) {
            QCOMPARE(e.kind(), ServiceError::Kind::Conflict);
            const QString rule = DispatchRulesText::describe({dispatch::Rule::DeclinedBefore});
            QVERIFY2(QString::fromUtf8(e.what()).contains(rule), e.what());
        }
        QCOMPARE(auditCount(), before);
        QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));

        // A person may (the provider phoned back).
        dispatch.assign(id, m_fx.p1, *start, true);
        QCOMPARE(status(id), QStringLiteral("assigned"));
    }

    // Serving the order's district is a hard rule: the dispatcher is refused
    // with the rule's sentence, and "All districts" never proposes it.
    void aProviderOutsideTheDistrictIsRefused()
    {
        const qint64 day = nextThursday();
        const qint64 order = m_fx.newOrder(*m_ws, day - 3600);
        // Active, with the skill and working Thursdays, but not serving the district.
        const qint64 outsider = db().scalar(
            "SELECT p.id FROM providers p JOIN provider_skills s ON s.provider_id = p.id AND s.status = 'active' AND s.category_id = ?"
            " JOIN provider_hours h ON h.provider_id = p.id AND h.weekday = 4 AND h.start_min <= 540 AND h.end_min >= 720"
            " WHERE p.status = 'active' AND NOT EXISTS (SELECT 1 FROM provider_districts pd WHERE pd.provider_id = p.id AND pd.district_id = ?)"
            " ORDER BY p.id LIMIT 1", m_fx.category, m_fx.district).toLongLong();
        QVERIFY(outsider);
        DispatchService dispatch(m_ws->services());
        const PlacementCheck c = dispatch.check(order, outsider, day - 3600);
        QVERIFY(!c.allowed());
        QVERIFY2(c.hard.contains(QStringLiteral("The provider does not serve the order's district.")), qPrintable(c.hard.join(u' ')));
        QCOMPARE(c.verdict.firstHard()->rule, dispatch::Rule::DistrictNotServed);
        const qint64 before = auditCount();
        QVERIFY_THROWS_EXCEPTION(ServiceError, dispatch.assign(order, outsider, day - 3600, true));
        QCOMPARE(auditCount(), before);
        QCOMPARE(status(order), QStringLiteral("awaiting_dispatch"));
        // The provider's districts come from the store.
        const auto loaded = loadProviderDay(db(), outsider, day);
        QVERIFY(loaded);
        QCOMPARE(qint64(loaded->districts.size()),
                 db().scalar("SELECT count(*) FROM provider_districts WHERE provider_id = ?", outsider).toLongLong());

        // Planned over all districts, with the outsider loaded beside the others: not proposed.
        AutoDispatchService service(m_ws->services());
        AutoDispatchSnapshot s = service.snapshot(AutoDispatchSelection::wholeDay(day), {});
        if (auto d = loadProviderDay(db(), outsider, day))
            s.input.days.push_back(*d);
        const auto result = AutoDispatchService::plan(s, 0, nullptr);
        for (const auto &o : result.outcomes)
            if (o.assigned) {
                QVERIFY(o.providerId != outsider || o.orderId != order);
                QCOMPARE(db().scalar("SELECT count(*) FROM provider_districts pd JOIN orders o ON o.district_id = pd.district_id"
                                     " WHERE o.id = ? AND pd.provider_id = ?", qint64(o.orderId), qint64(o.providerId)).toLongLong(), 1);
            }
    }

    // The check on a store made by the demo generator: a morning of a
    // franchise day (about 260 waiting orders, 280 candidates), planned with no
    // time budget and a cap on local-search moves (so the run depends on the
    // data and the seed only), then accepted. About a second in a debug build.
    void aDemoMorningIsAssignedAndExplained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("franchise.doorstep"));
        demo::DemoOptions o;
        o.kdf = store::KdfParams::fastForTests();
        o.orders = 1500;               // the year of history, shortened; providers: the default 400
        o.pendingDayOrders = 500;      // waiting for dispatch tomorrow: a busy morning, some left out
        o.referenceSecs = 1795996800;  // 2026-11-30 08:00 Shanghai: a fixed "today"
        QElapsedTimer timer;
        timer.start();
        demo::createDemoStore(path, o);
        auto ws = Workspace::login(path, QStringLiteral("dispatcher"), o.password);
        ws->services().setClock([] { return qint64(1795996800); });
        auto &d = ws->store().db();
        const qint64 tomorrow = 1795996800 - 8 * 3600 + 86400; // 2026-12-01 00:00 Shanghai
        AutoDispatchSelection morning{tomorrow + 8 * 3600, tomorrow + 12 * 3600, 0};
        AutoDispatchService service(ws->services());
        const AutoDispatchSnapshot snap = service.snapshot(morning, {});
        const qint64 waiting = d.scalar("SELECT count(*) FROM orders WHERE status = 'awaiting_dispatch' AND window_start >= ? AND window_start < ?",
                                        morning.windowFrom, morning.windowTo).toLongLong();
        QCOMPARE(qint64(snap.input.orders.size()), waiting);
        QVERIFY2(waiting >= 50, qPrintable(QString::number(waiting)));
        QVERIFY(snap.input.days.size() >= 100);

        dispatch::autodispatch::AutoDispatchOptions options;
        options.timeBudgetMs = 0;           // no clock in the result ...
        options.maxLocalSearchMoves = 200;  // ... and a bounded run
        options.seed = 1;
        const auto result = AutoDispatchService::plan(snap, options);
        QVERIFY(!result.cancelled && !result.outOfTime);
        const auto again = AutoDispatchService::plan(snap, options);
        QCOMPARE(again.totals.objective, result.totals.objective);
        for (std::size_t i = 0; i < result.outcomes.size(); ++i) {
            QCOMPARE(again.outcomes[i].providerId, result.outcomes[i].providerId);
            QCOMPARE(again.outcomes[i].start, result.outcomes[i].start);
        }
        for (const auto &round : result.rounds)
            QVERIFY(round.certified);

        const AutoDispatchProposals p = AutoDispatchService::describe(snap, result);
        QCOMPARE(qint64(p.proposals.size()), waiting);
        QVERIFY2(p.totals.assigned * 10 >= waiting * 8, qPrintable(QStringLiteral("%1 of %2 assigned").arg(p.totals.assigned).arg(waiting)));
        QVERIFY(p.totals.objective <= p.greedyTotals.objective + 1e-6);

        QHash<qint64, std::size_t> finalDay, inputOrder;
        for (std::size_t i = 0; i < result.days.size(); ++i)
            finalDay.insert(result.days[i].providerId, i);
        for (std::size_t i = 0; i < snap.input.orders.size(); ++i)
            inputOrder.insert(snap.input.orders[i].order.orderId, i);
        int withRunnerUp = 0;
        for (const AutoDispatchProposal &row : p.proposals) {
            QVERIFY(!row.why.isEmpty());
            const std::size_t i = inputOrder.value(row.orderId);
            const auto &outcome = result.outcomes[i];
            if (!row.assigned) {
                // A reason naming what kept it out, never "stopped" (no budget, no cancel).
                QVERIFY(outcome.why.kind != dispatch::autodispatch::UnassignedKind::Stopped);
                QVERIFY(!outcome.why.summary.empty());
                continue;
            }
            // The placement passes the one rule set on the final plan ...
            const auto verdict = dispatch::checkPlacement(snap.input.orders[i].order, result.days[finalDay.value(row.providerId)], row.start,
                                                          snap.input.rules);
            QVERIFY2(verdict.feasible(), qPrintable(row.label.orderNo));
            // ... including the district rule, checked here against the store.
            QCOMPARE(d.scalar("SELECT count(*) FROM provider_districts pd JOIN orders o ON o.district_id = pd.district_id"
                              " WHERE o.id = ? AND pd.provider_id = ?", row.orderId, row.providerId).toLongLong(), 1);
            // ... and explains itself: the deciding term and the runner-up, or that there is no other.
            const auto &e = outcome.explanation;
            if (e.hasRunnerUp) {
                ++withRunnerUp;
                QCOMPARE(row.decidingTerm, AutoDispatchText::termName(e.decidingTerm));
                QVERIFY2(row.why.contains(row.decidingTerm.toLower()), qPrintable(row.why));
                const QString runnerUp = snap.providerNames.value(e.runnerUpProviderId);
                QVERIFY(!runnerUp.isEmpty());
                QVERIFY2(row.why.contains(runnerUp), qPrintable(row.why));
            } else {
                QVERIFY2(row.why.contains(QStringLiteral("only provider")), qPrintable(row.why));
            }
        }
        QVERIFY(withRunnerUp > 0);

        // Accepted through the service: one action, every order assigned with its record.
        const QList<AutoDispatchAcceptItem> items = AutoDispatchService::acceptItems(p.proposals);
        QCOMPARE(int(items.size()), p.totals.assigned);
        const qint64 audit = d.scalar("SELECT count(*) FROM audit_log").toLongLong();
        const AutoDispatchOutcome out = service.accept(items);
        QCOMPARE(out.done.size(), items.size());
        QVERIFY2(out.refused.isEmpty(), qPrintable(out.refusalText()));
        QCOMPARE(d.scalar("SELECT count(*) FROM audit_log").toLongLong(), audit + 1);
        QCOMPARE(d.scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1").toString(), QStringLiteral("dispatch.auto_accept"));
        for (const AutoDispatchAcceptItem &item : items) {
            auto st = d.prepare("SELECT o.status, o.provider_id, o.planned_start, r.mode, r.explanation FROM orders o"
                                " JOIN dispatch_records r ON r.order_id = o.id AND r.undone_at IS NULL WHERE o.id = ?");
            st.bind(1, item.orderId);
            QVERIFY(st.next());
            QCOMPARE(st.text(0), QStringLiteral("assigned"));
            QCOMPARE(st.int64(1), item.providerId);
            QCOMPARE(st.int64(2), item.start);
            QCOMPARE(st.text(3), QStringLiteral("auto"));
            QCOMPARE(st.text(4), item.explanation);
            QVERIFY(!st.next());
        }
        qInfo() << "demo morning:" << waiting << "orders," << p.totals.assigned << "assigned," << snap.input.days.size() << "candidates,"
                << result.localSearchMoves << "moves," << timer.elapsed() << "ms in all";
    }

    void onlyDispatchersMay()
    {
        const qint64 day = nextThursday();
        const QList<qint64> ids = morning(day, 2);
        const AutoDispatchProposals p = propose(day);
        const QList<AutoDispatchAcceptItem> items = AutoDispatchService::acceptItems(p.proposals);
        QVERIFY(!items.isEmpty());
        auto manager = m_fx.login(QStringLiteral("manager"));
        AutoDispatchService service(manager->services());
        const qint64 before = auditCount();
        for (const auto &call : std::initializer_list<std::function<void()>>{
                 [&] { service.accept(items); }, [&] { service.undoAccepted(ids); },
                 [&] { service.snapshot(AutoDispatchSelection::wholeDay(day), {}); }}) {
            try {
                call();
                QFAIL("a manager was allowed");
            } catch (const ServiceError &e) {
                QCOMPARE(e.kind(), ServiceError::Kind::PermissionDenied);
            }
        }
        QCOMPARE(auditCount(), before);
        for (qint64 id : ids)
            QCOMPARE(status(id), QStringLiteral("awaiting_dispatch"));
    }
};

QTEST_GUILESS_MAIN(TestAutoDispatchService)
#include "tst_autodispatchservice.moc"
