package org.seatkeeper.app.pricing;

import java.util.List;
import org.seatkeeper.app.web.AmountInput;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.pricing.ScopeProduct;

/** The "fixed price for a product" form: one of the scope's products and an amount in its currency. */
record FixedPriceForm(ScopeProduct product, Money price) {

    static FixedPriceForm parse(FormModel form, List<ScopeProduct> products) {
        ScopeProduct product = null;
        try {
            long id = Long.parseLong(form.value("product"));
            product = products.stream().filter(p -> p.id() == id).findFirst().orElse(null);
        } catch (NumberFormatException e) {
            // refused below
        }
        if (product == null) {
            form.error("product", "Pick one of the products these subscriptions use.");
        }
        AmountInput.Parsed amount = AmountInput.parse(form.value("price"), "price");
        if (amount.problem() != null) {
            form.error("price", amount.problem());
        } else if (amount.amount() == null) {
            form.error("price", "Enter the unit price, e.g. 12.50.");
        }
        return form.hasErrors() ? null : new FixedPriceForm(product, new Money(amount.amount(), product.currency()));
    }
}
