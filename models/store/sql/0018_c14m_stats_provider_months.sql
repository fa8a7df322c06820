-- Doorstep schema v18 (issue #14): the providers' figures of a year without
-- reading a row per provider and day.
--
-- At 1,000,000 orders a year of stats_provider_days is about a row per order
-- (14,000 providers, each on a few days a month): summing every provider's
-- orders, ratings and upheld complaints over the dashboard's 12 months read
-- a million rows, and the weekly working hours of the active providers joined
-- 14,000 providers to their hours, on every cold open (well past the 200 ms
-- budget). Two more rollups, kept by triggers in the same transaction:
--
--   stats_provider_months  stats_provider_days summed per calendar month
--                          (month = the day number of the month's 1st):
--                          a period reads its whole months here and only
--                          its partial months' days there;
--   stats_weekly_hours     per weekday (1 Monday … 7 Sunday), the working
--                          minutes scheduled by the active providers
--                          (provider_hours of providers.status = 'active').

CREATE TABLE stats_provider_months (
    month       INTEGER NOT NULL, -- day number (days since 1970-01-01) of the month's first day
    provider_id INTEGER NOT NULL,
    orders      INTEGER NOT NULL DEFAULT 0,
    served      INTEGER NOT NULL DEFAULT 0,
    served_min  INTEGER NOT NULL DEFAULT 0,
    upheld      INTEGER NOT NULL DEFAULT 0,
    rated       INTEGER NOT NULL DEFAULT 0,
    stars       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, provider_id)
) WITHOUT ROWID;

CREATE TABLE stats_weekly_hours (
    weekday INTEGER PRIMARY KEY,
    minutes INTEGER NOT NULL DEFAULT 0
);

-- Backfill, before the triggers exist.
INSERT INTO stats_provider_months
SELECT CAST(julianday(day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AS month, provider_id,
       sum(orders), sum(served), sum(served_min), sum(upheld), sum(rated), sum(stars)
FROM stats_provider_days GROUP BY month, provider_id;
INSERT INTO stats_weekly_hours
SELECT h.weekday, sum(h.end_min - h.start_min) FROM provider_hours h JOIN providers p ON p.id = h.provider_id
WHERE p.status = 'active' GROUP BY h.weekday;

-- A provider's day in, changed, out: its month follows by the difference.
-- A month row whose orders fall to 0 goes (as a day's row does).
CREATE TRIGGER stats_provider_months_in AFTER INSERT ON stats_provider_days
BEGIN
    INSERT OR IGNORE INTO stats_provider_months(month, provider_id)
        VALUES (CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER), new.provider_id);
    UPDATE stats_provider_months SET orders = orders + new.orders, served = served + new.served, served_min = served_min + new.served_min,
           upheld = upheld + new.upheld, rated = rated + new.rated, stars = stars + new.stars
     WHERE month = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id;
END;
-- In place (the usual case: a day's sums change), one update by the difference.
CREATE TRIGGER stats_provider_months_up AFTER UPDATE ON stats_provider_days
    WHEN new.day = old.day AND new.provider_id = old.provider_id
BEGIN
    UPDATE stats_provider_months SET orders = orders + new.orders - old.orders, served = served + new.served - old.served,
           served_min = served_min + new.served_min - old.served_min, upheld = upheld + new.upheld - old.upheld,
           rated = rated + new.rated - old.rated, stars = stars + new.stars - old.stars
     WHERE month = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id;
    DELETE FROM stats_provider_months WHERE month = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id AND orders = 0;
END;
CREATE TRIGGER stats_provider_months_move AFTER UPDATE ON stats_provider_days
    WHEN NOT (new.day = old.day AND new.provider_id = old.provider_id)
BEGIN
    INSERT OR IGNORE INTO stats_provider_months(month, provider_id)
        VALUES (CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER), new.provider_id);
    UPDATE stats_provider_months SET orders = orders - old.orders, served = served - old.served, served_min = served_min - old.served_min,
           upheld = upheld - old.upheld, rated = rated - old.rated, stars = stars - old.stars
     WHERE month = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id;
    UPDATE stats_provider_months SET orders = orders + new.orders, served = served + new.served, served_min = served_min + new.served_min,
           upheld = upheld + new.upheld, rated = rated + new.rated, stars = stars + new.stars
     WHERE month = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id;
    DELETE FROM stats_provider_months
     WHERE month = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id
       AND orders = 0;
END;
CREATE TRIGGER stats_provider_months_out AFTER DELETE ON stats_provider_days
BEGIN
    UPDATE stats_provider_months SET orders = orders - old.orders, served = served - old.served, served_min = served_min - old.served_min,
           upheld = upheld - old.upheld, rated = rated - old.rated, stars = stars - old.stars
     WHERE month = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id;
    DELETE FROM stats_provider_months
     WHERE month = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id
       AND orders = 0;
END;

-- Working hours: a slot of an active provider counts on its weekday. Every
-- weekday's row stays (0 when nobody works that day).
INSERT OR IGNORE INTO stats_weekly_hours(weekday) VALUES (1), (2), (3), (4), (5), (6), (7);
CREATE TRIGGER stats_weekly_hours_in AFTER INSERT ON provider_hours
    WHEN (SELECT status FROM providers WHERE id = new.provider_id) = 'active'
BEGIN
    UPDATE stats_weekly_hours SET minutes = minutes + new.end_min - new.start_min WHERE weekday = new.weekday;
END;
CREATE TRIGGER stats_weekly_hours_up AFTER UPDATE ON provider_hours
BEGIN
    UPDATE stats_weekly_hours SET minutes = minutes - (old.end_min - old.start_min)
     WHERE weekday = old.weekday AND (SELECT status FROM providers WHERE id = old.provider_id) = 'active';
    UPDATE stats_weekly_hours SET minutes = minutes + new.end_min - new.start_min
     WHERE weekday = new.weekday AND (SELECT status FROM providers WHERE id = new.provider_id) = 'active';
END;
CREATE TRIGGER stats_weekly_hours_out AFTER DELETE ON provider_hours
    WHEN (SELECT status FROM providers WHERE id = old.provider_id) = 'active'
BEGIN
    UPDATE stats_weekly_hours SET minutes = minutes - (old.end_min - old.start_min) WHERE weekday = old.weekday;
END;
-- A provider becoming active (or no longer active) brings (or takes) all its
-- hours. (A provider with hours can neither be deleted nor change its id: the
-- foreign key of provider_hours forbids it.)
CREATE TRIGGER stats_weekly_hours_status AFTER UPDATE OF status ON providers
    WHEN (old.status = 'active') <> (new.status = 'active')
BEGIN
    UPDATE stats_weekly_hours SET minutes = minutes
           + CASE WHEN new.status = 'active' THEN 1 ELSE -1 END
             * (SELECT coalesce(sum(h.end_min - h.start_min), 0) FROM provider_hours h WHERE h.provider_id = new.id AND h.weekday = stats_weekly_hours.weekday);
END;
