-- Doorstep schema v1: the whole platform.
-- Conventions: ids are 64-bit time-ordered ids from Store::newId() (unique
-- across offices for sync); *_at columns are UTC seconds since the epoch;
-- calendar dates (birth dates, credential validity) are 'YYYY-MM-DD' text;
-- money is integer fen; coordinates are WGS-84 degrees.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Franchise branches and the districts each serves.
CREATE TABLE offices (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    city       TEXT NOT NULL,
    address    TEXT,
    lat        REAL,
    lng        REAL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);

CREATE TABLE districts (
    id        INTEGER PRIMARY KEY,
    office_id INTEGER NOT NULL REFERENCES offices(id),
    adcode    TEXT NOT NULL UNIQUE,
    name      TEXT NOT NULL,
    name_en   TEXT,
    lat       REAL NOT NULL,
    lng       REAL NOT NULL
);
CREATE INDEX districts_office ON districts(office_id);

-- Staff accounts. The password lives nowhere in here: each account's key
-- slot is in the store header. Removed accounts keep their row (the audit
-- log refers to it) with removed_at set and no slot.
CREATE TABLE staff (
    id               INTEGER PRIMARY KEY,
    office_id        INTEGER NOT NULL REFERENCES offices(id),
    username         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name     TEXT NOT NULL,
    role             TEXT NOT NULL CHECK (role IN ('administrator','supervisor','dispatcher','service_agent','manager')),
    phone            TEXT,
    refund_limit_fen INTEGER NOT NULL DEFAULT 50000 CHECK (refund_limit_fen >= 0),
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
    last_login_at    INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    removed_at       INTEGER
);

-- Customers and their consent records (PIPL).
CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    office_id   INTEGER NOT NULL REFERENCES offices(id),
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL,
    gender      TEXT CHECK (gender IN ('m','f') OR gender IS NULL),
    district_id INTEGER REFERENCES districts(id),
    address     TEXT,
    lat         REAL,
    lng         REAL,
    note        TEXT,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    erased_at   INTEGER  -- set when a deletion request anonymised the row
);
CREATE INDEX customers_phone ON customers(phone);
CREATE INDEX customers_name ON customers(name, id);
CREATE INDEX customers_district ON customers(district_id, id);

CREATE TABLE customer_consents (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    purpose     TEXT NOT NULL CHECK (purpose IN ('service','marketing','location','sensitive_data','cross_border')),
    version     TEXT NOT NULL,
    channel     TEXT NOT NULL,
    granted_at  INTEGER NOT NULL,
    withdrawn_at INTEGER
);
CREATE INDEX customer_consents_customer ON customer_consents(customer_id);

CREATE TABLE data_subject_requests (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    kind        TEXT NOT NULL CHECK (kind IN ('access','correction','deletion','portability','withdraw_consent')),
    status      TEXT NOT NULL CHECK (status IN ('received','in_progress','completed','refused')),
    received_at INTEGER NOT NULL,
    due_at      INTEGER NOT NULL,
    closed_at   INTEGER,
    handled_by  INTEGER REFERENCES staff(id),
    note        TEXT
);
CREATE INDEX dsr_status ON data_subject_requests(status, due_at);

