-- Doorstep schema v15: the funnel by the stages an order reached, and the
-- providers' figures per period (issue #14, the dashboard's second half).
--
-- 1. stats_order_facts gains three columns (appended, so the view and the
--    table keep the same column order):
--      stage        the furthest stage the order ever reached: 1 created,
--                   2 dispatched, 3 accepted, 4 completed, 5 rated. Read from
--                   its status, its timeline (order_events.to_status), its
--                   dispatch records and its rating, so an order that was
--                   dispatched, accepted and later cancelled (or declined and
--                   sent back to the queue) still counts as dispatched and
--                   accepted. Stages are cumulative: "reached at least".
--      provider_id  the order's provider (0: none);
--      served_min   its duration when it has a provider and is not cancelled
--                   (the booked minutes of utilisation).
--    stats_daily gains the funnel's sums (reached_dispatch … reached_rated)
--    and served_min.
-- 2. stats_provider_days: per office day × provider, the orders carrying the
--    provider (as the orders page filtered by provider counts them), those not
--    cancelled (served) and their minutes, upheld complaints, ratings and
--    stars: the ranking, the rating bands and utilisation of any period.
-- 3. stats_provider_active: per office day, how many providers had an order
--    that is not cancelled, and their booked minutes, so "active providers
--    per day" and its comparisons read a row a day.
-- As before, all of it follows stats_order_facts by triggers; the triggers of
-- v13 stay, the new ones only add the new columns.

DROP VIEW stats_order_facts_raw;
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
       (SELECT d.at FROM dispatch_records d WHERE d.order_id = o.id ORDER BY d.at, d.id LIMIT 1) - o.created_at AS dispatch_s,
       max(CASE o.status WHEN 'rated' THEN 5 WHEN 'completed' THEN 4 WHEN 'in_service' THEN 3 WHEN 'on_the_way' THEN 3
                         WHEN 'accepted' THEN 3 WHEN 'assigned' THEN 2 ELSE 1 END,
           coalesce((SELECT max(CASE e.to_status WHEN 'rated' THEN 5 WHEN 'completed' THEN 4 WHEN 'in_service' THEN 3
                                   WHEN 'on_the_way' THEN 3 WHEN 'accepted' THEN 3 WHEN 'assigned' THEN 2 ELSE 1 END)
                     FROM order_events e WHERE e.order_id = o.id), 1),
           CASE WHEN EXISTS (SELECT 1 FROM dispatch_records d WHERE d.order_id = o.id) THEN 2 ELSE 1 END,
           CASE WHEN EXISTS (SELECT 1 FROM ratings g WHERE g.order_id = o.id) THEN 5 ELSE 1 END) AS stage,
       coalesce(o.provider_id, 0) AS provider_id,
       CASE WHEN o.provider_id IS NOT NULL AND o.status <> 'cancelled' THEN o.duration_min ELSE 0 END AS served_min
FROM orders o;

ALTER TABLE stats_order_facts ADD COLUMN stage INTEGER NOT NULL DEFAULT 1;
ALTER TABLE stats_order_facts ADD COLUMN provider_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stats_order_facts ADD COLUMN served_min INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stats_daily ADD COLUMN reached_dispatch INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stats_daily ADD COLUMN reached_accept INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stats_daily ADD COLUMN reached_complete INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stats_daily ADD COLUMN reached_rated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stats_daily ADD COLUMN served_min INTEGER NOT NULL DEFAULT 0;

CREATE TABLE stats_provider_days (
    day         INTEGER NOT NULL,
    provider_id INTEGER NOT NULL,
    orders      INTEGER NOT NULL DEFAULT 0,
    served      INTEGER NOT NULL DEFAULT 0, -- not cancelled
    served_min  INTEGER NOT NULL DEFAULT 0,
    upheld      INTEGER NOT NULL DEFAULT 0,
    rated       INTEGER NOT NULL DEFAULT 0,
    stars       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (day, provider_id)
) WITHOUT ROWID;
CREATE TABLE stats_provider_active (
    day        INTEGER PRIMARY KEY,
    providers  INTEGER NOT NULL DEFAULT 0,
    served_min INTEGER NOT NULL DEFAULT 0
);

