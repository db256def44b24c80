-- The daily PSA sync's record of the agreement addition each license link owns in ConnectWise: keyed by the link, with
-- no foreign key to it, because it outlives a removed link until the sync has cancelled the addition (never an orphan).
-- written_fingerprint: the addition's fields (product, quantity, price, cost, invoice description) as ConnectWise held
-- them when Seatkeeper last wrote or accepted them; a different one at the next read is a hand edit in ConnectWise.
-- wanted_fingerprint: the draft they were written from; an unchanged draft writes nothing.
CREATE CACHED TABLE psa_link_addition (
    license_link_id      BIGINT        NOT NULL,
    tenant_license_id    BIGINT        NOT NULL,
    billing_profile_id   BIGINT        NOT NULL,
    customer_id          BIGINT        NOT NULL,
    psa_agreement_id     BIGINT        NOT NULL,
    addition_id          BIGINT,
    written_fingerprint  VARCHAR(64),
    wanted_fingerprint   VARCHAR(64),
    -- B, S, E and what the link bills, at the last sync (the reconciliation's PSA check reads them)
    psa_quantity         INTEGER,
    seatkeeper_quantity  INTEGER,
    purchased            INTEGER,
    wanted_quantity      INTEGER,
    -- cut-over: the hand-made addition was cancelled; Seatkeeper's own starts on this day
    effective_from       DATE,
    -- IN_SYNC, EDITED_IN_PSA (a hand edit, reported, not overwritten), CUT_OVER_NEEDED (a hand-made addition of the
    -- product is on the agreement), FAILED
    state                VARCHAR(20)   NOT NULL,
    problem              VARCHAR(1000),
    synced_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_psa_link_addition PRIMARY KEY (license_link_id),
    CONSTRAINT ck_psa_link_addition_state CHECK (state IN ('IN_SYNC', 'EDITED_IN_PSA', 'CUT_OVER_NEEDED', 'FAILED'))
);
CREATE INDEX ix_psa_link_addition_agreement ON psa_link_addition (psa_agreement_id);
CREATE INDEX ix_psa_link_addition_customer ON psa_link_addition (customer_id);
CREATE INDEX ix_license_link_agreement ON license_link (psa_agreement_id);
