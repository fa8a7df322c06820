-- Doorstep schema v13: statistics rollups (issue #14).
--
-- The dashboard must show 12 months of figures on 1,000,000 orders in 200 ms;
-- SQLite 3.15 has no window functions and scanning the orders does not fit.
-- So three derived tables are kept exact by triggers, in the transaction of
-- whatever writes (the spine, the demo generator, migrations, sync pulls):
--
--   stats_order_facts      one row per order: what the figures need of it
--                          (its cell, its money, its milestones, its first
--                          assignment), computed by the view
--                          stats_order_facts_raw from the source tables;
--   stats_daily            the facts summed per office day of the window
--                          start × district × service category × status;
--   stats_dispatch_minutes the creation → first assignment times of every
--                          order, counted per office day and whole minute
--                          (and per district, per category: _district,
--                          _category):
--                          medians and percentiles read from it are exact to
--                          the minute (times are truncated to whole minutes;
--                          10080 holds every wait of 7 days or more).
--
-- Every source trigger does the same thing: "refresh order X" = delete its
-- facts row and insert it again from the view. The facts table's own
-- triggers move the row's contribution out of its old cells and into its new
-- ones. Refreshing instead of applying deltas keeps the triggers obviously
-- right: whatever changed, the order's row is recomputed from the truth.
--
-- The office day is the Asia/Shanghai calendar day (UTC+8, no daylight
-- saving since 1991): (window_start + 28800) / 86400 days since 1970-01-01,
-- as domain/office_time counts. District or category 0: the order has none.
--
-- A migration that rebuilds orders, refunds, ratings, complaints,
-- order_events or dispatch_records drops their triggers with the table and
-- must create them again (tst_migrations checks they exist at the end).

CREATE VIEW stats_order_facts_raw AS
SELECT o.id AS order_id,
       (o.window_start + 28800) / 86400 AS day,
       coalesce(o.district_id, 0) AS district_id,
       coalesce(o.category_id, 0) AS category_id,
       o.status AS status,
       o.price_fen AS price_fen,
       (SELECT coalesce(sum(r.amount_fen), 0) FROM refunds r WHERE r.order_id = o.id AND r.status = 'paid') AS refund_fen,
       (SELECT count(*) FROM refunds r WHERE r.order_id = o.id AND r.status = 'paid') AS refunds,
       (SELECT count(*) FROM ratings g WHERE g.order_id = o.id) AS rated,
       (SELECT coalesce(sum(g.stars), 0) FROM ratings g WHERE g.order_id = o.id) AS stars,
       (SELECT count(*) FROM complaints c WHERE c.order_id = o.id) AS complaints,
       (SELECT count(*) FROM complaints c WHERE c.order_id = o.id AND c.upheld = 1) AS upheld,
       (SELECT count(*) FROM complaints c WHERE c.order_id = o.id AND c.resolved_at IS NOT NULL) AS complaints_closed,
       (SELECT count(*) FROM complaints c WHERE c.order_id = o.id AND c.resolved_at IS NOT NULL
           AND c.first_response_at <= c.first_response_due_at AND c.resolved_at <= c.resolution_due_at) AS complaints_in_sla,
       EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'accepted') AS accepted,
       EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'in_service') AS started,
       coalesce((SELECT min(e.at) FROM order_events e WHERE e.order_id = o.id AND e.to_status = 'in_service')
                BETWEEN o.window_start AND o.window_end, 0) AS on_time,
       (SELECT count(*) FROM order_events e WHERE e.order_id = o.id AND e.event = 'timeout') AS timeouts,
       (SELECT d.mode FROM dispatch_records d WHERE d.order_id = o.id ORDER BY d.at, d.id LIMIT 1) AS dispatch_mode,
       (SELECT d.at FROM dispatch_records d WHERE d.order_id = o.id ORDER BY d.at, d.id LIMIT 1) - o.created_at AS dispatch_s
FROM orders o;

