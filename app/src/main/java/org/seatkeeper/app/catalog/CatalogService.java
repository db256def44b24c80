package org.seatkeeper.app.catalog;

import java.math.BigDecimal;
import org.seatkeeper.db.Transactions;
import org.seatkeeper.db.audit.AuditLog;
import org.seatkeeper.db.catalog.NewProduct;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductKey;
import org.seatkeeper.db.catalog.ProductRepository;

/** Adding a product and pricing one, each in one transaction with its audit entry. */
public final class CatalogService {

    private final ProductRepository products;
    private final AuditLog audit;
    private final Transactions transactions;

    public CatalogService(ProductRepository products, AuditLog audit, Transactions transactions) {
        this.products = products;
        this.audit = audit;
        this.transactions = transactions;
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
            long id = products.insert(new NewProduct(key, f.name(), f.unitPrice(), f.unitCost()));
            audit.record(username, "CREATE_PRODUCT", "PRODUCT", id, "Added product " + f.name() + " (" + f.offerId()
                    + ", " + f.term() + ", " + f.billingCycle() + ") at " + ProductStates.money(f.unitPrice(),
                    f.currency()) + ", cost " + ProductStates.money(f.unitCost(), f.currency()), null,
                    ProductStates.of(key, f.name(), f.unitPrice(), f.unitCost()));
            return id;
        });
    }

    void updatePrice(String username, Product before, BigDecimal price, BigDecimal cost, int version) {
        transactions.run(() -> {
            products.updatePrice(before.id(), price, cost, version);
            String currency = before.currency();
            audit.record(username, "PRICE_PRODUCT", "PRODUCT", before.id(), "Priced product " + before.name() + " ("
                    + before.offerId() + "): unit price " + ProductStates.money(before.unitPrice(), currency) + " → "
                    + ProductStates.money(price, currency) + ", unit cost " + ProductStates.money(before.unitCost(),
                    currency) + " → " + ProductStates.money(cost, currency),
                    ProductStates.prices(currency, before.unitPrice(), before.unitCost()),
                    ProductStates.prices(currency, price, cost));
        });
    }
}
