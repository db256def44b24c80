package org.seatkeeper.batch.licenses;

/**
 * A billing rule refused the change. The message is written for the person who asked for it: what is wrong
 * and what to do instead, ready to show next to the form.
 */
public final class BillingRuleException extends RuntimeException {
    public BillingRuleException(String message) {
        super(message);
    }
}
