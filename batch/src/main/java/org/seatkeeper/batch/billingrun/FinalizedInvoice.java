package org.seatkeeper.batch.billingrun;

/** An invoice (or credit note) just stored: its id and number. */
public record FinalizedInvoice(long id, String number, long contractId) {
}
