#include "services/provider_expiry_service.h"

#include "services/provider_settings.h"
#include "services/provider_skill_change.h"
#include "services/stored_state.h"

#include <QSet>

namespace doorstep::services {

QString openSuspensionReasons(store::Database &db, qint64 providerId, qint64 categoryId)
{
    QStringList reasons;
    auto st = db.prepare("SELECT reason FROM provider_suspensions WHERE provider_id = ? AND lifted_at IS NULL"
                         " AND COALESCE(category_id, 0) = ? ORDER BY id");
    st.bindAll(providerId, categoryId);
    while (st.next())
        reasons.append(st.text(0));
    return reasons.join(QStringLiteral("; "));
}

namespace {
// An approved credential of the same kind as `c` that covers day ?1.
#define COVERED_TODAY                                                                                                   \
    "EXISTS (SELECT 1 FROM credentials v WHERE v.provider_id = c.provider_id AND v.type = c.type"                      \
    " AND (v.type <> 'qualification' OR v.qualification_code = c.qualification_code) AND v.review_status = 'approved'" \
    " AND (v.valid_from IS NULL OR v.valid_from <= ?1) AND (v.valid_to IS NULL OR v.valid_to >= ?1))"

struct Cause
{
    qint64 providerId = 0;
    qint64 categoryId = 0; // 0: the whole provider
    qint64 credentialId = 0;
    QString reason;
    bool providerWasActive = false;
    bool skillWasActive = false;
};

bool hasOpenRow(store::Database &db, qint64 providerId, qint64 categoryId, qint64 credentialId)
{
    return db.scalar("SELECT 1 FROM provider_suspensions WHERE provider_id = ? AND COALESCE(category_id, 0) = ? AND lifted_at IS NULL"
                     " AND (? = 0 OR credential_id = ?) LIMIT 1", providerId, categoryId, credentialId, credentialId).isValid();
}

// What the sweep would do on `today`: only causes that change something.
QList<Cause> plan(store::Database &db, const QString &today, SweepScope scope = SweepScope::Everything)
{
    QList<Cause> out;
    auto whole = db.prepare("SELECT c.provider_id, c.id, c.type, max(c.valid_to), p.status FROM credentials c JOIN providers p ON p.id = c.provider_id"
                            " WHERE c.type IN ('id_card','health_certificate') AND c.review_status = 'approved' AND c.valid_to < ?1"
                            " AND p.status IN ('active','suspended') AND NOT " COVERED_TODAY
                            " GROUP BY c.provider_id, c.type ORDER BY c.provider_id, c.type");
    whole.bind(1, today);
    while (whole.next()) {
        const qint64 provider = whole.int64(0), credential = whole.int64(1);
        const bool active = storedState<domain::ProviderStatus>(whole.text(4), provider) == domain::ProviderStatus::Active;
        if (hasOpenRow(db, provider, 0, credential))
            continue; // already suspended for this credential
        if (!active && !hasOpenRow(db, provider, 0, 0))
            continue; // suspended by a supervisor: theirs to lift, not ours to take over
        const QString reason = storedState<domain::CredentialType>(whole.text(2), credential) == domain::CredentialType::IdCard
            ? ProviderExpiryService::tr("ID card expired on %1").arg(whole.text(3))
            : ProviderExpiryService::tr("Health certificate expired on %1").arg(whole.text(3));
        out.append({provider, 0, credential, reason, active, false});
    }
    if (scope == SweepScope::WholeProviders)
        return out;
    auto skills = db.prepare(
        "SELECT c.provider_id, ps.category_id, c.id, max(c.valid_to), q.name, ps.status FROM credentials c"
        " JOIN providers p ON p.id = c.provider_id AND p.status IN ('active','suspended')"
        " JOIN provider_skills ps ON ps.provider_id = c.provider_id AND ps.status IN ('active','suspended')"
        " JOIN qualification_types q ON q.code = c.qualification_code"
        " WHERE c.type = 'qualification' AND c.review_status = 'approved' AND c.valid_to < ?1"
        " AND EXISTS (SELECT 1 FROM service_items si WHERE si.category_id = ps.category_id AND si.active = 1"
        "             AND si.required_qualification = c.qualification_code)"
        " AND NOT " COVERED_TODAY
        " GROUP BY c.provider_id, ps.category_id, c.qualification_code ORDER BY c.provider_id, ps.category_id");
    skills.bind(1, today);
    while (skills.next()) {
        const qint64 provider = skills.int64(0), category = skills.int64(1), credential = skills.int64(2);
        const bool active = storedState<domain::SkillStatus>(skills.text(5), provider) == domain::SkillStatus::Active;
        if (hasOpenRow(db, provider, category, credential))
            continue;
        if (!active && !hasOpenRow(db, provider, category, 0))
            continue;
        out.append({provider, category, credential,
                    ProviderExpiryService::tr("%1 expired on %2").arg(skills.text(4), skills.text(3)), false, active});
    }
    return out;
}

void suspend(ActionContext &ctx, const Cause &c)
{
    const qint64 id = ctx.newId();
    ctx.db().run("INSERT INTO provider_suspensions(id, provider_id, category_id, credential_id, reason, started_at) VALUES (?, ?, ?, ?, ?, ?)",
                 id, c.providerId, c.categoryId ? QVariant(c.categoryId) : QVariant(), c.credentialId, c.reason, ctx.now());
    ctx.changed(QStringLiteral("provider_suspensions"), id);
    const QString reasons = openSuspensionReasons(ctx.db(), c.providerId, c.categoryId);
    if (c.categoryId == 0) {
        ctx.db().run("UPDATE providers SET status = 'suspended', status_reason = ?, updated_at = ? WHERE id = ?", reasons, ctx.now(), c.providerId);
        ctx.changed(QStringLiteral("providers"), c.providerId);
    } else {
        ctx.db().run("UPDATE provider_skills SET status = 'suspended', suspended_reason = ? WHERE provider_id = ? AND category_id = ?",
                     reasons, c.providerId, c.categoryId);
        ctx.changed(providerSkillChange(ctx.db(), c.providerId, c.categoryId));
    }
}
} // namespace

bool ProviderExpiryService::isDue(store::Database &db, QDate today)
{
    return !plan(db, today.toString(Qt::ISODate)).isEmpty();
}

SweepResult ProviderExpiryService::sweep(QDate today)
{
    m_services.require(Permission::ProviderView);
    const QDate day = today.isValid() ? today : m_services.clock().officeToday();
    // Read first: a console opened on a quiet day writes nothing at all.
    if (plan(m_services.db(), day.toString(Qt::ISODate)).isEmpty())
        return {};
    return m_services.perform(Permission::ProviderView, QStringLiteral("provider.expiry_sweep"), [&](ActionContext &ctx) {
        const SweepResult r = suspendLapsed(ctx, day);
        ctx.describe(QStringLiteral("providers"), 0,
                     {{QStringLiteral("today"), day.toString(Qt::ISODate)}, {QStringLiteral("providers_suspended"), r.providersSuspended},
                      {QStringLiteral("skills_suspended"), r.skillsSuspended}, {QStringLiteral("suspensions"), r.suspensionsRecorded}});
        return r;
    });
}

SweepResult ProviderExpiryService::suspendLapsed(ActionContext &ctx, QDate today, SweepScope scope)
{
    SweepResult r;
    // One provider or skill may have several causes: count each once.
    QSet<qint64> providers;
    QSet<std::pair<qint64, qint64>> skills;
    for (const Cause &c : plan(ctx.db(), today.toString(Qt::ISODate), scope)) {
        suspend(ctx, c);
        ++r.suspensionsRecorded;
        if (c.categoryId == 0 && c.providerWasActive)
            providers.insert(c.providerId);
        if (c.categoryId != 0 && c.skillWasActive)
            skills.insert({c.providerId, c.categoryId});
    }
    r.providersSuspended = int(providers.size());
    r.skillsSuspended = int(skills.size());
    return r;
}

LiftResult ProviderExpiryService::liftResolved(ActionContext &ctx, qint64 providerId, QDate today, qint64 byCredentialId)
{
    LiftResult out;
    const QString day = today.toString(Qt::ISODate);
    struct Open { qint64 id; qint64 category; };
    QList<Open> resolved;
    auto st = ctx.db().prepare("SELECT s.id, COALESCE(s.category_id, 0) FROM provider_suspensions s JOIN credentials c ON c.id = s.credential_id"
                               " WHERE s.provider_id = ?2 AND s.lifted_at IS NULL AND " COVERED_TODAY " ORDER BY s.id");
    st.bind(1, day);
    st.bind(2, providerId);
    while (st.next())
        resolved.append({st.int64(0), st.int64(1)});

    QList<qint64> scopes;
    for (const Open &o : resolved)
        if (!scopes.contains(o.category))
            scopes.append(o.category);
    for (qint64 category : scopes) {
        const QString before = openSuspensionReasons(ctx.db(), providerId, category);
        for (const Open &o : resolved) {
            if (o.category != category)
                continue;
            ctx.db().run("UPDATE provider_suspensions SET lifted_at = ?, lifted_by_credential_id = ? WHERE id = ?", ctx.now(),
                         byCredentialId ? QVariant(byCredentialId) : QVariant(), o.id);
            ctx.changed(QStringLiteral("provider_suspensions"), o.id);
        }
        const QString after = openSuspensionReasons(ctx.db(), providerId, category);
        // Only a suspension that is still ours (its reason is the one the
        // sweep wrote) is lifted or narrowed; a supervisor's stays.
        if (category == 0) {
            ctx.db().run("UPDATE providers SET status = CASE WHEN COALESCE(?1, '') = '' THEN 'active' ELSE 'suspended' END,"
                         " status_reason = NULLIF(?1, ''), updated_at = ?2 WHERE id = ?3 AND status = 'suspended' AND status_reason = ?4",
                         after, ctx.now(), providerId, before);
            if (ctx.db().changes() > 0) {
                ctx.changed(QStringLiteral("providers"), providerId);
                out.providerReactivated = after.isEmpty();
            }
        } else {
            ctx.db().run("UPDATE provider_skills SET status = CASE WHEN COALESCE(?1, '') = '' THEN 'active' ELSE 'suspended' END,"
                         " suspended_reason = NULLIF(?1, '') WHERE provider_id = ?2 AND category_id = ?3 AND status = 'suspended'"
                         " AND suspended_reason = ?4",
                         after, providerId, category, before);
            if (ctx.db().changes() > 0) {
                ctx.changed(providerSkillChange(ctx.db(), providerId, category));
                out.skillsRestored += after.isEmpty() ? 1 : 0;
            }
        }
    }
    out.suspensionsLifted = int(resolved.size());
    return out;
}

} // namespace doorstep::services
