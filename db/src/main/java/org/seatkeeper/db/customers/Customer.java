package org.seatkeeper.db.customers;

import java.time.Instant;

/** A customer (the reseller's CRM account). @param status ACTIVE or ARCHIVED */
public record Customer(long id, CustomerDetails details, String status, Instant createdAt, Instant updatedAt,
                       int version) {

    public String name() {
        return details.name();
    }

    public boolean archived() {
        return "ARCHIVED".equals(status);
    }
}
