-- Doorstep schema v16: other offices' bookings of the providers this office
-- can book (issue #11; server/PROTOCOL.md, "Bookings of shared providers").
-- A provider that serves several offices' districts is booked by each; the
-- server checks every assignment (provider_day), but a dispatcher offline
-- needs to see the other offices' jobs to be warned before booking. The
-- server sends them as `provider_bookings`: the slot only (order number,
-- provider, time, district), never the customer. Kept here, apart from
-- `orders` (which holds this office's own orders with their customers), and
-- read with the provider's day (services/dispatch_day).
-- sync_ prefix: written only by the pull, never queued for sync or sent in a
-- snapshot. No foreign key on provider_id: a booking may arrive before the
-- provider's row, or outlive it here; an unknown provider's booking is inert.
CREATE TABLE sync_bookings (
    order_id    INTEGER PRIMARY KEY, -- the other office's order (not in this store)
    provider_id INTEGER NOT NULL,
    start_at    INTEGER NOT NULL,    -- UTC seconds, half-open [start_at, end_at)
    end_at      INTEGER NOT NULL,
    district_id INTEGER,             -- where the job is (its travel), the platform's district id
    order_no    TEXT NOT NULL DEFAULT '',
    office      TEXT NOT NULL DEFAULT ''  -- the booking office's code
);
CREATE INDEX sync_bookings_provider ON sync_bookings(provider_id, start_at);
