-- Doorstep schema v9: after-sales remedies (issue #13).
--
-- Only new columns and indexes: no CHECK of an existing column changes, so no
-- table is rebuilt (ALTER TABLE … ADD COLUMN keeps every row and every
-- REFERENCES clause pointing at these tables). Each new column is NULL for the
-- rows already stored, which is what they mean for them.

-- Refunds: requested → approved → paid, or rejected with a reason
-- (services/refund_service). decided_at (v1) is when it was approved or
-- rejected, approved_by (v1) who approved it; these say who rejected it and
-- why, and who marked it paid and when.
ALTER TABLE refunds ADD COLUMN rejected_by INTEGER REFERENCES staff(id);
ALTER TABLE refunds ADD COLUMN reject_reason TEXT;
ALTER TABLE refunds ADD COLUMN paid_by INTEGER REFERENCES staff(id);
ALTER TABLE refunds ADD COLUMN paid_at INTEGER;
CREATE INDEX refunds_complaint ON refunds(complaint_id);

-- Return visits (返工): a free order linked to the order complained about and
-- to the complaint, with the customer's choice of the same or another provider
-- (dispatch prefers the same one and refuses the original for "another").
ALTER TABLE orders ADD COLUMN reservice_of INTEGER REFERENCES orders(id);
ALTER TABLE orders ADD COLUMN reservice_complaint_id INTEGER REFERENCES complaints(id);
ALTER TABLE orders ADD COLUMN reservice_provider TEXT CHECK (reservice_provider IN ('same','another') OR reservice_provider IS NULL);
CREATE INDEX orders_reservice ON orders(reservice_complaint_id) WHERE reservice_complaint_id IS NOT NULL;

-- Closing: the customer's satisfaction with the resolution (1–5), and the
-- moment the complaint was flagged to the office manager (a safety or privacy
-- incident at once).
ALTER TABLE complaints ADD COLUMN satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5 OR satisfaction IS NULL);
ALTER TABLE complaints ADD COLUMN escalated_at INTEGER;

-- Repeated upheld complaints against a provider within the office's window
-- raise a deactivation flag (kind 'upheld_complaints'): a new value in the
-- CHECK of provider_flags.kind, so the table is rebuilt. No table refers to
-- provider_flags, so the plain way is safe here: copy, drop, rename (the
-- REFERENCES clauses it holds name staff and providers, which stay).
CREATE TABLE provider_flags_v9 (
    id              INTEGER PRIMARY KEY,
    provider_id     INTEGER NOT NULL REFERENCES providers(id),
    kind            TEXT NOT NULL CHECK (kind IN ('assessment_failed_twice','low_rating','upheld_complaints')),
    ref_id          INTEGER,      -- the assessment, for 'assessment_failed_twice'
    detail          TEXT NOT NULL,
    raised_at       INTEGER NOT NULL,
    state           TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','confirmed','overridden')),
    decided_by      INTEGER REFERENCES staff(id),
    decided_at      INTEGER,
    decision_reason TEXT
);
INSERT INTO provider_flags_v9(id, provider_id, kind, ref_id, detail, raised_at, state, decided_by, decided_at, decision_reason)
    SELECT id, provider_id, kind, ref_id, detail, raised_at, state, decided_by, decided_at, decision_reason FROM provider_flags;
DROP TABLE provider_flags;
ALTER TABLE provider_flags_v9 RENAME TO provider_flags;
CREATE INDEX provider_flags_state ON provider_flags(state, raised_at);
CREATE INDEX provider_flags_provider ON provider_flags(provider_id, kind, state);
