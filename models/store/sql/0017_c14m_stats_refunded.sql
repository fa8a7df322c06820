-- Doorstep schema v17 (issue #14): the refunds bar counts refunded orders.
--
-- The dashboard's "refunds paid" bar counted paid refunds, while clicking it
-- lists the orders that carry them: an order refunded twice was one row on the
-- orders page against two in the bar. stats_daily.refunded counts the orders
-- of the cell with at least one paid refund (stats_order_facts.refunds > 0),
-- so the bar and its drill-down agree; the refunded amount stays refund_fen.

ALTER TABLE stats_daily ADD COLUMN refunded INTEGER NOT NULL DEFAULT 0;

-- Backfill (no trigger on stats_daily): only cells with a paid refund have
-- refunded orders; their facts come by stats_facts_district's key.
UPDATE stats_daily SET refunded =
    (SELECT count(*) FROM stats_order_facts f
      WHERE f.district_id = stats_daily.district_id AND f.day = stats_daily.day AND f.category_id = stats_daily.category_id
        AND f.status = stats_daily.status AND f.refunds > 0)
 WHERE refunds > 0;

-- The facts' refunded flag into their cells. v13's stats_facts_in/out do the
-- rest; whichever fires first, the cell exists (INSERT OR IGNORE) and the
-- emptied cell is removed by stats_facts_out.
CREATE TRIGGER stats_facts_in_v17 AFTER INSERT ON stats_order_facts WHEN new.refunds > 0
BEGIN
    INSERT OR IGNORE INTO stats_daily(day, district_id, category_id, status)
        VALUES (new.day, new.district_id, new.category_id, new.status);
    UPDATE stats_daily SET refunded = refunded + 1
     WHERE day = new.day AND district_id = new.district_id AND category_id = new.category_id AND status = new.status;
END;
CREATE TRIGGER stats_facts_out_v17 AFTER DELETE ON stats_order_facts WHEN old.refunds > 0
BEGIN
    UPDATE stats_daily SET refunded = refunded - 1
     WHERE day = old.day AND district_id = old.district_id AND category_id = old.category_id AND status = old.status;
END;
