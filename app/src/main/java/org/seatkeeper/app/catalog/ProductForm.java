package org.seatkeeper.app.catalog;

import static org.seatkeeper.db.jooq.Tables.PRODUCT;

import java.math.BigDecimal;
import java.util.Locale;
import org.seatkeeper.app.web.AmountInput;
import org.seatkeeper.app.web.FieldLimits;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.IsoCurrencies;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductDetails;
import org.seatkeeper.db.catalog.Term;

/**
 * Parses and validates the product form; each problem goes next to its field. Null fields mean invalid input.
 * Name and amounts are read on every save; the key fields (offer, term, cycle, currency) only when adding.
 */
record ProductForm(String offerId, String name, Term term, BillingCycle billingCycle, String currency,
                   BigDecimal listPrice, BigDecimal unitCost) {

    private static final int OFFER_WIDTH = FieldLimits.width(PRODUCT.OFFER_ID);

    static ProductForm parse(FormModel form, boolean creating) {
        String offerId = form.value("offerId");
        String name = form.value("name");
        Term term = null;
        BillingCycle cycle = null;
        String currency = form.value("currency").toUpperCase(Locale.ROOT);
        if (name.isEmpty()) {
            form.error("name", "Enter the product name.");
        }
        FieldLimits.atMost(form, "name", PRODUCT.NAME);
        if (creating) {
            if (offerId.isEmpty() || offerId.length() > OFFER_WIDTH) {
                form.error("offerId", "Enter the offer or SKU id (at most " + OFFER_WIDTH + " characters).");
            }
            term = parseEnum(form, "term", Term.class, "Pick the term.");
            cycle = parseEnum(form, "billingCycle", BillingCycle.class, "Pick the billing cycle.");
            if (!currency.matches("[A-Z]{3}")) {
                form.error("currency", "Enter a 3-letter currency code, e.g. EUR.");
            } else if (!IsoCurrencies.isKnown(currency)) {
                form.error("currency", currency + " is not an ISO 4217 currency code. Enter one such as EUR or USD.");
            }
        }
        BigDecimal price = money(form, "listPrice", "list price");
        BigDecimal cost = money(form, "unitCost", "unit cost");
        return new ProductForm(offerId, name, term, cycle, currency, price, cost);
    }

    /** What saving the form sets on an existing product. */
    ProductDetails details() {
        return new ProductDetails(name, listPrice, unitCost);
    }

    static FormModel toForm(Product p) {
        return FormModel.empty().with("offerId", p.offerId()).with("name", p.name()).with("term", p.term().name())
                .with("billingCycle", p.billingCycle().name()).with("currency", p.currency())
                .with("listPrice", p.listPrice() == null ? "" : p.listPrice().stripTrailingZeros().toPlainString())
                .with("unitCost", p.unitCost() == null ? "" : p.unitCost().stripTrailingZeros().toPlainString())
                .with("version", p.version());
    }

    private static BigDecimal money(FormModel form, String field, String label) {
        AmountInput.Parsed parsed = AmountInput.parse(form.value(field), label);
        if (parsed.problem() != null) {
            form.error(field, parsed.problem());
        }
        return parsed.amount();
    }

    private static <E extends Enum<E>> E parseEnum(FormModel form, String field, Class<E> type, String message) {
        try {
            return Enum.valueOf(type, form.value(field));
        } catch (IllegalArgumentException e) {
            form.error(field, message);
            return null;
        }
    }
}
