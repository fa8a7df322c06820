#include "services/sync_epoch.h"

#include "store/sqlite.h"

#include <QVariant>

namespace doorstep::services {

qint64 syncEpoch(store::Database &db)
{
    const QVariant v = db.scalar("SELECT value FROM meta WHERE key = 'sync_epoch'");
    bool ok = false;
    const qint64 epoch = v.toString().toLongLong(&ok);
    return ok && epoch > 0 ? epoch : 1;
}

void advanceSyncEpoch(store::Database &db)
{
    // meta has no foreign keys or triggers: REPLACE is a plain overwrite here.
    db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('sync_epoch', ?)", QString::number(syncEpoch(db) + 1));
}

} // namespace doorstep::services
