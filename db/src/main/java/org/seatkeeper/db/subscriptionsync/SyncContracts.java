package org.seatkeeper.db.subscriptionsync;

import static org.seatkeeper.db.jooq.Tables.BILLING_CONTRACT;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The bulk form of {@code BillingContractRepository.findOrCreateForCurrency} for a sync chunk: the contracts missing
 * for new subscriptions are inserted in one multi-row statement with the same defaults (monthly, billed on the 1st,
 * "CUR subscriptions", flagged needs_review), then looked up with the existing ones. A first sync of 10,000 new
 * customers otherwise spends a select and an insert per customer.
 */
public final class SyncContracts {

    private final DSLContext dsl;
    private final Clock clock;
    private final SyncLookup lookup;

    public SyncContracts(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.lookup = new SyncLookup(dsl);
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
        var insert = dsl.insertInto(BILLING_CONTRACT, BILLING_CONTRACT.CUSTOMER_ID, BILLING_CONTRACT.NAME,
                BILLING_CONTRACT.CURRENCY, BILLING_CONTRACT.BILLING_CYCLE, BILLING_CONTRACT.BILLING_DAY,
                BILLING_CONTRACT.START_DATE, BILLING_CONTRACT.NEEDS_REVIEW, BILLING_CONTRACT.CREATED_AT);
        for (CustomerCurrency k : missing) {
            insert = insert.values(k.customerId(), k.currency() + " subscriptions", k.currency(), "MONTHLY", 1,
                    startDate, true, now);
        }
        insert.execute();
        return new Resolved(lookup.activeContracts(customers), missing.size());
    }
}
