package org.seatkeeper.providers.connector;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.seatkeeper.providers.http.Parsed;
import org.seatkeeper.providers.http.ProviderRejectedException;
import org.seatkeeper.providers.pax8.Pax8Client;
import org.seatkeeper.providers.pax8.Pax8Pricing;
import org.seatkeeper.providers.pax8.Pax8Subscription;

/**
 * Pax8 product pricing, asked once per product and currency by this connector (a sync sees a few dozen products
 * across thousands of subscriptions), with the first company of that currency: the partner cost when a subscription
 * does not carry it, and the suggested retail price. Company-specific discounts beyond that are not followed.
 */
final class Pax8Prices {

    private final Pax8Client client;
    private final Map<String, List<Pax8Pricing>> byProduct = new ConcurrentHashMap<>();

    Pax8Prices(Pax8Client client) {
        this.client = client;
    }

    /** The pricing of the subscription's product on its billing term (and commitment, when both say one). */
    Optional<Pax8Pricing> of(Pax8Subscription s) {
        if (s.productId() == null || s.productId().isBlank() || s.billingTerm() == null) {
            return Optional.empty();
        }
        String commitment = s.commitmentTerm() == null ? null : s.commitmentTerm().term();
        String key = s.productId() + '|' + (s.currencyCode() == null ? "" : s.currencyCode().toUpperCase(Locale.ROOT));
        return byProduct.computeIfAbsent(key, k -> fetch(s.productId(), s.companyId())).stream()
                .filter(p -> s.billingTerm().equalsIgnoreCase(p.billingTerm()))
                .filter(p -> commitment == null || p.commitmentTerm() == null
                        || same(commitment, p.commitmentTerm()))
                .findFirst();
    }

    private List<Pax8Pricing> fetch(String productId, String companyId) {
        try {
            return client.pricing(productId, companyId).stream().filter(Parsed::ok).map(Parsed::value).toList();
        } catch (ProviderRejectedException e) {
            // a product Pax8 no longer prices: the subscription keeps the prices it carries
            return List.of();
        }
    }

    private static boolean same(String a, String b) {
        return a.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT)
                .equals(b.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT));
    }
}
