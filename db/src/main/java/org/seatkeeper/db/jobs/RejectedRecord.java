package org.seatkeeper.db.jobs;

import java.time.Instant;

/** An item a job could not take in, with the reason, shown on the run's page. @param externalId nullable */
public record RejectedRecord(long id, long jobExecutionId, String stepName, String externalId, String reason,
                             String rawRecord, Instant recordedAt) {
}
