-- Doorstep schema v4: the order table filtered by dates only (no status),
-- e.g. "all of today's orders", pages by window through this index instead
-- of scanning every order.
CREATE INDEX orders_window ON orders(window_start, id);
