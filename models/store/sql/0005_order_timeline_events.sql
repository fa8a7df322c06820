-- Doorstep schema v5: the order timeline names the event, not only the
-- statuses it moved between. Decline, timeout, unassign and reschedule all end
-- in awaiting_dispatch; the timeline must still say which one happened (and a
-- same-status event like "moved to another time" needs a name of its own).
-- Rows written before v5 keep NULL; the console then shows the status change.
ALTER TABLE order_events ADD COLUMN event TEXT;
