#include "store/migrations.h"

#include "store/sqlite.h"

#include <QDir>
#include <QFile>

#include <map>
#include <stdexcept>

namespace doorstep::store {
namespace {
// version -> resource path, discovered from the schema resource folder so a
// new migration is one new file.
std::map<int, QString> migrationFiles(const QString &folder)
{
    std::map<int, QString> files;
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        bool ok = false;
        const int version = name.left(4).toInt(&ok);
        if (ok && version > 0)
            files[version] = dir.filePath(name);
    }
    return files;
}

const QString kConsoleSchema = QStringLiteral(":/doorstep/schema");
} // namespace

int latestSchemaVersion()
{
    return latestSchemaVersion(kConsoleSchema);
}

int latestSchemaVersion(const QString &dir)
{
    const auto files = migrationFiles(dir);
    return files.empty() ? 0 : files.rbegin()->first;
}

int schemaVersion(Database &db)
{
    return db.scalar("PRAGMA user_version").toInt();
}

void migrate(Database &db, int target)
{
    migrate(db, kConsoleSchema, target);
}

void migrate(Database &db, const QString &dir, int target)
{
    const auto files = migrationFiles(dir);
    for (int version = schemaVersion(db) + 1; version <= target; ++version) {
        const auto it = files.find(version);
        if (it == files.end())
            throw std::logic_error("missing schema migration " + std::to_string(version));
        QFile file(it->second);
        if (!file.open(QIODevice::ReadOnly))
            throw std::logic_error("cannot read schema migration " + it->second.toStdString());
        Transaction tx(db);
        db.exec(file.readAll());
        db.exec(QByteArray("PRAGMA user_version = ").append(QByteArray::number(version)));
        tx.commit();
    }
}

} // namespace doorstep::store
