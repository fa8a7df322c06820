-- Doorstep schema v7: the rights of the people in the store (PIPL, issue #10).
-- services/privacy_service anonymises a customer or a provider who asks (or a
-- customer the retention sweep finds inactive): personal fields are replaced,
-- orders and money stay. Customers have had erased_at since v1.

-- When a provider's personal data was anonymised (NULL: never).
ALTER TABLE providers ADD COLUMN erased_at INTEGER;

-- The retention sweep looks for customers not changed since a cutoff, among
-- those not yet anonymised, without reading the whole table.
CREATE INDEX customers_retention ON customers(updated_at, id) WHERE erased_at IS NULL;

-- Anonymising purges the sync copies of exactly the rows it rewrites: the
-- outbox is found by row, not scanned (it grows with every change).
CREATE INDEX sync_outbox_entity ON sync_outbox(entity, entity_id);