CREATE TABLE stats_order_facts (
    order_id      INTEGER PRIMARY KEY,  -- no REFERENCES: the orders triggers remove it
    day           INTEGER NOT NULL,
    district_id   INTEGER NOT NULL,
    category_id   INTEGER NOT NULL,
    status        TEXT NOT NULL,
    price_fen     INTEGER NOT NULL,
    refund_fen    INTEGER NOT NULL,     -- paid refunds
    refunds       INTEGER NOT NULL,
    rated         INTEGER NOT NULL,
    stars         INTEGER NOT NULL,
    complaints    INTEGER NOT NULL,
    upheld        INTEGER NOT NULL,
    complaints_closed INTEGER NOT NULL, -- resolved or rejected
    complaints_in_sla INTEGER NOT NULL, -- … answered and closed within their deadlines
    accepted      INTEGER NOT NULL,     -- a provider accepted it at some point
    started       INTEGER NOT NULL,     -- the service started
    on_time       INTEGER NOT NULL,     -- … inside the arrival window
    timeouts      INTEGER NOT NULL,     -- accept timeouts it went through
    dispatch_mode TEXT,                 -- of the first assignment; NULL: never assigned
    dispatch_s    INTEGER               -- first assignment − creation, seconds
);
-- A dispatch median for one district and one category reads the exact times
-- straight from here (covering index); one of the two alone has its histogram.
CREATE INDEX stats_facts_district ON stats_order_facts(district_id, day, category_id, dispatch_s);

CREATE TABLE stats_daily (
    day             INTEGER NOT NULL,
    district_id     INTEGER NOT NULL,
    category_id     INTEGER NOT NULL,
    status          TEXT NOT NULL,
    orders          INTEGER NOT NULL DEFAULT 0,
    price_fen       INTEGER NOT NULL DEFAULT 0,
    refund_fen      INTEGER NOT NULL DEFAULT 0,
    refunds         INTEGER NOT NULL DEFAULT 0,
    rated           INTEGER NOT NULL DEFAULT 0,
    stars           INTEGER NOT NULL DEFAULT 0,
    complaints      INTEGER NOT NULL DEFAULT 0,
    upheld          INTEGER NOT NULL DEFAULT 0,
    complaints_closed INTEGER NOT NULL DEFAULT 0,
    complaints_in_sla INTEGER NOT NULL DEFAULT 0,
    accepted        INTEGER NOT NULL DEFAULT 0,
    started         INTEGER NOT NULL DEFAULT 0,
    on_time         INTEGER NOT NULL DEFAULT 0,
    timeouts        INTEGER NOT NULL DEFAULT 0,
    dispatched      INTEGER NOT NULL DEFAULT 0,
    auto_dispatched INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, district_id, category_id, status)
) WITHOUT ROWID;

