#include "services/auto_dispatch_service.h"

#include "domain/office_time.h"
#include "domain/order_lifecycle.h"
#include "services/auto_dispatch_text.h"
#include "services/dispatch_day.h"
#include "services/dispatch_rules_text.h"
#include "services/office_settings.h"
#include "services/order_service.h"
#include "services/stored_state.h"
#include "store/sqlite.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace doorstep::services {

namespace ad = dispatch::autodispatch;

namespace {

constexpr qint64 kDay = 86400;


// Active providers with an active skill in `categories` who serve one of
// `districts`, driven by the district index so a day's run reads the few
// hundred who could matter, never the whole provider table. An order with no
// district is in no one's area (the district rule does not apply to it), so
// with `anyDistrict` every active provider with the skill is a candidate.
QList<qint64> candidateProviders(store::Database &db, const QList<qint64> &categories, const QList<qint64> &districts,
                                 bool anyDistrict, QHash<qint64, QString> &names)
{
    QList<qint64> ids;
    if (categories.isEmpty() || (districts.isEmpty() && !anyDistrict))
        return ids;
    const QByteArray skill = " AND EXISTS (SELECT 1 FROM provider_skills s WHERE s.provider_id = p.id AND s.status = 'active'"
                             " AND s.category_id IN (" + store::placeholders(categories.size()) + "))";
    auto st = anyDistrict ? db.prepare("SELECT p.id, p.name FROM providers p WHERE p.status = 'active'" + skill + " ORDER BY p.id")
                          : db.prepare("SELECT DISTINCT p.id, p.name FROM provider_districts pd JOIN providers p ON p.id = pd.provider_id"
                                       " WHERE pd.district_id IN (" + store::placeholders(districts.size()) + ") AND p.status = 'active'"
                                       + skill + " ORDER BY p.id");
    int pos = 0;
    if (!anyDistrict)
        for (qint64 d : districts)
            st.bind(++pos, d);
    for (qint64 c : categories)
        st.bind(++pos, c);
    while (st.next()) {
        ids << st.int64(0);
        names.insert(st.int64(0), st.text(1));
    }
    return ids;
}

} // namespace

AutoDispatchSelection AutoDispatchSelection::wholeDay(qint64 anyTimeThatDay, qint64 districtId)
{
    const qint64 dayStart = domain::officeDayStart(anyTimeThatDay);
    return {dayStart, dayStart + kDay, districtId};
}

QString AutoDispatchOutcome::refusalText() const
{
    QStringList lines;
    for (const Refusal &r : refused)
        lines << r.orderNo + QStringLiteral(": ") + r.reason;
    return lines.join(u'\n');
}

AutoDispatchSnapshot AutoDispatchService::snapshot(const AutoDispatchSelection &selection, const ad::ObjectiveWeights &weights)
{
    m_services.require(Permission::OrderDispatch);
    if (selection.windowTo <= selection.windowFrom)
        throw ServiceError::invalid(tr("Choose a time range that ends after it starts."));
    auto &db = m_services.db();
    AutoDispatchSnapshot s;
    // One office day: the providers' days are loaded for it.
    s.dayStart = domain::officeDayStart(selection.windowFrom);
    const qint64 windowTo = std::min(selection.windowTo, s.dayStart + kDay);
    s.input.rules = loadFeasibilityRules(OfficeSettings(db));
    s.input.weights = weights;

    QByteArray sql = "SELECT o.id, si.name, d.name FROM orders o JOIN service_items si ON si.id = o.service_item_id"
                     " LEFT JOIN districts d ON d.id = o.district_id"
                     " WHERE o.status = 'awaiting_dispatch' AND o.window_start >= ? AND o.window_start < ?";
    if (selection.districtId)
        sql += " AND o.district_id = ?";
    if (!selection.orderIds.isEmpty())
        sql += " AND o.id IN (" + store::placeholders(selection.orderIds.size()) + ")";
    sql += " ORDER BY o.window_start, o.id";
    auto st = db.prepare(sql);
    int pos = 0;
    st.bind(++pos, selection.windowFrom);
    st.bind(++pos, windowTo);
    if (selection.districtId)
        st.bind(++pos, selection.districtId);
    for (qint64 id : selection.orderIds)
        st.bind(++pos, id);
    QList<qint64> categories, districts;
    bool withoutDistrict = false;
    while (st.next()) {
        auto order = loadOrderForDispatch(db, st.int64(0));
        if (!order)
            continue;
        // Auto-dispatch never offers a job again to a provider who declined it
        // or let it time out (a person still may, on the board).
        order->place.declinedBy = providersWhoDeclined(db, order->place.orderId);
        s.input.orders.push_back({order->place, order->priority, order->preferredProviderId});
        s.labels.append({order->orderNo, st.text(1), st.text(2)});
        if (!categories.contains(order->place.categoryId))
            categories << order->place.categoryId;
        if (order->districtId && !districts.contains(order->districtId))
            districts << order->districtId;
        withoutDistrict = withoutDistrict || !order->districtId;
    }
    const QList<qint64> ids = candidateProviders(db, categories, districts, withoutDistrict, s.providerNames);
    const QList<dispatch::ProviderDay> days = loadProviderDays(db, ids, s.dayStart);
    s.input.days.assign(days.begin(), days.end());
    return s;
}

