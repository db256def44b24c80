-- How a distributor's CSV export maps to subscription fields, remembered per provider so the columns are mapped once.
-- Each value is a column header of the export.
CREATE CACHED TABLE import_column_mapping (
    provider_id          BIGINT        NOT NULL,
    subscription_column  VARCHAR(100)  NOT NULL,
    offer_column         VARCHAR(100)  NOT NULL,
    name_column          VARCHAR(100)  NOT NULL,
    quantity_column      VARCHAR(100)  NOT NULL,
    start_column         VARCHAR(100)  NOT NULL,
    term_end_column      VARCHAR(100),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_import_column_mapping PRIMARY KEY (provider_id),
    CONSTRAINT fk_import_column_mapping_provider FOREIGN KEY (provider_id) REFERENCES provider (id)
);
