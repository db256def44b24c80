package org.seatkeeper.billing.subscriptions;

import static org.seatkeeper.db.jooq.Tables.CUSTOMER;
import static org.seatkeeper.db.jooq.Tables.PROVIDER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * One fresh database with the billing repositories wired as production wires them, and rows to refer to (public: the
 * pricing tests use it too).
 */
public final class LicenseFixtures implements AutoCloseable {

    public static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    public final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    public final Database db = Database.openInMemory();
    public final SubscriptionRepository subscriptions = new SubscriptionRepository(db.dsl(), clock);
    public final LicenseChangeRepository changes = new LicenseChangeRepository(db.dsl(), clock);
    public final BillingContractRepository contracts = new BillingContractRepository(db.dsl(), clock);
    public final AuditLog audit = new AuditLog(db.dsl(), clock);
    public final LicenseLedger ledger = new LicenseLedger(subscriptions, changes, audit);

    public long aCustomer(String name) {
        return db.dsl().insertInto(CUSTOMER)
                .set(CUSTOMER.NAME, name)
                .set(CUSTOMER.CREATED_AT, NOW)
                .set(CUSTOMER.UPDATED_AT, NOW)
                .returning(CUSTOMER.ID)
                .fetchOne(CUSTOMER.ID);
    }

    public long aProvider(String name, String kind, boolean automatic) {
        return db.dsl().insertInto(PROVIDER)
                .set(PROVIDER.NAME, name)
                .set(PROVIDER.KIND, kind)
                .set(PROVIDER.AUTOMATIC, automatic)
                .set(PROVIDER.CURRENCY, "EUR")
                .set(PROVIDER.CREATED_AT, NOW)
                .returning(PROVIDER.ID)
                .fetchOne(PROVIDER.ID);
    }

    public long aContract(long customerId) {
        return contracts.insert(customerId, new ContractTerms("Main", "EUR", BillingCycle.MONTHLY, 1,
                LocalDate.of(2026, 1, 1), null), false);
    }

    public static NewSubscription aSubscription(long contractId, long providerId, int quantity, LocalDate effectiveDate) {
        return new NewSubscription(contractId, providerId, null, null, null, "Microsoft 365 Business Standard",
                quantity, SubscriptionState.ACTIVE,
                new SubscriptionTerms(effectiveDate, effectiveDate.plusYears(1).minusDays(1), true, null, null),
                null, "EUR");
    }

    public int logSum(long subscriptionId) {
        return changes.sumOfChanges(subscriptionId);
    }

    @Override
    public void close() {
        db.close();
    }
}
