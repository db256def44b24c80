package org.seatkeeper.db.psa;

import static org.seatkeeper.db.jooq.Tables.PSA_CONNECTION;

import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.seatkeeper.db.OptimisticLockException;
import org.seatkeeper.db.jooq.tables.records.PsaConnectionRecord;

/**
 * The one ConnectWise connection. Keys arrive and leave as SecretBox ciphertext (purpose {@link #KEYS_PURPOSE}): this
 * class never sees them in plain text.
 */
public final class PsaConnectionRepository {

    /** The SecretBox purpose the keys' ciphertext is bound to. */
    public static final String KEYS_PURPOSE = "psa.keys";
    private static final int ROW = 1;

    private final DSLContext dsl;

    public PsaConnectionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<PsaConnection> find() {
        return dsl.selectFrom(PSA_CONNECTION).where(PSA_CONNECTION.ID.eq(ROW)).fetchOptional(PsaConnectionRepository::toConnection);
    }

    public Optional<String> keysCiphertext() {
        return dsl.select(PSA_CONNECTION.KEYS_ENCRYPTED).from(PSA_CONNECTION).where(PSA_CONNECTION.ID.eq(ROW))
                .fetchOptional(PSA_CONNECTION.KEYS_ENCRYPTED);
    }

    /** The first save: the keys are required. */
    public void create(PsaConnectionDetails details, String keysCiphertext, String actor, Instant now) {
        dsl.insertInto(PSA_CONNECTION)
                .set(PSA_CONNECTION.ID, ROW)
                .set(PSA_CONNECTION.SITE_URL, details.siteUrl())
                .set(PSA_CONNECTION.COMPANY_ID, details.companyId())
                .set(PSA_CONNECTION.CLIENT_ID, details.clientId())
                .set(PSA_CONNECTION.CURRENCY, details.currency())
                .set(PSA_CONNECTION.KEYS_ENCRYPTED, keysCiphertext)
                .set(PSA_CONNECTION.UPDATED_AT, now)
                .set(PSA_CONNECTION.UPDATED_BY, actor)
                .execute();
    }

    /**
     * @param keysCiphertext null keeps the stored keys
     * @throws OptimisticLockException when someone saved it since {@code expectedVersion} was read
     */
    public void update(PsaConnectionDetails details, String keysCiphertext, String actor, Instant now, int expectedVersion) {
        var update = dsl.update(PSA_CONNECTION)
                .set(PSA_CONNECTION.SITE_URL, details.siteUrl())
                .set(PSA_CONNECTION.COMPANY_ID, details.companyId())
                .set(PSA_CONNECTION.CLIENT_ID, details.clientId())
                .set(PSA_CONNECTION.CURRENCY, details.currency())
                .set(PSA_CONNECTION.UPDATED_AT, now)
                .set(PSA_CONNECTION.UPDATED_BY, actor)
                .set(PSA_CONNECTION.VERSION, PSA_CONNECTION.VERSION.plus(1));
        if (keysCiphertext != null) {
            update = update.set(PSA_CONNECTION.KEYS_ENCRYPTED, keysCiphertext);
        }
        int rows = update.where(PSA_CONNECTION.ID.eq(ROW)).and(PSA_CONNECTION.VERSION.eq(expectedVersion)).execute();
        if (rows != 1) {
            throw new OptimisticLockException("The PSA connection");
        }
    }

    private static PsaConnection toConnection(PsaConnectionRecord r) {
        return new PsaConnection(r.getSiteUrl(), r.getCompanyId(), r.getClientId(), r.getCurrency(), r.getUpdatedAt(),
                r.getUpdatedBy(), r.getVersion());
    }
}
