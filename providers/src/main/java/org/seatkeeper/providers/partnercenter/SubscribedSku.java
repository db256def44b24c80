package org.seatkeeper.providers.partnercenter;

/** GET customers/{id}/subscribedskus item (§1.9). */
public record SubscribedSku(Integer availableUnits, Integer activeUnits, Integer consumedUnits,
                            Integer suspendedUnits, Integer totalUnits, Integer warningUnits, ProductSku productSku) {

    public record ProductSku(String id, String name, String skuPartNumber, String targetType, String licenseGroupId) {
    }
}
