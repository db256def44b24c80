package org.seatkeeper.batch.jobs;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to run: a business job is identified by (provider, business date), so a failed night is restarted, not rerun.
 *
 * @param providerId null for jobs that are not per provider
 * @param trigger a MANUAL start after a COMPLETED run makes a new run of the same day; a SCHEDULED one is refused
 * @param requestedBy who asked (a username, or "scheduler"); not identifying
 */
public record JobRequest(Long providerId, LocalDate businessDate, Trigger trigger, String requestedBy) {

    public enum Trigger { SCHEDULED, MANUAL }

    /** Who asked for a scheduled run. */
    public static final String SCHEDULER = "scheduler";

    public JobRequest {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(trigger, "trigger");
        requestedBy = requestedBy == null || requestedBy.isBlank() ? "unknown" : requestedBy;
    }

    public static JobRequest scheduled(Long providerId, LocalDate businessDate) {
        return new JobRequest(providerId, businessDate, Trigger.SCHEDULED, SCHEDULER);
    }

    public static JobRequest manual(Long providerId, LocalDate businessDate, String username) {
        return new JobRequest(providerId, businessDate, Trigger.MANUAL, username);
    }
}
