package org.seatkeeper.db.subscriptionsync;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The bulk form of {@code BillingContractRepository.findOrCreateForCurrency} for a sync chunk: the contracts missing
 * for new subscriptions are inserted as one JDBC batch with the same defaults (monthly, billed on the 1st,
 * "CUR subscriptions", flagged needs_review), then looked up with the existing ones. A first sync of 10,000 new
 * customers otherwise spends a select and an insert per customer.
 *
 * <p>Why a batch of a statement rendered once rather than one multi-row VALUES statement: that statement's text
 * changed with every chunk, so jOOQ rendered and HSQLDB parsed 400 parameters per chunk (HSQLDB's parser copies the
 * statement text for each parameter), and the JIT compiled both parsers, during a first sync, for seconds.
 */
public final class SyncContracts {

    private final DSLContext dsl;
    private final Clock clock;
    private final SyncLookup lookup;

    private final String insertSql;

    public SyncContracts(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.lookup = new SyncLookup(dsl);
        this.insertSql = dsl.insertInto(BILLING_CONTRACT, BILLING_CONTRACT.CUSTOMER_ID, BILLING_CONTRACT.NAME,
                        BILLING_CONTRACT.CURRENCY, BILLING_CONTRACT.BILLING_CYCLE, BILLING_CONTRACT.BILLING_DAY,
                        BILLING_CONTRACT.START_DATE, BILLING_CONTRACT.NEEDS_REVIEW, BILLING_CONTRACT.CREATED_AT)
                .values((Long) null, null, null, null, null, null, null, null)
                .getSQL();
    }

    /** The contract ids by (customer, currency), and how many were created for this chunk. */
    public record Resolved(Map<CustomerCurrency, Long> ids, int created) {
    }

    /** Every wanted (customer, currency) with its active contract id, creating the missing ones. */
    public Resolved findOrCreate(Collection<CustomerCurrency> wanted, LocalDate startDate) {
        List<Long> customers = wanted.stream().map(CustomerCurrency::customerId).distinct().toList();
        Map<CustomerCurrency, Long> found = lookup.activeContracts(customers);
        List<CustomerCurrency> missing = wanted.stream().distinct().filter(k -> !found.containsKey(k)).toList();
        if (missing.isEmpty()) {
            return new Resolved(found, 0);
        }
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        dsl.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
                for (CustomerCurrency k : missing) {
                    insert.setLong(1, k.customerId());
                    insert.setString(2, k.currency() + " subscriptions");
                    insert.setString(3, k.currency());
                    insert.setString(4, "MONTHLY");
                    insert.setInt(5, 1);
                    insert.setObject(6, startDate);
                    insert.setBoolean(7, true);
                    insert.setObject(8, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return new Resolved(lookup.activeContracts(customers), missing.size());
    }
}
