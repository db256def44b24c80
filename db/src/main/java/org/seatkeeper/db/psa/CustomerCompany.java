package org.seatkeeper.db.psa;

import java.time.Instant;

/**
 * A customer's ConnectWise company.
 *
 * @param psaCompanyId      ConnectWise's company id
 * @param contactSync       the customer's contacts are kept as ConnectWise contacts of the company
 * @param contactsSyncedAt  when the contact sync last ran for the customer, null before
 * @param contactsProblem   why it failed, null when it worked
 */
public record CustomerCompany(long customerId, long psaCompanyId, boolean contactSync, Instant linkedAt, String linkedBy,
                              Instant contactsSyncedAt, String contactsProblem, int version) {
}
