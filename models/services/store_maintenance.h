#pragma once
// Store-wide operations for administrators: integrity verification, backups
// and rebuilding the statistics rollups. Backups and rebuilds are audited.
#include "services/service_layer.h"

namespace doorstep::services {

struct VerifyReport
{
    QStringList pageProblems;     // SQLCipher page authentication, b-tree structure, foreign keys
    AuditVerification audit;
    QStringList rollupProblems;   // statistics rollups that differ from the orders (store/stats_rollups)
    bool ok() const { return pageProblems.isEmpty() && audit.ok && rollupProblems.isEmpty(); }
};

class StoreMaintenance
{
public:
    explicit StoreMaintenance(ServiceLayer &services) : m_services(services) {}
    // The parts of a verification, in order; each can take minutes on a large
    // store (the page check reads every page), so callers can say which runs.
    enum class VerifyStep { Pages, AuditChain, Rollups };
    // Read-only: records nothing, so verifying never changes the store.
    // onStep is told before each part starts.
    VerifyReport verify(const std::function<void(VerifyStep)> &onStep = {});
    void backup(const QString &targetPath, const std::function<bool(int)> &progress = {});
    // Recomputes the statistics rollups from the orders (after verify found
    // them damaged): audited, derived data only, so nothing is queued for sync.
    // Whoever may verify may mend what verify finds. Returns the orders counted.
    qint64 rebuildRollups();

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
