package org.seatkeeper.providers.graph;

/**
 * A tenant's licence counts for one SKU (§2): enabled = prepaidUnits.enabled (purchased), consumed = consumedUnits
 * (assigned), suspended and warning (expired seats in their grace period) from prepaidUnits.
 */
public record GraphSku(String skuId, String skuPartNumber, String capabilityStatus, int enabled, int consumed,
                       int suspended, int warning) {

    public int unassigned() {
        return enabled - consumed;
    }
}
