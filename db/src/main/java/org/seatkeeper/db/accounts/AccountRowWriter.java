package org.seatkeeper.db.accounts;

import static org.jooq.impl.DSL.inline;
import static org.seatkeeper.db.jooq.Tables.PROVIDER_ACCOUNT;

import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.seatkeeper.db.JdbcBatch;

/** Writes one chunk's new and changed provider accounts in the caller's transaction. */
final class AccountRowWriter {

    private final DSLContext dsl;

    AccountRowWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    private record Row(long providerId, SyncedAccount account, Instant now) {
        AccountAddress address() {
            return account.address();
        }
    }

    /**
     * New accounts go through a plain batch INSERT and changed ones through a batch UPDATE: the chunk already knows
     * which is which, so a MERGE would only add work. Both are {@link JdbcBatch}es (jOOQ's per-row binding costs
     * about a third, see stack-facts §3).
     */
    void write(long providerId, List<SyncedAccount> created, List<SyncedAccount> changed, Instant now) {
        var pa = PROVIDER_ACCOUNT;
        JdbcBatch.<Row>insertInto(pa)
                .value(pa.PROVIDER_ID, Row::providerId)
                .value(pa.EXTERNAL_ID, r -> r.account().externalId())
                .value(pa.TENANT_ID, r -> r.account().tenantId())
                .value(pa.DOMAIN, r -> r.account().domain())
                .value(pa.COMPANY_NAME, r -> r.account().companyName())
                .value(pa.COUNTRY, r -> r.account().country())
                .value(pa.ADDRESS_LINE1, r -> r.address().line1())
                .value(pa.ADDRESS_LINE2, r -> r.address().line2())
                .value(pa.CITY, r -> r.address().city())
                .value(pa.STATE, r -> r.address().state())
                .value(pa.POSTAL_CODE, r -> r.address().postalCode())
                .value(pa.RELATIONSHIP_STATUS, r -> r.account().relationshipStatus())
                .value(pa.STATUS, r -> "ACTIVE")
                .value(pa.IS_NEW, r -> true)
                .value(pa.FIRST_SEEN_AT, Row::now)
                .value(pa.LAST_SEEN_AT, Row::now)
                .render(dsl)
                .execute(dsl, rows(providerId, created, now));
        JdbcBatch.<Row>update(pa)
                .set(pa.TENANT_ID, r -> r.account().tenantId())
                .set(pa.DOMAIN, r -> r.account().domain())
                .set(pa.COMPANY_NAME, r -> r.account().companyName())
                .set(pa.COUNTRY, r -> r.account().country())
                .set(pa.ADDRESS_LINE1, r -> r.address().line1())
                .set(pa.ADDRESS_LINE2, r -> r.address().line2())
                .set(pa.CITY, r -> r.address().city())
                .set(pa.STATE, r -> r.address().state())
                .set(pa.POSTAL_CODE, r -> r.address().postalCode())
                .set(pa.RELATIONSHIP_STATUS, r -> r.account().relationshipStatus())
                .set(pa.STATUS, r -> "ACTIVE")
                .set(pa.LAST_SEEN_AT, Row::now)
                .setAlways(pa.VERSION, pa.VERSION.plus(inline(1)))
                .where(pa.PROVIDER_ID, Row::providerId)
                .where(pa.EXTERNAL_ID, r -> r.account().externalId())
                .render(dsl)
                .execute(dsl, rows(providerId, changed, now));
    }

    private static List<Row> rows(long providerId, List<SyncedAccount> accounts, Instant now) {
        return accounts.stream().map(a -> new Row(providerId, a, now)).toList();
    }
}
