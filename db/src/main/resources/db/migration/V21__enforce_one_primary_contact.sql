-- At most one primary contact per customer, enforced by the database: the generated column holds the customer id only
-- on the primary contact, and NULLs do not collide in a unique constraint. ContactRepository keeps "at least one".
ALTER TABLE contact ADD COLUMN primary_of_customer BIGINT GENERATED ALWAYS AS (CASE WHEN is_primary THEN customer_id ELSE NULL END);
ALTER TABLE contact ADD CONSTRAINT uq_contact_primary UNIQUE (primary_of_customer);
