#include "services/provider_ratings.h"

#include "services/provider_flags.h"
#include "services/provider_settings.h"

namespace doorstep::services::provider_ratings {

Outcome ratingRecorded(ActionContext &ctx, qint64 ratingId)
{
    Outcome out;
    const QVariant provider = ctx.db().scalar("SELECT provider_id FROM ratings WHERE id = ?", ratingId);
    if (!provider.isValid())
        return out;
    const qint64 providerId = provider.toLongLong();
    ctx.db().run("UPDATE providers SET"
                 " rating_count = (SELECT count(*) FROM ratings WHERE provider_id = ?),"
                 " rating_avg_x100 = COALESCE((SELECT CAST(round(avg(stars) * 100) AS INTEGER) FROM ratings WHERE provider_id = ?), 0),"
                 " updated_at = ? WHERE id = ?",
                 providerId, providerId, ctx.now(), providerId);
    ctx.changed(QStringLiteral("providers"), providerId);
    out.ledger = ledger::ratingRecorded(ctx, ratingId);
    const ProviderPolicy policy = loadProviderPolicy(ctx.db());
    out.flagId = flags::raiseIfLowRating(ctx, providerId, policy.lowRatingOrders, policy.lowRatingBelowX100);
    return out;
}

RatingSummary summary(store::Database &db, qint64 providerId, qint64 now, int months, int comments)
{
    RatingSummary s;
    auto all = db.prepare("SELECT count(*), COALESCE(CAST(round(avg(stars) * 100) AS INTEGER), 0) FROM ratings WHERE provider_id = ?");
    all.bind(1, providerId);
    if (all.next()) {
        s.count = all.int32(0);
        s.averageX100 = all.int32(1);
    }
    // Months in office time (UTC+8, no daylight saving in China).
    const qint64 since = now - qint64(months) * 31 * 86400;
    auto trend = db.prepare("SELECT strftime('%Y-%m', at + 28800, 'unixepoch') AS month, count(*), CAST(round(avg(stars) * 100) AS INTEGER)"
                            " FROM ratings WHERE provider_id = ? AND at >= ? GROUP BY month ORDER BY month");
    trend.bindAll(providerId, since);
    while (trend.next())
        s.byMonth.append({trend.text(0), trend.int32(1), trend.int32(2)});
    auto recent = db.prepare("SELECT r.at, r.stars, r.comment, o.order_no FROM ratings r JOIN orders o ON o.id = r.order_id"
                             " WHERE r.provider_id = ? AND r.comment IS NOT NULL AND r.comment <> '' ORDER BY r.at DESC, r.id DESC LIMIT ?");
    recent.bindAll(providerId, comments);
    while (recent.next())
        s.recent.append({recent.int64(0), recent.int32(1), recent.text(2), recent.text(3)});
    return s;
}

} // namespace doorstep::services::provider_ratings
