-- Per provider account, the day of its latest subscription sync, computed once per reconciliation run (one GROUP BY
-- over subscriptions) so the ghost check joins it instead of asking per subscription. Rewritten by every run.
CREATE MEMORY TABLE mismatch_account_sync (
    provider_account_id  BIGINT        NOT NULL,
    last_synced_on       DATE          NOT NULL,
    CONSTRAINT pk_mismatch_account_sync PRIMARY KEY (provider_account_id)
);