-- The service catalogue.
CREATE TABLE qualification_types (
    code    TEXT PRIMARY KEY,
    name    TEXT NOT NULL,
    name_en TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE service_categories (
    id      INTEGER PRIMARY KEY,
    code    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL,
    name_en TEXT NOT NULL,
    sort    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE service_items (
    id                     INTEGER PRIMARY KEY,
    category_id            INTEGER NOT NULL REFERENCES service_categories(id),
    code                   TEXT NOT NULL UNIQUE,
    name                   TEXT NOT NULL,
    name_en                TEXT NOT NULL,
    price_fen              INTEGER NOT NULL CHECK (price_fen >= 0),
    duration_min           INTEGER NOT NULL CHECK (duration_min > 0),
    required_qualification TEXT REFERENCES qualification_types(code),
    active                 INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX service_items_category ON service_items(category_id);

-- Providers (the people who go to the door) and what they can do, where and when.
CREATE TABLE providers (
    id               INTEGER PRIMARY KEY,
    office_id        INTEGER NOT NULL REFERENCES offices(id),
    name             TEXT NOT NULL,
    phone            TEXT NOT NULL,
    id_number        TEXT NOT NULL,
    gender           TEXT CHECK (gender IN ('m','f') OR gender IS NULL),
    birth_date       TEXT,
    home_district_id INTEGER REFERENCES districts(id),
    home_address     TEXT,
    home_lat         REAL,
    home_lng         REAL,
    status           TEXT NOT NULL CHECK (status IN ('applicant','active','suspended','deactivated','rejected')),
    status_reason    TEXT,
    rating_avg_x100  INTEGER NOT NULL DEFAULT 0,  -- average stars x 100
    rating_count     INTEGER NOT NULL DEFAULT 0,
    points           INTEGER NOT NULL DEFAULT 0,  -- reward/penalty balance
    daily_job_limit  INTEGER NOT NULL DEFAULT 6 CHECK (daily_job_limit > 0),
    joined_at        INTEGER,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX providers_status ON providers(status, id);
CREATE INDEX providers_phone ON providers(phone);
CREATE INDEX providers_name ON providers(name, id);
CREATE INDEX providers_district ON providers(home_district_id, status);

CREATE TABLE provider_skills (
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    category_id INTEGER NOT NULL REFERENCES service_categories(id),
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('applied','active','suspended')),
    suspended_reason TEXT,
    PRIMARY KEY (provider_id, category_id)
) WITHOUT ROWID;
CREATE INDEX provider_skills_category ON provider_skills(category_id, status);

CREATE TABLE provider_districts (
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    district_id INTEGER NOT NULL REFERENCES districts(id),
    PRIMARY KEY (provider_id, district_id)
) WITHOUT ROWID;
CREATE INDEX provider_districts_district ON provider_districts(district_id);

-- Weekly working hours: minutes from local midnight, weekday 1 = Monday.
CREATE TABLE provider_hours (
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_min   INTEGER NOT NULL CHECK (start_min BETWEEN 0 AND 1440),
    end_min     INTEGER NOT NULL CHECK (end_min BETWEEN 0 AND 1440),
    PRIMARY KEY (provider_id, weekday, start_min),
    CHECK (end_min > start_min)
) WITHOUT ROWID;

-- Onboarding.
CREATE TABLE provider_applications (
    id           INTEGER PRIMARY KEY,
    provider_id  INTEGER NOT NULL REFERENCES providers(id),
    state        TEXT NOT NULL CHECK (state IN ('new','info_requested','approved','rejected')),
    submitted_at INTEGER NOT NULL,
    decided_at   INTEGER,
    decided_by   INTEGER REFERENCES staff(id),
    reason       TEXT
);
CREATE INDEX provider_applications_queue ON provider_applications(state, submitted_at);
CREATE INDEX provider_applications_provider ON provider_applications(provider_id);

CREATE TABLE application_events (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES provider_applications(id),
    at             INTEGER NOT NULL,
    staff_id       INTEGER REFERENCES staff(id),
    kind           TEXT NOT NULL,
    note           TEXT
);
CREATE INDEX application_events_application ON application_events(application_id, at);

CREATE TABLE credentials (
    id                 INTEGER PRIMARY KEY,
    provider_id        INTEGER NOT NULL REFERENCES providers(id),
    type               TEXT NOT NULL CHECK (type IN ('id_card','health_certificate','qualification','other')),
    qualification_code TEXT REFERENCES qualification_types(code),
    number             TEXT,
    issuer             TEXT,
    valid_from         TEXT,
    valid_to           TEXT,
    review_status      TEXT NOT NULL DEFAULT 'pending' CHECK (review_status IN ('pending','approved','rejected')),
    reviewer_id        INTEGER REFERENCES staff(id),
    reviewed_at        INTEGER,
    created_at         INTEGER NOT NULL,
    CHECK (type <> 'qualification' OR qualification_code IS NOT NULL)
);
CREATE INDEX credentials_provider ON credentials(provider_id, type);
CREATE INDEX credentials_expiry ON credentials(valid_to);

-- Scans are stored in the (encrypted) store itself, never as loose files.
CREATE TABLE credential_scans (
    id            INTEGER PRIMARY KEY,
    credential_id INTEGER NOT NULL REFERENCES credentials(id),
    file_name     TEXT NOT NULL,
    mime          TEXT NOT NULL CHECK (mime IN ('image/png','image/jpeg','application/pdf')),
    bytes         BLOB NOT NULL,
    sha256        TEXT NOT NULL,
    added_by      INTEGER REFERENCES staff(id),
    created_at    INTEGER NOT NULL
);
CREATE INDEX credential_scans_credential ON credential_scans(credential_id);

CREATE TABLE background_checks (
    id          INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    agency      TEXT NOT NULL,
    result      TEXT NOT NULL CHECK (result IN ('pending','clear','flagged')),
    checked_at  INTEGER,
    note        TEXT,
    recorded_by INTEGER REFERENCES staff(id)
);
CREATE INDEX background_checks_provider ON background_checks(provider_id);

CREATE TABLE courses (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL UNIQUE,
    title    TEXT NOT NULL,
    title_en TEXT NOT NULL,
    required INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE course_completions (
    id           INTEGER PRIMARY KEY,
    provider_id  INTEGER NOT NULL REFERENCES providers(id),
    course_id    INTEGER NOT NULL REFERENCES courses(id),
    completed_at INTEGER NOT NULL
);
CREATE INDEX course_completions_provider ON course_completions(provider_id);

CREATE TABLE assessments (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    title_en    TEXT NOT NULL,
    pass_mark   INTEGER NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
    period_days INTEGER NOT NULL DEFAULT 180
);

CREATE TABLE assessment_results (
    id            INTEGER PRIMARY KEY,
    provider_id   INTEGER NOT NULL REFERENCES providers(id),
    assessment_id INTEGER NOT NULL REFERENCES assessments(id),
    score         INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    passed        INTEGER NOT NULL CHECK (passed IN (0,1)),
    taken_at      INTEGER NOT NULL
);
CREATE INDEX assessment_results_provider ON assessment_results(provider_id, assessment_id, taken_at);

-- Orders and their life.
CREATE TABLE orders (
    id               INTEGER PRIMARY KEY,
    order_no         TEXT NOT NULL UNIQUE,
    office_id        INTEGER NOT NULL REFERENCES offices(id),
    customer_id      INTEGER NOT NULL REFERENCES customers(id),
    service_item_id  INTEGER NOT NULL REFERENCES service_items(id),
    district_id      INTEGER REFERENCES districts(id),
    address          TEXT NOT NULL,
    lat              REAL NOT NULL,
    lng              REAL NOT NULL,
    window_start     INTEGER NOT NULL,
    window_end       INTEGER NOT NULL,
    duration_min     INTEGER NOT NULL CHECK (duration_min > 0),
    price_fen        INTEGER NOT NULL CHECK (price_fen >= 0),
    payment_status   TEXT NOT NULL CHECK (payment_status IN ('unpaid','paid','partially_refunded','refunded')),
    status           TEXT NOT NULL CHECK (status IN ('created','awaiting_dispatch','assigned','accepted','on_the_way','in_service','completed','rated','cancelled')),
    provider_id      INTEGER REFERENCES providers(id),
    planned_start    INTEGER,
    priority         INTEGER NOT NULL DEFAULT 0,
    preferred_provider_id INTEGER REFERENCES providers(id),
    cancel_reason    TEXT,
    note             TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    CHECK (window_end > window_start)
);
CREATE INDEX orders_customer ON orders(customer_id, created_at);

CREATE TABLE customer_blocked_providers (
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    created_at  INTEGER NOT NULL,
    PRIMARY KEY (customer_id, provider_id)
) WITHOUT ROWID;

CREATE TABLE order_events (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    at          INTEGER NOT NULL,
    actor_kind  TEXT NOT NULL CHECK (actor_kind IN ('staff','customer','provider','system')),
    staff_id    INTEGER REFERENCES staff(id),
    from_status TEXT,
    to_status   TEXT NOT NULL,
    note        TEXT
);
CREATE INDEX order_events_order ON order_events(order_id, at);

CREATE TABLE dispatch_records (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id),
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    mode        TEXT NOT NULL CHECK (mode IN ('manual','auto')),
    staff_id    INTEGER REFERENCES staff(id),
    planned_start INTEGER,
    score       REAL,
    explanation TEXT,
    at          INTEGER NOT NULL,
    undone_at   INTEGER
);
CREATE INDEX dispatch_records_order ON dispatch_records(order_id, at);

CREATE TABLE ratings (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL UNIQUE REFERENCES orders(id),
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    stars       INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5),
    comment     TEXT,
    at          INTEGER NOT NULL
);
CREATE INDEX ratings_provider ON ratings(provider_id, at);

-- After-sales.
CREATE TABLE complaints (
    id                INTEGER PRIMARY KEY,
    order_id          INTEGER NOT NULL REFERENCES orders(id),
    customer_id       INTEGER NOT NULL REFERENCES customers(id),
    provider_id       INTEGER REFERENCES providers(id),
    category          TEXT NOT NULL,
    description       TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('open','investigating','resolved','rejected')),
    upheld            INTEGER CHECK (upheld IN (0,1) OR upheld IS NULL),
    assigned_staff_id INTEGER REFERENCES staff(id),
    opened_at         INTEGER NOT NULL,
    first_response_due_at INTEGER NOT NULL,
    resolution_due_at INTEGER NOT NULL,
    first_response_at INTEGER,
    resolved_at       INTEGER,
    resolution        TEXT,
    reservice_order_id INTEGER REFERENCES orders(id)
);
CREATE INDEX complaints_status ON complaints(status, resolution_due_at);
CREATE INDEX complaints_order ON complaints(order_id);
CREATE INDEX complaints_provider ON complaints(provider_id, opened_at);

CREATE TABLE refunds (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders(id),
    complaint_id INTEGER REFERENCES complaints(id),
    amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
    reason       TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('requested','approved','paid','rejected')),
    requested_by INTEGER REFERENCES staff(id),
    approved_by  INTEGER REFERENCES staff(id),
    requested_at INTEGER NOT NULL,
    decided_at   INTEGER
);
CREATE INDEX refunds_order ON refunds(order_id);
CREATE INDEX refunds_status ON refunds(status, requested_at);

