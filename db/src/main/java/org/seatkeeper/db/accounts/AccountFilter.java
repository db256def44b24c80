package org.seatkeeper.db.accounts;

/** The tabs of the accounts page. */
public enum AccountFilter {
    ALL,
    /** linked to a customer */
    MAPPED,
    /** reported by the provider and not linked: its subscriptions cannot be billed */
    UNMAPPED,
    /** no longer reported by the provider */
    INACTIVE,
    /** appeared since someone last looked at it (cleared by mapping it) */
    NEW
}
