#include "services/provider_discipline_service.h"

#include "domain/provider_states.h"
#include "services/provider_flags.h"
#include "services/provider_rows.h"
#include "services/stored_state.h"

namespace doorstep::services {
namespace {
struct Flag
{
    qint64 providerId = 0;
    QString detail;
};

Flag openFlag(store::Database &db, qint64 flagId)
{
    auto st = requireRow(db, "SELECT provider_id, detail, state FROM provider_flags WHERE id = ?", flagId,
                         ProviderDisciplineService::tr("No such flag."));
    if (storedState<domain::FlagState>(st.text(2), flagId) != domain::FlagState::Open)
        throw ServiceError::conflict(ProviderDisciplineService::tr("This flag has already been decided."));
    return {st.int64(0), st.text(1)};
}
} // namespace

qint64 ProviderDisciplineService::recordCourseCompletion(qint64 providerId, qint64 courseId, qint64 completedAt)
{
    return m_services.perform(Permission::ProviderDiscipline, QStringLiteral("provider.course_completed"), [&](ActionContext &ctx) {
        requireProvider(ctx.db(), providerId);
        if (!ctx.db().scalar("SELECT 1 FROM courses WHERE id = ?", courseId).isValid())
            throw ServiceError::notFound(tr("No such course."));
        const qint64 at = completedAt > 0 ? completedAt : ctx.now();
        if (at > ctx.now())
            throw ServiceError::invalid(tr("A course cannot be completed in the future."));
        const qint64 id = ctx.newId();
        ctx.db().run("INSERT INTO course_completions(id, provider_id, course_id, completed_at) VALUES (?, ?, ?, ?)", id, providerId, courseId, at);
        ctx.changed(QStringLiteral("course_completions"), id);
        ctx.describe(QStringLiteral("course_completions"), id, {{QStringLiteral("course"), QString::number(courseId)}});
        return id;
    });
}

AssessmentOutcome ProviderDisciplineService::recordAssessment(qint64 providerId, qint64 assessmentId, int score, qint64 takenAt)
{
    return m_services.perform(Permission::ProviderDiscipline, QStringLiteral("provider.assessment_result"), [&](ActionContext &ctx) {
        requireProvider(ctx.db(), providerId);
        const QVariant passMark = ctx.db().scalar("SELECT pass_mark FROM assessments WHERE id = ?", assessmentId);
        if (!passMark.isValid())
            throw ServiceError::notFound(tr("No such assessment."));
        if (score < 0 || score > 100)
            throw ServiceError::invalid(tr("A score is 0 to 100."));
        const qint64 at = takenAt > 0 ? takenAt : ctx.now();
        if (at > ctx.now())
            throw ServiceError::invalid(tr("An assessment cannot be taken in the future."));
        AssessmentOutcome out;
        out.passMark = passMark.toInt();
        out.passed = score >= out.passMark;
        out.resultId = ctx.newId();
        ctx.db().run("INSERT INTO assessment_results(id, provider_id, assessment_id, score, passed, taken_at) VALUES (?, ?, ?, ?, ?, ?)",
                     out.resultId, providerId, assessmentId, score, out.passed, at);
        ctx.changed(QStringLiteral("assessment_results"), out.resultId);
        if (!out.passed) {
            out.ledger = ledger::assessmentFailed(ctx, out.resultId);
            out.flagId = flags::raiseIfFailedTwice(ctx, providerId, assessmentId);
        }
        ctx.describe(QStringLiteral("assessment_results"), out.resultId,
                     {{QStringLiteral("score"), score}, {QStringLiteral("passed"), out.passed},
                      {QStringLiteral("flagged"), out.flagId.has_value()}});
        return out;
    });
}

int ProviderDisciplineService::confirmFlag(qint64 flagId, const QString &reason)
{
    return m_services.perform(Permission::ProviderDiscipline, QStringLiteral("provider.flag.confirm"), [&](ActionContext &ctx) {
        const QString why = reason.trimmed();
        if (why.isEmpty())
            throw ServiceError::invalid(tr("Please say why the provider is deactivated."));
        const Flag flag = openFlag(ctx.db(), flagId);
        ctx.db().run("UPDATE provider_flags SET state = 'confirmed', decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ?",
                     ctx.actor().staffId, ctx.now(), why, flagId);
        ctx.changed(QStringLiteral("provider_flags"), flagId);
        // The provider's other open flags proposed the same deactivation: it
        // is decided now, so they are settled with it (and say so).
        QList<qint64> others;
        auto st = ctx.db().prepare("SELECT id FROM provider_flags WHERE provider_id = ? AND state = 'open' AND id <> ? ORDER BY id");
        st.bindAll(flag.providerId, flagId);
        while (st.next())
            others.append(st.int64(0));
        const QString settled = tr("Settled by the deactivation: %1").arg(why);
        for (qint64 other : std::as_const(others)) {
            ctx.db().run("UPDATE provider_flags SET state = 'confirmed', decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ?",
                         ctx.actor().staffId, ctx.now(), settled, other);
            ctx.changed(QStringLiteral("provider_flags"), other);
        }
        ctx.db().run("UPDATE providers SET status = 'deactivated', status_reason = ?, updated_at = ? WHERE id = ?",
                     flag.detail + QStringLiteral(" — ") + why, ctx.now(), flag.providerId);
        ctx.changed(QStringLiteral("providers"), flag.providerId);
        // The reason may name the person: it stays with the flag, not in the audit detail.
        ctx.describe(QStringLiteral("provider_flags"), flagId,
                     {{QStringLiteral("provider"), QString::number(flag.providerId)}, {QStringLiteral("settled_flags"), int(others.size())}});
        return int(others.size());
    });
}

void ProviderDisciplineService::overrideFlag(qint64 flagId, const QString &reason)
{
    m_services.perform(Permission::ProviderDiscipline, QStringLiteral("provider.flag.override"), [&](ActionContext &ctx) {
        if (reason.trimmed().isEmpty())
            throw ServiceError::invalid(tr("Please say why the provider stays."));
        const Flag flag = openFlag(ctx.db(), flagId);
        ctx.db().run("UPDATE provider_flags SET state = 'overridden', decided_by = ?, decided_at = ?, decision_reason = ? WHERE id = ?",
                     ctx.actor().staffId, ctx.now(), reason.trimmed(), flagId);
        ctx.changed(QStringLiteral("provider_flags"), flagId);
        ctx.describe(QStringLiteral("provider_flags"), flagId, {{QStringLiteral("provider"), QString::number(flag.providerId)}});
    });
}

qint64 ProviderDisciplineService::addLedgerEntry(qint64 providerId, int points, qint64 amountFen, const QString &reason)
{
    return m_services.perform(Permission::ProviderDiscipline, QStringLiteral("provider.ledger.manual"), [&](ActionContext &ctx) {
        if (reason.trimmed().isEmpty())
            throw ServiceError::invalid(tr("Please give a reason for the entry."));
        if (points == 0 && amountFen == 0)
            throw ServiceError::invalid(tr("An entry moves points, money or both."));
        requireProvider(ctx.db(), providerId);
        const ledger::Entry e = ledger::append(ctx, providerId, points, amountFen, reason.trimmed(), QStringLiteral("manual"), 0, 0);
        ctx.describe(QStringLiteral("provider_ledger"), e.id, {{QStringLiteral("points"), points}, {QStringLiteral("amount_fen"), amountFen}});
        return e.id;
    });
}

} // namespace doorstep::services
