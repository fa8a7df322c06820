#include "storage_backends.h"

#include "pg_cluster.h"
#include "pg_storage.h"
#include "storage/embedded_storage.h"

#include <QTemporaryDir>

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

// A new encrypted file for every fresh(), under one temporary directory. One
// process only: second() is nullptr (two servers need PostgreSQL).
class EmbeddedBackend final : public BackendFixture
{
public:
    bool setUp(QString *error) override
    {
        if (m_dir.isValid())
            return true;
        *error = m_dir.errorString();
        return false;
    }

    std::unique_ptr<server::SyncStorage> fresh() override
    {
        const store::SecretBytes key(store::crypto::randomBytes(32));
        return server::EmbeddedStorage::create(m_dir.filePath(QStringLiteral("sync-%1.db").arg(++m_files)), key);
    }

    std::unique_ptr<server::SyncStorage> second() override { return nullptr; }

private:
    QTemporaryDir m_dir;
    int m_files = 0;
};

} // namespace

QStringList backendNames()
{
    // Every case runs on both; the few that only PostgreSQL can show (commits
    // out of sequence order, two server processes) skip on the embedded one.
    return {QStringLiteral("embedded"), QStringLiteral("postgresql")};
}

std::unique_ptr<BackendFixture> makeBackend(const QString &name)
{
    if (name == u"postgresql")
        return std::make_unique<PgBackend>();
    if (name == u"embedded")
        return std::make_unique<EmbeddedBackend>();
    return nullptr;
}

} // namespace doorstep::tests
