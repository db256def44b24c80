package org.seatkeeper.app.subscriptions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.db.Database;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.catalog.Term;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.contracts.ContractTerms;
import org.seatkeeper.db.customers.CustomerDetails;
import org.seatkeeper.db.customers.CustomerRepository;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.SubscriptionPrices;
import org.seatkeeper.db.providers.ProviderDetails;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.subscriptions.ChangeSource;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeType;
import org.seatkeeper.db.subscriptions.NewLicenseChange;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/** Fixture builder for the billing journeys: what a sync and a person would have left in the database. */
public final class BillingData {

    public static final LocalDate START = LocalDate.of(2026, 3, 1);

    private final Database db;
    private final Clock clock;
    public final long manualProviderId;
    public final long automaticProviderId;

    public BillingData(Database db, Clock clock, String suffix) {
        this.db = db;
        this.clock = clock;
        ProviderRepository providers = new ProviderRepository(db.dsl());
        manualProviderId = providers.insert(new ProviderDetails("Manual " + suffix, "MANUAL", false, "USD", null, null,
                Set.of("US")), null, clock.instant());
        automaticProviderId = providers.insert(new ProviderDetails("Synnex " + suffix, "ION", true, "USD", null, null,
                Set.of("US")), null, clock.instant());
    }

    /** The automatic provider the {@link #automatic} subscriptions come from. */
    public long automaticProvider() {
        return automaticProviderId;
    }

    public long customer(String name) {
        return new CustomerRepository(db.dsl()).insert(new CustomerDetails(name, null, null, null, null, null, null,
                null, null), clock.instant());
    }

    public long contract(long customerId) {
        return new BillingContractRepository(db.dsl(), clock).insert(customerId, new ContractTerms("Main", "USD",
                BillingCycle.MONTHLY, 1, START, null), false);
    }

    public long product(String offerId, String name, BigDecimal price, BigDecimal cost) {
        return new ProductRepository(db.dsl(), clock).insert(new NewProduct(new ProductKey(offerId, Term.P1M,
                BillingCycle.MONTHLY, "USD"), name, price, cost));
    }

    /** A manual subscription with create(quantity), through the ledger as a person would. */
    public long manual(long contractId, long productId, String name, int quantity) {
        return db.transactions().inTransaction(() -> ledger().createManual(priced(new NewSubscription(contractId,
                manualProviderId, productId, null, null, name, quantity, SubscriptionState.ACTIVE,
                new SubscriptionTerms(START, null, false, null, null), null, "USD")), "alice"));
    }

    public void changeQuantity(long id, int quantity, LocalDate date) {
        db.transactions().run(() -> ledger().changeQuantity(id, quantity, date, "alice"));
    }

    public void suspend(long id, LocalDate date) {
        db.transactions().run(() -> ledger().suspend(id, date, "alice"));
    }

    public int quantity(long subscriptionId) {
        return new SubscriptionRepository(db.dsl(), clock).findById(subscriptionId).orElseThrow().quantity();
    }

    /** An automatic subscription as the sync leaves it: its create event of the provider's quantity. */
    public long automatic(long contractId, long productId, String name, int quantity, LocalDate start) {
        return db.transactions().inTransaction(() -> {
            long id = new SubscriptionRepository(db.dsl(), clock).insert(priced(new NewSubscription(contractId,
                    automaticProviderId, productId, null, "ion-" + name.hashCode() + "-" + contractId, name, quantity,
                    SubscriptionState.ACTIVE, new SubscriptionTerms(start, start.plusYears(1).minusDays(1), true,
                    start.plusDays(7), quantity), null, "USD")));
            new LicenseChangeRepository(db.dsl(), clock).insert(NewLicenseChange.of(id, LicenseChangeType.CREATE,
                    quantity, quantity, start, ChangeSource.SYNC, "sync"));
            return id;
        });
    }

    /** Priced by the price rules, as the app and the sync price a new subscription. */
    private NewSubscription priced(NewSubscription s) {
        return new SubscriptionPricing(new PriceRuleRepository(db.dsl(), clock), new SubscriptionPrices(db.dsl()),
                new LicenseChangeRepository(db.dsl(), clock)).priced(s, new ProductRepository(db.dsl(), clock)
                .findById(s.productId()).orElse(null));
    }

    private LicenseLedger ledger() {
        return new LicenseLedger(new SubscriptionRepository(db.dsl(), clock),
                new LicenseChangeRepository(db.dsl(), clock), new AuditLog(db.dsl(), clock));
    }
}
