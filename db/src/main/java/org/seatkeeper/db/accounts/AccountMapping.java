package org.seatkeeper.db.accounts;

/** One provider account to link to one customer (an item of a bulk map). */
public record AccountMapping(long accountId, long customerId) {
}
