package org.seatkeeper.providers.connector;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A provider's prices for one market, per product and SKU, term and billing cycle: Partner Center's NCE license-based
 * price sheet. Empty for providers whose subscriptions carry their prices (Ion, Pax8) and for Manual. Immutable;
 * looked up by key in constant time (one list serves every account of its market in a sync).
 */
public final class PriceList {

    private final String market;
    private final List<PriceListEntry> entries;
    private final Map<String, PriceListEntry> byKey = new HashMap<>();

    /** @param market ISO 3166 alpha-2 */
    public PriceList(String market, List<PriceListEntry> entries) {
        this.market = market == null ? "" : market.strip().toUpperCase(Locale.ROOT);
        this.entries = List.copyOf(entries);
        for (PriceListEntry entry : this.entries) {
            byKey.putIfAbsent(entry.key(), entry);
        }
    }

    public static PriceList none(String market) {
        return new PriceList(market, List.of());
    }

    public String market() {
        return market;
    }

    public List<PriceListEntry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The entry for an offer ({@code productId:skuId[:availabilityId]}), term (P1M, P1Y, P3Y) and billing cycle.
     * Empty when the list has none, or the offer id names no product and SKU.
     */
    public Optional<PriceListEntry> find(String offerId, String term, BillingCycle cycle) {
        if (offerId == null || term == null || cycle == null) {
            return Optional.empty();
        }
        int first = offerId.indexOf(':');
        if (first < 0) {
            return Optional.empty();
        }
        int second = offerId.indexOf(':', first + 1);
        String productAndSku = second < 0 ? offerId : offerId.substring(0, second);
        return Optional.ofNullable(byKey.get(PriceListEntry.key(productAndSku, term, cycle)));
    }

    /** The record with its cost and list price from this list where it has none. */
    public ProviderSubscriptionRecord price(ProviderSubscriptionRecord record) {
        if (record.unitCost() != null && record.listPrice() != null) {
            return record;
        }
        return find(record.offerId(), record.term(), record.billingCycle())
                .map(e -> record.withPrices(e.unitCost(), e.listPrice())).orElse(record);
    }

    @Override
    public String toString() {
        return "PriceList[" + market + ", " + entries.size() + " entries]";
    }
}
