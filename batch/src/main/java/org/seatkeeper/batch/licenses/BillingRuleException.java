package org.seatkeeper.batch.licenses;

/**
 * A billing rule refused the change. The message is written for the person who asked for it: what is wrong
 * and what to do instead, ready to show next to the form; {@link #subject()} says which input it is about, so the
 * form can show it by that field.
 */
public final class BillingRuleException extends RuntimeException {

    /** What the refusal is about: a form shows it by its quantity or date field, or for the whole change. */
    public enum Subject { QUANTITY, EFFECTIVE_DATE, SUBSCRIPTION }

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
