#include "services/store_maintenance.h"

#include "store/stats_rollups.h"

namespace doorstep::services {

VerifyReport StoreMaintenance::verify(const std::function<void(VerifyStep)> &onStep)
{
    m_services.require(Permission::StoreVerify);
    const auto step = [&](VerifyStep s) {
        if (onStep)
            onStep(s);
    };
    VerifyReport report;
    step(VerifyStep::Pages);
    report.pageProblems = m_services.store().integrityProblems();
    step(VerifyStep::AuditChain);
    try {
        report.audit = audit::verify(m_services.db());
    } catch (const store::SqlError &e) {
        report.audit.ok = false;
        report.audit.reason = e.message();
    }
    step(VerifyStep::Rollups);
    try {
        report.rollupProblems = store::rollupProblems(m_services.db());
    } catch (const store::SqlError &e) {
        report.rollupProblems.append(e.message());
    }
    return report;
}

void StoreMaintenance::backup(const QString &targetPath, const std::function<bool(int)> &progress)
{
    // The audit entry is written first, so the copy itself records that it was made.
    m_services.perform(Permission::StoreBackup, QStringLiteral("store.backup"), [&](ActionContext &ctx) {
        ctx.describe(QString(), 0, {{QStringLiteral("target"), targetPath}});
    });
    m_services.store().backupTo(targetPath, progress);
}

qint64 StoreMaintenance::rebuildRollups()
{
    return m_services.perform(Permission::StoreVerify, QStringLiteral("store.rebuild_rollups"), [&](ActionContext &ctx) {
        store::rebuildRollups(ctx.db());
        const qint64 orders = ctx.db().scalar("SELECT count(*) FROM stats_order_facts").toLongLong();
        ctx.describe(QString(), 0, {{QStringLiteral("orders"), orders}});
        return orders;
    });
}

} // namespace doorstep::services
