package org.seatkeeper.providers.connector;

import java.util.Locale;
import java.util.Objects;

/**
 * One price of a price list, per license and billing period.
 *
 * @param term      P1M, P1Y or P3Y
 * @param unitCost  what the reseller pays (Partner Center's UnitPrice)
 * @param listPrice nullable: the list price (Partner Center's ERP Price)
 */
public record PriceListEntry(String productId, String skuId, String productTitle, String skuTitle, String term,
                             BillingCycle billingCycle, Money unitCost, Money listPrice) {

    public PriceListEntry {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(skuId, "skuId");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(billingCycle, "billingCycle");
        Objects.requireNonNull(unitCost, "unitCost");
    }

    String key() {
        return key(productId + ":" + skuId, term, billingCycle);
    }

    static String key(String productAndSku, String term, BillingCycle cycle) {
        return productAndSku.toUpperCase(Locale.ROOT) + '|' + term.toUpperCase(Locale.ROOT) + '|' + cycle;
    }
}
