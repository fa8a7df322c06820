-- Doorstep schema v24 (issue #14): the providers' sums per calendar quarter.
--
-- With days, weeks, months and years (v18, v23), twelve months that do not
-- begin in January still read one row per provider for each month (a year
-- less or plus six months costs as much as the six months): ~168,000 rows
-- at 1,000,000 orders, over 100 ms. Per quarter, twelve months from a
-- month's 1st read at most seven units (e.g. August to July: August and
-- September, three quarters, July). Kept by triggers on stats_provider_days
-- as the months, weeks and years are.

CREATE TABLE stats_provider_quarters (
    quarter     INTEGER NOT NULL, -- the day number of the quarter's first day (1 January, 1 April, 1 July, 1 October)
    provider_id INTEGER NOT NULL,
    orders      INTEGER NOT NULL DEFAULT 0,
    served      INTEGER NOT NULL DEFAULT 0,
    served_min  INTEGER NOT NULL DEFAULT 0,
    upheld      INTEGER NOT NULL DEFAULT 0,
    rated       INTEGER NOT NULL DEFAULT 0,
    stars       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (quarter, provider_id)
) WITHOUT ROWID;

-- Backfill, before the triggers exist.
INSERT INTO stats_provider_quarters
SELECT CAST(julianday(day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER) AS quarter, provider_id,
       sum(orders), sum(served), sum(served_min), sum(upheld), sum(rated), sum(stars)
FROM stats_provider_days GROUP BY quarter, provider_id;

-- As stats_provider_months follows its days (0018): a row whose orders fall to 0 goes.
CREATE TRIGGER stats_provider_quarters_in AFTER INSERT ON stats_provider_days
BEGIN
    INSERT OR IGNORE INTO stats_provider_quarters(quarter, provider_id) VALUES (CAST(julianday(new.day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER), new.provider_id);
    UPDATE stats_provider_quarters SET orders = orders + new.orders, served = served + new.served, served_min = served_min + new.served_min,
           upheld = upheld + new.upheld, rated = rated + new.rated, stars = stars + new.stars
     WHERE quarter = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id;
END;
CREATE TRIGGER stats_provider_quarters_up AFTER UPDATE ON stats_provider_days
    WHEN new.day = old.day AND new.provider_id = old.provider_id
BEGIN
    UPDATE stats_provider_quarters SET orders = orders + new.orders - old.orders, served = served + new.served - old.served,
           served_min = served_min + new.served_min - old.served_min, upheld = upheld + new.upheld - old.upheld,
           rated = rated + new.rated - old.rated, stars = stars + new.stars - old.stars
     WHERE quarter = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id;
    DELETE FROM stats_provider_quarters WHERE quarter = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id AND orders = 0;
END;
CREATE TRIGGER stats_provider_quarters_move AFTER UPDATE ON stats_provider_days
    WHEN NOT (new.day = old.day AND new.provider_id = old.provider_id)
BEGIN
    INSERT OR IGNORE INTO stats_provider_quarters(quarter, provider_id) VALUES (CAST(julianday(new.day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER), new.provider_id);
    UPDATE stats_provider_quarters SET orders = orders - old.orders, served = served - old.served, served_min = served_min - old.served_min,
           upheld = upheld - old.upheld, rated = rated - old.rated, stars = stars - old.stars
     WHERE quarter = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', old.day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id;
    UPDATE stats_provider_quarters SET orders = orders + new.orders, served = served + new.served, served_min = served_min + new.served_min,
           upheld = upheld + new.upheld, rated = rated + new.rated, stars = stars + new.stars
     WHERE quarter = CAST(julianday(new.day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', new.day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER) AND provider_id = new.provider_id;
    DELETE FROM stats_provider_quarters WHERE quarter = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', old.day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id AND orders = 0;
END;
CREATE TRIGGER stats_provider_quarters_out AFTER DELETE ON stats_provider_days
BEGIN
    UPDATE stats_provider_quarters SET orders = orders - old.orders, served = served - old.served, served_min = served_min - old.served_min,
           upheld = upheld - old.upheld, rated = rated - old.rated, stars = stars - old.stars
     WHERE quarter = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', old.day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id;
    DELETE FROM stats_provider_quarters WHERE quarter = CAST(julianday(old.day * 86400, 'unixepoch', 'start of month', '-' || ((CAST(strftime('%m', old.day * 86400, 'unixepoch') AS INTEGER) - 1) % 3) || ' months') - 2440587.5 AS INTEGER) AND provider_id = old.provider_id AND orders = 0;
END;
