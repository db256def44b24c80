package org.seatkeeper.db.customers;

/** A person at a customer. Exactly one contact of a customer that has contacts is primary. */
public record Contact(long id, long customerId, ContactDetails details, boolean primary, int version) {
}
