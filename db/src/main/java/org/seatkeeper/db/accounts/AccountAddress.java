package org.seatkeeper.db.accounts;

/** A provider account's postal address; every part nullable. */
public record AccountAddress(String line1, String line2, String city, String state, String postalCode) {

    public static final AccountAddress NONE = new AccountAddress(null, null, null, null, null);
}
