package org.seatkeeper.db.invoices;

/** A customer with an active contract. */
public record CustomerToBill(long id, String name) {
}
