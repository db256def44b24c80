-- What a synced subscription's provider sold at the last sync: its offer (upper case: offers are compared ignoring
-- case), term and billing cycle, e.g. 'CFQ7TTC0LF8R:0001:P1Y|P1Y|MONTHLY'. When the provider changes any of them, the
-- sync re-points the subscription to the matching product with a PRODUCT_CHANGE event; while it stays the same, the
-- product a person chose for the subscription stays too.
ALTER TABLE subscription ADD COLUMN provider_offer VARCHAR(240);
UPDATE subscription s SET provider_offer = (
    SELECT UPPER(p.offer_id) || '|' || p.term || '|' || p.billing_cycle FROM product p WHERE p.id = s.product_id)
WHERE s.external_id IS NOT NULL AND s.product_id IS NOT NULL;
