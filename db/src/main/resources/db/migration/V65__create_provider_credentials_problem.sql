-- A provider whose credentials the provider refused (a StreamOne Ion refresh token is single-use: once refused,
-- only new credentials from the Ion portal help). One row while the problem lasts, so the provider page and the
-- morning report can say what to do; gone once a token call succeeds or new credentials are saved.
CREATE CACHED TABLE provider_credentials_problem (
    provider_id                 BIGINT        NOT NULL,
    refused_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    reason                      VARCHAR(1000) NOT NULL,
    CONSTRAINT pk_provider_credentials_problem PRIMARY KEY (provider_id),
    CONSTRAINT fk_provider_credentials_problem_provider FOREIGN KEY (provider_id) REFERENCES provider (id) ON DELETE CASCADE
);
