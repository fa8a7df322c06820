#pragma once
// The sync epoch (server/PROTOCOL.md, "Mutations and push"): mutation ids are
// audit sequence numbers, keyed by the store uid and this epoch. A restore
// from a backup puts the audit log back to the backup's day, so the ids that
// follow repeat ones the server has already decided; the restore advances the
// epoch so the server keeps them apart (the store uid stays the same).
#include <QtGlobal>

namespace doorstep::store {
class Database;
}

namespace doorstep::services {

// meta.sync_epoch; 1 when the store has none (written by schema v10).
qint64 syncEpoch(store::Database &db);
// Inside the restore's action. Not simply the backup's epoch + 1: the same
// backup may be restored twice, and both would get the same epoch. So the
// new epoch is the restore's time in milliseconds (now: the action's UTC
// seconds) plus a random 0-999, and always above the backup's.
void advanceSyncEpoch(store::Database &db, qint64 now);

} // namespace doorstep::services
