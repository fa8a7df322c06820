-- The sync server's own schema (embedded backend). Not the console's
-- migrations: store::migrate(db, ":/doorstep/server-schema", …) applies it.
-- SQLite 3.15.2: no UPSERT, RETURNING, window functions or JSON1.

CREATE TABLE offices (
    code            TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    districts       TEXT NOT NULL,           -- adcodes, comma-separated
    created_at      INTEGER NOT NULL,
    code_hash       BLOB UNIQUE,             -- SHA-256 of the enrollment code
    code_expires_at INTEGER NOT NULL DEFAULT 0,
    code_used_at    INTEGER
);

CREATE TABLE certificates (
    serial     BLOB PRIMARY KEY,             -- lowercase hex
    office     TEXT NOT NULL REFERENCES offices(code),
    not_after  INTEGER NOT NULL,
    issued_at  INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX certificates_office ON certificates(office);

-- Exactly-once push: the last decided mutation id per office, store and epoch.
CREATE TABLE mutation_keys (
    office    TEXT NOT NULL,
    store_uid BLOB NOT NULL,
    epoch     INTEGER NOT NULL,
    last_id   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (office, store_uid, epoch)
) WITHOUT ROWID;

CREATE TABLE office_stats (
    office       TEXT PRIMARY KEY,
    last_sync_at INTEGER NOT NULL DEFAULT 0,
    applied      INTEGER NOT NULL DEFAULT 0,
    rejected     INTEGER NOT NULL DEFAULT 0,
    audit_seq    INTEGER NOT NULL DEFAULT 0,
    audit_hash   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- The platform's copy of every synced row. The extra columns are facts the
-- protocol asks about, taken from the row when it is stored
-- (server/storage/row_facts.h): bookings of orders, natural keys of
-- platform-matched rows.
CREATE TABLE rows (
    entity      TEXT NOT NULL,
    id          INTEGER NOT NULL,
    owner       TEXT NOT NULL,
    row         TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    natural_key TEXT,
    provider_id INTEGER,
    start_at    INTEGER,
    end_at      INTEGER,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
CREATE INDEX rows_natural ON rows(entity, natural_key) WHERE natural_key IS NOT NULL;
CREATE INDEX rows_bookings ON rows(provider_id, start_at) WHERE provider_id IS NOT NULL;

-- The change log: one entry per audience ('*' = every office). SQLite
-- serialises writers, so a change numbered lower always committed first and
-- the cursor is the last seq read.
CREATE TABLE changes (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    audience TEXT NOT NULL,
    entity   TEXT NOT NULL,
    id       INTEGER NOT NULL,
    deleted  INTEGER NOT NULL,
    row      TEXT NOT NULL,
    office   TEXT NOT NULL
);
CREATE INDEX changes_audience ON changes(audience, seq);
