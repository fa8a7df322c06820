-- Doorstep schema v8: complaints and after-sales (issue #13).
--
-- Complaints gain the states of the workbench (open → investigating → waiting
-- for the customer → resolved or rejected, reopened within the office's days),
-- a severity, what the customer asks for, the clock each deadline runs on, the
-- 75 % marks, the pause while the customer is awaited, and the next deadline
-- the queue sorts by. A new CHECK constraint on SQLite 3.15 means rebuilding
-- the table.
--
-- The rebuild runs inside the migration's transaction, where PRAGMA
-- foreign_keys cannot be switched off (SQLite ignores it inside a
-- transaction), and refunds.complaint_id refers to complaints. So:
--   * defer_foreign_keys (allowed inside a transaction, reset at COMMIT): the
--     DROP's implicit delete counts each refund whose complaint goes as a
--     pending violation instead of failing at once, and re-inserting the
--     complaints under the same name settles exactly those counts again; a
--     refund left without its complaint would still fail the COMMIT;
--   * the old rows wait in a plain copy, and the new table is created under
--     its final name: never ALTER TABLE … RENAME, which with foreign keys on
--     rewrites the REFERENCES clauses of refunds to follow the old table.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE complaints_v7 AS SELECT * FROM complaints;
DROP TABLE complaints;

CREATE TABLE complaints (
    id                     INTEGER PRIMARY KEY,
    order_id               INTEGER NOT NULL REFERENCES orders(id),
    customer_id            INTEGER NOT NULL REFERENCES customers(id),
    provider_id            INTEGER REFERENCES providers(id),
    category               TEXT NOT NULL CHECK (category IN ('no_show','quality','damage','attitude','overcharge','safety','other')),
    severity               TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low','medium','high')),
    customer_ask           TEXT CHECK (customer_ask IN ('return_visit','refund','apology','compensation') OR customer_ask IS NULL),
    description            TEXT NOT NULL,
    status                 TEXT NOT NULL CHECK (status IN ('open','investigating','waiting_customer','resolved','rejected')),
    upheld                 INTEGER CHECK (upheld IN (0,1) OR upheld IS NULL),
    assigned_staff_id      INTEGER REFERENCES staff(id),
    opened_by              INTEGER REFERENCES staff(id),
    opened_at              INTEGER NOT NULL,
    -- Deadlines, computed when the complaint opens or changes state (services/complaint_service).
    first_response_clock   TEXT NOT NULL DEFAULT '24x7' CHECK (first_response_clock IN ('24x7','business')),
    first_response_due_at  INTEGER NOT NULL,
    first_response_warn_at INTEGER NOT NULL,   -- 75 % of the target used
    first_response_at      INTEGER,
    resolution_clock       TEXT NOT NULL DEFAULT '24x7' CHECK (resolution_clock IN ('24x7','business')),
    resolution_due_at      INTEGER NOT NULL,
    resolution_warn_at     INTEGER NOT NULL,
    resolved_at            INTEGER,            -- resolved or rejected
    resolution             TEXT,
    reservice_order_id     INTEGER REFERENCES orders(id),
    paused_at              INTEGER,            -- waiting for the customer since (the clocks stand still)
    next_due_at            INTEGER,            -- the deadline the clock now runs to; NULL while paused or closed
    next_warn_at           INTEGER,
    calendar_ran_out       INTEGER NOT NULL DEFAULT 0 CHECK (calendar_ran_out IN (0,1)),
    reopen_count           INTEGER NOT NULL DEFAULT 0,
    updated_at             INTEGER NOT NULL DEFAULT 0
);

-- Rows from before: the demo wrote its categories as Chinese words; their
-- deadlines were 24×7 (75 % marks worked out the same way).
INSERT INTO complaints(id, order_id, customer_id, provider_id, category, severity, description, status, upheld,
                       assigned_staff_id, opened_at, first_response_due_at, first_response_warn_at, first_response_at,
                       resolution_due_at, resolution_warn_at, resolved_at, resolution, reservice_order_id,
                       next_due_at, next_warn_at, updated_at)
SELECT id, order_id, customer_id, provider_id,
       CASE WHEN category IN ('no_show','quality','damage','attitude','overcharge','safety','other') THEN category
            WHEN category IN ('迟到','未上门') THEN 'no_show'
            WHEN category = '服务质量差' THEN 'quality'
            WHEN category = '损坏物品' THEN 'damage'
            WHEN category = '态度恶劣' THEN 'attitude'
            WHEN category = '乱收费' THEN 'overcharge'
            ELSE 'other' END,
       'medium', description, status, upheld, assigned_staff_id, opened_at,
       first_response_due_at, opened_at + (first_response_due_at - opened_at) * 3 / 4, first_response_at,
       resolution_due_at, opened_at + (resolution_due_at - opened_at) * 3 / 4, resolved_at, resolution, reservice_order_id,
       CASE WHEN status IN ('resolved','rejected') THEN NULL
            WHEN first_response_at IS NULL THEN first_response_due_at ELSE resolution_due_at END,
       CASE WHEN status IN ('resolved','rejected') THEN NULL
            WHEN first_response_at IS NULL THEN opened_at + (first_response_due_at - opened_at) * 3 / 4
            ELSE opened_at + (resolution_due_at - opened_at) * 3 / 4 END,
       opened_at
FROM complaints_v7;
DROP TABLE complaints_v7;

CREATE INDEX complaints_status ON complaints(status, resolution_due_at);
CREATE INDEX complaints_order ON complaints(order_id);
CREATE INDEX complaints_provider ON complaints(provider_id, opened_at);
-- The workbench queue: time left first, paused and closed ones last (keyset
-- on this expression and id; itemmodels/complaints_model spells it the same).
CREATE INDEX complaints_queue ON complaints(coalesce(next_due_at, 9223372036854775807), id);
CREATE INDEX complaints_assignee ON complaints(assigned_staff_id, status);

-- The timeline of a complaint: what was done, by whom, when.
CREATE TABLE complaint_events (
    id           INTEGER PRIMARY KEY,
    complaint_id INTEGER NOT NULL REFERENCES complaints(id),
    at           INTEGER NOT NULL,
    staff_id     INTEGER REFERENCES staff(id),
    kind         TEXT NOT NULL CHECK (kind IN ('opened','assigned','state','note','call','paused','resumed','reopened')),
    from_status  TEXT,
    to_status    TEXT,
    assignee_id  INTEGER REFERENCES staff(id),
    note         TEXT
);
CREATE INDEX complaint_events_complaint ON complaint_events(complaint_id, at);

-- SLA policies are data: per category and severity, a first-response and a
-- resolution target, each an amount in a unit: 'minutes' (24×7 clock),
-- 'business_minutes' (the office's open hours) or 'business_days' (closing
-- time of the Nth working day after the day the clock starts). README.md,
-- "SLA policies". Small fixed ids, like ledger_rules: the same everywhere.
CREATE TABLE sla_policies (
    id                    INTEGER PRIMARY KEY,
    category              TEXT NOT NULL,
    severity              TEXT NOT NULL,
    first_response_amount INTEGER NOT NULL CHECK (first_response_amount > 0),
    first_response_unit   TEXT NOT NULL CHECK (first_response_unit IN ('minutes','business_minutes','business_days')),
    resolution_amount     INTEGER NOT NULL CHECK (resolution_amount > 0),
    resolution_unit       TEXT NOT NULL CHECK (resolution_unit IN ('minutes','business_minutes','business_days')),
    UNIQUE (category, severity)
);
INSERT INTO sla_policies(id, category, severity, first_response_amount, first_response_unit, resolution_amount, resolution_unit) VALUES
    (1, 'no_show', 'low', 120, 'business_minutes', 2, 'business_days'),
    (2, 'no_show', 'medium', 60, 'business_minutes', 1, 'business_days'),
    (3, 'no_show', 'high', 30, 'minutes', 1, 'business_days'),
    (4, 'quality', 'low', 480, 'business_minutes', 5, 'business_days'),
    (5, 'quality', 'medium', 240, 'business_minutes', 3, 'business_days'),
    (6, 'quality', 'high', 120, 'business_minutes', 1, 'business_days'),
    (7, 'damage', 'low', 240, 'business_minutes', 5, 'business_days'),
    (8, 'damage', 'medium', 120, 'business_minutes', 3, 'business_days'),
    (9, 'damage', 'high', 60, 'minutes', 2, 'business_days'),
    (10, 'attitude', 'low', 480, 'business_minutes', 5, 'business_days'),
    (11, 'attitude', 'medium', 240, 'business_minutes', 3, 'business_days'),
    (12, 'attitude', 'high', 120, 'business_minutes', 2, 'business_days'),
    (13, 'overcharge', 'low', 480, 'business_minutes', 5, 'business_days'),
    (14, 'overcharge', 'medium', 240, 'business_minutes', 3, 'business_days'),
    (15, 'overcharge', 'high', 120, 'business_minutes', 2, 'business_days'),
    (16, 'safety', 'low', 60, 'minutes', 2880, 'minutes'),
    (17, 'safety', 'medium', 30, 'minutes', 1440, 'minutes'),
    (18, 'safety', 'high', 15, 'minutes', 720, 'minutes'),
    (19, 'other', 'low', 480, 'business_minutes', 5, 'business_days'),
    (20, 'other', 'medium', 240, 'business_minutes', 3, 'business_days'),
    (21, 'other', 'high', 120, 'business_minutes', 2, 'business_days');

-- The holiday calendar in force: one row per year, the text of that year's
-- file in the documented format (README.md, "The holiday calendar file"),
-- read by services/sla_clock. The id is the year, so every office's row for a
-- year is the same row. 2026 is resources/calendars/cn-statutory-2026.txt as
-- shipped (tst_migrations compares the two).
CREATE TABLE holiday_calendars (
    id        INTEGER PRIMARY KEY,
    year      INTEGER NOT NULL UNIQUE,
    source    TEXT NOT NULL,
    loaded_at INTEGER NOT NULL
);
INSERT INTO holiday_calendars(id, year, source, loaded_at) VALUES (2026, 2026, '# China statutory holidays and make-up working days (调休), 2026.
# Source: 国务院办公厅关于2026年部分节假日安排的通知 (State Council General Office, published November 2025).
#
# Format (README.md, "The holiday calendar file"): one line per statement, ''#'' starts a comment.
#   year YYYY           the file covers this year: every day of it not listed follows the office''s weekday hours
#   off  DATE [DATE…]   days off (the holiday and the weekdays given with it), whatever the weekday
#   work DATE [DATE…]   a Saturday or Sunday that is a working day (调休上班), with the make-up day''s hours
# Dates are YYYY-MM-DD and must lie in a declared year.
year 2026
off  2026-01-01 2026-01-02 2026-01-03        # 元旦
work 2026-01-04                               # Sunday
off  2026-02-15 2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20 2026-02-21 2026-02-22 2026-02-23   # 春节, 9 days
work 2026-02-14 2026-02-28                    # Saturdays
off  2026-04-04 2026-04-05 2026-04-06        # 清明节
off  2026-05-01 2026-05-02 2026-05-03 2026-05-04 2026-05-05   # 劳动节
work 2026-05-09                               # Saturday
off  2026-06-19 2026-06-20 2026-06-21        # 端午节
off  2026-09-25 2026-09-26 2026-09-27        # 中秋节
off  2026-10-01 2026-10-02 2026-10-03 2026-10-04 2026-10-05 2026-10-06 2026-10-07   # 国庆节
work 2026-09-20 2026-10-10                    # Sunday, Saturday
', 0);
