-- Which ConnectWise company a customer is (one each way), and whether its contacts are kept as ConnectWise contacts of
-- that company. psa_company_id is ConnectWise's id without a foreign key: psa_company is a copy of another system, and
-- a company ConnectWise stops listing keeps its link (the page says it is no longer listed).
CREATE CACHED TABLE customer_psa_company (
    customer_id          BIGINT        NOT NULL,
    psa_company_id       BIGINT        NOT NULL,
    contact_sync         BOOLEAN       DEFAULT FALSE NOT NULL,
    linked_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    linked_by            VARCHAR(100)  NOT NULL,
    -- the customer's last contact sync: when it ran, and why it failed (NULL when it worked)
    contacts_synced_at   TIMESTAMP WITH TIME ZONE,
    contacts_problem     VARCHAR(1000),
    version              INTEGER       DEFAULT 0 NOT NULL,
    CONSTRAINT pk_customer_psa_company PRIMARY KEY (customer_id),
    CONSTRAINT uq_customer_psa_company_company UNIQUE (psa_company_id),
    CONSTRAINT fk_customer_psa_company_customer FOREIGN KEY (customer_id) REFERENCES customer (id)
);

-- Which ConnectWise contact a Seatkeeper contact was written to or found as (matched by email first, then by this id).
-- Contacts are never deleted in ConnectWise, so nothing here is ever deleted either.
CREATE CACHED TABLE psa_contact_link (
    contact_id           BIGINT        NOT NULL,
    psa_contact_id       BIGINT        NOT NULL,
    psa_company_id       BIGINT        NOT NULL,
    synced_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_psa_contact_link PRIMARY KEY (contact_id),
    CONSTRAINT uq_psa_contact_link_psa UNIQUE (psa_contact_id),
    CONSTRAINT fk_psa_contact_link_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
);
