#pragma once
// The storage backends tst_syncstorage runs one suite on. Each backend is a
// name in backendNames() and a fixture from makeBackend(name).

#include "sync_storage.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace doorstep::tests {

class BackendFixture
{
public:
    virtual ~BackendFixture() = default;
    // Prepares what the backend needs once per run (PostgreSQL: starts a
    // throwaway cluster). False with *error saying why: the suite fails.
    virtual bool setUp(QString *error) = 0;
    // A storage on new, empty data.
    virtual std::unique_ptr<server::SyncStorage> fresh() = 0;
    // Another storage on the data of the last fresh(), as a second server
    // process would open it; nullptr for a backend that is one process only.
    virtual std::unique_ptr<server::SyncStorage> second() = 0;
    // The libpq connection string of the last fresh() data; empty if not PostgreSQL.
    virtual QString conninfo() const { return {}; }
};

QStringList backendNames();
std::unique_ptr<BackendFixture> makeBackend(const QString &name);

} // namespace doorstep::tests
