-- Doorstep schema v3: provider review, credential expiry, training and
-- discipline, and the reward/penalty ledger (issue #3).

-- Suspensions made by the credential-expiry sweep: one row per expired
-- credential and what it suspended (the whole provider, or one skill). A
-- renewal lifts exactly the rows its credential resolves, never a suspension
-- a supervisor decided.
CREATE TABLE provider_suspensions (
    id                      INTEGER PRIMARY KEY,
    provider_id             INTEGER NOT NULL REFERENCES providers(id),
    category_id             INTEGER REFERENCES service_categories(id), -- NULL: the whole provider
    credential_id           INTEGER NOT NULL REFERENCES credentials(id),
    reason                  TEXT NOT NULL,
    started_at              INTEGER NOT NULL,
    lifted_at               INTEGER,
    lifted_by_credential_id INTEGER REFERENCES credentials(id)
);
CREATE INDEX provider_suspensions_provider ON provider_suspensions(provider_id, lifted_at);

-- Deactivation proposals raised by rules (the same assessment failed twice, a
-- low average rating); a supervisor confirms (the provider is deactivated) or
-- overrides them with a reason.
CREATE TABLE provider_flags (
    id              INTEGER PRIMARY KEY,
    provider_id     INTEGER NOT NULL REFERENCES providers(id),
    kind            TEXT NOT NULL CHECK (kind IN ('assessment_failed_twice','low_rating')),
    ref_id          INTEGER,      -- the assessment, for 'assessment_failed_twice'
    detail          TEXT NOT NULL,
    raised_at       INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','confirmed','overridden')),
    decided_by      INTEGER REFERENCES staff(id),
    decided_at      INTEGER,
    decision_reason TEXT
);
CREATE INDEX provider_flags_state ON provider_flags(state, raised_at);
CREATE INDEX provider_flags_provider ON provider_flags(provider_id, kind, state);

-- The provider directory sorted by rating or points, and the application
-- queue across all states, as keyset pages.
CREATE INDEX providers_rating ON providers(rating_avg_x100, id);
CREATE INDEX providers_points ON providers(points, id);
CREATE INDEX provider_applications_waiting ON provider_applications(submitted_at, id);

-- Office policy for onboarding and discipline (services/provider_settings.h
-- falls back to the same values when a key is missing).
INSERT INTO settings(key, value, updated_at) VALUES ('provider_min_age', '18', CAST(strftime('%s','now') AS INTEGER));
INSERT INTO settings(key, value, updated_at) VALUES ('provider_max_age', '60', CAST(strftime('%s','now') AS INTEGER));
INSERT INTO settings(key, value, updated_at) VALUES ('provider_health_min_days', '30', CAST(strftime('%s','now') AS INTEGER));
INSERT INTO settings(key, value, updated_at) VALUES ('provider_low_rating_orders', '20', CAST(strftime('%s','now') AS INTEGER));
INSERT INTO settings(key, value, updated_at) VALUES ('provider_low_rating_below_x100', '350', CAST(strftime('%s','now') AS INTEGER));

-- Default reward and penalty rules (rules are data: an office edits points,
-- amounts and parameters without a new build). Small fixed ids: every office
-- starts from the same four rules, so the rows are identical wherever they sync.
INSERT INTO ledger_rules(id, code, trigger, params, points, amount_fen, description) VALUES
    (1, 'five_star_streak', 'rating', '{"consecutive":5,"stars":5}', 10, 2000, '连续 5 个五星好评奖励');
INSERT INTO ledger_rules(id, code, trigger, params, points, amount_fen, description) VALUES
    (2, 'one_star', 'rating', '{"stars":1}', -5, 0, '一星差评扣分');
INSERT INTO ledger_rules(id, code, trigger, params, points, amount_fen, description) VALUES
    (3, 'complaint_upheld', 'complaint_upheld', '{}', -20, -5000, '投诉成立扣分并罚款');
INSERT INTO ledger_rules(id, code, trigger, params, points, amount_fen, description) VALUES
    (4, 'assessment_failed', 'assessment_failed', '{}', -10, 0, '考核不合格扣分');
