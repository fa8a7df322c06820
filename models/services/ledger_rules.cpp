#include "services/ledger_rules.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace doorstep::services::ledger {
namespace {
struct Rule
{
    qint64 id;
    QJsonObject params;
    int points;
    qint64 amountFen;
    QString description;
};

QList<Rule> activeRules(store::Database &db, const QString &trigger)
{
    QList<Rule> rules;
    auto st = db.prepare("SELECT id, params, points, amount_fen, description FROM ledger_rules WHERE trigger = ? AND active = 1 ORDER BY id");
    st.bind(1, trigger);
    while (st.next()) {
        // A rule whose params do not parse is skipped rather than guessed at.
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(st.text(1).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            continue;
        rules.append({st.int64(0), doc.object(), st.int32(2), st.int64(3), st.text(4)});
    }
    return rules;
}

bool alreadyFired(store::Database &db, qint64 providerId, qint64 ruleId, qint64 refId)
{
    return db.scalar("SELECT 1 FROM provider_ledger WHERE provider_id = ? AND rule_id = ? AND ref_id = ?", providerId, ruleId, refId).isValid();
}

// N ratings in a row of `stars`, all after the rating that earned this
// rule's previous entry, the newest being `ratingId`.
bool streakComplete(store::Database &db, qint64 providerId, qint64 ruleId, qint64 ratingId, int stars, int n)
{
    qint64 afterAt = -1, afterId = -1;
    auto last = db.prepare("SELECT r.at, r.id FROM provider_ledger l JOIN ratings r ON r.order_id = l.ref_id"
                           " WHERE l.provider_id = ? AND l.rule_id = ? ORDER BY l.at DESC, l.id DESC LIMIT 1");
    last.bindAll(providerId, ruleId);
    if (last.next()) {
        afterAt = last.int64(0);
        afterId = last.int64(1);
    }
    auto st = db.prepare("SELECT id, stars FROM ratings WHERE provider_id = ? AND (at > ? OR (at = ? AND id > ?)) ORDER BY at DESC, id DESC LIMIT ?");
    st.bindAll(providerId, afterAt, afterAt, afterId, n);
    int seen = 0;
    while (st.next()) {
        if ((seen == 0 && st.int64(0) != ratingId) || st.int32(1) != stars)
            return false;
        ++seen;
    }
    return seen == n;
}
} // namespace

Entry append(ActionContext &ctx, qint64 providerId, int points, qint64 amountFen, const QString &reason, const QString &source,
             qint64 ruleId, qint64 refId)
{
    const qint64 id = ctx.newId();
    ctx.db().run("INSERT INTO provider_ledger(id, provider_id, points, amount_fen, reason, source, rule_id, ref_id, staff_id, at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 id, providerId, points, amountFen, reason, source, ruleId ? QVariant(ruleId) : QVariant(), refId ? QVariant(refId) : QVariant(),
                 ctx.actor().staffId ? QVariant(ctx.actor().staffId) : QVariant(), ctx.now());
    ctx.db().run("UPDATE providers SET points = points + ?, updated_at = ? WHERE id = ?", points, ctx.now(), providerId);
    ctx.changed(QStringLiteral("provider_ledger"), id);
    ctx.changed(QStringLiteral("providers"), providerId);
    return {id, providerId, ruleId, points, amountFen, reason};
}

QList<Entry> ratingRecorded(ActionContext &ctx, qint64 ratingId)
{
    QList<Entry> out;
    auto r = ctx.db().prepare("SELECT provider_id, order_id, stars FROM ratings WHERE id = ?");
    r.bind(1, ratingId);
    if (!r.next())
        return out;
    const qint64 provider = r.int64(0), order = r.int64(1);
    const int stars = r.int32(2);
    for (const Rule &rule : activeRules(ctx.db(), QStringLiteral("rating"))) {
        const int wanted = rule.params.value(QStringLiteral("stars")).toInt(0);
        const int consecutive = rule.params.value(QStringLiteral("consecutive")).toInt(1);
        if (wanted != stars || alreadyFired(ctx.db(), provider, rule.id, order))
            continue;
        if (consecutive > 1 && !streakComplete(ctx.db(), provider, rule.id, ratingId, stars, consecutive))
            continue;
        // The reference is the order (as in the demo data): one rating per order.
        out.append(append(ctx, provider, rule.points, rule.amountFen, rule.description, QStringLiteral("rating"), rule.id, order));
    }
    return out;
}

QList<Entry> complaintUpheld(ActionContext &ctx, qint64 complaintId)
{
    QList<Entry> out;
    const QVariant provider = ctx.db().scalar("SELECT provider_id FROM complaints WHERE id = ? AND upheld = 1", complaintId);
    if (provider.isNull() || !provider.isValid())
        return out;
    for (const Rule &rule : activeRules(ctx.db(), QStringLiteral("complaint_upheld"))) {
        if (!alreadyFired(ctx.db(), provider.toLongLong(), rule.id, complaintId))
            out.append(append(ctx, provider.toLongLong(), rule.points, rule.amountFen, rule.description, QStringLiteral("complaint"), rule.id, complaintId));
    }
    return out;
}

QList<Entry> assessmentFailed(ActionContext &ctx, qint64 resultId)
{
    QList<Entry> out;
    const QVariant provider = ctx.db().scalar("SELECT provider_id FROM assessment_results WHERE id = ? AND passed = 0", resultId);
    if (provider.isNull() || !provider.isValid())
        return out;
    for (const Rule &rule : activeRules(ctx.db(), QStringLiteral("assessment_failed"))) {
        if (!alreadyFired(ctx.db(), provider.toLongLong(), rule.id, resultId))
            out.append(append(ctx, provider.toLongLong(), rule.points, rule.amountFen, rule.description, QStringLiteral("assessment"), rule.id, resultId));
    }
    return out;
}

} // namespace doorstep::services::ledger
