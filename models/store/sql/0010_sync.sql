-- Doorstep schema v10: the sync client (issue #11).
--
-- sync_conflicts: every mutation the server rejected (or merged), with the
-- server's reason, its English message and the conflict it named (the other
-- office's booking, as JSON text). Nothing the server refuses is silent: the
-- console lists these rows until someone has looked at them (seen_at).
-- sync_rounds: the history of sync rounds the administrator's page shows
-- (what was pushed, applied, rejected and pulled, or the error).
-- meta.sync_epoch: mutation ids are keyed by the store uid and this epoch,
-- which a restore from a backup advances (ids restart from the backup's).
CREATE TABLE sync_conflicts (
    id           INTEGER PRIMARY KEY,
    mutation_id  INTEGER NOT NULL,       -- audit_log.seq of the rejected action
    epoch        INTEGER NOT NULL,
    action       TEXT NOT NULL,
    entity       TEXT NOT NULL,          -- the mutation's main row (orders for an assignment)
    entity_id    INTEGER,
    status       TEXT NOT NULL CHECK (status IN ('rejected','merged')),
    reason       TEXT NOT NULL,
    message      TEXT NOT NULL,
    conflict     TEXT NOT NULL,          -- JSON object, '{}' when the server named none
    undone       INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0,1)), -- the local change was taken back
    at           INTEGER NOT NULL,
    seen_at      INTEGER,
    UNIQUE (epoch, mutation_id)
);
CREATE INDEX sync_conflicts_recent ON sync_conflicts(at, id);

CREATE TABLE sync_rounds (
    id          INTEGER PRIMARY KEY,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    pushed      INTEGER NOT NULL DEFAULT 0,
    applied     INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    pulled      INTEGER NOT NULL DEFAULT 0,
    error       TEXT                    -- NULL when the round completed
);
CREATE INDEX sync_rounds_recent ON sync_rounds(finished_at, id);

INSERT OR IGNORE INTO meta(key, value) VALUES ('sync_epoch', '1');
