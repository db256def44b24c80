package org.seatkeeper.emulator.data;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

/**
 * One provider's prices per product, term, billing cycle and currency: a default derived from the catalog's list
 * price, and the ones the control API set. Guarded by the {@link World} lock.
 */
public final class PriceBook implements java.io.Serializable {

    private static final BigDecimal COST_SHARE = new BigDecimal("0.85");

    private final int scale;
    private final Map<String, Price> overrides = new HashMap<>();

    /** @param scale decimals of the amounts (Ion sends up to 7, Partner Center and Pax8 cents) */
    PriceBook(int scale) {
        this.scale = scale;
    }

    public Price price(Product product, Offer.Term term, BillingCycle cycle, String currency) {
        Price set = overrides.get(key(product, term, cycle, currency));
        return set != null ? set : defaultPrice(product, term, cycle, currency);
    }

    void set(Product product, Offer.Term term, BillingCycle cycle, Price price) {
        overrides.put(key(product, term, cycle, price.currency()), price);
    }

    /**
     * Per license and billing period: the product's monthly list price (a monthly term 20% more, a three-year term
     * 5% less, as in NCE) times the months in the period, in the currency; the reseller pays 85% of it.
     */
    private Price defaultPrice(Product product, Offer.Term term, BillingCycle cycle, String currency) {
        double monthly = product.usdPerMonth() * switch (term) {
            case P1M -> 1.2;
            case P1Y -> 1.0;
            case P3Y -> 0.95;
        };
        BigDecimal list = BigDecimal.valueOf(monthly * ProductCatalog.usdRate(currency))
                .multiply(BigDecimal.valueOf(cycle.months())).setScale(scale, RoundingMode.HALF_UP);
        return new Price(list, list.multiply(COST_SHARE).setScale(scale, RoundingMode.HALF_UP), currency);
    }

    private static String key(Product product, Offer.Term term, BillingCycle cycle, String currency) {
        return product.productId() + ':' + product.skuId() + '|' + term + '|' + cycle + '|' + currency;
    }
}
