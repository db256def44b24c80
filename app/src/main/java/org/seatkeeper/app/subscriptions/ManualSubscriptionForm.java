package org.seatkeeper.app.subscriptions;

import static org.seatkeeper.db.jooq.Tables.SUBSCRIPTION;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.LongFunction;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
import org.seatkeeper.billing.subscriptions.QuantityRules;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.contracts.BillingContract;

/** Parses the new manual subscription form; null when a field is wrong (each message is by its field). */
final class ManualSubscriptionForm {

    private static final int NAME_WIDTH = FieldLimits.width(SUBSCRIPTION.NAME);

    private ManualSubscriptionForm() {
    }

    record Parsed(String name, long productId, int quantity, LocalDate start) {
    }

    /** @param products a product by its id (the catalog's {@code findById}) */
    static Parsed parse(FormModel form, LocalDate today, BillingContract contract,
                        LongFunction<Optional<Product>> products) {
        String name = form.value("name");
        if (name.isEmpty() || name.length() > NAME_WIDTH) {
            form.error("name", "Enter the subscription's name (at most " + NAME_WIDTH + " characters).");
        }
        Product product = product(form, contract, products);
        Integer quantity = ManualFields.quantity(form, "quantity", "Enter the number of licenses.");
        if (quantity != null) {
            QuantityRules.refusalForNew(quantity).ifPresent(reason -> form.error("quantity", reason));
        }
        LocalDate start = ManualFields.effectiveDate(form, "effectiveDate", today,
                "Enter the start date as YYYY-MM-DD.");
        return form.hasErrors() ? null : new Parsed(name, product.id(), quantity, start);
    }

    /** Where the ledger's refusal is shown. */
    static String keyFor(BillingRuleException refusal) {
        return switch (refusal.subject()) {
            case QUANTITY -> "quantity";
            case EFFECTIVE_DATE -> "effectiveDate";
            default -> "name";
        };
    }

    /** The picker lists only the contract's currency; a stale or hand-made form may still send another product. */
    private static Product product(FormModel form, BillingContract contract, LongFunction<Optional<Product>> products) {
        Product product;
        try {
            product = products.apply(Long.parseLong(form.value("product"))).orElse(null);
        } catch (NumberFormatException e) {
            product = null;
        }
        if (product == null) {
            form.error("product", "Pick the product.");
            return null;
        }
        String currency = contract.currency().strip();
        if (!product.currency().strip().equalsIgnoreCase(currency)) {
            form.error("product", product.name() + " is priced in " + product.currency().strip()
                    + ", but this contract bills in " + currency + ": pick a " + currency + " product.");
            return null;
        }
        return product;
    }
}
