-- doorstep-server on PostgreSQL 15, schema version 1. PgStorage applies it
-- once, inside the transaction that records schema_version = 1 (under an
-- advisory lock, so server processes starting together apply it once).
-- Times are UTC seconds (bigint); rows are the outbox's JSON (jsonb).

CREATE TABLE offices (
    code         text PRIMARY KEY,           -- the CN of its client certificate
    name         text NOT NULL,
    districts    jsonb NOT NULL DEFAULT '[]', -- adcodes it serves
    created_at   bigint NOT NULL,
    last_sync_at bigint NOT NULL DEFAULT 0,  -- last push or pull
    audit_seq    bigint NOT NULL DEFAULT 0,  -- audit-chain head of its newest push
    audit_hash   text NOT NULL DEFAULT '',
    audit_at     bigint NOT NULL DEFAULT 0   -- when that head arrived
);

-- One-time enrollment codes, stored as SHA-256 only.
CREATE TABLE enrollment_codes (
    code_hash  bytea PRIMARY KEY,
    office     text NOT NULL REFERENCES offices(code),
    expires_at bigint NOT NULL,   -- valid while now < expires_at
    used_at    bigint
);

CREATE TABLE certificates (
    serial     bytea PRIMARY KEY,
    office     text NOT NULL REFERENCES offices(code),
    not_after  bigint NOT NULL,   -- valid while now <= not_after (X.509 notAfter is inclusive)
    issued_at  bigint NOT NULL,
    revoked_at bigint
);
CREATE INDEX certificates_office ON certificates(office);

-- Exactly-once: the last decided mutation id per office, store and epoch.
-- lockMutations() locks this row (FOR UPDATE) for the whole mutation.
CREATE TABLE mutation_counters (
    office    text NOT NULL REFERENCES offices(code),
    store_uid bytea NOT NULL,
    epoch     bigint NOT NULL,
    last_id   bigint NOT NULL DEFAULT 0,
    applied   bigint NOT NULL DEFAULT 0,
    rejected  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (office, store_uid, epoch)
);

-- Why each rejected mutation was rejected, for an operator looking into a conflict.
CREATE TABLE mutation_rejections (
    office    text NOT NULL,
    store_uid bytea NOT NULL,
    epoch     bigint NOT NULL,
    id        bigint NOT NULL,
    reason    text NOT NULL,
    at        bigint NOT NULL,
    PRIMARY KEY (office, store_uid, epoch, id)
);

-- Every synced row as the platform holds it. The columns after deleted are
-- derived from body (server/storage/row_facts.h) so they can be indexed.
CREATE TABLE sync_rows (
    entity      text NOT NULL,
    id          bigint NOT NULL,
    owner       text NOT NULL,        -- office code, 'platform' or 'shared'
    body        jsonb NOT NULL,
    deleted     boolean NOT NULL DEFAULT false,
    natural_key text,                 -- platform rows only
    provider_id bigint,               -- orders holding a provider
    booked_from bigint,
    booked_to   bigint,
    PRIMARY KEY (entity, id)
);
CREATE UNIQUE INDEX sync_rows_natural_key ON sync_rows(entity, natural_key) WHERE natural_key IS NOT NULL;
CREATE INDEX sync_rows_bookings ON sync_rows(provider_id, booked_from) WHERE provider_id IS NOT NULL;

-- The change log the consoles pull. seq is handed out at INSERT, before the
-- transaction commits, so seq order is not commit order across transactions;
-- xid (the inserting top-level transaction) lets a reader hold back what an
-- older, still open transaction may yet commit below it. See pg_cursor.h.
CREATE TABLE change_log (
    seq      bigserial PRIMARY KEY,
    xid      xid8 NOT NULL DEFAULT pg_current_xact_id(),
    audience text NOT NULL,           -- '*' (every office) or one office code
    entity   text NOT NULL,
    id       bigint NOT NULL,
    deleted  boolean NOT NULL,
    body     jsonb NOT NULL,
    office   text NOT NULL            -- whose mutation made it
);
CREATE INDEX change_log_audience ON change_log(audience, seq);
CREATE INDEX change_log_xid ON change_log(xid);
