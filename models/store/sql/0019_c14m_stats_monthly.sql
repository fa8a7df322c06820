-- Doorstep schema v19 (issue #14): a year of the dashboard's cells by month.
--
-- A cold open of 12 months by month read every daily cell of the year
-- (stats_daily: office day × district × category × status, 72,074 rows at
-- 1,000,000 orders), and the 环比 and 同比 totals as many again on a store
-- with two years of orders. stats_monthly holds the same sums per calendar
-- month (month = the day number of the month's 1st), kept from stats_daily by
-- triggers in the same transaction: a period reads its whole months here and
-- only the days of its partial months there. The monthly cells serve the
-- "by month" view and every total; by day or week the daily cells are read.

CREATE TABLE stats_monthly (
    month             INTEGER NOT NULL, -- day number (days since 1970-01-01) of the month's first day
    district_id       INTEGER NOT NULL,
    category_id       INTEGER NOT NULL,
    status            TEXT NOT NULL,
    orders            INTEGER NOT NULL DEFAULT 0,
    price_fen         INTEGER NOT NULL DEFAULT 0,
    refund_fen        INTEGER NOT NULL DEFAULT 0,
    refunds           INTEGER NOT NULL DEFAULT 0,
    rated             INTEGER NOT NULL DEFAULT 0,
    stars             INTEGER NOT NULL DEFAULT 0,
    complaints        INTEGER NOT NULL DEFAULT 0,
    upheld            INTEGER NOT NULL DEFAULT 0,
    complaints_closed INTEGER NOT NULL DEFAULT 0,
    complaints_in_sla INTEGER NOT NULL DEFAULT 0,
    accepted          INTEGER NOT NULL DEFAULT 0,
    started           INTEGER NOT NULL DEFAULT 0,
    on_time           INTEGER NOT NULL DEFAULT 0,
    timeouts          INTEGER NOT NULL DEFAULT 0,
    dispatched        INTEGER NOT NULL DEFAULT 0,
    auto_dispatched   INTEGER NOT NULL DEFAULT 0,
    reached_dispatch  INTEGER NOT NULL DEFAULT 0,
    reached_accept    INTEGER NOT NULL DEFAULT 0,
    reached_complete  INTEGER NOT NULL DEFAULT 0,
    reached_rated     INTEGER NOT NULL DEFAULT 0,
    served_min        INTEGER NOT NULL DEFAULT 0,
    refunded          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, district_id, category_id, status)
) WITHOUT ROWID;

-- Backfill, before the triggers exist.
INSERT INTO stats_monthly
SELECT CAST(julianday(day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AS month, district_id, category_id, status,
       sum(orders), sum(price_fen), sum(refund_fen), sum(refunds), sum(rated), sum(stars), sum(complaints), sum(upheld), sum(complaints_closed), sum(complaints_in_sla), sum(accepted), sum(started), sum(on_time), sum(timeouts), sum(dispatched), sum(auto_dispatched), sum(reached_dispatch), sum(reached_accept), sum(reached_complete), sum(reached_rated), sum(served_min), sum(refunded)
FROM stats_daily GROUP BY month, district_id, category_id, status;

-- A daily cell in, changed, out: its month follows by the difference. The
-- month's row goes with the last of its days (a daily cell goes when its
-- orders fall to 0; within one order's triggers the other days of the month
-- keep theirs, so a month at 0 orders has no day left). Deleting it on an
-- update instead could drop sums that a cell created at 0 orders and filled
-- by the next trigger still carries.
CREATE TRIGGER stats_monthly_in AFTER INSERT ON stats_daily
BEGIN
    INSERT OR IGNORE INTO stats_monthly(month, district_id, category_id, status)
        VALUES (CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER), new.district_id, new.category_id, new.status);
    UPDATE stats_monthly SET orders = orders + new.orders, price_fen = price_fen + new.price_fen, refund_fen = refund_fen + new.refund_fen,
           refunds = refunds + new.refunds, rated = rated + new.rated, stars = stars + new.stars, complaints = complaints + new.complaints,
           upheld = upheld + new.upheld, complaints_closed = complaints_closed + new.complaints_closed,
           complaints_in_sla = complaints_in_sla + new.complaints_in_sla, accepted = accepted + new.accepted,
           started = started + new.started, on_time = on_time + new.on_time, timeouts = timeouts + new.timeouts,
           dispatched = dispatched + new.dispatched, auto_dispatched = auto_dispatched + new.auto_dispatched,
           reached_dispatch = reached_dispatch + new.reached_dispatch, reached_accept = reached_accept + new.reached_accept,
           reached_complete = reached_complete + new.reached_complete, reached_rated = reached_rated + new.reached_rated,
           served_min = served_min + new.served_min, refunded = refunded + new.refunded
     WHERE month = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND district_id = new.district_id AND category_id = new.category_id AND status = new.status;
END;
-- A cell's sums change in place (its key never changes in practice): one
-- update of its month by the difference, as every order's triggers do it
-- several times.
CREATE TRIGGER stats_monthly_up AFTER UPDATE ON stats_daily
    WHEN new.day = old.day AND new.district_id = old.district_id AND new.category_id = old.category_id AND new.status = old.status
BEGIN
    UPDATE stats_monthly SET orders = orders + new.orders - old.orders, price_fen = price_fen + new.price_fen - old.price_fen,
           refund_fen = refund_fen + new.refund_fen - old.refund_fen, refunds = refunds + new.refunds - old.refunds,
           rated = rated + new.rated - old.rated, stars = stars + new.stars - old.stars, complaints = complaints + new.complaints - old.complaints,
           upheld = upheld + new.upheld - old.upheld, complaints_closed = complaints_closed + new.complaints_closed - old.complaints_closed,
           complaints_in_sla = complaints_in_sla + new.complaints_in_sla - old.complaints_in_sla, accepted = accepted + new.accepted - old.accepted,
           started = started + new.started - old.started, on_time = on_time + new.on_time - old.on_time,
           timeouts = timeouts + new.timeouts - old.timeouts, dispatched = dispatched + new.dispatched - old.dispatched,
           auto_dispatched = auto_dispatched + new.auto_dispatched - old.auto_dispatched, reached_dispatch = reached_dispatch + new.reached_dispatch - old.reached_dispatch,
           reached_accept = reached_accept + new.reached_accept - old.reached_accept, reached_complete = reached_complete + new.reached_complete - old.reached_complete,
           reached_rated = reached_rated + new.reached_rated - old.reached_rated, served_min = served_min + new.served_min - old.served_min,
           refunded = refunded + new.refunded - old.refunded
     WHERE month = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND district_id = new.district_id AND category_id = new.category_id AND status = new.status;
END;
-- A cell given another key: out of its old month, into its new one.
CREATE TRIGGER stats_monthly_move AFTER UPDATE ON stats_daily
    WHEN NOT (new.day = old.day AND new.district_id = old.district_id AND new.category_id = old.category_id AND new.status = old.status)
BEGIN
    INSERT OR IGNORE INTO stats_monthly(month, district_id, category_id, status)
        VALUES (CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER), new.district_id, new.category_id, new.status);
    UPDATE stats_monthly SET orders = orders - old.orders, price_fen = price_fen - old.price_fen, refund_fen = refund_fen - old.refund_fen,
           refunds = refunds - old.refunds, rated = rated - old.rated, stars = stars - old.stars, complaints = complaints - old.complaints,
           upheld = upheld - old.upheld, complaints_closed = complaints_closed - old.complaints_closed,
           complaints_in_sla = complaints_in_sla - old.complaints_in_sla, accepted = accepted - old.accepted,
           started = started - old.started, on_time = on_time - old.on_time, timeouts = timeouts - old.timeouts,
           dispatched = dispatched - old.dispatched, auto_dispatched = auto_dispatched - old.auto_dispatched,
           reached_dispatch = reached_dispatch - old.reached_dispatch, reached_accept = reached_accept - old.reached_accept,
           reached_complete = reached_complete - old.reached_complete, reached_rated = reached_rated - old.reached_rated,
           served_min = served_min - old.served_min, refunded = refunded - old.refunded
     WHERE month = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND district_id = old.district_id AND category_id = old.category_id AND status = old.status;
    UPDATE stats_monthly SET orders = orders + new.orders, price_fen = price_fen + new.price_fen, refund_fen = refund_fen + new.refund_fen,
           refunds = refunds + new.refunds, rated = rated + new.rated, stars = stars + new.stars, complaints = complaints + new.complaints,
           upheld = upheld + new.upheld, complaints_closed = complaints_closed + new.complaints_closed,
           complaints_in_sla = complaints_in_sla + new.complaints_in_sla, accepted = accepted + new.accepted,
           started = started + new.started, on_time = on_time + new.on_time, timeouts = timeouts + new.timeouts,
           dispatched = dispatched + new.dispatched, auto_dispatched = auto_dispatched + new.auto_dispatched,
           reached_dispatch = reached_dispatch + new.reached_dispatch, reached_accept = reached_accept + new.reached_accept,
           reached_complete = reached_complete + new.reached_complete, reached_rated = reached_rated + new.reached_rated,
           served_min = served_min + new.served_min, refunded = refunded + new.refunded
     WHERE month = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND district_id = new.district_id AND category_id = new.category_id AND status = new.status;
