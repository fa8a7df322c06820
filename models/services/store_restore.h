#pragma once
// Putting a backup in place of a store (doorstep-cli restore). The rules:
//  - only an administrator of the backup may restore it (Permission::StoreBackup,
//    checked with their own password on the backup: it becomes the store in
//    use, so its accounts are the ones that count; the store being replaced
//    may be too damaged to open for anyone, which is why one restores);
//  - the backup must open and pass verify (pages and audit chain);
//  - refused while any console or command has the store open (an exclusive
//    lock on the file, StoreError::Busy), and the lock is held throughout;
//  - the replaced store is kept whole with its WAL as FILE.before-restore
//    (-2, -3, ... when that name is taken), never deleted;
//  - the restored store is a fresh consistent copy of the backup (owner-only,
//    synced before and after its rename) whose audit log records the restore
//    ("store.restore": the backup's path and what became of the old store).
#include "services/store_maintenance.h"

namespace doorstep::services {

struct RestoreRequest
{
    QString backupPath;
    QString targetPath;
    QString username;
    bool replaceExisting = false; // without it, an existing store is refused (AlreadyExists)
};

struct RestoreOutcome
{
    VerifyReport backupReport; // when !backupReport.ok(), nothing was changed
    bool restored = false;
    QString keptAs;            // the replaced store's new name; empty when there was none
};

// The password is passed on its own (not copied into the request), so the
// caller's wiped buffer (store::SecretText) is the only copy.
RestoreOutcome restoreStore(const RestoreRequest &request, const QString &password);

} // namespace doorstep::services
