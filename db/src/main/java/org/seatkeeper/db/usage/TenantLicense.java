package org.seatkeeper.db.usage;

import java.time.Instant;

/**
 * One license (SKU) of a customer's tenant as the license usage job last read it. {@code unassigned} is purchased -
 * assigned, never below 0; a SKU the tenant no longer has is kept with {@code present} false and zero counts.
 */
public record TenantLicense(long id, long customerId, String skuId, String skuPartNumber, String name, int purchased,
                            int assigned, int unassigned, int suspended, int warning, String capabilityStatus,
                            boolean present, Instant readAt) {
}
