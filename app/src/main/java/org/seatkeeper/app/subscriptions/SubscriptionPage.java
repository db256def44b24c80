package org.seatkeeper.app.subscriptions;

import java.util.List;
import java.util.Map;

/**
 * The subscription page: what the provider says about its term, whether a decrease is allowed today, the log check,
 * the license change log as a timeline, and the actions allowed (manual subscriptions only change here);
 * {@code nothingToChange} says why a deactivated one offers none (empty while it is live); {@code canEditTerms}: its
 * product, price and dates may be changed (it is live), {@code products} the products it may be re-pointed to.
 */
public record SubscriptionPage(long id, String name, long contractId, String contractName, String provider,
                               boolean manual, String status, int quantity, List<Fact> facts, String decreaseToday,
                               String logCheck, boolean logAddsUp, List<Event> events, boolean canSuspend,
                               boolean canReactivate, boolean canChange, boolean canReplace, String nothingToChange,
                               String today, boolean canEditTerms, List<Map<String, String>> products, int logSum) {

    /** Its log does not add up to its quantity: the page offers a correcting event. */
    public boolean logBroken() {
        return logSum != quantity;
    }

    public record Fact(String label, String value) {
    }

    public record Event(long id, String type, String change, int quantityAfter, String effectiveDate, String source,
                        String recordedBy, boolean archived, String archiveReason, boolean invoiced,
                        String invoiceRef, String movedFrom, String note) {
    }
}
