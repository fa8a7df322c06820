#include "services/store_restore.h"

#include "services/staged_store.h"
#include "services/sync_epoch.h"
#include "services/workspace.h"
#include "store/store_files.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace doorstep::services {
namespace {
struct StoreRestore
{
    Q_DECLARE_TR_FUNCTIONS(StoreRestore)
};

// -wal and -shm files left without their store (a crash after the old store
// was unlinked) would be applied to the restored one: they belong to no store.
void removeCompanions(const QString &path)
{
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}
} // namespace

RestoreOutcome restoreStore(const RestoreRequest &request, const QString &password)
{
    RestoreOutcome outcome;
    const QString target = request.targetPath;
    const QFileInfo backupInfo(request.backupPath);
    const QFileInfo targetInfo(target);
    if (backupInfo.exists() && targetInfo.exists() && backupInfo.canonicalFilePath() == targetInfo.canonicalFilePath())
        throw ServiceError::invalid(StoreRestore::tr("The backup and the store are the same file."));
    const bool replacing = targetInfo.exists();
    if (replacing && !request.replaceExisting)
        throw store::StoreError(store::StoreError::Kind::AlreadyExists, target);

    // First, before any long work: nobody may have the store open, and
    // nobody may open it until it has been replaced.
    std::optional<store::ExclusiveStoreLock> lock;
    if (replacing)
        lock.emplace(target);

    const QString staging = target + QStringLiteral(".restoring");
    {
        auto backup = Workspace::inspect(request.backupPath, request.username, password);
        backup->services().require(Permission::StoreBackup);
        outcome.backupReport = StoreMaintenance(backup->services()).verify();
        if (!outcome.backupReport.ok())
            return outcome;
        // A consistent copy (the backup's WAL included, should it have one),
        // created owner-only and synced by backupTo().
        store::removeStoreFiles(staging);
        backup->store().backupTo(staging);
    }
    outcome.keptAs = replacing ? store::keepAsideName(target) : QString();
    // The restore is recorded in the restored store's own audit log, and its
    // sync epoch moves on: the audit sequence restarts from the backup's, and
    // the server must not take the repeated ids for ones it has decided.
    recordAndSyncStagedStore(staging, request.username, password, Permission::StoreBackup, QStringLiteral("store.restore"),
                             [&](ActionContext &ctx) {
                                 advanceSyncEpoch(ctx.db(), ctx.now());
                                 ctx.describe(QString(), 0,
                                              {{QStringLiteral("source"), request.backupPath},
                                               {QStringLiteral("replaced"), replacing ? QStringLiteral("kept") : QStringLiteral("none")},
                                               {QStringLiteral("kept_as"), outcome.keptAs}});
                             });

    if (replacing) {
        // The old store, WAL and all, gets its second name before its first
        // one goes: from here on it is whole under keptAs whatever happens.
        try {
            store::keepStoreAs(target, outcome.keptAs);
        } catch (...) {
            store::removeStoreFiles(staging);
            throw;
        }
#ifdef Q_OS_WIN
        // Windows cannot remove a file another handle has open.
        lock.reset();
#endif
        // Unlinked first, its WAL after: a crash in between leaves no store
        // at the path (restore again), never the old file with a foreign WAL.
        QFile::remove(target);
    }
    removeCompanions(target);
    if (!QFile::rename(staging, target)) {
        store::removeStoreFiles(staging);
        throw store::StoreError(store::StoreError::Kind::Io,
                                replacing ? StoreRestore::tr("cannot move the restored store into place; the old store is kept as %1")
                                                .arg(outcome.keptAs)
                                          : StoreRestore::tr("cannot move the restored store into place"));
    }
    store::syncDirectory(targetInfo.absolutePath());
    outcome.restored = true;
    return outcome;
}

} // namespace doorstep::services
