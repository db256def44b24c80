-- HSQLDB builds an index for every foreign key by itself, so these explicit indexes on the same columns were
-- second copies that every insert and update maintained for nothing (subscription had ten indexes for seven column
-- lists). Lookups keep using the foreign keys' indexes. SchemaIndexesIT keeps duplicates from coming back.
DROP INDEX ix_subscription_contract;
DROP INDEX ix_subscription_provider_account;
DROP INDEX ix_subscription_product;
DROP INDEX ix_provider_account_customer;
DROP INDEX ix_contact_customer;
DROP INDEX ix_held_subscription_account;
DROP INDEX ix_onboarding_provider;
DROP INDEX ix_relationship_invitation_onboarding;
DROP INDEX ix_agreement_acceptance_customer;
DROP INDEX ix_agreement_acceptance_template;
