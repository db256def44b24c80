-- What the reseller pays per license for a synced subscription: its provider's cost at the last sync that gave one
-- (in the subscription's currency; Ion and Pax8 price each line, Partner Center's price sheet each product and
-- market), kept apart from what the customer pays (unit_price). A change of it at the provider is a PRICE_CHANGE
-- event carrying the new cost (license_change.unit_cost) with the customer's unit price from its date on; a
-- PRODUCT_CHANGE carries both for its new product.
ALTER TABLE subscription ADD COLUMN unit_cost DECIMAL(19, 4);
ALTER TABLE license_change ADD COLUMN unit_cost DECIMAL(19, 4);
