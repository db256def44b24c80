-- What "Refresh PSA data" reads from ConnectWise, keyed by ConnectWise's own ids. A row ConnectWise no longer lists is
-- kept with present = FALSE (links may point at it); refreshed_at says when the refresh last saw it.
CREATE CACHED TABLE psa_company (
    id               BIGINT        NOT NULL,
    identifier       VARCHAR(100)  NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    status           VARCHAR(100),
    website          VARCHAR(300),
    present          BOOLEAN       DEFAULT TRUE NOT NULL,
    refreshed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_psa_company PRIMARY KEY (id)
);
CREATE INDEX ix_psa_company_name ON psa_company (name);

CREATE CACHED TABLE psa_agreement_type (
    id               BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    inactive         BOOLEAN       DEFAULT FALSE NOT NULL,
    prorate          BOOLEAN,
    present          BOOLEAN       DEFAULT TRUE NOT NULL,
    refreshed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_psa_agreement_type PRIMARY KEY (id)
);

-- No foreign keys to psa_company or psa_agreement_type: this is a copy of another system, read in its own order.
CREATE CACHED TABLE psa_agreement (
    id               BIGINT        NOT NULL,
    company_id       BIGINT        NOT NULL,
    name             VARCHAR(200)  NOT NULL,
    type_id          BIGINT,
    type_name        VARCHAR(200),
    -- ConnectWise's agreementStatus: Active, Cancelled, Expired, Inactive
    status           VARCHAR(50)   NOT NULL,
    -- additions changed mid-period are prorated (prorateFlag)
    prorate          BOOLEAN       NOT NULL,
    start_date       DATE,
    end_date         DATE,
    cancelled        BOOLEAN       DEFAULT FALSE NOT NULL,
    parent_id        BIGINT,
    present          BOOLEAN       DEFAULT TRUE NOT NULL,
    refreshed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_psa_agreement PRIMARY KEY (id)
);
CREATE INDEX ix_psa_agreement_company ON psa_agreement (company_id, status);

-- ConnectWise catalog items (the products additions bill).
CREATE CACHED TABLE psa_product (
    id               BIGINT        NOT NULL,
    identifier       VARCHAR(100)  NOT NULL,
    description      VARCHAR(500),
    inactive         BOOLEAN       DEFAULT FALSE NOT NULL,
    price            DECIMAL(19, 4),
    cost             DECIMAL(19, 4),
    currency         CHAR(3)       NOT NULL,
    present          BOOLEAN       DEFAULT TRUE NOT NULL,
    refreshed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_psa_product PRIMARY KEY (id)
);
CREATE INDEX ix_psa_product_identifier ON psa_product (identifier);
