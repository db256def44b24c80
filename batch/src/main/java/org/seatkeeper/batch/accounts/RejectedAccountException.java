package org.seatkeeper.batch.accounts;

/** An account the sync leaves out, with the reason a person reads on the run's page. The step skips it. */
final class RejectedAccountException extends RuntimeException {

    private final String externalId;
    private final String rawRecord;

    RejectedAccountException(String externalId, String reason, String rawRecord) {
        super(reason, null, false, false);
        this.externalId = externalId;
        this.rawRecord = rawRecord;
    }

    String externalId() {
        return externalId;
    }

    String rawRecord() {
        return rawRecord;
    }
}
