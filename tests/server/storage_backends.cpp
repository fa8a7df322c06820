#include "storage_backends.h"

#include "pg_cluster.h"
#include "pg_storage.h"

namespace doorstep::tests {

namespace {

// One cluster for the whole run, a new database for every fresh().
class PgBackend final : public BackendFixture
{
public:
    bool setUp(QString *error) override
    {
        if (m_cluster.start())
            return true;
        *error = m_cluster.error();
        return false;
    }

    std::unique_ptr<server::SyncStorage> fresh() override
    {
        m_conninfo = m_cluster.createDatabase(QStringLiteral("sync_%1").arg(++m_databases));
        if (m_conninfo.isEmpty())
            throw std::runtime_error(m_cluster.error().toStdString());
        return std::make_unique<server::PgStorage>(m_conninfo);
    }

    std::unique_ptr<server::SyncStorage> second() override
    {
        return std::make_unique<server::PgStorage>(m_conninfo);
    }

    QString conninfo() const override { return m_conninfo; }

private:
    PgCluster m_cluster;
    QString m_conninfo;
    int m_databases = 0;
};

} // namespace

QStringList backendNames()
{
    // The embedded backend (server/storage/embedded_storage.h) joins this list
    // with its own name and a fixture in makeBackend.
    return {QStringLiteral("postgresql")};
}

std::unique_ptr<BackendFixture> makeBackend(const QString &name)
{
    if (name == u"postgresql")
        return std::make_unique<PgBackend>();
    return nullptr;
}

} // namespace doorstep::tests
