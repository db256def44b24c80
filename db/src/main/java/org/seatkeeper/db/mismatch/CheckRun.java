package org.seatkeeper.db.mismatch;

import java.time.Instant;
import java.time.LocalDate;

/** The last time a check was run, or skipped with the reason a person can read. */
public record CheckRun(CheckKind check, long runId, LocalDate businessDate, boolean skipped, String skipReason,
                       Instant checkedAt) {
}
