package org.seatkeeper.db.psabilling;

/** A tenant license Seatkeeper sells (its SKU is mapped) that no billing profile bills yet. */
public record UnlinkedLicense(long customerId, String customerName, long tenantLicenseId, String licenseName,
                              int purchased) {
}
