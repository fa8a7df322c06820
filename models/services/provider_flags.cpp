#include "services/provider_flags.h"

#include <QCoreApplication>

namespace doorstep::services::flags {
namespace {
bool openFlag(store::Database &db, qint64 providerId, const char16_t *kind, qint64 refId)
{
    return db.scalar("SELECT 1 FROM provider_flags WHERE provider_id = ? AND kind = ? AND state = 'open' AND (? = 0 OR ref_id = ?)",
                     providerId, QString::fromUtf16(kind), refId, refId).isValid();
}

qint64 lastDecision(store::Database &db, qint64 providerId, const char16_t *kind, qint64 refId)
{
    return db.scalar("SELECT COALESCE(max(decided_at), -1) FROM provider_flags WHERE provider_id = ? AND kind = ? AND state <> 'open'"
                     " AND (? = 0 OR ref_id = ?)", providerId, QString::fromUtf16(kind), refId, refId).toLongLong();
}

qint64 raise(ActionContext &ctx, qint64 providerId, const char16_t *kind, qint64 refId, const QString &detail)
{
    const qint64 id = ctx.newId();
    ctx.db().run("INSERT INTO provider_flags(id, provider_id, kind, ref_id, detail, raised_at) VALUES (?, ?, ?, ?, ?, ?)",
                 id, providerId, QString::fromUtf16(kind), refId ? QVariant(refId) : QVariant(), detail, ctx.now());
    ctx.changed(QStringLiteral("provider_flags"), id);
    return id;
}
} // namespace

std::optional<qint64> raiseIfFailedTwice(ActionContext &ctx, qint64 providerId, qint64 assessmentId)
{
    if (openFlag(ctx.db(), providerId, u"assessment_failed_twice", assessmentId))
        return std::nullopt;
    const qint64 since = lastDecision(ctx.db(), providerId, u"assessment_failed_twice", assessmentId);
    const int failures = ctx.db().scalar("SELECT count(*) FROM assessment_results WHERE provider_id = ? AND assessment_id = ? AND passed = 0"
                                         " AND taken_at > ?", providerId, assessmentId, since).toInt();
    if (failures < 2)
        return std::nullopt;
    const QString title = ctx.db().scalar("SELECT title FROM assessments WHERE id = ?", assessmentId).toString();
    return raise(ctx, providerId, u"assessment_failed_twice", assessmentId,
                 QCoreApplication::translate("ProviderFlags", "Failed the assessment \"%1\" %2 times.").arg(title).arg(failures));
}

std::optional<qint64> raiseIfLowRating(ActionContext &ctx, qint64 providerId, int orders, int belowX100)
{
    if (orders <= 0 || openFlag(ctx.db(), providerId, u"low_rating", 0))
        return std::nullopt;
    const qint64 since = lastDecision(ctx.db(), providerId, u"low_rating", 0);
    auto st = ctx.db().prepare("SELECT count(*), COALESCE(sum(stars), 0) FROM (SELECT stars FROM ratings WHERE provider_id = ? AND at > ?"
                               " ORDER BY at DESC, id DESC LIMIT ?)");
    st.bindAll(providerId, since, orders);
    if (!st.next() || st.int32(0) < orders)
        return std::nullopt; // too few ratings to judge
    const qint64 sumX100 = st.int64(1) * 100;
    if (sumX100 >= qint64(belowX100) * orders)
        return std::nullopt;
    const double average = double(st.int64(1)) / orders;
    return raise(ctx, providerId, u"low_rating", 0,
                 QCoreApplication::translate("ProviderFlags", "Average rating %1 over the last %2 orders, below %3.")
                     .arg(QString::number(average, 'f', 2)).arg(orders).arg(QString::number(belowX100 / 100.0, 'f', 2)));
}

std::optional<qint64> raiseIfRepeatedlyUpheld(ActionContext &ctx, qint64 providerId, int count, int days)
{
    if (count <= 0 || openFlag(ctx.db(), providerId, u"upheld_complaints", 0))
        return std::nullopt;
    const qint64 since = std::max(lastDecision(ctx.db(), providerId, u"upheld_complaints", 0), ctx.now() - qint64(days) * 86400);
    const int upheld = ctx.db().scalar("SELECT count(*) FROM complaints WHERE provider_id = ? AND upheld = 1 AND resolved_at > ?",
                                       providerId, since).toInt();
    if (upheld < count)
        return std::nullopt;
    return raise(ctx, providerId, u"upheld_complaints", 0,
                 QCoreApplication::translate("ProviderFlags", "%1 complaints upheld within %2 days.").arg(upheld).arg(days));
}

} // namespace doorstep::services::flags