-- Rewards and penalties: a ledger, and the rules that feed it (rules are data).
CREATE TABLE ledger_rules (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    trigger    TEXT NOT NULL,     -- e.g. 'rating', 'complaint_upheld', 'assessment_failed'
    params     TEXT NOT NULL DEFAULT '{}',
    points     INTEGER NOT NULL,
    amount_fen INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE provider_ledger (
    id          INTEGER PRIMARY KEY,
    provider_id INTEGER NOT NULL REFERENCES providers(id),
    points      INTEGER NOT NULL,
    amount_fen  INTEGER NOT NULL DEFAULT 0,
    reason      TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('rating','complaint','assessment','manual')),
    rule_id     INTEGER REFERENCES ledger_rules(id),
    ref_id      INTEGER,
    staff_id    INTEGER REFERENCES staff(id),
    at          INTEGER NOT NULL
);
CREATE INDEX provider_ledger_provider ON provider_ledger(provider_id, at);

-- The hash-chained audit log: hash = SHA-256(prev_hash || canonical entry).
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    at        INTEGER NOT NULL,
    staff_id  INTEGER,
    username  TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

-- Sync: every change queued in the same transaction that made it.
CREATE TABLE sync_outbox (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op        TEXT NOT NULL CHECK (op IN ('upsert','delete')),
    payload   TEXT NOT NULL,
    audit_seq INTEGER NOT NULL REFERENCES audit_log(seq),
    at        INTEGER NOT NULL,
    sent_at   INTEGER
);
CREATE INDEX sync_outbox_unsent ON sync_outbox(sent_at, seq);

CREATE TABLE sync_cursors (
    peer        TEXT PRIMARY KEY,
    pulled_upto INTEGER NOT NULL DEFAULT 0,
    pushed_upto INTEGER NOT NULL DEFAULT 0,
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;
