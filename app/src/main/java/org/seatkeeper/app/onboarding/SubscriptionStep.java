package org.seatkeeper.app.onboarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.billing.subscriptions.LicenseLedger;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductFilter;
import org.seatkeeper.db.catalog.ProductRepository;
import org.seatkeeper.db.contracts.BillingContract;
import org.seatkeeper.db.contracts.BillingContractRepository;
import org.seatkeeper.db.providers.Provider;
import org.seatkeeper.db.providers.ProviderRepository;
import org.seatkeeper.db.subscriptions.NewSubscription;
import org.seatkeeper.db.subscriptions.SubscriptionRepository;
import org.seatkeeper.db.subscriptions.SubscriptionState;
import org.seatkeeper.db.subscriptions.SubscriptionTerms;

/**
 * The subscriptions a person adds to the new contract: manual ones, through the license ledger (so each has its CREATE
 * event). Automatic subscriptions are the provider's and arrive with the next subscription sync.
 */
final class SubscriptionStep {

    static final class RefusedException extends RuntimeException {
        RefusedException(String message) {
            super(message);
        }
    }

    private final BillingContractRepository contracts;
    private final ProductRepository products;
    private final SubscriptionRepository subscriptions;
    private final ProviderRepository providers;
    private final LicenseLedger ledger;
    private final SubscriptionPricing pricing;
    private final Transactions transactions;

    SubscriptionStep(BillingContractRepository contracts, ProductRepository products, SubscriptionRepository subscriptions,
                     ProviderRepository providers, LicenseLedger ledger, SubscriptionPricing pricing,
                     Transactions transactions) {
        this.pricing = pricing;
        this.contracts = contracts;
        this.products = products;
        this.subscriptions = subscriptions;
        this.providers = providers;
        this.ledger = ledger;
        this.transactions = transactions;
    }

    BillingContract contract(long contractId) {
        return contracts.findById(contractId).orElseThrow();
    }

    List<Map<String, String>> productOptions(String currency) {
        return products.search(new ProductFilter(null, currency, false), 0, 500).stream()
                .map(p -> Map.of("value", String.valueOf(p.id()), "label", p.name() + " ("
                        + org.seatkeeper.app.catalog.ProductRow.termWords(p.term()) + ", "
                        + p.billingCycle().name().toLowerCase() + ")"))
                .toList();
    }

    /** Whether subscriptions can be added by hand at all: they belong to an enabled Manual provider. */
    boolean manualProviderEnabled() {
        return providers.list().stream().anyMatch(p -> p.enabled() && "MANUAL".equals(p.kind()));
    }

    /** Catalog products in other currencies than the contract's: why the list can be empty on a synced catalog. */
    int productsInOtherCurrencies(String currency) {
        return products.count(ProductFilter.none()) - products.count(new ProductFilter(null, currency, false));
    }

    List<Map<String, String>> lines(long contractId) {
        return subscriptions.findByContract(contractId).stream()
                .map(l -> Map.of("name", l.subscription().name(), "quantity", String.valueOf(l.subscription().quantity()),
                        "effectiveDate", String.valueOf(l.subscription().effectiveDate()),
                        "status", org.seatkeeper.app.web.Words.of(l.subscription().status().name())))
                .toList();
    }

    /** @throws RefusedException for the product field; the ledger's BillingRuleException for quantity and date */
    long add(String username, BillingContract contract, long productId, int quantity, LocalDate effectiveDate) {
        Product product = products.findById(productId).filter(p -> p.currency().equals(contract.currency()))
                .orElseThrow(() -> new RefusedException("Choose a product of the catalog in " + contract.currency() + "."));
        Optional<Provider> manual = providers.list().stream()
                .filter(p -> p.enabled() && "MANUAL".equals(p.kind())).findFirst();
        if (manual.isEmpty()) {
            throw new RefusedException("Manual subscriptions belong to a Manual provider: add one on the Providers page first.");
        }
        return transactions.inTransaction(() -> ledger.createManual(pricing.priced(new NewSubscription(contract.id(),
                manual.get().id(), product.id(), null, null, product.name(), quantity, SubscriptionState.ACTIVE,
                new SubscriptionTerms(effectiveDate, null, true, null, null), null, contract.currency()), product),
                username));
    }
}