ad::AutoDispatchResult AutoDispatchService::plan(const AutoDispatchSnapshot &snapshot, int budgetMs, const std::atomic<bool> *cancel,
                                                 std::function<void(int, int)> progress)
{
    ad::AutoDispatchOptions options;
    options.timeBudgetMs = budgetMs;
    options.cancel = cancel;
    options.progress = std::move(progress);
    return plan(snapshot, options);
}

ad::AutoDispatchResult AutoDispatchService::plan(const AutoDispatchSnapshot &snapshot, const ad::AutoDispatchOptions &options)
{
    return ad::planAutoDispatch(snapshot.input, options);
}

AutoDispatchProposals AutoDispatchService::describe(const AutoDispatchSnapshot &snapshot, const ad::AutoDispatchResult &result)
{
    AutoDispatchProposals out;
    out.totals = result.totals;
    out.greedyTotals = result.greedyTotals;
    out.candidateProviders = int(snapshot.input.days.size());
    out.cancelled = result.cancelled;
    out.outOfTime = result.outOfTime;
    out.milliseconds = result.milliseconds;

    QHash<qint64, std::size_t> finalDay;
    for (std::size_t i = 0; i < result.days.size(); ++i)
        finalDay.insert(result.days[i].providerId, i);

    for (std::size_t i = 0; i < result.outcomes.size() && i < snapshot.input.orders.size(); ++i) {
        const ad::OrderOutcome &o = result.outcomes[i];
        const ad::OrderRequest &request = snapshot.input.orders[i];
        AutoDispatchProposal p;
        p.orderId = o.orderId;
        p.label = snapshot.labels.value(qsizetype(i));
        p.windowStart = request.order.windowStart;
        p.windowEnd = request.order.windowEnd;
        p.priority = request.priority;
        p.assigned = o.assigned;
        if (o.assigned) {
            const ad::Explanation &e = o.explanation;
            p.providerId = o.providerId;
            p.providerName = snapshot.providerNames.value(o.providerId);
            p.start = o.start;
            p.travelMinutes = e.chosen[ad::Term::Travel].raw;
            p.latenessMinutes = double(o.start - request.order.windowStart) / 60.0;
            p.score = e.chosen.total;
            if (e.hasRunnerUp) {
                p.decidingTerm = AutoDispatchText::termName(e.decidingTerm);
                p.decidingMargin = e.decidingMargin;
            }
            p.why = AutoDispatchText::whyChosen(e, snapshot.providerNames.value(e.runnerUpProviderId));
            // The planner weighs soft rules only through its costs; the
            // dispatcher sees them here, before accepting.
            if (const auto it = finalDay.constFind(o.providerId); it != finalDay.constEnd())
                p.warnings = DispatchRulesText::softMessages(
                    dispatch::checkPlacement(request.order, result.days[*it], o.start, snapshot.input.rules));
        } else {
            p.why = AutoDispatchText::whyLeftOut(o.why);
        }
        // The dispatcher (and the dispatch record) learns why the provider it
        // went to last time is not chosen now: the explanation names only the
        // runner-up, the reason only the commonest rule. Decliners that are no
        // candidate of this run (no longer serving the district, say) were
        // never in question.
        const auto &declinedBy = request.order.declinedBy;
        const int declined = int(std::count_if(snapshot.input.days.begin(), snapshot.input.days.end(), [&](const dispatch::ProviderDay &d) {
            return std::find(declinedBy.begin(), declinedBy.end(), d.providerId) != declinedBy.end();
        }));
        if (declined > 0)
            p.why += u' ' + AutoDispatchText::notOfferedAgain(declined);
        out.proposals.append(p);
    }
    std::stable_sort(out.proposals.begin(), out.proposals.end(), [](const AutoDispatchProposal &a, const AutoDispatchProposal &b) {
        return std::tie(a.windowStart, a.orderId) < std::tie(b.windowStart, b.orderId);
    });
    return out;
}

AutoDispatchProposals AutoDispatchService::propose(const AutoDispatchSelection &selection, const ad::ObjectiveWeights &weights, int budgetMs,
                                                   const std::atomic<bool> *cancel, std::function<void(int, int)> progress)
{
    const AutoDispatchSnapshot s = snapshot(selection, weights);
    return describe(s, plan(s, budgetMs, cancel, std::move(progress)));
}

QList<AutoDispatchAcceptItem> AutoDispatchService::acceptItems(const QList<AutoDispatchProposal> &proposals)
{
    QList<AutoDispatchAcceptItem> items;
    for (const AutoDispatchProposal &p : proposals)
        if (p.assigned)
            items.append({p.orderId, p.providerId, p.start, p.score, p.why});
    return items;
}

namespace {
// Rolls back an action none of whose items applied, carrying why.
struct NothingApplied
{
    AutoDispatchOutcome outcome;
};
} // namespace

