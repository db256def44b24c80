package org.seatkeeper.db.psabilling;

import java.time.Instant;

/** A tenant license billed through a profile on a ConnectWise agreement. */
public record LicenseLink(long id, long tenantLicenseId, LicenseLinkDetails details, Instant updatedAt, String updatedBy,
                          int version) {
}
