-- Schema version 4 (issue #12, server/api/idempotency.cpp): the first answer
-- to an API POST with an Idempotency-Key, as the embedded store's 0005 has
-- it. status 0 while the first request is still being answered.
CREATE TABLE api_idempotency (
    scope        text NOT NULL,
    key          text NOT NULL,
    request_hash text NOT NULL,
    status       integer NOT NULL DEFAULT 0,
    reply        text,
    expires_at   bigint NOT NULL,
    PRIMARY KEY (scope, key)
);
CREATE INDEX api_idempotency_expiry ON api_idempotency(expires_at);
