package org.seatkeeper.db.usage;

import java.time.Instant;

/** A customer linked to its tenant, for the list of every linked customer. */
public record LinkedTenant(long customerId, String customerName, String tenantId, String accessProviderName,
                           Instant usageReadAt, String usageProblem, int licenses, int unassigned) {
}
