-- Doorstep schema v23 (issue #14): every provider's sums of any period
-- within the dashboard's 100 ms.
--
-- A period's provider sums read whole months from stats_provider_months
-- (v18) and the days of its partial months from stats_provider_days. At
-- 1,000,000 orders that is ~14,000 rows a month and ~3,900 a day: a year of
-- months (~154,000 rows) or a range with two half months (~30 days' rows)
-- took 130–150 ms. Two coarser rollups of the same sums, kept by triggers on
-- stats_provider_days in the same transaction as the month's:
--
--   stats_provider_weeks  per Monday-to-Sunday week (week = the day number
--                         of its Monday): half a month is two weeks and a
--                         day or two, not fifteen days;
--   stats_provider_years  per calendar year (year = the day number of its
--                         1 January): twelve months are one year's rows, less
--                         or plus a month or a few weeks.
--
-- The dashboard reads a period as the cheapest mix of added and subtracted
-- days, weeks, months and years (models/stats/rollup_ranges.h).

CREATE TABLE stats_provider_weeks (
    week        INTEGER NOT NULL, -- the day number of the week's Monday (1970-01-01 was a Thursday)
    provider_id INTEGER NOT NULL,
    orders      INTEGER NOT NULL DEFAULT 0,
    served      INTEGER NOT NULL DEFAULT 0,
    served_min  INTEGER NOT NULL DEFAULT 0,
    upheld      INTEGER NOT NULL DEFAULT 0,
    rated       INTEGER NOT NULL DEFAULT 0,
    stars       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (week, provider_id)
) WITHOUT ROWID;

-- Backfill, before the triggers exist.
INSERT INTO stats_provider_weeks
SELECT day - (day + 3) % 7 AS week, provider_id,
       sum(orders), sum(served), sum(served_min), sum(upheld), sum(rated), sum(stars)
FROM stats_provider_days GROUP BY week, provider_id;

-- As stats_provider_months follows its days (0018): a row whose orders fall to 0 goes.
CREATE TRIGGER stats_provider_weeks_in AFTER INSERT ON stats_provider_days
BEGIN
    INSERT OR IGNORE INTO stats_provider_weeks(week, provider_id) VALUES (new.day - (new.day + 3) % 7, new.provider_id);
    UPDATE stats_provider_weeks SET orders = orders + new.orders, served = served + new.served, served_min = served_min + new.served_min,
           upheld = upheld + new.upheld, rated = rated + new.rated, stars = stars + new.stars
     WHERE week = new.day - (new.day + 3) % 7 AND provider_id = new.provider_id;
END;
CREATE TRIGGER stats_provider_weeks_up AFTER UPDATE ON stats_provider_days
    WHEN new.day = old.day AND new.provider_id = old.provider_id
BEGIN
    UPDATE stats_provider_weeks SET orders = orders + new.orders - old.orders, served = served + new.served - old.served,
           served_min = served_min + new.served_min - old.served_min, upheld = upheld + new.upheld - old.upheld,
           rated = rated + new.rated - old.rated, stars = stars + new.stars - old.stars
     WHERE week = new.day - (new.day + 3) % 7 AND provider_id = new.provider_id;
    DELETE FROM stats_provider_weeks WHERE week = new.day - (new.day + 3) % 7 AND provider_id = new.provider_id AND orders = 0;
END;
CREATE TRIGGER stats_provider_weeks_move AFTER UPDATE ON stats_provider_days
    WHEN NOT (new.day = old.day AND new.provider_id = old.provider_id)
BEGIN
    INSERT OR IGNORE INTO stats_provider_weeks(week, provider_id) VALUES (new.day - (new.day + 3) % 7, new.provider_id);
    UPDATE stats_provider_weeks SET orders = orders - old.orders, served = served - old.served, served_min = served_min - old.served_min,
           upheld = upheld - old.upheld, rated = rated - old.rated, stars = stars - old.stars
     WHERE week = old.day - (old.day + 3) % 7 AND provider_id = old.provider_id;
    UPDATE stats_provider_weeks SET orders = orders + new.orders, served = served + new.served, served_min = served_min + new.served_min,
           upheld = upheld + new.upheld, rated = rated + new.rated, stars = stars + new.stars
     WHERE week = new.day - (new.day + 3) % 7 AND provider_id = new.provider_id;
    DELETE FROM stats_provider_weeks WHERE week = old.day - (old.day + 3) % 7 AND provider_id = old.provider_id AND orders = 0;
END;
CREATE TRIGGER stats_provider_weeks_out AFTER DELETE ON stats_provider_days
BEGIN
    UPDATE stats_provider_weeks SET orders = orders - old.orders, served = served - old.served, served_min = served_min - old.served_min,
           upheld = upheld - old.upheld, rated = rated - old.rated, stars = stars - old.stars
     WHERE week = old.day - (old.day + 3) % 7 AND provider_id = old.provider_id;
    DELETE FROM stats_provider_weeks WHERE week = old.day - (old.day + 3) % 7 AND provider_id = old.provider_id AND orders = 0;
END;

CREATE TABLE stats_provider_years (
    year        INTEGER NOT NULL, -- the day number of the year's 1 January
    provider_id INTEGER NOT NULL,
    orders      INTEGER NOT NULL DEFAULT 0,
    served      INTEGER NOT NULL DEFAULT 0,
    served_min  INTEGER NOT NULL DEFAULT 0,
    upheld      INTEGER NOT NULL DEFAULT 0,
    rated       INTEGER NOT NULL DEFAULT 0,
    stars       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (year, provider_id)
) WITHOUT ROWID;

-- Backfill, before the triggers exist.
INSERT INTO stats_provider_years
SELECT CAST(julianday(day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER) AS year, provider_id,
       sum(orders), sum(served), sum(served_min), sum(upheld), sum(rated), sum(stars)
FROM stats_provider_days GROUP BY year, provider_id;

-- As stats_provider_months follows its days (0018): a row whose orders fall to 0 goes.
CREATE TRIGGER stats_provider_years_in AFTER INSERT ON stats_provider_days
BEGIN
    INSERT OR IGNORE INTO stats_provider_years(year, provider_id) VALUES (CAST(julianday(new.day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER), new.provider_id);
    UPDATE stats_provider_years SET orders = orders + new.orders, served = served + new.served, served_min = served_min + new.served_min,
           upheld = upheld + new.upheld, rated = rated + new.rated, stars = stars + new.stars
     WHERE year = CAST(julianday(new.day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id;
END;
CREATE TRIGGER stats_provider_years_up AFTER UPDATE ON stats_provider_days
    WHEN new.day = old.day AND new.provider_id = old.provider_id
BEGIN
    UPDATE stats_provider_years SET orders = orders + new.orders - old.orders, served = served + new.served - old.served,
           served_min = served_min + new.served_min - old.served_min, upheld = upheld + new.upheld - old.upheld,
           rated = rated + new.rated - old.rated, stars = stars + new.stars - old.stars
     WHERE year = CAST(julianday(new.day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id;
    DELETE FROM stats_provider_years WHERE year = CAST(julianday(new.day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id AND orders = 0;
END;
CREATE TRIGGER stats_provider_years_move AFTER UPDATE ON stats_provider_days
    WHEN NOT (new.day = old.day AND new.provider_id = old.provider_id)
BEGIN
    INSERT OR IGNORE INTO stats_provider_years(year, provider_id) VALUES (CAST(julianday(new.day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER), new.provider_id);
    UPDATE stats_provider_years SET orders = orders - old.orders, served = served - old.served, served_min = served_min - old.served_min,
           upheld = upheld - old.upheld, rated = rated - old.rated, stars = stars - old.stars
     WHERE year = CAST(julianday(old.day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id;
    UPDATE stats_provider_years SET orders = orders + new.orders, served = served + new.served, served_min = served_min + new.served_min,
           upheld = upheld + new.upheld, rated = rated + new.rated, stars = stars + new.stars
     WHERE year = CAST(julianday(new.day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id;
    DELETE FROM stats_provider_years WHERE year = CAST(julianday(old.day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id AND orders = 0;
END;
CREATE TRIGGER stats_provider_years_out AFTER DELETE ON stats_provider_days
BEGIN
    UPDATE stats_provider_years SET orders = orders - old.orders, served = served - old.served, served_min = served_min - old.served_min,
           upheld = upheld - old.upheld, rated = rated - old.rated, stars = stars - old.stars
     WHERE year = CAST(julianday(old.day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id;
    DELETE FROM stats_provider_years WHERE year = CAST(julianday(old.day * 86400, 'unixepoch', 'start of year') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id AND orders = 0;
END;
