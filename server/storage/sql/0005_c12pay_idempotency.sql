-- Idempotency-Key of the apps' API (issue #12, server/api/idempotency.cpp):
-- the first answer to a POST with a key, so a retry (a lost reply, a flaky
-- mobile network) gets the same answer and changes nothing twice. scope is
-- the caller ("customer:ID", "provider:ID"); request_hash is SHA-256 of the
-- method, path and body, so the key reused for another request is refused.
-- status 0 while the first request is still being answered. Kept until
-- expires_at (24 h), then deleted when a later key is claimed.
CREATE TABLE api_idempotency (
    scope        TEXT NOT NULL,
    key          TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL DEFAULT 0,
    reply        TEXT,
    expires_at   INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
) WITHOUT ROWID;
CREATE INDEX api_idempotency_expiry ON api_idempotency(expires_at);
