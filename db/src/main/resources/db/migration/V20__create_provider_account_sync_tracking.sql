-- Provider account sync: how a nightly run knows which accounts it saw without touching unchanged rows.
--
-- Choice: a per-run staging table of the external ids a run has seen, instead of a last_seen_run/last_seen_date
-- column on provider_account. A column would be rewritten on every account every night, which breaks "a sync with no
-- provider change writes nothing" (DOMAIN.md rule 3) and costs a row update per tenant per night. The staging rows
-- are small, live only while a run is in progress (they survive a failed run, so a restart still knows what the first
-- attempt saw), and are deleted by the run's last step after it marks the unseen accounts INACTIVE.
-- run_id is the Spring Batch JOB_INSTANCE_ID: a restart keeps it, a new run gets a new one.
CREATE MEMORY TABLE provider_account_seen (
    run_id           BIGINT        NOT NULL,
    provider_id      BIGINT        NOT NULL,
    external_id      VARCHAR(100)  NOT NULL,
    -- true when this run created the account: the run's summary mail lists these
    created          BOOLEAN       DEFAULT FALSE NOT NULL,
    CONSTRAINT pk_provider_account_seen PRIMARY KEY (run_id, external_id)
);

-- When the last account sync of this provider completed. provider_account.last_seen_at is written only when an account
-- changes, so an ACTIVE account's effective "last seen" is the later of its own last_seen_at and this; an account
-- marked INACTIVE gets this value (the last completed run that still reported it) as its last_seen_at.
ALTER TABLE provider ADD COLUMN accounts_synced_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_provider_account_provider_status ON provider_account (provider_id, status, customer_id);
