package org.seatkeeper.providers.graph;

/** A tenant's licence counts for one SKU: enabled = prepaidUnits.enabled, consumed = consumedUnits (assigned). */
public record GraphSku(String skuId, String skuPartNumber, String capabilityStatus, int enabled, int consumed) {

    public int unassigned() {
        return enabled - consumed;
    }
}
