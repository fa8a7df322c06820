#pragma once
// Rotating the store's data key. Wiping a removed account's key slot is not
// enough: a backup or copy made before the removal still holds that slot, and
// the slot with the old password yields the data key; while the store is
// still encrypted under that key, the copy's slot opens the current store.
// Rotation re-encrypts the store under a new random key, so old slots open
// only old copies.
//
// Removing an account marks the rotation due (in the removal's transaction);
// the console rotates right after the removal unless the administrator defers
// it, and warns while it is due. The steps (rotateDataKey):
//  1. log in as the administrator (Permission::StoreRekey); every slot must
//     be a key-pair slot, so the new key can be sealed to it without its
//     password (older slots turn into key-pair slots at their next login);
//  2. take the store exclusively: refused (Busy) while any other console or
//     command has it open; nobody can open it until step 5;
//  3. export a copy under a new random key to PATH.rekeying (owner-only), its
//     slots sealed to the new key, with progress and cancel;
//  4. record "store.rekey" in the copy's audit log and clear the due mark
//     there; sync the copy to the disk;
//  5. the old file leaves WAL mode, then the copy takes its name in one
//     rename: at every instant the path holds the old store or the new one.
// A crash before step 5 leaves the old store and a PATH.rekeying that the
// next rotation removes; after it, the new store.
#include "services/service_layer.h"

#include <functional>

namespace doorstep::services {

struct RotationDue
{
    qint64 sinceUtc = 0;         // the first removal not yet followed by a rotation; 0 when none
    QStringList removedAccounts; // removed since the last rotation
    bool isDue() const { return sinceUtc > 0; }
};
RotationDue rotationDue(store::Database &db);
// Inside a staff removal's action: the data key is due for rotation.
void markRotationDue(ActionContext &ctx, const QString &removedUsername);

struct RotationOutcome
{
    int accounts = 0;            // key slots sealed to the new key
    qint64 storeBytes = 0;       // size of the re-encrypted store
    qint64 elapsedMs = 0;
    QStringList removedAccounts; // what made the rotation due (empty: rotated on request)
};

class DataKeyRotation
{
    Q_DECLARE_TR_FUNCTIONS(DataKeyRotation)
public:
    // Re-encrypts the store at `path` as `username` (an administrator),
    // whose password is passed alone so the caller's wiped buffer stays the
    // only copy. Throws StoreError (Busy: open elsewhere; Cancelled: progress
    // returned false) or ServiceError; the store is then unchanged.
    // progress(percent) runs on the calling thread.
    static RotationOutcome rotate(const QString &path, const QString &username, const QString &password,
                                  const std::function<bool(int percent)> &progress = {});
    // "about 3 minutes" for a store of this size, at the rate bench_rekey
    // measured (README, Benchmarks), for the window to say what to expect.
    static QString durationEstimate(qint64 storeBytes);
    // The user stopped it (progress returned false): the store is as it was.
    static bool wasCancelled(const std::exception &e);
};

} // namespace doorstep::services
