package org.seatkeeper.providers.pax8;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A Pax8 subscription (§5). Quantity stays text so a bad value rejects one item, not the page. */
public record Pax8Subscription(String id, String parentSubscriptionId, String companyId, String productId,
                               String productName, String vendorSubscriptionId, String vendorSkuId, String quantity,
                               String startDate, String endDate, String createdDate, String updatedDate,
                               String billingStart, BigDecimal price, BigDecimal partnerCost, String currencyCode,
                               String billingTerm, String status, CommitmentTerm commitmentTerm,
                               List<ProvisioningDetail> provisioningDetails) {

    public Pax8Subscription {
        provisioningDetails = provisioningDetails == null ? List.of() : List.copyOf(provisioningDetails);
    }

    public record CommitmentTerm(String id, String term, String endDate) {
    }

    public record ProvisioningDetail(String label, String key, List<String> values, String description,
                                     String valueType) {
    }

    /** The first value of the provisioning detail whose key or label contains {@code word} (ignoring case). */
    public Optional<String> provisioningValue(String word) {
        String wanted = word.toLowerCase(Locale.ROOT);
        return provisioningDetails.stream()
                .filter(d -> contains(d.key(), wanted) || contains(d.label(), wanted))
                .filter(d -> d.values() != null && !d.values().isEmpty() && d.values().get(0) != null
                        && !d.values().get(0).isBlank())
                .map(d -> d.values().get(0))
                .findFirst();
    }

    private static boolean contains(String text, String word) {
        return text != null && text.toLowerCase(Locale.ROOT).replace(" ", "").contains(word);
    }
}
