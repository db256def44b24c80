package org.seatkeeper.db.usage;

import java.time.Instant;

/**
 * A customer's Microsoft 365 tenant and the Partner Center provider whose delegated admin access reads its licenses.
 *
 * @param usageReadAt  when the license usage job last read it; null before the first read
 * @param usageProblem why the last read failed, null when it worked
 */
public record CustomerTenant(long customerId, String tenantId, long accessProviderId, Instant linkedAt, String linkedBy,
                             Instant usageReadAt, String usageProblem, int version) {
}
