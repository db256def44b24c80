-- PRODUCT_CHANGE: from the event's date on the subscription is billed as another product (the provider changed its
-- offer, SKU or term). Its quantity change is 0 and its quantity after the quantity then, so the log still adds up;
-- product_id names the product from that date on, the note says what changed. Other events leave product_id empty.
ALTER TABLE license_change ADD COLUMN product_id BIGINT;
ALTER TABLE license_change ADD CONSTRAINT fk_license_change_product FOREIGN KEY (product_id) REFERENCES product (id);
ALTER TABLE license_change DROP CONSTRAINT ck_license_change_type;
ALTER TABLE license_change ADD CONSTRAINT ck_license_change_type CHECK (event_type IN
    ('CREATE', 'INCREASE', 'DECREASE', 'SUSPEND', 'REACTIVATE', 'DEACTIVATE', 'RENEW', 'PRICE_CHANGE',
     'PRODUCT_CHANGE'));