-- Backfill (no trigger on stats_order_facts fires on UPDATE): the new columns
-- straight from the sources, then the sums grouped once.
UPDATE stats_order_facts SET
    provider_id = coalesce((SELECT o.provider_id FROM orders o WHERE o.id = order_id), 0),
    served_min = (SELECT CASE WHEN o.provider_id IS NOT NULL AND o.status <> 'cancelled' THEN o.duration_min ELSE 0 END
                  FROM orders o WHERE o.id = order_id),
    stage = max(CASE status WHEN 'rated' THEN 5 WHEN 'completed' THEN 4 WHEN 'in_service' THEN 3 WHEN 'on_the_way' THEN 3
                            WHEN 'accepted' THEN 3 WHEN 'assigned' THEN 2 ELSE 1 END,
                coalesce((SELECT max(CASE e.to_status WHEN 'rated' THEN 5 WHEN 'completed' THEN 4 WHEN 'in_service' THEN 3
                                        WHEN 'on_the_way' THEN 3 WHEN 'accepted' THEN 3 WHEN 'assigned' THEN 2 ELSE 1 END)
                          FROM order_events e WHERE e.order_id = stats_order_facts.order_id), 1),
                CASE WHEN dispatch_mode IS NOT NULL THEN 2 ELSE 1 END,
                CASE WHEN rated > 0 THEN 5 ELSE 1 END);
DELETE FROM stats_daily;
INSERT INTO stats_daily
SELECT day, district_id, category_id, status, count(*), sum(price_fen), sum(refund_fen), sum(refunds), sum(rated), sum(stars),
       sum(complaints), sum(upheld), sum(complaints_closed), sum(complaints_in_sla), sum(accepted), sum(started), sum(on_time), sum(timeouts),
       count(dispatch_mode), count(CASE WHEN dispatch_mode = 'auto' THEN 1 END),
       sum(stage >= 2), sum(stage >= 3), sum(stage >= 4), sum(stage >= 5), sum(served_min)
FROM stats_order_facts GROUP BY day, district_id, category_id, status;
INSERT INTO stats_provider_days
SELECT day, provider_id, count(*), sum(status <> 'cancelled'), sum(served_min), sum(upheld), sum(rated), sum(stars)
FROM stats_order_facts WHERE provider_id <> 0 GROUP BY day, provider_id;
INSERT INTO stats_provider_active
SELECT day, count(*), sum(served_min) FROM stats_provider_days WHERE served > 0 GROUP BY day;

-- The facts' new columns into their cells. v13's stats_facts_in/out do the
-- rest; whichever of the two fires first, the cell exists (INSERT OR IGNORE)
-- and the emptied cell is removed by stats_facts_out.
CREATE TRIGGER stats_facts_in_v15 AFTER INSERT ON stats_order_facts
BEGIN
    INSERT OR IGNORE INTO stats_daily(day, district_id, category_id, status)
        VALUES (new.day, new.district_id, new.category_id, new.status);
    UPDATE stats_daily SET reached_dispatch = reached_dispatch + (new.stage >= 2), reached_accept = reached_accept + (new.stage >= 3),
           reached_complete = reached_complete + (new.stage >= 4), reached_rated = reached_rated + (new.stage >= 5),
           served_min = served_min + new.served_min
     WHERE day = new.day AND district_id = new.district_id AND category_id = new.category_id AND status = new.status;
    INSERT OR IGNORE INTO stats_provider_days(day, provider_id)
        SELECT new.day, new.provider_id WHERE new.provider_id <> 0;
    UPDATE stats_provider_days SET orders = orders + 1, served = served + (new.status <> 'cancelled'),
           served_min = served_min + new.served_min, upheld = upheld + new.upheld, rated = rated + new.rated, stars = stars + new.stars
     WHERE new.provider_id <> 0 AND day = new.day AND provider_id = new.provider_id;
