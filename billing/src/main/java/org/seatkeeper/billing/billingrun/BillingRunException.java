package org.seatkeeper.billing.billingrun;

/** A finalize or void that cannot be done; the message is for the person who asked (what is wrong, what to do). */
public final class BillingRunException extends RuntimeException {

    public BillingRunException(String message) {
        super(message);
    }
}
