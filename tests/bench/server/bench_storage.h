#pragma once
// The storage a server benchmark runs on, named on its command line:
// "embedded" (an encrypted store in dir) or "postgresql" (a database in a
// throwaway cluster, started here; the cluster must outlive the storage, so
// the caller owns it). Empty, with *error set, for anything else or a cluster
// that would not start.
#include "../../server/pg_cluster.h"
#include "storage/embedded_storage.h"
#include "storage/pg_storage.h"
#include "store/key_crypto.h"

#include <QTemporaryDir>

#include <memory>

namespace doorstep::tests {

inline std::unique_ptr<server::SyncStorage> openBenchStorage(const QString &backend, const QTemporaryDir &dir, PgCluster &cluster,
                                                             QString *error)
{
    if (backend == u"postgresql") {
        const QString conninfo = cluster.start() ? cluster.createDatabase(QStringLiteral("bench")) : QString();
        if (conninfo.isEmpty()) {
            *error = QStringLiteral("PostgreSQL: ") + cluster.error();
            return nullptr;
        }
        return std::make_unique<server::PgStorage>(conninfo);
    }
    if (backend == u"embedded")
        return server::EmbeddedStorage::create(dir.filePath(QStringLiteral("server.db")),
                                               store::SecretBytes(store::crypto::randomBytes(32)));
    *error = QStringLiteral("the backend is embedded or postgresql, not ") + backend;
    return nullptr;
}

} // namespace doorstep::tests
