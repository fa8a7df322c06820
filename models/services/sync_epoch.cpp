#include "services/sync_epoch.h"

#include "store/sqlite.h"

#include <QRandomGenerator>
#include <QVariant>

#include <algorithm>

namespace doorstep::services {

qint64 syncEpoch(store::Database &db)
{
    const QVariant v = db.scalar("SELECT value FROM meta WHERE key = 'sync_epoch'");
    bool ok = false;
    const qint64 epoch = v.toString().toLongLong(&ok);
    return ok && epoch > 0 ? epoch : 1;
}

void advanceSyncEpoch(store::Database &db, qint64 now)
{
    const qint64 next = std::max(syncEpoch(db) + 1, now * 1000 + qint64(QRandomGenerator::system()->bounded(1000)));
    // meta has no foreign keys or triggers: REPLACE is a plain overwrite here.
    db.run("INSERT OR REPLACE INTO meta(key, value) VALUES ('sync_epoch', ?)", QString::number(next));
}

} // namespace doorstep::services
