package org.seatkeeper.batch.subscriptionsync;

/** An account whose subscriptions the provider would not give; the step skips it and records why. */
final class RejectedAccountSubscriptionsException extends RuntimeException {

    private final String externalId;

    RejectedAccountSubscriptionsException(String externalId, String reason) {
        super(reason, null, false, false);
        this.externalId = externalId;
    }

    String externalId() {
        return externalId;
    }
}