END;
CREATE TRIGGER stats_facts_out_v15 AFTER DELETE ON stats_order_facts
BEGIN
    UPDATE stats_daily SET reached_dispatch = reached_dispatch - (old.stage >= 2), reached_accept = reached_accept - (old.stage >= 3),
           reached_complete = reached_complete - (old.stage >= 4), reached_rated = reached_rated - (old.stage >= 5),
           served_min = served_min - old.served_min
     WHERE day = old.day AND district_id = old.district_id AND category_id = old.category_id AND status = old.status;
    UPDATE stats_provider_days SET orders = orders - 1, served = served - (old.status <> 'cancelled'),
           served_min = served_min - old.served_min, upheld = upheld - old.upheld, rated = rated - old.rated, stars = stars - old.stars
     WHERE old.provider_id <> 0 AND day = old.day AND provider_id = old.provider_id;
    DELETE FROM stats_provider_days WHERE old.provider_id <> 0 AND day = old.day AND provider_id = old.provider_id AND orders = 0;
END;

-- A provider's day counts while it has an order served (not cancelled); its
-- minutes follow. A day nobody served has no row (served_min is 0 then too).
CREATE TRIGGER stats_provider_days_in AFTER INSERT ON stats_provider_days
BEGIN
    INSERT OR IGNORE INTO stats_provider_active(day) SELECT new.day WHERE new.served > 0;
    UPDATE stats_provider_active SET providers = providers + (new.served > 0), served_min = served_min + new.served_min WHERE day = new.day;
END;
CREATE TRIGGER stats_provider_days_up AFTER UPDATE OF served, served_min ON stats_provider_days
BEGIN
    INSERT OR IGNORE INTO stats_provider_active(day) SELECT new.day WHERE new.served > 0;
    UPDATE stats_provider_active SET providers = providers + (new.served > 0) - (old.served > 0),
           served_min = served_min - old.served_min + new.served_min WHERE day = new.day;
    DELETE FROM stats_provider_active WHERE day = new.day AND providers = 0;
END;
CREATE TRIGGER stats_provider_days_out AFTER DELETE ON stats_provider_days
BEGIN
    UPDATE stats_provider_active SET providers = providers - (old.served > 0), served_min = served_min - old.served_min WHERE day = old.day;
    DELETE FROM stats_provider_active WHERE day = old.day AND providers = 0;
END;

-- The order's provider and duration now matter; every stage of the timeline too.
DROP TRIGGER stats_orders_up;
CREATE TRIGGER stats_orders_up AFTER UPDATE OF id, window_start, window_end, district_id, category_id, status, price_fen, created_at,
    provider_id, duration_min ON orders
BEGIN
    DELETE FROM stats_order_facts WHERE order_id IN (old.id, new.id);
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = new.id;
END;
DROP TRIGGER stats_events_in;
CREATE TRIGGER stats_events_in AFTER INSERT ON order_events
    WHEN new.to_status IN ('assigned', 'accepted', 'on_the_way', 'in_service', 'completed', 'rated') OR new.event = 'timeout'
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = new.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = new.order_id;
END;
DROP TRIGGER stats_events_out;
CREATE TRIGGER stats_events_out AFTER DELETE ON order_events
    WHEN old.to_status IN ('assigned', 'accepted', 'on_the_way', 'in_service', 'completed', 'rated') OR old.event = 'timeout'
BEGIN
    DELETE FROM stats_order_facts WHERE order_id = old.order_id;
    INSERT INTO stats_order_facts SELECT * FROM stats_order_facts_raw WHERE order_id = old.order_id;
END;
