-- Schema version 3 (issue #12, server/api): the apps' API keys, as the
-- embedded store's 0004 has them: sign-in codes, tokens and provider
-- credentials by their SHA-256, and lookups such as a customer's orders.
-- expires_at 0 = never.
CREATE TABLE api_keys (
    kind       text NOT NULL,
    key        text NOT NULL,
    subject    bigint NOT NULL,
    expires_at bigint NOT NULL DEFAULT 0,
    revoked_at bigint,
    PRIMARY KEY (kind, key, subject)
);
