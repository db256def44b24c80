package org.seatkeeper.billing.subscriptions;

/**
 * A billing rule refused the change. The message is written for the person who asked for it: what is wrong
 * and what to do instead, ready to show next to the form; {@link #subject()} says which input it is about, so the
 * form can show it by that field.
 */
public final class BillingRuleException extends RuntimeException {

    /**
     * What the refusal is about: a form shows it by that field, or (SUBSCRIPTION) for the whole change;
     * DOUBLE_BILLING asks the person to confirm a change that bills licenses twice (then it may be repeated).
     */
    public enum Subject { QUANTITY, EFFECTIVE_DATE, TERM_END, PRODUCT, UNIT_PRICE, PRICE_FROM, REASON, SUBSCRIPTION,
        DOUBLE_BILLING }

    private final Subject subject;

    public BillingRuleException(String message) {
        this(Subject.SUBSCRIPTION, message);
    }

    public BillingRuleException(Subject subject, String message) {
        super(message);
        this.subject = subject;
    }

    public Subject subject() {
        return subject;
    }
}
