-- Doorstep schema v11: what after-sales still lacked (issue #13).
--
-- 1. A safety or privacy incident may suspend its provider pending
--    investigation (services/complaint_suspension): a provider_suspensions row
--    caused by a complaint, not by a lapsed credential. credential_id loses its
--    NOT NULL (each row names its cause: a credential or a complaint), and the
--    supervisor who started or lifted it is kept.
-- 2. Refund steps and return visits on the complaint's timeline: new kinds in
--    the CHECK of complaint_events, and the refund or order an event is about.
-- 3. Photos attached to a complaint (complaint_attachments, below).
--
-- Both are new constraints, so both tables are rebuilt. No table refers to
-- either of them (they only refer to others), so dropping them deletes nothing
-- anywhere else, and PRAGMA foreign_keys (ignored inside the migration's
-- transaction) does not matter here. As in v8 the old rows wait in a plain
-- copy and the new table is created under its final name: never ALTER TABLE
-- … RENAME, which SQLite 3.15 may make rewrite REFERENCES clauses.

CREATE TABLE provider_suspensions_v10 AS SELECT * FROM provider_suspensions;
DROP TABLE provider_suspensions;
CREATE TABLE provider_suspensions (
    id                      INTEGER PRIMARY KEY,
    provider_id             INTEGER NOT NULL REFERENCES providers(id),
    category_id             INTEGER REFERENCES service_categories(id), -- NULL: the whole provider
    credential_id           INTEGER REFERENCES credentials(id),        -- the lapsed credential (the expiry sweep's)
    complaint_id            INTEGER REFERENCES complaints(id),         -- the incident under investigation (a supervisor's)
    reason                  TEXT NOT NULL,
    started_at              INTEGER NOT NULL,
    started_by              INTEGER REFERENCES staff(id),
    lifted_at               INTEGER,
    lifted_by_credential_id INTEGER REFERENCES credentials(id),
    lifted_by               INTEGER REFERENCES staff(id),
    CHECK (credential_id IS NOT NULL OR complaint_id IS NOT NULL)
);
INSERT INTO provider_suspensions(id, provider_id, category_id, credential_id, reason, started_at, lifted_at, lifted_by_credential_id)
    SELECT id, provider_id, category_id, credential_id, reason, started_at, lifted_at, lifted_by_credential_id FROM provider_suspensions_v10;
DROP TABLE provider_suspensions_v10;
CREATE INDEX provider_suspensions_provider ON provider_suspensions(provider_id, lifted_at);
CREATE INDEX provider_suspensions_complaint ON provider_suspensions(complaint_id) WHERE complaint_id IS NOT NULL;

CREATE TABLE complaint_events_v10 AS SELECT * FROM complaint_events;
DROP TABLE complaint_events;
CREATE TABLE complaint_events (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    at           INTEGER NOT NULL,
    staff_id     INTEGER REFERENCES staff(id),
    kind         TEXT NOT NULL CHECK (kind IN ('opened','assigned','state','note','call','paused','resumed','reopened',
                                               'refund_requested','refund_approved','refund_rejected','refund_paid',
                                               'return_visit','return_visit_dispatched','return_visit_completed','return_visit_cancelled',
                                               'provider_suspended','suspension_lifted','attachment')),
    from_status  TEXT,
    to_status    TEXT,
    assignee_id  INTEGER REFERENCES staff(id),
    note         TEXT,
    refund_id    INTEGER REFERENCES refunds(id),  -- refund_*: which refund
    order_id     INTEGER REFERENCES orders(id)    -- return_visit*: the return visit's order
);
INSERT INTO complaint_events(id, complaint_id, at, staff_id, kind, from_status, to_status, assignee_id, note)
    SELECT id, complaint_id, at, staff_id, kind, from_status, to_status, assignee_id, note FROM complaint_events_v10;
DROP TABLE complaint_events_v10;
CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, at);

-- 4. The breach sweep (each minute, in every console with the workbench)
--    reads the head of the queue index up to now; with escalated_at in the
--    index it skips the complaints flagged already without reading their rows.
DROP INDEX complaints_queue;
CREATE INDEX complaints_queue ON complaints(coalesce(next_due_at, 9223372036854775807), id, escalated_at);

-- 5. The managers' notice counts the open complaints flagged to them: a
--    partial index holds only the flagged ones (a small share of the table).
CREATE INDEX complaints_escalated ON complaints(status) WHERE escalated_at IS NOT NULL;

-- Photos of a complaint (the damage, the mess), stored like credential scans:
-- inside the encrypted store, the same formats and size limit
-- (domain/scan_format, services/scan_upload), checked by their first bytes.
CREATE TABLE complaint_attachments (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    file_name    TEXT NOT NULL,
    mime         TEXT NOT NULL CHECK (mime IN ('image/png','image/jpeg','application/pdf')),
    bytes        BLOB NOT NULL,
    sha256       TEXT NOT NULL,
    added_by     INTEGER REFERENCES staff(id),
    created_at   INTEGER NOT NULL
);
CREATE INDEX complaint_attachments_complaint ON complaint_attachments(complaint_id);
