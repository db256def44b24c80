package org.seatkeeper.app.catalog;

import java.math.BigDecimal;
import java.util.Locale;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.app.web.IsoCurrencies;
import org.seatkeeper.db.catalog.BillingCycle;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.Term;

/** Parses and validates the product form; each problem goes next to its field. Null fields mean invalid input. */
record ProductForm(String offerId, String name, Term term, BillingCycle billingCycle, String currency,
                   BigDecimal unitPrice, BigDecimal unitCost) {

    static ProductForm parse(FormModel form, boolean creating) {
        String offerId = form.value("offerId");
        String name = form.value("name");
        Term term = null;
        BillingCycle cycle = null;
        String currency = form.value("currency").toUpperCase(Locale.ROOT);
        if (creating) {
            if (offerId.isEmpty() || offerId.length() > 200) {
                form.error("offerId", "Enter the offer or SKU id (at most 200 characters).");
            }
            if (name.isEmpty() || name.length() > 300) {
                form.error("name", "Enter the product name (at most 300 characters).");
            }
            term = parseEnum(form, "term", Term.class, "Pick the term.");
            cycle = parseEnum(form, "billingCycle", BillingCycle.class, "Pick the billing cycle.");
            if (!currency.matches("[A-Z]{3}")) {
                form.error("currency", "Enter a 3-letter currency code, e.g. EUR.");
            } else if (!IsoCurrencies.isKnown(currency)) {
                form.error("currency", currency + " is not an ISO 4217 currency code. Enter one such as EUR or USD.");
            }
        }
        BigDecimal price = money(form, "unitPrice", "unit price");
        BigDecimal cost = money(form, "unitCost", "unit cost");
        return new ProductForm(offerId, name, term, cycle, currency, price, cost);
    }

    static FormModel toForm(Product p) {
        return FormModel.empty().with("offerId", p.offerId()).with("name", p.name()).with("term", p.term().name())
                .with("billingCycle", p.billingCycle().name()).with("currency", p.currency())
                .with("unitPrice", p.unitPrice() == null ? "" : p.unitPrice().stripTrailingZeros().toPlainString())
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
