package org.seatkeeper.app.demo;

import java.time.LocalDate;
import java.util.Optional;
import org.seatkeeper.app.context.AppContext;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.db.accounts.AccountQuery;
import org.seatkeeper.db.accounts.ProviderAccount;
import org.seatkeeper.db.accounts.ProviderAccountRepository;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.paging.PageRequest;
import org.seatkeeper.db.pricing.PriceRuleRepository;
import org.seatkeeper.db.pricing.SubscriptionPrices;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.subscriptions.LicenseChangeRepository;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.Subscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * A manual subscription ready to be replaced: the licenses of one synced subscription of a billed demo customer,
 * entered by hand on the same contract as a reseller would have before the provider was connected. Its page offers
 * "Replace with the synced subscription", the synced one suggested (same product).
 */
final class DemoReplacement {

    private static final String ACTOR = "demo";

    private final AppContext app;

    DemoReplacement(AppContext app) {
        this.app = app;
    }

    /** @return the manual subscription's id, when a billed customer has an active synced subscription with a product */
    Optional<Long> enterByHand() {
        var dsl = app.database().dsl();
        var clock = app.clock();
        SubscriptionRepository subscriptions = new SubscriptionRepository(dsl, clock);
        Optional<Long> manualProvider = new ProviderRepository(dsl).list().stream().filter(p -> p.kind().equals("MANUAL"))
                .map(p -> p.id()).findFirst();
        Optional<Subscription> synced = new ProviderAccountRepository(dsl).page(AccountQuery.all(), PageRequest.first(100)).items()
                .stream().filter(a -> a.customerId() != null).map(ProviderAccount::id)
                .flatMap(account -> subscriptions.findByProviderAccount(account).stream())
                .filter(s -> s.status() == SubscriptionState.ACTIVE && s.productId() != null && s.unitPrice() != null)
                .findFirst();
        if (manualProvider.isEmpty() || synced.isEmpty()) {
            return Optional.empty();
        }
        Subscription s = synced.get();
        LicenseChangeRepository changes = new LicenseChangeRepository(dsl, clock);
        SubscriptionPricing pricing = new SubscriptionPricing(new PriceRuleRepository(dsl, clock), new SubscriptionPrices(dsl), changes);
        NewSubscription manual = new NewSubscription(s.contractId(), manualProvider.get(), s.productId(), null, null,
                s.name() + " (entered by hand)", s.quantity(), SubscriptionState.ACTIVE,
                new SubscriptionTerms(LocalDate.now(clock), null, false, null, null), null, s.currency());
        var product = new ProductRepository(dsl, clock).findById(s.productId()).orElse(null);
        return Optional.of(app.database().transactions().inTransaction(() -> new LicenseLedger(subscriptions, changes, app.audit())
                .createManual(pricing.priced(manual, product), ACTOR)));
    }
}
