package org.seatkeeper.app.customers;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.seatkeeper.db.customers.Customer;

/** A customer as the list shows it. */
public record CustomerRow(long id, String name, String domain, String city, String country, String added,
                          String status, String statusKind) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    static CustomerRow of(Customer c) {
        return new CustomerRow(c.id(), c.name(), orEmpty(c.details().domain()), orEmpty(c.details().city()),
                orEmpty(c.details().country()), DATE.format(c.createdAt()), c.archived() ? "archived" : "active",
                c.archived() ? "muted" : "ok");
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