END;
CREATE TRIGGER stats_monthly_out AFTER DELETE ON stats_daily
BEGIN
    UPDATE stats_monthly SET orders = orders - old.orders, price_fen = price_fen - old.price_fen, refund_fen = refund_fen - old.refund_fen,
           refunds = refunds - old.refunds, rated = rated - old.rated, stars = stars - old.stars, complaints = complaints - old.complaints,
           upheld = upheld - old.upheld, complaints_closed = complaints_closed - old.complaints_closed,
           complaints_in_sla = complaints_in_sla - old.complaints_in_sla, accepted = accepted - old.accepted,
           started = started - old.started, on_time = on_time - old.on_time, timeouts = timeouts - old.timeouts,
           dispatched = dispatched - old.dispatched, auto_dispatched = auto_dispatched - old.auto_dispatched,
           reached_dispatch = reached_dispatch - old.reached_dispatch, reached_accept = reached_accept - old.reached_accept,
           reached_complete = reached_complete - old.reached_complete, reached_rated = reached_rated - old.reached_rated,
           served_min = served_min - old.served_min, refunded = refunded - old.refunded
     WHERE month = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND district_id = old.district_id AND category_id = old.category_id AND status = old.status;
    DELETE FROM stats_monthly WHERE month = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND district_id = old.district_id AND category_id = old.category_id AND status = old.status AND orders = 0;
END;
