package org.seatkeeper.app.jobs;

import java.util.List;

/** One run with the records it rejected. */
public record JobRunPage(JobRow run, int refreshSeconds, List<RejectedRow> rejected) {

    public record RejectedRow(String step, String externalId, String reason, String recordedAt) {
    }
}
