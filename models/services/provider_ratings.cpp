#include "services/provider_ratings.h"

#include "domain/office_time.h"
#include "services/office_settings.h"
#include "services/provider_flags.h"
#include "services/provider_settings.h"

#include <cmath>
#include <map>

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
    const ProviderPolicy policy = loadProviderPolicy(OfficeSettings(ctx.db()));
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
    // Months of the office's calendar (domain/office_time), counted here: a
    // provider has a few ratings a day at most.
    const qint64 since = now - qint64(months) * 31 * 86400;
    auto trend = db.prepare("SELECT at, stars FROM ratings WHERE provider_id = ? AND at >= ? ORDER BY at");
    trend.bindAll(providerId, since);
    std::map<QString, std::pair<int, int>> byMonth; // month -> (ratings, stars)
    while (trend.next()) {
        auto &[count, stars] = byMonth[domain::officeMonth(trend.int64(0))];
        ++count;
        stars += trend.int32(1);
    }
    for (const auto &[month, totals] : byMonth)
        s.byMonth.append({month, totals.first, int(std::lround(totals.second * 100.0 / totals.first))});
    auto recent = db.prepare("SELECT r.at, r.stars, r.comment, o.order_no FROM ratings r JOIN orders o ON o.id = r.order_id"
                             " WHERE r.provider_id = ? AND r.comment IS NOT NULL AND r.comment <> '' ORDER BY r.at DESC, r.id DESC LIMIT ?");
    recent.bindAll(providerId, comments);
    while (recent.next())
        s.recent.append({recent.int64(0), recent.int32(1), recent.text(2), recent.text(3)});
    return s;
}

} // namespace doorstep::services::provider_ratings
