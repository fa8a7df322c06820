-- Doorstep schema v11: the server's version of shared rows, as the sync
-- client last knew it (issue #11, PROTOCOL.md "customer_fields").
--
-- sync_shadow: per customer, the row as this console last pulled it or had
-- it applied by the server (JSON, the outbox snapshot format). A customer
-- edit is sent with the fields it changed against this row and their values
-- here as its base, so the server decides concurrent edits field by field
-- instead of taking the whole row. Never sent (sync_* tables stay home).
CREATE TABLE sync_shadow (
    entity TEXT NOT NULL,
    id     INTEGER NOT NULL,
    row    TEXT NOT NULL,
    PRIMARY KEY (entity, id)
) WITHOUT ROWID;
