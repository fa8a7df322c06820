-- Doorstep schema v2: indexes for the order board, the schedule board and the
-- statistics at 1,000,000 orders. Kept apart from v1 so that the migration
-- path (a v1 store with data, migrated in place) is exercised by the tests.

-- Board columns and the table view: status filter, newest window first, keyset on id.
CREATE INDEX orders_status_window ON orders(status, window_start, id);
-- District and category filters on the board.
CREATE INDEX orders_district_status ON orders(district_id, status, window_start);
-- A provider's day on the schedule board, and workload counts.
CREATE INDEX orders_provider_window ON orders(provider_id, window_start);
-- Statistics by creation time (monthly revenue, volumes).
CREATE INDEX orders_created ON orders(created_at, id);
-- Credentials expiring soon, by type.
CREATE INDEX credentials_type_expiry ON credentials(type, valid_to);

INSERT INTO settings(key, value, updated_at) VALUES ('auto_lock_minutes', '10', CAST(strftime('%s','now') AS INTEGER));
