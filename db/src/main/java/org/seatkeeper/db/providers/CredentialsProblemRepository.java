package org.seatkeeper.db.providers;

import static org.seatkeeper.db.jooq.Tables.PROVIDER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_CREDENTIALS_PROBLEM;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Records;

/** Providers whose credentials were refused, until a token call succeeds again or new credentials are saved. */
public final class CredentialsProblemRepository {

    private static final int REASON_WIDTH = 1000;

    private final DSLContext dsl;

    public CredentialsProblemRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void recordRefused(long providerId, String reason, Instant at) {
        String kept = reason.length() > REASON_WIDTH ? reason.substring(0, REASON_WIDTH) : reason;
        dsl.mergeInto(PROVIDER_CREDENTIALS_PROBLEM)
                .using(dsl.selectOne())
                .on(PROVIDER_CREDENTIALS_PROBLEM.PROVIDER_ID.eq(providerId))
                .whenMatchedThenUpdate()
                .set(PROVIDER_CREDENTIALS_PROBLEM.REFUSED_AT, at)
                .set(PROVIDER_CREDENTIALS_PROBLEM.REASON, kept)
                .whenNotMatchedThenInsert(PROVIDER_CREDENTIALS_PROBLEM.PROVIDER_ID, PROVIDER_CREDENTIALS_PROBLEM.REFUSED_AT,
                        PROVIDER_CREDENTIALS_PROBLEM.REASON)
                .values(providerId, at, kept)
                .execute();
    }

    public void clear(long providerId) {
        dsl.deleteFrom(PROVIDER_CREDENTIALS_PROBLEM).where(PROVIDER_CREDENTIALS_PROBLEM.PROVIDER_ID.eq(providerId)).execute();
    }

    public Optional<CredentialsProblem> find(long providerId) {
        return list().stream().filter(problem -> problem.providerId() == providerId).findFirst();
    }

    /** Every provider with refused credentials, by name. */
    public List<CredentialsProblem> list() {
        return dsl.select(PROVIDER.ID, PROVIDER.NAME, PROVIDER.KIND, PROVIDER_CREDENTIALS_PROBLEM.REFUSED_AT,
                        PROVIDER_CREDENTIALS_PROBLEM.REASON)
                .from(PROVIDER_CREDENTIALS_PROBLEM)
                .join(PROVIDER).on(PROVIDER.ID.eq(PROVIDER_CREDENTIALS_PROBLEM.PROVIDER_ID))
                .orderBy(PROVIDER.NAME)
                .fetch(Records.mapping(CredentialsProblem::new));
    }
}
