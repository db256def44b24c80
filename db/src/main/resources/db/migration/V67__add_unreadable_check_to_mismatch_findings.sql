-- The reconciliation's "provider data unreadable" check (UNREADABLE): a subscription, or an account's records, the
-- provider listed but the last sync could not read (see unreadable_subscription).
ALTER TABLE mismatch_finding DROP CONSTRAINT ck_mismatch_finding_check;
ALTER TABLE mismatch_finding ADD CONSTRAINT ck_mismatch_finding_check CHECK (check_kind IN ('LOG_INTEGRITY',
    'PROVIDER_VS_SEATKEEPER', 'STATUS', 'UNMAPPED', 'GHOST', 'PSA_VS_SEATKEEPER', 'MISSING_DATA', 'UNASSIGNED',
    'UNREADABLE'));
