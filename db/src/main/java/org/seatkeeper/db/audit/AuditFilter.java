package org.seatkeeper.db.audit;

import java.time.LocalDate;

/** What the audit log page filters by; blank or null fields mean "any". */
public record AuditFilter(String username, AuditEntity entity, String text, LocalDate from, LocalDate to) {
    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
