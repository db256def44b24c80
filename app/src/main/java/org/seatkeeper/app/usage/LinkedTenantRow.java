package org.seatkeeper.app.usage;

/** One linked customer on /licenses. */
public record LinkedTenantRow(long customerId, String customer, String tenantId, String partner, String lastRead,
                              String problem, int licenses, int unassigned) {
}
