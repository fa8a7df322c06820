#pragma once
// Versioned schema migrations, tracked in PRAGMA user_version. Migration N
// is resources file :/doorstep/schema/NNNN_*.sql, applied in one transaction.
// Every statement must run on SQLCipher 3.4.1 (SQLite 3.15.2): no UPSERT,
// window functions, RETURNING, generated columns or JSON1.

#include <QString>

namespace doorstep::store {

class Database;

int latestSchemaVersion();
int schemaVersion(Database &db);
// Applies every migration above the current version up to `target`.
void migrate(Database &db, int target = latestSchemaVersion());

// The same for another schema kept in another resource folder (the sync
// server's own tables, server/storage/sql): NNNN_*.sql files under `dir`,
// e.g. ":/doorstep/server-schema". The console's migrations never run there.
int latestSchemaVersion(const QString &dir);
void migrate(Database &db, const QString &dir, int target);

} // namespace doorstep::store
