-- Doorstep schema v22: how an order was paid (issue #12). NULL: the office's
-- own ways (cash, a transfer), whose refunds finance pays back by hand and
-- confirms with "Mark refund paid"; 'platform': paid by the customer in the
-- app, through the platform's payment provider, which also pays its approved
-- refunds back (the sync server, after the approval's push), so the console
-- does not mark them paid by hand (RefundService::markPaid refuses). Written
-- by the server only; it reaches the console with the order's row.
ALTER TABLE orders ADD COLUMN paid_through TEXT CHECK (paid_through IS NULL OR paid_through = 'platform');
