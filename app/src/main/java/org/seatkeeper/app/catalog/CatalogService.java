package org.seatkeeper.app.catalog;

import java.time.Clock;
import java.time.LocalDate;
import org.seatkeeper.billing.pricing.SubscriptionPricing;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditAction;
import org.seatkeeper.db.audit.AuditEntity;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductDetails;
import org.seatkeeper.db.catalog.ProductEdits;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;

/**
 * Adding a product and editing one (name, list price, cost), each in one transaction with its audit entry. A new list
 * price or cost re-prices, from today, the subscriptions the price rules price from it (in the same transaction).
 */
public final class CatalogService {

    private final ProductRepository products;
    private final ProductEdits edits;
    private final SubscriptionPricing pricing;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public CatalogService(ProductRepository products, ProductEdits edits, SubscriptionPricing pricing, AuditLog audit,
                          Transactions transactions, Clock clock) {
        this.products = products;
        this.edits = edits;
        this.pricing = pricing;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @throws IllegalStateException when the same offer (ignoring case), term, cycle and currency is already in the
     *                               catalog
     */
    long create(String username, ProductForm f) {
        return transactions.inTransaction(() -> {
            ProductKey key = new ProductKey(f.offerId(), f.term(), f.billingCycle(), f.currency());
            products.findByKeyIgnoringCase(key).ifPresent(p -> {
                throw new IllegalStateException("This offer is already in the catalog with that term, cycle and "
                        + "currency: " + p.name() + " (#" + p.id() + ").");
            });
            long id = products.insert(new NewProduct(key, f.name(), f.listPrice(), f.unitCost()));
            audit.record(username, AuditAction.CREATE, AuditEntity.PRODUCT, id, "Added product " + f.name() + " (" + f.offerId()
                    + ", " + f.term() + ", " + f.billingCycle() + ") listed at " + ProductStates.money(f.listPrice(),
                    f.currency()) + ", cost " + ProductStates.money(f.unitCost(), f.currency()), null,
                    ProductStates.of(key, f.name(), f.listPrice(), f.unitCost()));
            return id;
        });
    }

    /**
     * Saves a new name and amounts with one audit entry of what changed; saving the product as it is writes nothing.
     *
     * @throws org.seatkeeper.db.OptimisticLockException when someone saved the product after {@code version}
     */
    public ProductChange edit(String username, Product before, ProductDetails after, int version) {
        ProductChange change = new ProductChange(before, after);
        if (change.any()) {
            int repriced = transactions.inTransaction(() -> {
                edits.update(before.id(), after, version);
                int count = change.repriced() ? pricing.repriceProduct(before.id(), LocalDate.now(clock), username) : 0;
                audit.record(username, change.action(), AuditEntity.PRODUCT, before.id(), change.summary()
                        + (count == 0 ? "" : "; re-priced " + count + " subscriptions priced from it"),
                        change.beforeState(), change.afterState());
                return count;
            });
            return change.withRepriced(repriced);
        }
        return change;
    }
}
