-- The apps' API (issue #12, server/api): sign-in codes, tokens and provider
-- credentials by their SHA-256 (never the secret itself), and lookups such
-- as a customer's orders, in one table keyed by kind (api/api_keys.h).
-- expires_at 0 = never; revoked_at set by sign-out, a used code, a new
-- credential.
CREATE TABLE api_keys (
    kind       TEXT NOT NULL,
    key        TEXT NOT NULL,
    subject    INTEGER NOT NULL,
    expires_at INTEGER NOT NULL DEFAULT 0,
    revoked_at INTEGER,
    PRIMARY KEY (kind, key, subject)
) WITHOUT ROWID;
