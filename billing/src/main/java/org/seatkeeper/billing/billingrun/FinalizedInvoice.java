package org.seatkeeper.billing.billingrun;

/** An invoice (or credit note) just stored: its id and number. */
public record FinalizedInvoice(long id, String number, long contractId) {
}
