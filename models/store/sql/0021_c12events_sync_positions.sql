-- Doorstep schema v21: providers' last positions as their app reported them
-- to the server (issue #12; server/PROTOCOL.md, "Providers' positions"), for
-- the dispatch map. One row per provider, the newest report only (the server
-- keeps no track either). sync_ prefix: written only by the pull, never
-- queued for sync or sent in a snapshot. No foreign key on provider_id: a
-- position may arrive before the provider's row.
CREATE TABLE sync_positions (
    provider_id INTEGER PRIMARY KEY,
    lat         REAL NOT NULL,   -- WGS-84
    lng         REAL NOT NULL,
    at          INTEGER NOT NULL -- UTC seconds the app took it
);
