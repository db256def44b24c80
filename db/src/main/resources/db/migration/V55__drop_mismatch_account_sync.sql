-- The ghost check no longer compares each subscription's last sync day with its account's (a sync leaves unchanged
-- subscriptions untouched, rule 3, so that comparison flagged them): the per-run table it joined goes.
DROP TABLE mismatch_account_sync;
