-- V40 indexed (provider_account_id, last_synced_at) for a ghost check that compared each row's sync stamp; the check
-- now asks whether the provider still reports the account (a sync leaves unchanged rows untouched, issue 14), and no
-- query reads the stamp by account. The 200,000-row first sync paid for this index on every insert (issue 14's
-- first-sync target); lookups by account keep using fk_subscription_provider_account's index.
DROP INDEX ix_subscription_account_synced;