AutoDispatchOutcome AutoDispatchService::accept(const QList<AutoDispatchAcceptItem> &items)
{
    return acceptAs(QStringLiteral("dispatch.auto_accept"), items, true);
}

AutoDispatchOutcome AutoDispatchService::assignPlanned(const QList<AutoDispatchAcceptItem> &items)
{
    try {
        return acceptAs(QStringLiteral("dispatch.auto_assign"), items, false);
    } catch (const NothingApplied &none) {
        return none.outcome;
    }
}

AutoDispatchOutcome AutoDispatchService::acceptAs(const QString &action, const QList<AutoDispatchAcceptItem> &items, bool throwWhenNoneApplies)
{
    return m_services.perform(Permission::OrderDispatch, action, [&](ActionContext &ctx) {
        AutoDispatchOutcome out;
        QJsonArray ids;
        for (const AutoDispatchAcceptItem &item : items) {
            OrderChange change{domain::OrderEvent::Assign};
            change.providerId = item.providerId;
            change.plannedStart = item.start;
            change.autoDispatch = true; // also refuses a provider who declined it since the plan was made
            try {
                applyOrderChange(ctx, item.orderId, change);
            } catch (const ServiceError &e) {
                // applyOrderChange refuses (status, hard rules, unknown
                // provider) before it writes anything, so skipping the item
                // leaves the transaction clean. Store errors are not caught:
                // they abort the whole action.
                out.refused.append({item.orderId, orderNumber(ctx.db(), item.orderId), QString::fromUtf8(e.what())});
                continue;
            }
            // applyOrderChange wrote the dispatch record as a person's; this
            // one was planned, and the record keeps why.
            ctx.db().run("UPDATE dispatch_records SET mode = 'auto', score = ?, explanation = ? WHERE id ="
                         " (SELECT id FROM dispatch_records WHERE order_id = ? AND undone_at IS NULL ORDER BY at DESC, id DESC LIMIT 1)",
                         item.score, item.explanation, item.orderId);
            out.done.append(item.orderId);
            ids.append(QString::number(item.orderId));
        }
        if (out.done.isEmpty()) {
            if (!throwWhenNoneApplies)
                throw NothingApplied{out};
            throw ServiceError::conflict(tr("None of the proposals can be applied any more:\n%1").arg(out.refusalText()));
        }
        ctx.describe(QStringLiteral("orders"), out.done.first(),
                     {{QStringLiteral("assigned"), int(out.done.size())}, {QStringLiteral("refused"), int(out.refused.size())},
                      {QStringLiteral("orders"), ids}});
        return out;
    });
}

AutoDispatchOutcome AutoDispatchService::undoAccepted(const QList<qint64> &orderIds)
{
    return m_services.perform(Permission::OrderDispatch, QStringLiteral("dispatch.auto_undo"), [&](ActionContext &ctx) {
        AutoDispatchOutcome out;
        QJsonArray ids;
        for (qint64 orderId : orderIds) {
            auto st = ctx.db().prepare("SELECT o.order_no, o.status, r.id, r.mode FROM orders o LEFT JOIN dispatch_records r ON r.id ="
                                       " (SELECT id FROM dispatch_records WHERE order_id = o.id AND undone_at IS NULL ORDER BY at DESC, id DESC LIMIT 1)"
                                       " WHERE o.id = ?");
            st.bind(1, orderId);
            if (!st.next()) {
                out.refused.append({orderId, QString::number(orderId), tr("No such order.")});
                continue;
            }
            const QString orderNo = st.text(0);
            const domain::OrderStatus status = storedOrderStatus(st.text(1), orderId);
            if (status != domain::OrderStatus::Assigned) {
                out.refused.append({orderId, orderNo, tr("It is %1 now.").arg(domain::orderStatusDisplayName(status))});
                continue;
            }
            // Someone moved it by hand after the plan was accepted: taking it
            // back would undo their decision, not the plan's.
            if (st.text(3) != u"auto") {
                out.refused.append({orderId, orderNo, tr("It was dispatched by hand since.")});
                continue;
            }
            const qint64 recordId = st.int64(2);
            OrderChange off{domain::OrderEvent::Unassign};
            off.reason = tr("Auto-dispatch undone");
            applyOrderChange(ctx, orderId, off);
            ctx.db().run("UPDATE dispatch_records SET undone_at = ? WHERE id = ?", ctx.now(), recordId);
            ctx.changed(QStringLiteral("dispatch_records"), recordId);
            out.done.append(orderId);
            ids.append(QString::number(orderId));
        }
        if (out.done.isEmpty())
            throw ServiceError::conflict(tr("None of these orders can be taken back:\n%1").arg(out.refusalText()));
        ctx.describe(QStringLiteral("orders"), out.done.first(),
                     {{QStringLiteral("taken_back"), int(out.done.size())}, {QStringLiteral("refused"), int(out.refused.size())},
                      {QStringLiteral("orders"), ids}});
        return out;
    });
}

} // namespace doorstep::services