CREATE TABLE stats_dispatch_minutes (
    day    INTEGER NOT NULL,
    minute INTEGER NOT NULL,
    n      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, minute)
) WITHOUT ROWID;
-- The same per district and per service category (the dashboard's filters).
CREATE TABLE stats_dispatch_minutes_district (
    district_id INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    minute      INTEGER NOT NULL,
    n           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (district_id, day, minute)
) WITHOUT ROWID;
CREATE TABLE stats_dispatch_minutes_category (
    category_id INTEGER NOT NULL,
    day         INTEGER NOT NULL,
    minute      INTEGER NOT NULL,
    n           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (category_id, day, minute)
) WITHOUT ROWID;
-- Providers by rating: the rating bands and the best and worst, from an index.
CREATE INDEX stats_providers_rating ON providers(status, rating_avg_x100, rating_count);

-- Backfill before the facts triggers exist: one grouped insert each, instead
-- of a million single-row updates.
INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw;
INSERT INTO stats_daily
SELECT day, district_id, category_id, status, count(*), sum(price_fen), sum(refund_fen), sum(refunds), sum(rated), sum(stars),
       sum(complaints), sum(upheld), sum(complaints_closed), sum(complaints_in_sla), sum(accepted), sum(started), sum(on_time), sum(timeouts),
       count(dispatch_mode), count(CASE WHEN dispatch_mode = 'auto' THEN 1 END)
FROM stats_order_facts GROUP BY day, district_id, category_id, status;
INSERT INTO stats_dispatch_minutes
SELECT day, min(max(dispatch_s, 0) / 60, 10080) AS minute, count(*)
FROM stats_order_facts WHERE dispatch_s IS NOT NULL GROUP BY day, minute;
INSERT INTO stats_dispatch_minutes_district
SELECT district_id, day, min(max(dispatch_s, 0) / 60, 10080) AS minute, count(*)
FROM stats_order_facts WHERE dispatch_s IS NOT NULL GROUP BY district_id, day, minute;
INSERT INTO stats_dispatch_minutes_category
SELECT category_id, day, min(max(dispatch_s, 0) / 60, 10080) AS minute, count(*)
FROM stats_order_facts WHERE dispatch_s IS NOT NULL GROUP BY category_id, day, minute;

-- A facts row in: add it to its cells.
CREATE TRIGGER stats_facts_in AFTER INSERT ON stats_order_facts
BEGIN
    INSERT OR IGNORE INTO stats_daily(day, district_id, category_id, status)
        VALUES (new.day, new.district_id, new.category_id, new.status);
    UPDATE stats_daily SET orders = orders + 1, price_fen = price_fen + new.price_fen,
           refund_fen = refund_fen + new.refund_fen, refunds = refunds + new.refunds,
           rated = rated + new.rated, stars = stars + new.stars,
           complaints = complaints + new.complaints, upheld = upheld + new.upheld,
           complaints_closed = complaints_closed + new.complaints_closed, complaints_in_sla = complaints_in_sla + new.complaints_in_sla,
           accepted = accepted + new.accepted, started = started + new.started,
           on_time = on_time + new.on_time, timeouts = timeouts + new.timeouts,
           dispatched = dispatched + (new.dispatch_mode IS NOT NULL),
           auto_dispatched = auto_dispatched + (new.dispatch_mode IS 'auto')
     WHERE day = new.day AND district_id = new.district_id AND category_id = new.category_id AND status = new.status;
    INSERT OR IGNORE INTO stats_dispatch_minutes(day, minute)
        SELECT new.day, min(max(new.dispatch_s, 0) / 60, 10080) WHERE new.dispatch_s IS NOT NULL;
    UPDATE stats_dispatch_minutes SET n = n + 1
     WHERE new.dispatch_s IS NOT NULL AND day = new.day AND minute = min(max(new.dispatch_s, 0) / 60, 10080);
    INSERT OR IGNORE INTO stats_dispatch_minutes_district(district_id, day, minute)
        SELECT new.district_id, new.day, min(max(new.dispatch_s, 0) / 60, 10080) WHERE new.dispatch_s IS NOT NULL;
    UPDATE stats_dispatch_minutes_district SET n = n + 1
     WHERE new.dispatch_s IS NOT NULL AND district_id = new.district_id AND day = new.day AND minute = min(max(new.dispatch_s, 0) / 60, 10080);
    INSERT OR IGNORE INTO stats_dispatch_minutes_category(category_id, day, minute)
        SELECT new.category_id, new.day, min(max(new.dispatch_s, 0) / 60, 10080) WHERE new.dispatch_s IS NOT NULL;
    UPDATE stats_dispatch_minutes_category SET n = n + 1
     WHERE new.dispatch_s IS NOT NULL AND category_id = new.category_id AND day = new.day AND minute = min(max(new.dispatch_s, 0) / 60, 10080);
END;

-- A facts row out: take it out of its cells; an emptied cell goes.
CREATE TRIGGER stats_facts_out AFTER DELETE ON stats_order_facts
BEGIN
    UPDATE stats_daily SET orders = orders - 1, price_fen = price_fen - old.price_fen,
           refund_fen = refund_fen - old.refund_fen, refunds = refunds - old.refunds,
           rated = rated - old.rated, stars = stars - old.stars,
           complaints = complaints - old.complaints, upheld = upheld - old.upheld,
           complaints_closed = complaints_closed - old.complaints_closed, complaints_in_sla = complaints_in_sla - old.complaints_in_sla,
           accepted = accepted - old.accepted, started = started - old.started,
           on_time = on_time - old.on_time, timeouts = timeouts - old.timeouts,
           dispatched = dispatched - (old.dispatch_mode IS NOT NULL),
           auto_dispatched = auto_dispatched - (old.dispatch_mode IS 'auto')
     WHERE day = old.day AND district_id = old.district_id AND category_id = old.category_id AND status = old.status;
    DELETE FROM stats_daily
     WHERE day = old.day AND district_id = old.district_id AND category_id = old.category_id AND status = old.status AND orders = 0;
    UPDATE stats_dispatch_minutes SET n = n - 1
     WHERE old.dispatch_s IS NOT NULL AND day = old.day AND minute = min(max(old.dispatch_s, 0) / 60, 10080);
    DELETE FROM stats_dispatch_minutes
     WHERE old.dispatch_s IS NOT NULL AND day = old.day AND minute = min(max(old.dispatch_s, 0) / 60, 10080) AND n = 0;
    UPDATE stats_dispatch_minutes_district SET n = n - 1
     WHERE old.dispatch_s IS NOT NULL AND district_id = old.district_id AND day = old.day AND minute = min(max(old.dispatch_s, 0) / 60, 10080);
    DELETE FROM stats_dispatch_minutes_district
     WHERE old.dispatch_s IS NOT NULL AND district_id = old.district_id AND day = old.day AND minute = min(max(old.dispatch_s, 0) / 60, 10080) AND n = 0;
    UPDATE stats_dispatch_minutes_category SET n = n - 1
     WHERE old.dispatch_s IS NOT NULL AND category_id = old.category_id AND day = old.day AND minute = min(max(old.dispatch_s, 0) / 60, 10080);
    DELETE FROM stats_dispatch_minutes_category
     WHERE old.dispatch_s IS NOT NULL AND category_id = old.category_id AND day = old.day AND minute = min(max(old.dispatch_s, 0) / 60, 10080) AND n = 0;
END;

-- The sources: each refreshes the orders it touches.
CREATE TRIGGER stats_orders_in AFTER INSERT ON orders
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = new.id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = new.id;
END;
CREATE TRIGGER stats_orders_up AFTER UPDATE OF id, window_start, window_end, district_id, category_id, status, price_fen, created_at ON orders
BEGIN
    DELETE FROM stats_order_facts WHERE order_id IN (old.id, new.id);
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = new.id;
END;
CREATE TRIGGER stats_orders_out AFTER DELETE ON orders
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = old.id;
END;

CREATE TRIGGER stats_refunds_in AFTER INSERT ON refunds WHEN new.status = 'paid'
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = new.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = new.order_id;
END;
CREATE TRIGGER stats_refunds_up AFTER UPDATE OF order_id, status, amount_fen ON refunds
    WHEN old.status = 'paid' OR new.status = 'paid'
BEGIN
    DELETE FROM stats_order_facts WHERE order_id IN (old.order_id, new.order_id);
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id IN (old.order_id, new.order_id);
END;
CREATE TRIGGER stats_refunds_out AFTER DELETE ON refunds WHEN old.status = 'paid'
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = old.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = old.order_id;
END;

CREATE TRIGGER stats_ratings_in AFTER INSERT ON ratings
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = new.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = new.order_id;
END;
CREATE TRIGGER stats_ratings_up AFTER UPDATE OF order_id, stars ON ratings
BEGIN
    DELETE FROM stats_order_facts WHERE order_id IN (old.order_id, new.order_id);
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id IN (old.order_id, new.order_id);
END;
CREATE TRIGGER stats_ratings_out AFTER DELETE ON ratings
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = old.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = old.order_id;
END;

CREATE TRIGGER stats_complaints_in AFTER INSERT ON complaints
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = new.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = new.order_id;
END;
CREATE TRIGGER stats_complaints_up AFTER UPDATE OF order_id, upheld, resolved_at, first_response_at, first_response_due_at, resolution_due_at ON complaints
BEGIN
    DELETE FROM stats_order_facts WHERE order_id IN (old.order_id, new.order_id);
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id IN (old.order_id, new.order_id);
END;
CREATE TRIGGER stats_complaints_out AFTER DELETE ON complaints
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = old.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = old.order_id;
END;

-- Order events matter only when they mark acceptance, the start, or a timeout.
CREATE TRIGGER stats_events_in AFTER INSERT ON order_events
    WHEN new.to_status IN ('accepted', 'in_service') OR new.event = 'timeout'
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = new.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = new.order_id;
END;
CREATE TRIGGER stats_events_up AFTER UPDATE OF order_id, to_status, event, at ON order_events
BEGIN
    DELETE FROM stats_order_facts WHERE order_id IN (old.order_id, new.order_id);
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id IN (old.order_id, new.order_id);
END;
CREATE TRIGGER stats_events_out AFTER DELETE ON order_events
    WHEN old.to_status IN ('accepted', 'in_service') OR old.event = 'timeout'
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = old.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = old.order_id;
END;

CREATE TRIGGER stats_dispatch_in AFTER INSERT ON dispatch_records
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = new.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = new.order_id;
END;
CREATE TRIGGER stats_dispatch_up AFTER UPDATE OF order_id, mode, at ON dispatch_records
BEGIN
    DELETE FROM stats_order_facts WHERE order_id IN (old.order_id, new.order_id);
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id IN (old.order_id, new.order_id);
END;
CREATE TRIGGER stats_dispatch_out AFTER DELETE ON dispatch_records
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = old.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = old.order_id;
END;
