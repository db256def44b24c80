package org.seatkeeper.db.mismatch;

import java.time.LocalDate;

/** One line of a morning report section: what, for whom, how many, when, and where to look. */
public record ReportLine(long id, String name, String customerName, String providerName, Integer quantity,
                         LocalDate date, String href) {
}
