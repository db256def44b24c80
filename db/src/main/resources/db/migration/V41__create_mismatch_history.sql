-- What each reconciliation run did, per check (ran, or skipped with the reason a person can read), and one line per
-- night for the dashboard chart: open findings, and money at stake per currency (amounts of two currencies never add).
CREATE CACHED TABLE mismatch_check_run (
    check_kind        VARCHAR(30)   NOT NULL,
    run_id            BIGINT        NOT NULL,
    business_date     DATE          NOT NULL,
    skipped           BOOLEAN       DEFAULT FALSE NOT NULL,
    skip_reason       VARCHAR(500),
    checked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mismatch_check_run PRIMARY KEY (check_kind)
);

CREATE CACHED TABLE mismatch_night (
    business_date     DATE          NOT NULL,
    run_id            BIGINT        NOT NULL,
    open_findings     INTEGER       NOT NULL,
    new_findings      INTEGER       NOT NULL,
    resolved_findings INTEGER       NOT NULL,
    computed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mismatch_night PRIMARY KEY (business_date)
);

CREATE CACHED TABLE mismatch_night_money (
    business_date     DATE          NOT NULL,
    currency          CHAR(3)       NOT NULL,
    open_findings     INTEGER       NOT NULL,
    money_at_stake    DECIMAL(19, 4) NOT NULL,
    CONSTRAINT pk_mismatch_night_money PRIMARY KEY (business_date, currency),
    CONSTRAINT fk_mismatch_night_money_night FOREIGN KEY (business_date) REFERENCES mismatch_night (business_date)
        ON DELETE CASCADE
);
