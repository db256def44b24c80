package org.seatkeeper.emulator;

import java.time.LocalDate;

/**
 * One agreement addition as the emulated PSA holds it.
 *
 * @param product       the catalog item's identifier, e.g. {@code M365-BP-A}
 * @param cancelledDate null while it bills
 * @param updatedBy     {@code SeatkeeperAPI} after a write through the API, a person's identifier after a hand edit
 */
public record PsaAdditionView(long id, long agreementId, String product, int quantity, int lessIncluded,
                              LocalDate effectiveDate, LocalDate cancelledDate, String description,
                              String invoiceDescription, String updatedBy) {
}
