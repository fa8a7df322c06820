#include "services/sla_policies.h"

#include "store/sqlite.h"

namespace doorstep::services {
namespace {

// The shipped rows' ids (schema v8): small and fixed, the same in every
// office, so a row the office adds for a missing pair gets the same one.
qint64 policyId(domain::ComplaintCategory category, domain::ComplaintSeverity severity)
{
    return qint64(category) * qint64(domain::allStates<domain::ComplaintSeverity>().size()) + qint64(severity) + 1;
}

QString keyOf(domain::ComplaintCategory category, domain::ComplaintSeverity severity)
{
    return QStringLiteral("sla_policies.") + domain::stateKey(category) + u'.' + domain::stateKey(severity);
}

// How it is stored in the audit detail and the outbox: "240 business_minutes".
QString stored(SlaTarget t)
{
    return QString::number(t.amount) + u' ' + slaUnitKey(t.unit);
}

std::optional<SlaPolicy> storedPolicy(store::Database &db, domain::ComplaintCategory category, domain::ComplaintSeverity severity)
{
    if (!db.scalar("SELECT 1 FROM sla_policies WHERE category = ? AND severity = ?", domain::stateKey(category), domain::stateKey(severity))
             .isValid())
        return std::nullopt;
    return SlaClock::policy(db, category, severity);
}

} // namespace

int SlaPolicyService::maxAmount(SlaUnit unit)
{
    switch (unit) {
    case SlaUnit::Minutes:
        return 30 * 24 * 60;
    case SlaUnit::BusinessMinutes:
        return 100 * 60;
    case SlaUnit::BusinessDays:
        return 60;
    }
    Q_UNREACHABLE();
}

QString SlaPolicyService::describe(SlaTarget t)
{
    switch (t.unit) {
    case SlaUnit::Minutes:
        return t.amount % 60 == 0 && t.amount >= 60 ? tr("%n hour(s) around the clock", nullptr, t.amount / 60)
                                                    : tr("%n minute(s) around the clock", nullptr, t.amount);
    case SlaUnit::BusinessMinutes:
        return t.amount % 60 == 0 && t.amount >= 60 ? tr("%n business hour(s)", nullptr, t.amount / 60)
                                                    : tr("%n business minute(s)", nullptr, t.amount);
    case SlaUnit::BusinessDays:
        return tr("%n business day(s)", nullptr, t.amount);
    }
    Q_UNREACHABLE();
}

QList<SlaPolicyRow> SlaPolicyService::list(store::Database &db)
{
    QList<SlaPolicyRow> rows;
    for (auto category : domain::allStates<domain::ComplaintCategory>())
        for (auto severity : domain::allStates<domain::ComplaintSeverity>())
            rows.append({category, severity, storedPolicy(db, category, severity)});
    return rows;
}

SlaPolicySaved SlaPolicyService::set(domain::ComplaintCategory category, domain::ComplaintSeverity severity, const SlaPolicy &policy)
{
    const auto same = [](SlaTarget a, SlaTarget b) { return a.amount == b.amount && a.unit == b.unit; };
    const auto openOfKind = [&](store::Database &db) {
        return db.scalar("SELECT count(*) FROM complaints WHERE category = ? AND severity = ?"
                         " AND status IN ('open', 'investigating', 'waiting_customer')",
                         domain::stateKey(category), domain::stateKey(severity))
            .toInt();
    };
    // Refused to whoever may not edit policies, even when nothing would change;
    // saving the policy as it is writes nothing and leaves no audit entry.
    m_services.require(Permission::SlaPolicyEdit);
    if (const auto now = storedPolicy(m_services.db(), category, severity);
        now && same(now->firstResponse, policy.firstResponse) && same(now->resolution, policy.resolution))
        return {false, openOfKind(m_services.db())};
    return m_services.perform(Permission::SlaPolicyEdit, QStringLiteral("sla.policy_set"), [&](ActionContext &ctx) {
        const auto inRange = [](SlaTarget t) { return t.amount >= 1 && t.amount <= maxAmount(t.unit); };
        const auto range = [](SlaTarget t) { return describe({maxAmount(t.unit), t.unit}); };
        if (!inRange(policy.firstResponse))
            throw ServiceError::invalid(tr("The first-response target must be at least 1 and at most %1 (%2).")
                                            .arg(maxAmount(policy.firstResponse.unit)).arg(range(policy.firstResponse)));
        if (!inRange(policy.resolution))
            throw ServiceError::invalid(tr("The resolution target must be at least 1 and at most %1 (%2).")
                                            .arg(maxAmount(policy.resolution.unit)).arg(range(policy.resolution)));
        // The first response comes before the resolution: in one unit, by the
        // amounts; across units, as a complaint recorded now would count them
        // on the office's clock and calendar.
        bool later = false;
        if (policy.firstResponse.unit == policy.resolution.unit) {
            later = policy.firstResponse.amount > policy.resolution.amount;
        } else {
            const SlaClock sla(ctx.db());
            later = sla.deadline(ctx.now(), policy.firstResponse).due > sla.deadline(ctx.now(), policy.resolution).due;
        }
        if (later)
            throw ServiceError::invalid(tr("The first response (%1) would be due after the resolution (%2); "
                                           "a complaint must be answered before it is resolved.")
                                            .arg(describe(policy.firstResponse), describe(policy.resolution)));

        const std::optional<SlaPolicy> before = storedPolicy(ctx.db(), category, severity);
        const QVariant storedId = ctx.db().scalar("SELECT id FROM sla_policies WHERE category = ? AND severity = ?",
                                                  domain::stateKey(category), domain::stateKey(severity));
        const qint64 id = storedId.isValid() ? storedId.toLongLong() : policyId(category, severity);
        if (storedId.isValid())
            ctx.db().run("UPDATE sla_policies SET first_response_amount = ?, first_response_unit = ?, resolution_amount = ?, resolution_unit = ?"
                         " WHERE id = ?",
                         policy.firstResponse.amount, slaUnitKey(policy.firstResponse.unit), policy.resolution.amount,
                         slaUnitKey(policy.resolution.unit), id);
        else
            ctx.db().run("INSERT INTO sla_policies(id, category, severity, first_response_amount, first_response_unit, resolution_amount,"
                         " resolution_unit) VALUES (?, ?, ?, ?, ?, ?, ?)",
                         id, domain::stateKey(category), domain::stateKey(severity), policy.firstResponse.amount,
                         slaUnitKey(policy.firstResponse.unit), policy.resolution.amount, slaUnitKey(policy.resolution.unit));
        // Deadlines already stored are left as they are (see the header).
        const SlaPolicySaved saved{true, openOfKind(ctx.db())};
        const QString after = stored(policy.firstResponse) + u" / " + stored(policy.resolution);
        ctx.changed(Change{QStringLiteral("settings"), 0, Change::Op::Upsert,
                           {{QStringLiteral("key"), keyOf(category, severity)}, {QStringLiteral("value"), after}}});
        ctx.describe(QStringLiteral("sla_policies"), id,
                     {{QStringLiteral("category"), domain::stateKey(category)},
                      {QStringLiteral("severity"), domain::stateKey(severity)},
                      {QStringLiteral("before"), before ? QJsonValue(QString(stored(before->firstResponse) + u" / " + stored(before->resolution)))
                                                        : QJsonValue()},
                      {QStringLiteral("after"), after},
                      {QStringLiteral("open_complaints_kept"), saved.openComplaintsKept}});
        return saved;
    });
}

} // namespace doorstep::services
