package org.seatkeeper.app.subscriptions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.seatkeeper.app.web.AmountInput;
import org.seatkeeper.app.web.DateInput;
import org.seatkeeper.app.web.FormModel;
import org.seatkeeper.billing.subscriptions.BillingRuleException;
import org.seatkeeper.billing.subscriptions.TermsEdits;
import org.seatkeeper.db.catalog.Money;
import org.seatkeeper.db.catalog.Product;
import org.seatkeeper.db.catalog.ProductRepository;

/**
 * The "product, price and term" form of a subscription's page. Its fields are named {@code terms...} so they never
 * mix with the quantity form's on the same page. Null when a field is wrong; each message is by its field.
 */
final class TermsForm {

    static final String PRODUCT = "termsProduct";
    static final String UNIT_PRICE = "termsUnitPrice";
    static final String EFFECTIVE_DATE = "termsEffectiveDate";
    static final String TERM_END = "termsTermEnd";
    static final String PRICE_FROM = "termsPriceFrom";
    static final String GENERAL = "terms";

    private TermsForm() {
    }

    static TermsEdits.Change parse(FormModel form, ProductRepository products) {
        Product product = null;
        try {
            product = products.findById(Long.parseLong(form.value(PRODUCT))).orElse(null);
        } catch (NumberFormatException e) {
            // refused below
        }
        if (product == null) {
            form.error(PRODUCT, "Pick the product.");
        }
        AmountInput.Parsed price = AmountInput.parse(form.value(UNIT_PRICE), "unit price");
        if (price.problem() != null) {
            form.error(UNIT_PRICE, price.problem());
        }
        LocalDate start = date(form, EFFECTIVE_DATE, true, "Enter the date the subscription starts as YYYY-MM-DD.");
        LocalDate termEnd = date(form, TERM_END, false, "Enter the term end as YYYY-MM-DD, or leave it empty.");
        LocalDate priceFrom = date(form, PRICE_FROM, true,
                "Enter the date a new product or price applies from as YYYY-MM-DD.");
        if (form.hasErrors()) {
            return null;
        }
        Money unitPrice = price.amount() == null ? null : new Money(price.amount(), product.currency().strip());
        return new TermsEdits.Change(product.id(), unitPrice, start, termEnd, priceFrom);
    }

    /** Where the rules' refusal is shown. */
    static String keyFor(BillingRuleException refusal) {
        return switch (refusal.subject()) {
            case PRODUCT -> PRODUCT;
            case UNIT_PRICE -> UNIT_PRICE;
            case EFFECTIVE_DATE -> EFFECTIVE_DATE;
            case TERM_END -> TERM_END;
            case PRICE_FROM -> PRICE_FROM;
            default -> GENERAL;
        };
    }

    private static LocalDate date(FormModel form, String field, boolean required, String message) {
        String typed = form.value(field);
        if (typed.isEmpty() && !required) {
            return null;
        }
        try {
            return DateInput.parse(typed);
        } catch (DateTimeParseException e) {
            form.error(field, message);
            return null;
        }
    }
}
