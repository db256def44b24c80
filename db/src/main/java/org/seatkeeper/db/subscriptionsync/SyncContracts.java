package org.seatkeeper.db.subscriptionsync;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.seatkeeper.db.JdbcBatch;

/**
 * The bulk form of {@code BillingContractRepository.findOrCreateForCurrency} for a sync chunk: the contracts missing
 * for new subscriptions are inserted as one JDBC batch with the same defaults (monthly, billed on the 1st,
 * "CUR subscriptions", flagged needs_review), then looked up with the existing ones. A first sync of 10,000 new
 * customers otherwise spends a select and an insert per customer. The insert is a {@link JdbcBatch}.
 *
 * <p>Why a batch of a statement rendered once rather than one multi-row VALUES statement: that statement's text
 * changed with every chunk, so jOOQ rendered and HSQLDB parsed 400 parameters per chunk (HSQLDB's parser copies the
 * statement text for each parameter), and the JIT compiled both parsers, during a first sync, for seconds.
 */
public final class SyncContracts {

    private final DSLContext dsl;
    private final Clock clock;
    private final SyncLookup lookup;

    private final JdbcBatch<NewContract> insert;

    private record NewContract(CustomerCurrency key, LocalDate startDate, Instant now) {
    }

    public SyncContracts(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.lookup = new SyncLookup(dsl);
        var c = BILLING_CONTRACT;
        this.insert = JdbcBatch.<NewContract>insertInto(c)
                .value(c.CUSTOMER_ID, n -> n.key().customerId())
                .value(c.NAME, n -> n.key().currency() + " subscriptions")
                .value(c.CURRENCY, n -> n.key().currency())
                .value(c.BILLING_CYCLE, n -> "MONTHLY")
                .value(c.BILLING_DAY, n -> 1)
                .value(c.START_DATE, NewContract::startDate)
                .value(c.NEEDS_REVIEW, n -> true)
                .value(c.CREATED_AT, NewContract::now)
                .render(dsl);
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
        Instant now = clock.instant();
        insert.execute(dsl, missing.stream().map(k -> new NewContract(k, startDate, now)).toList());
        return new Resolved(lookup.activeContracts(customers), missing.size());
    }
}
