#pragma once
// The statistics rollups (sql/0013_stats_rollups.sql, 0015, 0017, 0018, 0019, 0023, 0024): checking
// them against the raw orders, and rebuilding them. Triggers keep them exact;
// these exist for `verify` and for a store damaged by hand or by a bug.
#include <QStringList>

namespace doorstep::store {

class Database;

// One line per rollup that differs from the raw query (with how many rows
// differ); empty when all agree. Reads every order: seconds on a large store.
// Only the rollups of the store's schema version (a store migrated part of the
// way, as the migration tests leave one, has fewer).
QStringList rollupProblems(Database &db);

// Recomputes the rollup tables from the orders (and the working hours). Runs inside the
// caller's transaction (the spine's, so the rebuild is audited).
void rebuildRollups(Database &db);

} // namespace doorstep::store
