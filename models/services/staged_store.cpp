#include "services/staged_store.h"

#include "services/workspace.h"
#include "store/store_files.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace doorstep::services {
namespace {
struct StagedStore
{
    Q_DECLARE_TR_FUNCTIONS(StagedStore)
};
} // namespace

void recordAndSyncStagedStore(const QString &staging, const QString &username, const QString &password,
                              Permission permission, const QString &action,
                              const std::function<void(ActionContext &)> &body)
{
    try {
        auto staged = Workspace::login(staging, username, password);
        staged->services().perform(permission, action, body);
        staged->store().db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (...) {
        store::removeStoreFiles(staging);
        throw;
    }
    // The last connection has closed: the staged store is one file again.
    if (QFileInfo::exists(staging + QStringLiteral("-wal")) || !store::syncFile(staging)) {
        store::removeStoreFiles(staging);
        throw store::StoreError(store::StoreError::Kind::Io, StagedStore::tr("cannot write %1 to the disk").arg(staging));
    }
}

} // namespace doorstep::services
