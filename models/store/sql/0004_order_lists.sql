-- Doorstep schema v4: order lists filtered by dates only or by service.
-- The table filtered by dates only ("all of today's orders") pages by window
-- through orders(window_start, id) instead of scanning every order.
CREATE INDEX orders_window ON orders(window_start, id);
-- The service category of an order, copied from its service item when the
-- order is made (items never change category), so the board's service filter
-- walks orders(category_id, status, window_start) instead of every order of a
-- status. Writers: OrderService::create, the demo generator, sync import.
ALTER TABLE orders ADD COLUMN category_id INTEGER REFERENCES service_categories(id);
UPDATE orders SET category_id = (SELECT category_id FROM service_items WHERE service_items.id = orders.service_item_id);
CREATE INDEX orders_category_status ON orders(category_id, status, window_start);
