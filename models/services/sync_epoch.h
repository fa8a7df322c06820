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

// meta.sync_epoch; 1 when the store has none (written by schema v9).
qint64 syncEpoch(store::Database &db);
// Inside the restore's action: the epoch after the backup's.
void advanceSyncEpoch(store::Database &db);

} // namespace doorstep::services
