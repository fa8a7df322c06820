#pragma once
// Store-wide operations for administrators: integrity verification and
// backups. Both are audited.
#include "services/service_layer.h"

namespace doorstep::services {

struct VerifyReport
{
    QStringList pageProblems;     // SQLCipher page authentication, b-tree structure, foreign keys
    AuditVerification audit;
    bool ok() const { return pageProblems.isEmpty() && audit.ok; }
};

class StoreMaintenance
{
public:
    explicit StoreMaintenance(ServiceLayer &services) : m_services(services) {}
    // Read-only: records nothing, so verifying never changes the store.
    VerifyReport verify();
    void backup(const QString &targetPath, const std::function<bool(int)> &progress = {});

private:
    ServiceLayer &m_services;
};

} // namespace doorstep::services
