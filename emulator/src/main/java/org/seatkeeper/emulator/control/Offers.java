package org.seatkeeper.emulator.control;

import org.seatkeeper.emulator.data.BillingCycle;
import org.seatkeeper.emulator.data.Offer;
import org.seatkeeper.emulator.data.Product;
import org.seatkeeper.emulator.data.ProductCatalog;

import java.util.Locale;

/** Reads the offer, term and billing cycle the control API is given. */
final class Offers {

    private Offers() {
    }

    /**
     * @param text    catalog code, NCE offer id or productId:skuId; null = {@code current}'s product
     * @param term    P1M, P1Y, P3Y; null = the term an offer id's availability names, else {@code current}'s, else P1M
     */
    static Offer resolve(ProductCatalog catalog, String text, String term, Offer current) {
        Product product = current == null ? null : current.product();
        Offer.Term impliedTerm = null;
        if (text != null && !text.isBlank()) {
            String wanted = text.trim();
            product = null;
            for (Product p : catalog.products()) {
                String[] parts = wanted.split(":");
                boolean sameSku = parts.length >= 2 && p.productId().equalsIgnoreCase(parts[0]) && p.skuId().equalsIgnoreCase(parts[1]);
                if (p.code().equalsIgnoreCase(wanted) || sameSku) {
                    product = p;
                    if (sameSku && parts.length == 3) {
                        impliedTerm = parts[2].equalsIgnoreCase(p.monthlyAvailabilityId()) ? Offer.Term.P1M : Offer.Term.P1Y;
                    }
                    break;
                }
            }
            if (product == null) {
                throw new IllegalArgumentException("No offer " + text + " in the emulated catalog; codes: "
                        + catalog.products().stream().map(Product::code).toList());
            }
        }
        if (product == null) {
            throw new IllegalArgumentException("An offer is required");
        }
        Offer.Term chosen = term != null && !term.isBlank() ? term(term)
                : impliedTerm != null ? impliedTerm : current != null ? current.term() : Offer.Term.P1M;
        if (product.usageBased() && chosen != Offer.Term.P1M) {
            throw new IllegalArgumentException(product.name() + " is sold on a monthly term only");
        }
        return new Offer(product, chosen);
    }

    static Offer.Term term(String text) {
        try {
            return Offer.Term.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown term " + text + " (P1M, P1Y or P3Y)");
        }
    }

    /** The given cycle, else {@code current} when the term stays, else the term's own. */
    static BillingCycle cycle(String text, Offer offer, Offer previous, BillingCycle current) {
        if (text != null && !text.isBlank()) {
            return BillingCycle.parse(text);
        }
        return previous != null && previous.term() == offer.term() && current != null ? current : offer.defaultBillingCycle();
    }
}
