-- The reseller's PSA (ConnectWise Manage) connection: one row. The API member's public and private key are stored
-- only as SecretBox ciphertext (purpose "psa.keys"), never shown back in a form and never logged.
CREATE CACHED TABLE psa_connection (
    id               INTEGER       NOT NULL,
    -- e.g. https://api-na.myconnectwise.net/ ; demo mode points it at the loopback emulator
    site_url         VARCHAR(500)  NOT NULL,
    company_id       VARCHAR(100)  NOT NULL,
    client_id        VARCHAR(100)  NOT NULL,
    keys_encrypted   LONGVARCHAR   NOT NULL,
    -- what the PSA's catalog prices are in (ConnectWise does not say)
    currency         CHAR(3)       DEFAULT 'USD' NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(100)  NOT NULL,
    version          INTEGER       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_psa_connection PRIMARY KEY (id),
    CONSTRAINT ck_psa_connection_single CHECK (id = 1)
);
